"""Formats people write: lower-case names, numeric dates, tokenised text, names holding time words.

Each test's sentences are this file's own; values are exact TIMEX3 values and inclusive intervals.
"""

from datetime import date

import pytest

from timeline import extract

THU = date(2020, 10, 15)  # a Thursday


def spans(text, reference=THU, language="en"):
    return [(e.text, e.timex) for e in extract(text, reference, language) if e.type in ("DATE", "TIME")]


def days(a, b):
    return (date.fromisoformat(a), date.fromisoformat(b))


# -- lower-case names: only the ambiguous ones need a capital ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("ok see you friday", [("friday", "2020-10-16")]),  # "see you" looks ahead
    ("we fly back next sunday", [("next sunday", "2020-10-18")]),
    ("the party will be on april 22", [("april 22", "2021-04-22")]),
    ("dinner on tues. works", [("tues.", "2020-10-13")]),
    ("she moved there in september", [("september", "2020-09")]),
])
def test_unambiguous_lower_case_names_are_dates(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "prices may rise again",
    "thousands joined the march on the capital",
    "an august body of scholars met",
    "the cat sat. then it slept",
    "they lay in the sun. nobody moved",
    "the side made 420-6 dec before lunch",
])
def test_ambiguous_lower_case_names_are_not_dates(text):
    assert spans(text) == []


def test_capitalised_ambiguous_names_stay_dates():
    assert spans("The law took effect in May.") == [("May", "2020-05")]
    assert spans("It opened on March 3.") == [("March 3", "2020-03-03")]


# -- numeric dates: a part over 12 is the day, else the language's convention ------------------

@pytest.mark.parametrize("text, language, expected", [
    ("Filed on 5/4/2012 in court.", "en", [("5/4/2012", "2012-05-04")]),
    ("Filed on 21/04/2016 in court.", "en", [("21/04/2016", "2016-04-21")]),
    ("Filed on 9-18-15 in court.", "en", [("9-18-15", "2015-09-18")]),
    ("Filed on 13.5.2015 in court.", "en", [("13.5.2015", "2015-05-13")]),
    ("Filed on 2015/08/12 in court.", "en", [("2015/08/12", "2015-08-12")]),
    ("Filed on 2018-7-6 in court.", "en", [("2018-7-6", "2018-07-06")]),
    ("They met on friday 7/6 at the club.", "en", [("friday 7/6", "2020-07-06")]),
    ("Beslutet kom 5/4/2012 i rätten.", "sv", [("5/4/2012", "2012-04-05")]),
    ("Beslutet kom 5/17/2012 i rätten.", "sv", [("5/17/2012", "2012-05-17")]),
])
def test_numeric_dates(text, language, expected):
    assert spans(text, language=language) == expected


@pytest.mark.parametrize("text", [
    "Nurses work 24/7 and were on 24/7 call.",
    "England were struggling on 52-3 at lunch.",
    "He pitched 204 1/3 innings.",
    "Memorials were held for those killed on 9/11 across the city.",
    "The dollar was quoted at 125.74-76 yen.",
    "Neither part can be a month in 13/14/2012.",
])
def test_numbers_that_are_not_dates(text):
    assert spans(text) == []


# -- spelled-out ordinals and run-together forms -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The fair opened on March first, 2019.", [("March first, 2019", "2019-03-01")]),
    ("The fair opened on jan twenty-first 2019.", [("jan twenty-first 2019", "2019-01-21")]),
    ("The fair opened on the twenty second of June 2019.", [("the twenty second of June 2019", "2019-06-22")]),
    ("The fair opened on the 4th of march 2019.", [("the 4th of march 2019", "2019-03-04")]),
    ("The fair opened on Saturday the third.", [("Saturday the third", "2020-10-03")]),
    ("The fair opened on april22,2019.", [("april22,2019", "2019-04-22")]),
    ("The fair opened on 28-nov-2019.", [("28-nov-2019", "2019-11-28")]),
    ("The blasts of Oct.29 2019 shook the city.", [("Oct.29 2019", "2019-10-29")]),
])
def test_spelled_and_run_together_days(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "A third of May's budget went on roads.",
    "Shares closed lower Friday the fourth decline in a row.",
    "the side made 500-5 dec and won",
])
def test_ordinals_that_are_not_days(text):
    # The month or weekday alone may be a date; a day it is not.
    assert [s for s in spans(text) if " " in s[0] or "-" in s[0]] == []


# -- tokenised text reads as the untokenised form would ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("It ended on Monday , 12 October 2009 .", [("Monday , 12 October 2009", "2009-10-12")]),
    ("It resumed Sept. 3 , 2001 in town .", [("Sept. 3 , 2001", "2001-09-03")]),
    ("She was born on July 21st , 1962 .", [("July 21st , 1962", "1962-07-21")]),
    ("It struck at 1653 local time -LRB- 2153 GMT -RRB- on Tuesday .",
     [("1653 local time", "2020-10-13T16:53"), ("Tuesday", "2020-10-13")]),
    ("By 1530 -LRB- 2030 GMT -RRB- the roads were shut .", []),
    ("19 JANUARY , 2200 GMT , PORT-AU-PRINCE We arrived .",
     [("19 JANUARY", "2020-01-19"), ("2200 GMT", "2020-01-19T22:00")]),
])
def test_tokenised_text(text, expected):
    assert spans(text) == expected


def test_a_text_shows_its_numeric_convention():
    """A date whose parts are both 12 or under takes the order the text's other numeric dates show."""
    text = "Born 31-3-1877, married 1-6-1901."
    assert spans(text) == [("31-3-1877", "1877-03-31"), ("1-6-1901", "1901-06-01")]
    assert spans("Filed 1-6-1901 and 3-25-1902.") == [("1-6-1901", "1901-01-06"), ("3-25-1902", "1902-03-25")]


# -- names holding time words are not dates -----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("He told the Sunday Times on Monday.", [("Monday", "2020-10-12")]),
    ("She wrote in the Mail on Sunday.", []),
    ("Millions travel during the Spring Festival.", []),
    ("Shares crashed on Black Monday.", []),
    ("We watched Friday Night Lights and Good Morning America.", []),
    ("Crowds filled the Arab Spring squares.", []),
    ("We met on Sunday, in the spring.", [("Sunday", "2020-10-11"), ("the spring", "2020-SP")]),
])
def test_names_holding_time_words(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Vi ses den 27.", [("den 27", "2020-10-27")]),
    ("Hon kom hem den tjugoandre.", [("den tjugoandre", "2020-09-22")]),
    ("Beslutet kom 9-18-15 i rätten.", [("9-18-15", "2015-09-18")]),
    ("Han tog den andre vägen.", []),
    ("Priset var den 27 procent högre.", []),
])
def test_swedish_days_without_a_month(text, expected):
    assert spans(text, language="sv") == expected


# -- days named by a day alone, and deictic spans --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The shop reopens the day after tomorrow.", [("the day after tomorrow", "2020-10-17")]),
    ("They left the day before yesterday.", [("the day before yesterday", "2020-10-13")]),
    ("Book a table for the 27.", [("the 27", "2020-10-27")]),
    ("Book a table for the twenty second!", [("the twenty second", "2020-10-22")]),
    ("Book a table on 19th.", [("19th", "2020-10-19")]),
    ("Book a table on 10/23, please", [("10/23", "2020-10-23")]),
])
def test_days_of_an_unnamed_month_and_deictic_spans(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "The town was flattened by the 7, 9-magnitude quake.",
    "It agreed to buy the bank for 12.4 million shares.",
    "He finished for the second.",
    "Add 5/16 inch and 1/3 cup, open 24/7 (7/5 in the tie-break).",
])
def test_numbers_after_prepositions_that_are_not_days(text):
    assert spans(text) == []


# -- quarters, parts of the current period, offsets that look ahead ----------------------------

@pytest.mark.parametrize("text, expected, interval", [
    ("Sales rose in Q2 2019.", ("Q2 2019", "2019-Q2"), days("2019-04-01", "2019-06-30")),
    ("Sales will rise in Q1.", ("Q1", "2021-Q1"), days("2021-01-01", "2021-03-31")),
    ("Troops arrive by the end of the month.", ("the end of the month", "2020-10"), days("2020-10-21", "2020-10-31")),
    ("The deal should close by year-end.", ("year-end", "2020"), days("2020-09-01", "2020-12-31")),
    ("Prices are up 4% since year-end.", ("year-end", "2019"), days("2019-09-01", "2019-12-31")),
    ("It rained the week before last.", ("the week before last", "2020-W40"), days("2020-09-28", "2020-10-04")),
    ("The envoy will return in three days.", ("three days", "2020-10-18"), days("2020-10-18", "2020-10-18")),
])
def test_quarters_period_parts_and_offsets(text, expected, interval):
    found = [e for e in extract(text, THU, "en") if e.type == "DATE"]
    assert [(e.text, e.timex) for e in found] == [expected]
    assert found[0].interval == interval


def test_in_three_days_looking_back_is_a_duration():
    assert [(e.text, e.type) for e in extract("Prices rose 5% in three days.", THU, "en")] == [("three days", "DURATION")]


def test_swedish_quarter_written_qn():
    assert spans("Försäljningen steg under Q3 2019.", language="sv") == [("Q3 2019", "2019-Q3")]


# -- ranges of days as one interval ------------------------------------------------------------

@pytest.mark.parametrize("text, expected, interval", [
    ("The fair runs March 3 to 5, 2021.", ("March 3 to 5, 2021", "2021-03-03/2021-03-05"), days("2021-03-03", "2021-03-05")),
    ("The fair ran 3-5 March 2019.", ("3-5 March 2019", "2019-03-03/2019-03-05"), days("2019-03-03", "2019-03-05")),
    ("Talks ran from Monday to Wednesday.", ("Monday to Wednesday", "2020-10-12/2020-10-14"),
     days("2020-10-12", "2020-10-14")),
    ("Talks will run Friday through Monday.", ("Friday through Monday", "2020-10-16/2020-10-19"),
     days("2020-10-16", "2020-10-19")),
])
def test_ranges_of_days(text, expected, interval):
    found = extract(text, THU, "en")
    assert [(e.text, e.timex) for e in found] == [expected]
    assert found[0].interval == interval


def test_two_full_dates_and_quantities_are_not_joined():
    # Two expressions, as TimeML annotates them (the first one's year is not read from the second).
    found = spans("Shares were bought from Aug. 26 to Oct. 20, 2019.")
    assert [text for text, _ in found] == ["Aug. 26", "Oct. 20, 2019"]
    assert [s for s in spans("Rates rose March 3 to 5 percent.") if "/" in (s[1] or "")] == []


# -- the last representable year is no date (it marks "undated" where events are sorted) -------

@pytest.mark.parametrize("text", ["The vault opens on 31 December 9999.", "It expires 12/31/9999."])
def test_a_day_in_the_year_9999_has_no_interval(text):
    assert all(e.interval is None for e in extract(text, THU, "en"))


def test_a_day_in_the_year_before_is_still_a_date():
    assert [e.timex for e in extract("The vault opens on 31 December 9998.", THU, "en")] == ["9998-12-31"]


# -- a ten and a unit written apart are one number ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Crews worked through the last twenty four hours.", ("the last twenty four hours", "PT24H")),
    ("Sales rose in the past twenty-four hours.", ("the past twenty-four hours", "PT24H")),
    ("The siege lasted thirty five days.", ("thirty five days", "P35D")),
    ("He spent thirty-three years at sea.", ("thirty-three years", "P33Y")),
])
def test_a_spelled_compound_number_is_read_whole(text, expected):
    assert [(e.text, e.timex) for e in extract(text, THU, "en")] == [expected]


def test_a_ten_before_an_article_is_no_compound():
    assert [(e.text, e.timex) for e in extract("They smoked twenty a day.", THU, "en")] == [("a day", "P1D")]

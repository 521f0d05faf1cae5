"""Amounts of time with no number: "in recent years", "the coming weeks", "a decades-long feud"
(TimeML: a DURATION with an X for the count), and one-unit adjectives ("a day-long strike")."""

from datetime import date

import pytest

from timeline import extract

THU = date(2020, 10, 15)


def found(text, language="en"):
    return [(e.text, e.type, e.timex, e.interval) for e in extract(text, THU, language)]


@pytest.mark.parametrize("text, span, timex", [
    ("Prices have risen sharply in recent years.", "recent years", "PXY"),
    ("Fighting flared in recent days along the border.", "recent days", "PXD"),
    ("Talks are expected in the coming weeks.", "coming weeks", "PXW"),
    ("Rates may fall in coming months, analysts said.", "coming months", "PXM"),
    ("Investors are nervous about the months ahead.", "the months ahead", "PXM"),
    ("Sales slowed in recent quarters.", "recent quarters", "PXM"),
    ("It ended a decades-long feud between the clans.", "decades-long", "PXY"),
    ("Workers began a day-long strike.", "day-long", "P1D"),
    ("He gave an hour-long speech.", "hour-long", "PT1H"),
])
def test_amount_without_a_number(text, span, timex):
    assert found(text) == [(span, "DURATION", timex, None)]


def test_a_numbered_hyphenated_amount_keeps_its_number():
    assert found("Nurses work a 12-hour-long shift.") == [("12-hour", "DURATION", "PT12H", None)]


@pytest.mark.parametrize("text, span, timex", [
    ("Priserna har stigit kraftigt de senaste åren.", "de senaste åren", "PXY"),
    ("Striderna har ökat under de senaste dagarna.", "de senaste dagarna", "PXD"),
    ("Samtal väntas under de kommande veckorna.", "de kommande veckorna", "PXW"),
    ("Räntan kan sjunka de närmaste månaderna.", "de närmaste månaderna", "PXM"),
    ("Tullarna har höjts under senare år.", "senare år", "PXY"),
])
def test_swedish_amount_without_a_number(text, span, timex):
    assert found(text, "sv") == [(span, "DURATION", timex, None)]


# -- a month before its day with "the"/"den": one date ("January the 12th", "januari den 12") --------

@pytest.mark.parametrize("text, language, span, timex", [
    ("The vote is set for January the 12th.", "en", "January the 12th", "2021-01-12"),
    ("It opened on March the 3rd, 2019.", "en", "March the 3rd, 2019", "2019-03-03"),
    ("Beslutet kom januari den 12.", "sv", "januari den 12", "2020-01-12"),
    ("Mötet hölls mars den 3:e 2019.", "sv", "mars den 3:e 2019", "2019-03-03"),
])
def test_month_the_nth_is_one_date(text, language, span, timex):
    [(text_, type_, timex_, interval)] = found(text, language)
    day = date.fromisoformat(timex)
    assert (text_, type_, timex_, interval) == (span, "DATE", timex, (day, day))


def test_month_the_nth_needs_an_ordinal_suffix():
    assert [e.text for e in extract("In March the 3rd-largest bank failed.", THU)] == ["March"]


# -- "this time last year": the year (month, week) before, as "a year ago" ---------------------------

@pytest.mark.parametrize("text, language, span, timex", [
    ("This time last year prices were lower.", "en", "This time last year", "2019"),
    ("Sales rose from the same time last month.", "en", "the same time last month", "2020-09"),
    ("This time a year ago it rained.", "en", "This time a year ago", "2019"),
    ("By this time next year the bridge will be done.", "en", "this time next year", "2021"),
    ("Den här tiden förra året var priserna lägre.", "sv", "Den här tiden förra året", "2019"),
    ("Så här dags i fjol regnade det.", "sv", "Så här dags i fjol", "2019"),
    ("Denna tid förra månaden sjönk försäljningen.", "sv", "Denna tid förra månaden", "2020-09"),
    ("Vid den här tiden nästa år är bron klar.", "sv", "den här tiden nästa år", "2021"),
])
def test_this_time_last_year_is_one_expression(text, language, span, timex):
    [(text_, type_, timex_, _)] = found(text, language)
    assert (text_, type_, timex_) == (span, "DATE", timex)


# -- spelled years: "nineteen eighty-four", "two thousand and nine" ----------------------------------

@pytest.mark.parametrize("text, span, timex", [
    ("He was born in nineteen eighty-four.", "nineteen eighty-four", "1984"),
    ("Nineteen ninety four was a hard year.", "Nineteen ninety four", "1994"),
    ("The mill closed in two thousand and nine.", "two thousand and nine", "2009"),
    ("The mill closed in two thousand five.", "two thousand five", "2005"),
    ("Fears grew before the year two thousand.", "the year two thousand", "2000"),
    ("Sales fell in twenty twenty.", "twenty twenty", "2020"),
    ("Snow fell in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01"),
    ("Prices peaked in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
])
def test_spelled_year(text, span, timex):
    [(text_, type_, timex_, _)] = found(text)
    assert (text_, type_, timex_) == (span, "DATE", timex)


@pytest.mark.parametrize("text", [
    "Twenty one people were hurt.",
    "He had nineteen twenty dollar bills.",
    "Two thousand and fifty soldiers marched.",
    "Two thousand five hundred people came.",
    "Pilots need twenty-twenty vision.",
    "It cost nineteen hundred dollars.",
])
def test_numbers_that_are_no_spelled_year(text):
    assert found(text) == []


# -- "last Wednesday" written on a Thursday is the week before's; two or more days back, the latest -----

@pytest.mark.parametrize("reference, timex", [
    (date(2020, 10, 14), "2020-10-06"),  # a Wednesday: yesterday would be "Tuesday", so a week earlier
    (date(2020, 10, 15), "2020-10-13"),  # a Thursday: the latest Tuesday
    (date(2020, 10, 18), "2020-10-13"),
    (date(2020, 10, 13), "2020-10-06"),  # a Tuesday: the one before
])
def test_last_weekday(reference, timex):
    [e] = extract("The court ruled last Tuesday.", reference)
    assert (e.text, e.timex) == ("last Tuesday", timex)


def test_a_bare_weekday_may_be_yesterday():
    [e] = extract("The court ruled Tuesday.", date(2020, 10, 14))
    assert e.timex == "2020-10-13"


@pytest.mark.parametrize("text", [
    "Rates were May 5 and 6 percent.",
    "Rates were June 5 and 6.5 per cent.",
    "Growth in June 4% beat forecasts.",
])
def test_a_number_paired_with_a_percentage_is_no_day(text):
    assert all(e.granularity is None or e.granularity.value != "day" for e in extract(text, THU))


def test_a_day_before_another_number_is_still_a_day():
    assert [e.timex for e in extract("Talks began May 5 and 6 people died.", THU)] == ["2020-05-05"]

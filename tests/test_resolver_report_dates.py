"""Dates judges found wrong in scraped news pages (issue 13): a weekday read in the tense of the
sentence before it, a weekend or a weekday ahead in a report, the year of the narrative."""

from datetime import date

import pytest

from timeline import extract


def found(text, reference, language="en"):
    return [(e.text, e.timex, None if e.interval is None else (e.interval.start.isoformat(),
                                                               e.interval.end.isoformat()))
            for e in extract(text, reference, language)]


def day(iso):
    return (iso, iso)


# Wednesday 17 March 2021
WED = date(2021, 3, 17)


@pytest.mark.parametrize("text", [
    # tokenised text: the closing quotes stand apart from the period, and the sentence still ends there
    "`` We will keep working on it . '' On Monday , the council closed the park .",
    "\" We will keep working on it . \" On Monday , the council closed the park .",
    "“We will keep working on it.” On Monday, the council closed the park.",
])
def test_the_tense_of_a_quote_before_does_not_reach_the_next_sentence(text):
    assert found(text, WED) == [("Monday", "2021-03-15", day("2021-03-15"))]


# Friday 19 March 2021
FRI = date(2021, 3, 19)


@pytest.mark.parametrize("text, expected", [
    # a sentence that looks ahead: the coming weekend
    ("Most shops are expected to reopen over the weekend.", ("2021-W11-WE", ("2021-03-20", "2021-03-21"))),
    ("The ferries will run during the weekend.", ("2021-W11-WE", ("2021-03-20", "2021-03-21"))),
    # a report: the weekend before
    ("Most shops reopened over the weekend.", ("2021-W10-WE", ("2021-03-13", "2021-03-14"))),
])
def test_over_the_weekend_follows_the_tense(text, expected):
    assert [(timex, interval) for _, timex, interval in found(text, FRI)] == [expected]


@pytest.mark.parametrize("text", [
    "The charity said it had a cargo plane standing by to carry tents to the island on Saturday.",
    "Officials said a ferry was on standby to take the families home on Saturday.",
    "Further details of Saturday's vote have to be agreed by the council.",
])
def test_a_weekday_after_a_readiness_phrase_lies_ahead(text):
    assert found(text, WED) == [("Saturday", "2021-03-20", day("2021-03-20"))]


def test_a_weekday_after_were_about_to_stays_behind():
    assert found("Two boys were about to cross the road on Monday when the van hit them.", WED) == [
        ("Monday", "2021-03-15", day("2021-03-15"))]


# Tuesday 14 September 2021
TUE = date(2021, 9, 14)


@pytest.mark.parametrize("text, expected", [
    ("The mill opened in 1974. The first strike came on 3 May that year.",
     [("1974", "1974", ("1974-01-01", "1974-12-31")), ("3 May that year", "1974-05-03", day("1974-05-03"))]),
    ("The mill opened in 1974. The first strike came on May 3 the same year.",
     [("1974", "1974", ("1974-01-01", "1974-12-31")), ("May 3 the same year", "1974-05-03", day("1974-05-03"))]),
    ("The mill opened in 1974. The first strike came in May that year.",
     [("1974", "1974", ("1974-01-01", "1974-12-31")), ("May that year", "1974-05", ("1974-05-01", "1974-05-31"))]),
    ("The mill opened in 1974. Trouble began in October in the same year.",
     [("1974", "1974", ("1974-01-01", "1974-12-31")),
      ("October in the same year", "1974-10", ("1974-10-01", "1974-10-31"))]),
    # a time holding the publish date ("today") is no narrative year: the year named before it is
    ("The mill opened in 1974. Few people remember it today. The first strike came later that year.",
     [("1974", "1974", ("1974-01-01", "1974-12-31")), ("today", "2021-09-14", day("2021-09-14")),
      ("later that year", "1974", ("1974-01-01", "1974-12-31"))]),
    ("Sunday's storm was the worst since 1987. Now the council says nothing like it came that year.",
     [("Sunday", "2021-09-12", day("2021-09-12")), ("1987", "1987", ("1987-01-01", "1987-12-31")),
      ("Now", "PRESENT_REF", None), ("that year", "1987", ("1987-01-01", "1987-12-31"))]),
])
def test_a_day_or_month_of_that_year_is_in_the_narrative_year(text, expected):
    assert found(text, TUE) == expected


def test_the_same_day_is_not_the_day_of_a_bare_clock_time():
    # "noon on the same day" names no day: neither is placed on the publish date
    assert found("He knew the routine. A little after noon on the same day the house fell silent.", TUE) == [
        ("noon", "XXXX-XX-XXT12:00", None), ("the same day", None, None)]


def test_that_day_keeps_its_day_after_a_dated_clock_time():
    assert found("The ferry left at 6 a.m. on Friday. Later that day it sank.", TUE) == [
        ("6 a.m. on Friday", "2021-09-10T06:00", day("2021-09-10")), ("Later that day", "2021-09-10", day("2021-09-10"))]


def test_a_day_of_that_year_in_swedish():
    assert found("Bruket öppnade 1974. Den första strejken kom den 3 maj samma år.", TUE, "sv") == [
        ("1974", "1974", ("1974-01-01", "1974-12-31")), ("3 maj samma år", "1974-05-03", day("1974-05-03"))]


@pytest.mark.parametrize("text", ["He says the past year 's been hard .", "He says the past year's been hard.",
                                  "He says the past year’s been hard."])
def test_the_past_year_has_been_is_the_twelve_months_to_now(text):
    assert found(text, TUE) == [("the past year", "P1Y", None)]


@pytest.mark.parametrize("text, expected", [
    # the new date of what was put off lies ahead, even in a report
    ("The league has postponed the final to July 30.", ("July 30", "2022-07-30", day("2022-07-30"))),
    ("The council rescheduled the vote for March 1.", ("March 1", "2022-03-01", day("2022-03-01"))),
    ("Organisers pushed the festival back to April.", ("April", "2022-04", ("2022-04-01", "2022-04-30"))),
    # no target: the month of a report stays behind
    ("The council moved its offices to the harbour in April.", ("April", "2021-04", ("2021-04-01", "2021-04-30"))),
])
def test_the_new_date_of_a_postponement_lies_ahead(text, expected):
    assert found(text, TUE) == [expected]


# Monday 22 March 2021
MON = date(2021, 3, 22)


def test_over_the_weekend_a_past_moment_looked_ahead_to_is_the_last_one():
    assert found("The mayor said on Friday he would study the plan over the weekend.", MON) == [
        ("Friday", "2021-03-19", day("2021-03-19")), ("the weekend", "2021-W11-WE", ("2021-03-20", "2021-03-21"))]


def test_a_postponed_visit_that_had_been_scheduled_for_a_weekday_lies_ahead():
    assert found("The minister has postponed a visit to the port that had been scheduled for Thursday.", MON) == [
        ("Thursday", "2021-03-25", day("2021-03-25"))]

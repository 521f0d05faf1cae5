"""Wrong-date classes judged in issue 13, each on invented text: a present in a clause of time looks
ahead (clause_cues.present_time_clause), a year in a compound adjective of kind is no date, "In April the
first ..." is April, "the last week in March" is March, a caption's "pictured in February" lies behind,
a bare season after "the 1889 flu" is that year's, a month of the telling ("said in March") keeps its own year
(paragraph_years), and a weekday of a weekly schedule is a recurrence
(temporal/schedules.py; words in resources/en.toml)."""

from datetime import date

import pytest

from timeline import extract

MAY = date(2009, 5, 7)  # a Thursday in May
JAN = date(2011, 1, 4)  # a Tuesday in January


def found(text, reference):
    return [(e.text, e.timex) for e in extract(text, reference, "en")]


@pytest.mark.parametrize("text, expected", [
    ("The minister told councillors a stopgap ferry was being chartered in case queues grow before the new"
     " pier is opened in the autumn.", [("the autumn", "2009-FA")]),
    ("The coast road was shut until the rebuilt bridge is ready in March.", [("March", "2010-03")]),
    ("The depot was kept open until the new sheds are finished in April.", [("April", "2010-04")]),
])
def test_a_present_in_a_clause_of_time_looks_ahead(text, expected):
    assert found(text, MAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("The coast road was shut until the rebuilt bridge was ready in March.", [("March", "2009-03")]),
    ("Before the harvest was in last autumn, the mill had closed.", [("last autumn", "2008-FA")]),
])
def test_a_past_in_a_clause_of_time_stays_behind(text, expected):
    assert found(text, MAY) == expected


@pytest.mark.parametrize("text", [
    "Planners warn a 1957-like fever would empty the offices.",
    "The mayor promised a 1960s-style building drive.",
    "Volunteers ran 1930s-type soup kitchens.",
])
def test_a_year_in_a_compound_adjective_of_kind_is_no_date(text):
    assert found(text, MAY) == []


def test_a_year_before_a_hyphenated_noun_is_still_a_year():
    assert found(text="The 1957-58 season opened late.", reference=MAY) != []
    assert found("Prices in 1957 were lower.", MAY) == [("1957", "1957")]


def test_in_a_month_the_first_is_the_month_not_its_first_day():
    assert found("In April the first lambs were born on the hill farm.", MAY) == [("April", "2009-04")]
    assert found("On April the first the ferry sailed.", MAY) == [("April the first", "2009-04-01")]


def test_the_last_week_in_a_month_is_that_month_not_the_seven_days_to_the_writing():
    assert found("Takings fell sharply during the last week in March, the baker said.", MAY) == [("March", "2009-03")]
    assert found("Takings fell in the last week of March.", MAY) == [("March", "2009-03")]
    assert found("Takings fell in the last week of trading.", MAY) == [("last week", "2009-W18")]


@pytest.mark.parametrize("text", [
    "Dr Elder, shown here in February, joined the clinic to run its night ward.",
    "The harbour master, pictured in February, has retired.",
])
def test_a_caption_time_lies_behind(text):
    assert found(text, JAN) == [("February", "2010-02")]


def test_a_broadcast_shown_on_a_day_may_lie_ahead():
    assert found("The film will be shown in February.", JAN) == [("February", "2011-02")]


def test_a_season_after_a_year_of_a_disease_is_that_years():
    assert found("The 1889 strain became lethal in the spring, doctors recall.", MAY) == [
        ("1889", "1889"), ("the spring", "1889-SP")]


def test_a_weekday_with_a_clock_time_in_a_weekly_schedule_recurs():
    text = "The quiz is broadcast at 19:30 GMT every Tuesday, and at 08:15 GMT on Wednesday."
    assert found(text, MAY)[-1] == ("08:15 GMT on Wednesday", "XXXX-WXX-3T08:15")


@pytest.mark.parametrize("text", [
    "The club met every Saturday, and at 02:40 on Sunday the clubhouse burned down.",
    "The club meets every Saturday. The vote is at 10:00 on Sunday.",
])
def test_a_weekday_told_in_the_past_or_in_another_sentence_stays_a_day(text):
    last = extract(text, MAY, "en")[-1]
    assert last.interval is not None and last.interval.days == 1


def test_a_month_of_the_telling_keeps_its_own_year_not_the_sentences_older_one():
    assert found("The 1998 floods were worse, the mayor said in March.", MAY)[-1] == ("March", "2009-03")
    assert found("In 1998, there was a first flood in March.", MAY)[-1] == ("March", "1998-03")

"""Coming days that a clause after them or a past telling must not turn back: a scheduled present
("holds its vote on Thursday ... since the stadium was sold") looks ahead, also for a year-less date in its own
clause, and a weekday a past telling looked ahead to ("said he would attend on Tuesday") is the nearest
(timeline/temporal/clause_cues.py, looking_ahead.py, context.py, resolvers/relative.py)."""

from datetime import date

import pytest

from timeline import extract

TUE = date(2020, 10, 13)  # a Tuesday
WED = date(2020, 10, 14)  # a Wednesday


def timexes(text, reference=TUE):
    return [(e.text, e.timex) for e in extract(text, reference, "en")]


@pytest.mark.parametrize("text", [
    "The island goes to the polls on Thursday to choose its first assembly since the old charter lapsed.",
    "The league holds its vote on Thursday for the first time since the stadium was sold.",
])
def test_a_past_verb_in_a_clause_after_the_scheduled_day_leaves_it_ahead(text):
    assert timexes(text)[0] == ("Thursday", "2020-10-15")


def test_a_past_verb_of_the_scheduled_days_own_clause_still_turns_it_back():
    assert timexes("Officers are investigating a blaze on Monday that gutted the mill.")[0] == ("Monday", "2020-10-12")


@pytest.mark.parametrize("text, timex", [
    # written on a Wednesday: yesterday is nearer than six days ahead
    ("The mayor said she would chair a meeting of the flood panel on Tuesday.", "2020-10-13"),
    # two days ahead is nearer than five back
    ("The mayor said she would chair a meeting of the flood panel on Friday.", "2020-10-16"),
])
def test_a_weekday_a_past_telling_looked_ahead_to_is_the_nearest(text, timex):
    assert timexes(text, WED) == [("Tuesday" if "Tuesday" in text else "Friday", timex)]


APR = date(2021, 4, 20)  # a Tuesday in April


@pytest.mark.parametrize("text", [
    "The quarrel has been aired in every club of the enclave, which returns to its old rulers on July 1.",
    "Talks have stalled for weeks, but the enclave returns to its old rulers on July 1.",
])
def test_a_scheduled_present_in_its_own_clause_puts_a_year_less_date_ahead(text):
    assert [t for _, t in timexes(text, APR) if t.startswith("20")] == ["2021-07-01"]


def test_a_year_less_date_of_a_past_clause_stays_behind():
    assert [t for _, t in timexes("The quarrel was aired in every club of the enclave on July 1.", APR)] == ["2020-07-01"]


FRI = date(2020, 10, 16)  # a Friday
MON = date(2020, 10, 12)  # a Monday


def test_a_weekend_of_a_sentence_with_no_tense_is_the_nearest():
    text = "The town radio is airing special shows over the weekend in two languages."
    assert timexes(text, FRI) == [("the weekend", "2020-W42-WE")]  # the coming one, a day ahead
    assert timexes(text, MON) == [("the weekend", "2020-W41-WE")]  # the one just gone


def test_a_weekend_of_a_past_sentence_stays_behind_on_a_friday():
    assert timexes("Crowds filled the town square over the weekend.", FRI) == [("the weekend", "2020-W41-WE")]


AUG = date(2021, 8, 10)  # a Tuesday in August


def test_a_year_less_date_of_a_thing_told_as_announced_is_the_nearest():
    found = timexes("The 9 November show at the harbour arena was announced by the promoters on Monday.", AUG)
    assert found[0] == ("The 9 November", "2021-11-09")


def test_a_year_less_date_of_a_thing_told_as_done_stays_behind():
    found = timexes("The 9 November show at the harbour arena was cancelled by the promoters.", AUG)
    assert found[0] == ("The 9 November", "2020-11-09")

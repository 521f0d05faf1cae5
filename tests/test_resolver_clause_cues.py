"""Cues of an expression's own clause: a scheduled present puts a bare weekday ahead, a "since"
clause with a past verb puts a year-less month behind, a generic "today" is no day, and "in the
next year" looking ahead is the twelve months to come (timeline/temporal/clause_cues.py, en.toml)."""

from datetime import date

import pytest

from timeline import extract

TUE = date(2020, 10, 13)  # a Tuesday
DEC = date(2020, 12, 7)  # a Monday in December


def only(text, reference, language="en"):
    found = extract(text, reference, language)
    assert len(found) == 1, found
    return found[0]


def placed(expression):
    interval = expression.interval
    return None if interval is None else (interval.start.isoformat(), interval.end.isoformat())


@pytest.mark.parametrize("text, timex", [
    ("The bakeries are opening their doors on Thursday.", "2020-10-15"),
    ("The island holds a referendum on Thursday.", "2020-10-15"),
    ("Rovers host Albion at the harbour ground on Saturday.", "2020-10-17"),
    ("The fair is being held Saturday in the old market.", "2020-10-17"),
    ("Ferries are resuming on Monday, the port authority said.", "2020-10-19"),
    ("She said the bakeries are reopening on Friday.", "2020-10-16"),
])
def test_a_scheduled_present_puts_a_bare_weekday_ahead(text, timex):
    found = only(text, TUE)
    assert (found.timex, placed(found)) == (timex, (timex, timex))


@pytest.mark.parametrize("text, timex", [
    ("The bakery was opening its doors on Thursday.", "2020-10-08"),
    ("He said on Thursday that the bakery opens soon.", "2020-10-08"),
    ("The guild won most votes on Sunday.", "2020-10-11"),
    ("Inspectors are examining a fire on Sunday that gutted the mill.", "2020-10-11"),
    ("The bakeries are open, the mayor said on Friday.", "2020-10-09"),
    ("The skater is heading home after winning the cup on Friday.", "2020-10-09"),
    ("Crews are still clearing rubble from Sunday.", "2020-10-11"),
])
def test_a_past_verb_of_the_clause_keeps_the_weekday_behind(text, timex):
    found = only(text, TUE)
    assert (found.timex, placed(found)) == (timex, (timex, timex))


@pytest.mark.parametrize("text, language, timex, interval", [
    ("The valley has seen protests since the council seized the mill in February.", "en",
     "2020-02", ("2020-02-01", "2020-02-29")),
    ("The town has grieved since the flood that swept the bridge away in February.", "en",
     "2020-02", ("2020-02-01", "2020-02-29")),
    ("Dalen har sett protester sedan rådet tog kvarnen i februari.", "sv",
     "2020-02", ("2020-02-01", "2020-02-29")),
    # a future cue in the "since" clause leaves the year to the distance
    ("Since the council says it will reopen the mill in February, the valley waits.", "en",
     "2021-02", ("2021-02-01", "2021-02-28")),
])
def test_a_past_since_clause_puts_its_month_behind(text, language, timex, interval):
    found = only(text, DEC, language)
    assert (found.timex, placed(found)) == (timex, interval)


@pytest.mark.parametrize("text", [
    "Today's pension system leaves carers behind.",
    "Children today spend more time indoors.",
    "The world today is more crowded than ever.",
    "Few saw the risks facing the world today.",
    "The world is a far noisier place today.",
])
def test_a_generic_today_is_no_day(text):
    assert extract(text, TUE, "en") == []


@pytest.mark.parametrize("text", [
    "Children today were given free tickets to the fair.",
    "The mayor can offer his people today only patience.",
    "Today the mayor opened the fair.",
])
def test_a_day_of_people_today_keeps_its_day(text):
    found = only(text, TUE)
    assert (found.timex, placed(found)) == ("2020-10-13", ("2020-10-13", "2020-10-13"))


def test_in_the_next_year_looking_ahead_is_the_coming_twelve_months():
    found = only("Fares could double in the next year.", TUE)
    assert (found.text, found.timex, found.interval) == ("the next year", "2021", None)


def test_next_year_alone_stays_the_calendar_year():
    found = only("Fares will double next year.", TUE)
    assert (found.timex, placed(found)) == ("2021", ("2021-01-01", "2021-12-31"))


def test_in_the_next_year_told_in_the_past_is_the_year_after_another():
    found = extract("The mill closed in 1998. In the next year the owners sold it.", TUE, "en")
    assert [(e.text, e.timex) for e in found] == [("1998", "1998"), ("the next year", "1999")]


WED = date(2020, 10, 14)  # a Wednesday


@pytest.mark.parametrize("text, timex", [
    # the future cue modifies another noun: the weekday's tense is the clause's (past: this Monday)
    ("With the mayor's tour of the docks on Monday and the expected tours of the mills by the governor, "
     "the two towns grew closer.", "2020-10-12"),
    ("After talks on Monday and the upcoming ferry vote, the island council met again.", "2020-10-12"),
    # right after the expression the cue is its own: "Friday's expected vote" lies ahead
    ("Friday's expected vote on the harbour toll was argued over.", "2020-10-16"),
])
def test_an_attributive_future_cue_dates_its_own_noun_not_the_expression(text, timex):
    assert only(text, WED).timex == timex

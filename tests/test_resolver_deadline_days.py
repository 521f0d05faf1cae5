"""Deadlines on a weekday told ahead, on invented text (review G M1, M2): a limit ("until Friday") after a
pluperfect verb with its object is a state set to last, the coming day; only a pluperfect participle right
before the limit makes it past. The open side before a weekday ("before Thursday") follows the sentence's
tense, an obligation looks ahead, and a day ahead keeps its span."""

from datetime import date

import pytest

from timeline import extract

TUE = date(2021, 3, 16)  # a Tuesday
MON = date(2021, 3, 15)


def readings(text, reference, language="en"):
    return [(e.text, e.timex, e.interval.start if e.interval else None) for e in extract(text, reference, language)]


@pytest.mark.parametrize("text, language, expected", [
    ("The ferry line had docked its boats until Friday.", "en", "2021-03-19"),
    ("Wardens had shut the north gate until Friday morning.", "en", "2021-03-19TMO"),
    ("Vakterna hade stängt porten fram till fredag.", "sv", "2021-03-19"),
])
def test_a_pluperfect_verb_with_its_object_sets_a_limit_ahead(text, language, expected):
    assert readings(text, TUE, language)[0][1] == expected


@pytest.mark.parametrize("text, language, expected", [
    ("The council had insisted until late on Thursday that the dam was safe.", "en", "2021-03-11"),
    ("The council had repeatedly insisted until Thursday that the dam was safe.", "en", "2021-03-11"),
    ("Kommunen hade hävdat fram till torsdag att dammen var säker.", "sv", "2021-03-11"),
])
def test_a_pluperfect_participle_right_before_the_limit_is_past(text, language, expected):
    assert readings(text, TUE, language)[0][1] == expected


@pytest.mark.parametrize("text, expected", [
    ("The keeper will not play again before Thursday.", "2021-03-18"),
    ("Nothing will change at the mill before Thursday, when the board meets.", "2021-03-18"),
    ("The lease must be renewed before Friday.", "2021-03-19"),
    ("Tenants have to leave the block before Friday.", "2021-03-19"),
])
def test_the_open_side_of_a_day_ahead_keeps_the_coming_day(text, expected):
    (_, timex, start), = readings(text, MON)
    assert timex == expected and start == date.fromisoformat(expected)


@pytest.mark.parametrize("text", [
    "Prior to Thursday, the valley had no road.",
    "The lease must have been renewed before Friday.",
])
def test_the_open_side_of_a_day_past_has_no_span(text):
    (_, timex, start), = readings(text, MON)
    assert timex < "2021-03-15" and start is None

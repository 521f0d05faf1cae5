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
    ("ok see you friday", [("friday", "2020-10-09")]),
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

"""Text that tells no happening makes no event: an indefinite weekday, a clause with no act, and
page furniture that is no story (advisories, schedules, programme lines, authors' biographies)."""

from datetime import date

import pytest

from timeline import extract

MONDAY = date(2010, 3, 8)


def found(text, reference=MONDAY, language="en"):
    return [(e.text, e.timex) for e in extract(text, reference, language)]


# --- 1. an indefinite weekday names no day ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It was a Wednesday, and I was painting the fence.",
    "One Sunday evening under a full moon we sat outside.",
    "The twins were born on a Tuesday.",
    "We used to meet on a Friday when work ended.",
])
def test_an_indefinite_weekday_is_no_date(text):
    assert found(text) == []


@pytest.mark.parametrize("text, kept", [
    ("A Wednesday landslide buried the road.", [("Wednesday", "2010-03-03")]),
    ("She spoke at a Monday meeting of the board.", [("Monday", "2010-03-08")]),
    ("One man died on Friday.", [("Friday", "2010-03-05")]),
])
def test_a_weekday_that_dates_an_act_stays(text, kept):
    assert found(text) == kept

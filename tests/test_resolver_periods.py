"""Reporting periods of financial news and TimeML durations: exact spans, values and intervals."""

from datetime import date

import pytest

from timeline import extract

THU = date(2020, 10, 15)  # a Thursday, two weeks after the third quarter ended


def found(text, reference=THU, language="en"):
    return [(e.text, e.type, e.timex) for e in extract(text, reference, language)]


# -- durations as TimeML writes them ------------------------------------------------

@pytest.mark.parametrize("text, span, timex", [
    ("Prices fell over the past three months.", "the past three months", "P3M"),
    ("Sales rose 4% in the first nine months.", "the first nine months", "P9M"),
    ("They will talk again in the next two weeks.", "the next two weeks", "P2W"),
    ("The strike lasted nearly two years.", "nearly two years", "P2Y"),
    ("The vote took less than an hour.", "less than an hour", "PT1H"),
])
def test_duration_span_takes_its_determiner_bound_and_modifier(text, span, timex):
    assert found(text) == [(span, "DURATION", timex)]


def test_duration_span_leaves_prepositions_out():
    assert found("He stayed for about three weeks, within two days of the vote.") == [
        ("three weeks", "DURATION", "P3W"), ("two days", "DURATION", "P2D")]

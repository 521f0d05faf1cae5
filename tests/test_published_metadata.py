"""Publish dates from metadata: absolute forms only (a relative one counts from an unknown moment)."""

from datetime import date

import pytest

from timeline.ingest.dates import parse_published


@pytest.mark.parametrize("text, expected", [
    ("2009-10-12", date(2009, 10, 12)),
    ("2009-10-12T08:30:00", date(2009, 10, 12)),
    ("12 March 2009", date(2009, 3, 12)),
    ("Mon, 12 Oct 2009 10:00:00 GMT", date(2009, 10, 12)),
])
def test_an_absolute_date_is_read(text, expected):
    assert parse_published(text) == expected


@pytest.mark.parametrize("text", ["2 days ago", "yesterday", "90 days", "today", "", "   ", None, 20091012])
def test_a_relative_or_missing_date_is_none(text):
    assert parse_published(text) is None

"""Numbers spelled as several number words (timeline.temporal.numbers)."""

import pytest

from timeline.temporal.numbers import spelled_number

WORDS = {"en": 1, "ett": 1, "två": 2, "fyra": 4, "fem": 5, "tre": 3, "tio": 10, "nitton": 19,
         "tjugo": 20, "nittio": 90, "hundra": 100, "tusen": 1000, "några": "few"}


@pytest.mark.parametrize("raw, number", [
    ("nittonhundranittiofyra", 1994), ("tjugohundratjugo", 2020), ("tvåtusentjugo", 2020),
    ("tjugofem", 25), ("etthundra", 100), ("nitton hundra", 1900), ("tusen", 1000),
    ("två-tusen-tjugo", 2020),
])
def test_spelled(raw, number):
    assert spelled_number(raw, WORDS) == number


@pytest.mark.parametrize("raw", ["tjugotjugo", "femtre", "tiofem", "hundrahundra", "tusentusen",
                                 "några", "tjugonågot", ""])
def test_not_a_number(raw):
    assert spelled_number(raw, WORDS) is None

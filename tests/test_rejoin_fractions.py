"""A number after a stop is a split decimal only when a unit, scale, currency, preposition,
punctuation or nothing follows it; any other word opens a new sentence."""

import pytest

from timeline.events.headline_words import lexicon
from timeline.events.rejoin import whole_numbers


@pytest.mark.parametrize("text, expected", [
    ("The toll rose to 35. 12 soldiers were among the dead", "The toll rose to 35. 12 soldiers were among the dead"),
    ("The toll rose to 35. 12 children died", "The toll rose to 35. 12 children died"),
    ("Police arrested 14. 3 suspects were later freed", "Police arrested 14. 3 suspects were later freed"),
    ("The index fell 2. 4 percent on Monday", "The index fell 2.4 percent on Monday"),
    ("She ran it in 39. 90 seconds, a record", "She ran it in 39.90 seconds, a record"),
    ("It traded at 59. 34 dpb in May", "It traded at 59.34 dpb in May"),
    ("a rise of 0. 30 won from the close", "a rise of 0.30 won from the close"),
    ("between 14546. 88 and 14649.86", "between 14546.88 and 14649.86"),
    ("The bill came to 307. 4 billion kwacha", "The bill came to 307.4 billion kwacha"),
    ("It closed at 3. 5 .", "It closed at 3.5 ."),
])
def test_a_split_decimal_is_joined_only_before_what_goes_on_with_a_number(text, expected):
    assert whole_numbers(text, lexicon("en")) == expected


def test_a_language_without_words_joins_only_before_punctuation():
    assert whole_numbers("rose 1. 5 percent", None) == "rose 1. 5 percent"
    assert whole_numbers("rose to 1. 5", None) == "rose to 1.5"

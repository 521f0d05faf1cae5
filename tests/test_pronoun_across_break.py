"""A "He"/"She" that opens a new paragraph is named by the paragraph before, when that one names a single person
the story tells is a person ("Karl Olsen, who …"); two people, the other sex, or a heading before leave the
pronoun as it was."""

import pytest

from test_headlines import LEAD, headline


def test_a_pronoun_after_a_paragraph_break_is_named_by_the_one_person_before():
    text = ("Karl Olsen, who was born in Velby, was active in the harbour town for years.\n\n"
            "He led the dock strike of 1931.")
    assert headline(LEAD + text, "1931") == "Karl Olsen led the dock strike of 1931"


def test_a_chain_of_pronouns_goes_on_through_the_break_to_a_titled_name():
    text = ("Professor Karl Olsen told the radio that the ward was full. He was tired.\n\n"
            "He warned that the staff would have to work on Friday.")
    assert headline(LEAD + text, "Friday") == "Professor Karl Olsen warned that the staff would have to work"


@pytest.mark.parametrize("text", [
    # two people before: whose "he"?
    "Karl Olsen, who was born in Velby, met Tom Berg in the harbour town.\n\nHe led the dock strike of 1931.",
    # the one named is a woman
    "Anna Olsen, who was born in Velby, was active in the harbour town. She married young.\n\n"
    "He led the dock strike of 1931.",
    # a heading between names no one the story goes on about
    "Karl Olsen, who was born in Velby, was active in the harbour town.\n\nEARLY YEARS\n\n"
    "He led the dock strike of 1931.",
    # no person cue: a name across a break may be anything's
    "Karl Olsen was active in the harbour town for years.\n\nHe led the dock strike of 1931.",
])
def test_a_pronoun_after_a_break_is_left_alone_when_in_doubt(text):
    assert headline(LEAD + text, "1931").startswith("He led")

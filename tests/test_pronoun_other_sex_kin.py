"""A "She"/"He" is named by the person the sentence before names though that sentence speaks of kin of the
other sex ("her uncle" is no "she"); kin of the same sex, or a person of either, still leaves the pronoun
(invented articles)."""

import pytest

from timeline.events.pronoun import named_person

TOLD = "Lena Voss lives in Mirova. She heard the news on the radio."


@pytest.mark.parametrize("previous, expected", [
    # her uncle cannot be "she"
    ("Ms Voss said her uncle had died and she was worried .", "Ms Voss made a public appeal"),
    # her sister may be
    ("Ms Voss said her sister had died and she was worried .", "She made a public appeal"),
    # a person noun of no sex may be
    ("Ms Voss said her neighbour had died and she was worried .", "She made a public appeal"),
])
def test_kin_of_the_other_sex_is_no_one_a_pronoun_may_be(previous, expected):
    sentences = [previous, "They met on the radio ."]
    assert named_person("She made a public appeal", "On Friday she made a public appeal .", sentences,
                        TOLD + " They met on the radio. " + previous, "en") == expected


def test_his_wife_is_no_he():
    previous = "Mr Tomas Brenn said his wife had left the harbour ."
    assert named_person("He was the top seller", "He was the top seller in 2009 .", [previous],
                        "Tomas Brenn sold fish. " + previous, "en") == "Mr Tomas Brenn was the top seller"

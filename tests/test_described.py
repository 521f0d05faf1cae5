"""A person the story keeps anonymous: "The woman" takes the words that described her in the sentences
right before (events/described.py), and keeps its bare noun on any doubt (invented articles)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expected", [
    ("Norland confirmed its first case in a 19-year-old woman who had returned from Velora . "
     "The woman arrived on Wednesday on board a ferry .", "The 19-year-old woman arrived on board a ferry"),
    # an aside after the head, the describing sentence in the paragraph before (wire copy)
    ("The hotel was locked down after a 25-year-old Velorian man had stayed there .\n"
     "The man , who spent the week in hospital , was discharged on Wednesday .",
     "The 25-year-old Velorian man was discharged"),
])
def test_an_anonymous_person_takes_the_words_that_described_them(text, expected):
    assert headline(LEAD + text, "Wednesday") == expected


@pytest.mark.parametrize("text", [
    "A man fell ill . The man was discharged on Wednesday .",  # nothing to add
    "The man from Brunvik fell ill after a 30-year-old man visited . The man was discharged on Wednesday .",  # two
    "A 30-year-old man fell ill . His brother was worried . The man was discharged on Wednesday .",  # another between
    "A 30-year-old man fell ill . The man from Brunvik was discharged on Wednesday .",  # the phrase describes him
    "A Velorian boy man was found . The man was discharged on Wednesday .",  # a compound of person nouns
])
def test_a_person_with_no_sure_description_keeps_the_bare_noun(text):
    assert headline(LEAD + text, "Wednesday").startswith("The man ")


def test_an_ordinal_is_no_description_of_which_person_it_was():
    text = ("A 22-year-old man was arrested in Brunvik . Police said a second man had fled . "
            "The man died on Wednesday .")
    assert headline(LEAD + text, "Wednesday").startswith("The man ")

"""A "He"/"She" left as it is where a rule cannot tell who it is (invented articles): a surname inside
another word, a second person after a place preposition, an aside of the other sex or calling the name a
company, a company, a storm or an event as the subject before, a name across a paragraph with nothing
telling it is a person's. A wrong name is the worst a summary can say."""

import pytest

from test_headlines import headline


def _summary(*paragraphs, expression="Tuesday"):
    return headline("\n\n".join(paragraphs), expression)


@pytest.mark.parametrize("between", ["She had moved to Bergen in 1990 .", "She had moved near Bergen ."])
def test_a_surname_inside_another_word_is_no_use_of_it(between):
    assert _summary("Ola Berg was elected mayor on Monday .", between,
                    "He resigned on Tuesday .").startswith("He resigned")


def test_a_person_after_a_place_preposition_is_a_second_person():
    named = "Singer Ola Berg spoke on Monday ."
    assert _summary(named, "Berg , who lives near Ivo Marten , was called .",
                    "He resigned on Tuesday .").startswith("He resigned")
    assert _summary(named, "Berg , who lives near Velora , was called .",
                    "He resigned on Tuesday .").startswith("Berg resigned")

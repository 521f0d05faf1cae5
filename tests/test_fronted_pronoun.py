"""A "He"/"She" that follows a phrase of time or place its sentence opens with ("A year later he …", "On
Monday he …", "But in Nov. 1960 he …") is named as one opening its sentence is; not after a phrase that
names or tells of someone else (invented articles)."""

import pytest

from test_headlines import headline
from timeline.events.pronoun import named_person

BORN = "Tomas Brenn was born in a fishing village near Velora in 1931 ."


@pytest.mark.parametrize("sentence, summary, expected", [
    ("A year later he founded a boat yard .", "He founded a boat yard", "Tomas Brenn founded a boat yard"),
    ("On Monday he was released from prison .", "He was released from prison", "Tomas Brenn was released"),
    ("But in Nov. 1960 he sold the yard .", "He sold the yard", "Tomas Brenn sold the yard"),
    ("In December 1962 , his yard was sold .", "His yard was sold", "Tomas Brenn's yard was sold"),
    ("In Velora , he sold the yard .", "He sold the yard", "Tomas Brenn sold the yard"),
])
def test_a_pronoun_after_a_phrase_of_time_or_place_is_named(sentence, summary, expected):
    assert named_person(summary, sentence, [BORN], BORN, "en", 1).startswith(expected)


@pytest.mark.parametrize("sentence", [
    "I spoke to a fisherman , and he was angry .",  # the fisherman
    "The man who met him said he was angry .",  # a relative clause, another man
    "After meeting Ivo Marten , he was angry .",  # another person named
    "Later that week she said he was angry .",  # a pronoun of the other sex
    "In the long and cold winter that followed the storm he was angry .",  # too long a phrase with no comma
])
def test_a_pronoun_after_a_phrase_telling_of_someone_else_stays(sentence):
    assert named_person("He was angry", sentence, [BORN], BORN, "en", 1) == "He was angry"


def test_a_summary_of_such_a_sentence_in_wire_copy_names_him():
    text = "Tomas Brenn lost his fishing boat near Velora .\n\nOn Friday , he founded a boat yard on the harbour ."
    assert headline(text, "Friday").startswith("Tomas Brenn founded a boat yard")


def test_two_of_one_family_in_the_sentences_read_leave_the_his():
    told = "Ivo Brenn led the port council for years .\n\nIvo will miss its session .\n\nWith a quieter style , Tomas Brenn will preside ."
    sentences = ["With a quieter style , Tomas Brenn will preside .", "Ivo will miss its session ."]
    assert named_person("His absence was blamed on a cold", "In May 2002 , his absence was blamed on a cold .", sentences,
                        told, "en") == "His absence was blamed on a cold"
    assert named_person("His absence was blamed on a cold", "In May 2002 , his absence was blamed on a cold .",
                        sentences[:1], told.replace("Ivo", "Ola").replace("Ola will", "The port will"), "en"
                        ) == "Tomas Brenn's absence was blamed on a cold"

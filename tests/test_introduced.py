"""A person the story introduced under another noun: "The woman" takes "a Velorian nurse" from the sentence right
before (events/introduced.py), and keeps its bare noun on any doubt (invented articles)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expected", [
    # a noun of what she is
    ("Norland has confirmed its first flu case in a Velorian nurse , the kingdom 's health minister said . "
     "The woman landed on Friday on board a ferry from Velora .", "The Velorian nurse landed on board a ferry"),
    # a country's people as a noun (a form of [places]), an aside after the head
    ("A 24-year-old Peruvian has tested positive for the virus in Brunvik , the ministry reported . "
     "The man , who is in stable condition , landed in Brunvik on Friday .", "The 24-year-old Peruvian landed"),
    # "the patient" introduced as a mother, a compound noun ("crew member")
    ("It is understood the first person to die was a 41-year-old mother who had given birth early . "
     "The patient was admitted to hospital on Friday .", "The 41-year-old mother was admitted"),
    ("Tests showed that a ferry crew member on a Norland Lines ship from Velora City did not have the virus . "
     "The man was taken to hospital on Friday .", "The ferry crew member was taken to hospital"),
    # a sentence with no one in it between
    ("Officials confirmed the case in a 33-year-old teacher . The ministry has urged calm for weeks . "
     "The woman landed on Friday .", "The 33-year-old teacher landed"),
])
def test_a_person_introduced_under_another_noun_is_told_by_it(text, expected):
    assert headline(LEAD + text, "Friday").startswith(expected)


@pytest.mark.parametrize("text, head", [
    ("Anna Berg attacked a 30-year-old nurse . The man was arrested on Friday .", "The man "),  # a named one beside
    ("Police found a 30-year-old nurse and a driver . The man was arrested on Friday .", "The man "),  # two
    ("Officials confirmed a case in a 30-year-old father . The woman died on Friday .", "The woman "),  # the other sex
    ("Officials confirmed a case in a 30-year-old teacher . The child died on Friday .", "The child "),  # an adult
    ("Officials confirmed a case in a 9-year-old pupil . The man died on Friday .", "The man "),  # a child
    ("The clinic said a nurse had been with her . The patient died on Friday .", "The patient "),  # a carer
    ("A man said a second nurse had fled . The woman was found on Friday .", "The woman "),  # an ordinal
    ("Officials met a member of the board . The man died on Friday .", "The man "),  # the phrase goes on
    ("The clinic treated a Velorian nurse . Her son called the police . The woman died on Friday .", "The woman "),
])
def test_a_person_with_no_sure_introduction_keeps_the_bare_noun(text, head):
    assert headline(LEAD + text, "Friday").startswith(head)


@pytest.mark.parametrize("text", [
    "Peru has confirmed its first flu case in a 19-year-old woman . The woman landed on Friday on board a ferry .",
    "Peru has confirmed its first flu case in a 33-year-old teacher . The woman landed on Friday on board a ferry .",
])
def test_a_described_person_still_takes_the_story_place(text):
    """A description tells which person, not where: the story's one country still heads the row."""
    assert headline(text, "Friday").startswith("Peru: The ")


@pytest.mark.parametrize("text, head", [
    # the one after "said" is the subject of what was said, a person the story tells of: a rival, not a speaker
    ("Officials said a nurse had treated a Velorian tourist . The woman died on Friday .", "The woman "),
    ("Doctors said a teacher had treated a patient . The man died on Friday .", "The man "),
    # a source is no one the story goes on about
    ("According to a nurse , the clinic is full . The woman died on Friday .", "The woman "),
])
def test_a_rival_or_a_source_keeps_the_bare_noun(text, head):
    assert headline(LEAD + text, "Friday").startswith(head)


def test_an_age_between_commas_leaves_the_person_to_be_told():
    text = "Officials confirmed the case in a 33-year-old teacher . The woman , 33 , landed on Friday ."
    assert headline(LEAD + text, "Friday").startswith("The 33-year-old teacher")


def test_a_head_the_story_used_before_is_not_told_by_another_noun():
    text = "A 30-year-old man fell ill at the port . A nurse was worried . The man was discharged on Friday ."
    assert headline(LEAD + text, "Friday").startswith("The man ")

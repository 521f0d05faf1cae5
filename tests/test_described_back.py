"""A person described two sentences back, past a sentence that speaks only of someone the head cannot be
(events/described_back.py): "… a 24-year-old woman farmer . The boy has recovered . The woman died …"
(invented articles)."""

import pytest

from test_headlines import LEAD, headline

CASES = "The two cases involve a 9-year-old boy in Arlo County and a 24-year-old woman farmer in Brenn County . "


@pytest.mark.parametrize("between", [
    "The boy has recovered . ",  # the other sex
    "The girl has recovered . ",  # a child, for an adult's head
])
def test_a_sentence_of_someone_else_is_passed_over(between):
    assert headline(LEAD + CASES + between + "The woman died on Friday .", "Friday").startswith(
        "The 24-year-old woman died")


@pytest.mark.parametrize("between", [
    "The patient has recovered . ",  # anyone may be a patient
    "She has recovered . ",  # her sex: maybe her, maybe another
    "Anna Berg has recovered . ",  # a name
    "Two women have recovered . ",  # her kind
])
def test_a_sentence_of_someone_the_head_may_be_keeps_the_bare_noun(between):
    assert headline(LEAD + CASES + between + "The woman died on Friday .", "Friday").startswith("The woman died")


def test_one_sentence_of_no_single_person_is_passed_over():
    """As events/introduced.py passes over one: "The ministry has urged calm" speaks of no one she may be."""
    text = ("Officials confirmed the first case , a 22-year-old Peruvian woman in hospital . "
            "The ministry has urged calm for weeks . The woman landed on Friday on board a ferry .")
    assert headline(LEAD + text, "Friday").startswith("The 22-year-old Peruvian woman landed")


def test_two_sentences_of_no_single_person_keep_the_bare_noun():
    text = ("Officials confirmed the first case , a 22-year-old Peruvian woman in hospital . "
            "The ministry has urged calm for weeks . Schools stay open . The woman landed on Friday on board a ferry .")
    assert headline(LEAD + text, "Friday").startswith("The woman landed")

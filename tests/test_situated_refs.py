"""Summaries whose subject leans on an earlier sentence: an opening "He"/"She" named by the person the
sentence before names, "The company" by the name the article sets beside it, "It" by a body whose verb
takes no object; and nothing where the referent is in doubt (a wrong name is worse than none)."""

import pytest

from test_headlines import headline
from timeline.events.pronoun import named_person


@pytest.mark.parametrize("text, expected", [
    # the subject after an aside between commas; the sentence's body is no second person
    ("Velorian President Anna Kessel, who has been visiting Mirova, met officials of the Harbour Authority. "
     "She is set to travel to Port Miro on Friday.", "Velorian President Anna Kessel is set to travel"),
    # after a fronted phrase and a description of the subject
    ("In a statement, his sister Tomas Brenn said the family was grateful. He said the boy was born on Friday.",
     "Tomas Brenn said the boy was born"),
    # the pronoun after a fronted phrase of its own sentence
    ("Grain prices fell sharply, Trade Minister Ivo Marten said on Monday. Earlier, he had said on Friday that "
     "the harvest was safe.", "Trade Minister Ivo Marten had said"),
])
def test_he_or_she_takes_the_person_the_sentence_before_names(text, expected):
    assert headline(text, "Friday").startswith(expected)


def test_the_surname_alone_when_the_article_already_writes_it():
    text = ("Dr Lena Voss was hired by the clinic in 2004. Voss trained in Mirova. "
            "Dr Lena Voss, who denies wrongdoing, was questioned by officers of the Mirova Police on Monday. "
            "She was released on Friday without charge.")
    assert headline(text, "Friday").startswith("Voss was released")


def test_the_full_name_when_another_name_ends_with_the_surname():
    assert named_person("She was released", "She was released.", ["Dr Lena Voss, who denies it, was questioned."],
                        "Dr Lena Voss met Tom Voss. Voss said so.", "en") == "Dr Lena Voss was released"


@pytest.mark.parametrize("previous", [
    "Tomas Brenn, who lives in Mirova, thanked her for the gift.",  # "he" may be about someone she knows
    "Anna Kessel, who lives in Mirova, met Lisa Dorn.",  # two people
])
def test_no_name_when_the_sentence_before_is_about_someone_else_too(previous):
    summary = "He will visit the northern ports"
    assert named_person(summary, summary + " on Friday.", [previous], "", "en") == summary


@pytest.mark.parametrize("text", [
    # a title of the other sex
    "Ms Anna Kessel opened the harbour in Port Miro. He will visit the northern ports on Friday.",
    # two people: whose "she"?
    "Anna Kessel met Lisa Dorn at the harbour yesterday. She will visit the northern ports on Friday.",
])
def test_he_or_she_stays_when_the_person_is_in_doubt(text):
    assert headline(text, "Friday").split()[0] in ("He", "She")


def test_the_head_takes_the_name_set_beside_it():
    text = ("Passengers were stranded in Mirova. Meanwhile Skyrell, the budget airline, cancelled all flights. "
            "The airline will resume its service on Friday, a spokesman said.")
    assert headline(text, "Friday").startswith("Skyrell will resume its service")


def test_two_names_beside_the_head_leave_it():
    text = ("Skyrell, the budget airline, cancelled flights. Aerolux, a rival airline, kept flying. "
            "The airline will resume its service on Friday, a spokesman said.")
    assert headline(text, "Friday").startswith("The airline will resume")


@pytest.mark.parametrize("text, named", [
    ("The Mirova Savings Bank collapsed in 2008. It will be wound up on Friday, the court said.", True),
    # after a verb with an object, "it" may be that object
    ("The Mirova Savings Bank approved the loan. It will be paid on Friday, the court said.", False),
])
def test_it_takes_a_body_whose_verb_takes_no_object(text, named):
    assert headline(text, "Friday").startswith("The Mirova Savings Bank will be") == named


def test_the_head_takes_a_name_of_its_kind():
    text = ("Three passengers fell ill on a Skyrell Airways flight from Mirova. "
            "The airline said it would send a special flight on Friday for those who want to leave.")
    assert headline(text, "Friday").startswith("Skyrell Airways said it would send a special flight")


def test_a_comma_before_the_subject_sets_no_name_beside_it():
    text = ("The Mirova Ministry of Health banned the dye. In a circular to all regions and the Mirova Food Agency, "
            "the ministry said the dye was banned. The ministry reiterated the ban on Friday.")
    assert headline(text, "Friday").startswith("Mirova Ministry of Health reiterated the ban")


def test_a_corporate_ending_makes_no_name_the_company():
    text = ("Skyrell and Aerolux agreed to merge into the Skyrell Aerolux Corporation. "
            "Drug maker Velora stopped its trials. The company said on Friday it was notifying regulators.")
    assert headline(text, "Friday").startswith("The company said")

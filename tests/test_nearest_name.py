"""A summary's "The school" takes the naming the sentences right before give in small letters or tokenised
("Downend school", "Alleyn 's school"), when they give exactly one (see timeline/events/nearest_name.py)."""

import pytest

from test_headlines import LEAD, headline
from timeline.events.nearest_name import nearest_named


@pytest.mark.parametrize("before, expected", [
    # the head written small after the name, an aside between
    ("Marlowe school , in north Wexley , will be closed after a pupil fell ill . ",
     "Marlowe school said it would reopen"),
    # a tokenised possessive, two sentences back, the one between going on about "the school"
    ("The latest to be hit is Penrose 's School in Kettlebury . A pupil at the independent school was ill . ",
     "Penrose's School said it would reopen"),
    # lower-case words of the name; a definite article before it stays
    ("Pupils at Marlowe primary school in Wexley fell ill . ", "Marlowe primary school said it would reopen"),
    ("The Norland government closed every school . ", "The Norland government said it would reopen"),
])
def test_the_head_takes_the_one_naming_just_before(before, expected):
    head = "government" if "government" in expected else "school"
    text = LEAD + before + f"The {head} said on Friday it would reopen ."
    assert headline(text, "Friday") == expected


@pytest.mark.parametrize("before", [
    "An outbreak at a Wexley primary school led to new cases . ",  # one school of many: which?
    "Marlowe school and Penrose school closed . ",  # two named: which?
    "Marlowe school closed . A pupil at a school in Kettlebury fell ill . ",  # another, unnamed school between
    "Marlowe school closed . Parents were told . ",  # a sentence between not about the school: another may be meant
    "Marlowe school closed . A spokesman for Kettlebury said the boy was well . ",
    "Local school pupils were sent home . ",  # the head is no noun of its own, "Local" a common word
])
def test_the_head_stays_when_no_one_naming_is_near(before):
    text = LEAD + before + "The school said on Friday it would reopen ."
    assert headline(text, "Friday") == "The school said it would reopen"


def test_a_person_head_is_never_named_so():
    # "The man" is no "British man": persons are named by other steps
    assert nearest_named("The man was discharged", ["A British man fell ill ."], "", "en") == "The man was discharged"


def test_a_country_naming_needs_its_article_and_keeps_its_words():
    before = "Prices rose after the former Norwegian company was sold . "
    assert headline(LEAD + before + "The company said on Friday it would grow .", "Friday") == (
        "The former Norwegian company said it would grow")
    # a country's people with no article is a kind, no naming (named_country may still tell the story's one country)
    assert nearest_named("The government said it would pay", ["The strike paralysed Norwegian government in the north ."],
                         "", "en") == "The government said it would pay"


@pytest.mark.parametrize("before", [
    # review g: a second school named, though not as a noun of its own ("Oak Lane school last week")
    "Pupils from Marlowe school visited Oak Lane school last week . ",
    # a lone capital opening its sentence is a word of kind, never written in capitals mid-sentence
    "Rural school , in Wexley , will close next month . ",
    "Boarding school , the report found , is not for everyone . ",
])
def test_the_head_stays_for_a_second_naming_or_a_word_of_kind(before):
    text = LEAD + before + "The school said on Friday it would reopen ."
    assert headline(text, "Friday") == "The school said it would reopen"


def test_a_company_word_is_no_he():
    # review g: "Motor" is a company's word (``[situated] company_heads``), so "He" stays
    assert headline(LEAD + "Harbin Motor said sales fell . He quit on Friday .", "Friday") == "He quit"

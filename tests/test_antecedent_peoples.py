"""A surname subject names the "He"/"She" after it although its sentence holds a country, a people, a place's
possessive, a list of towns or a long aside; its family name may come first ("Liu Yang"); a second person in
any of them still leaves the pronoun (invented articles)."""

import pytest

from timeline.events.pronoun import named_person

TOLD = "Singer Tomas Brenn sold his farm. Mr Tomas Brenn was born in Mirova."
SUMMARY, SENTENCE = "He was the top seller", "He was the top seller in 2009 ."


def _named(previous: str, told: str = TOLD) -> str:
    return named_person(SUMMARY, SENTENCE, [previous], told, "en")


NAMED = "Brenn was the top seller"


@pytest.mark.parametrize("previous, other", [
    # a people's word and a country's possessive are no one; a person after them is
    ("Brenn was held by Danish police in his house near Kenya's second city .",
     "Brenn was held by Danish police with Ivo Marten near Kenya's second city ."),
    # a people no country names
    ("Brenn was cheered by the Kurdish delegation at the summit .",
     "Brenn was cheered by the Kurdish delegation of Ivo Marten at the summit ."),
    # a place word's possessive; a person's beside it
    ("Brenn was seen at London's biggest market .", "Brenn was seen at London's market with Marten's wife ."),
    # the towns listed after a place word; a full name listed with them
    ("Brenn was active in the cities of Tokyo , Velmar , Ostrava and Kelby .",
     "Brenn was active in the cities of Tokyo , Velmar and Ivo Marten 's farm ."),
    # a long aside opened by a determiner; a person in it
    ("Brenn , a quiet Danish farmer who won a prize for his pigs in June , was the best known of them .",
     "Brenn , a quiet Danish farmer who won a prize with Ivo Marten in June , was the best known of them ."),
    # an aside opened by a preposition; a person in it
    ("Brenn , on a two-day visit to the coast of Norway , said the farm was sold .",
     "Brenn , on a two-day visit to Ivo Marten in Norway , said the farm was sold ."),
])
def test_a_surname_subject_beside_places_and_peoples_names_the_pronoun(previous, other):
    assert (_named(previous), _named(other)) == (NAMED, SUMMARY)


@pytest.mark.parametrize("other", [
    # two people open with it: whose "he"?
    "The champion Liu Weiran won the final. His coach Liu Qiang watched.",
    # a title before it is no first name, and a body's word after it names no one
    "The winner was Dr Liu. The Liu Hospital treated him.",
])
def test_a_family_name_written_first_names_the_one_person(other):
    def named(told: str) -> str:
        return named_person(SUMMARY, SENTENCE, ["Liu cleared every hurdle smoothly ."], told, "en")
    assert named("The champion Liu Weiran won the final. Liu Weiran is 24.") == "Liu was the top seller"
    assert named(other) == SUMMARY


@pytest.mark.parametrize("other", [
    # a title after the article: a person ("the Rev Ivo Marten")
    "Brenn was treated at the Velmar Care Unit with the Rev Ivo Marten .",
    # a description between the article and the name
    "Brenn was treated at the Velmar Care Unit with the late Ivo Marten .",
])
def test_a_name_after_the_article_is_a_body_unless_a_title_or_description_makes_it_a_person(other):
    assert _named("Brenn was treated at the Velmar Care Unit of the hospital .") == NAMED
    assert _named(other) == SUMMARY


def test_a_described_subject_with_a_peoples_word_names_the_pronoun():
    # a people's word and an acronym in the description before the name; another person beside it: whose "he"?
    described = "Danish radio and TV host Ivo Marten was among the voices heard"
    assert named_person(SUMMARY, SENTENCE, [described + " early ."], described, "en") == "Ivo Marten was the top seller"
    assert named_person(SUMMARY, SENTENCE, [described + " with Tom Roe ."], described, "en") == SUMMARY


def test_a_family_name_written_first_beside_a_full_name_ending_in_it_is_a_second_person():
    told = ("Liu Weiran and his teammate Anna Liu arrived in Velbo on Sunday . Liu , a hurdler who won gold in June , "
            "cleared every hurdle smoothly .")
    for previous in ["Liu , a hurdler who won gold in June , cleared every hurdle smoothly .",
                     "Liu cleared every hurdle smoothly ."]:
        assert named_person(SUMMARY, SENTENCE, [previous], told, "en") == SUMMARY

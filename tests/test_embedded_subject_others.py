"""A surname inside a frame ("It is not the first time Berg has …") is the next "He" only when no one else
may be: no person's role beside it (singular or plural), no person as its object, no passive with an agent;
a capitalised run before a person noun ("the five Berg brothers") is people, not a thing; an ordinal's ending
is the language's data (invented articles)."""

import dataclasses

import pytest

from timeline.events.headline_words import lexicon
from timeline.events.pronoun import named_person
from timeline.events.thing_runs import counting_words, without_thing_names

TOLD = "Striker Kasimir Dolch sold his farm. Mr Kasimir Dolch was born in Velmora."


@pytest.mark.parametrize("previous", [
    # a role not among the person nouns: the next act may be the umpire's
    "It is not the first time Dolch has clashed with the umpire .",
    # a plural role
    "It is not the first time Dolch has argued with referees .",
    # a passive with its agent: someone else acted
    "It is not the first time Dolch has been sacked by a club .",
    # a person as the object
    "It is not the first time Dolch has thanked him .",
])
def test_a_framed_surname_beside_another_person_leaves_the_pronoun(previous):
    assert named_person("He sent him off", "He sent him off in 2005 .", [previous], TOLD, "en") == "He sent him off"


def test_a_framed_surname_alone_is_still_the_subject():
    previous = "It is not the first time Dolch has stayed on after a storm ."
    assert named_person("He was fined", "He was fined in 2005 .", [previous], TOLD, "en") == "Dolch was fined"


@pytest.mark.parametrize("previous", [
    "Dolch still trains with the 2 Harrow brothers .",
    "Dolch then met the five Harrow sisters .",
    "Dolch later met the 11 Apostles Bishop Harrow .",
])
def test_a_counted_run_before_a_person_noun_is_people(previous):
    assert named_person("He was fined", "He was fined in 2005 .", [previous], TOLD, "en") == "He was fined"


def test_an_ordinal_ending_is_the_language_s_data():
    lex = dataclasses.replace(lexicon("en"), ordinal_endings=(":e",))
    texts = "played in the 3:e Harbour Cup on".split()
    assert without_thing_names(texts, lex, frozenset(), counting_words("en")) == "played in the 3:e on".split()

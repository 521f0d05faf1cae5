"""A surname alone names a "He"/"She" though its sentence holds the capitalised name of a thing set after a
determiner and a count, or after a count alone ("the 1987 Harbour Accord", "the third Test", "in 16
Tests"); a person so set ("No. 1 Ivo Marten", "the two Martens") still leaves the pronoun (invented articles)."""

import pytest

from timeline.events.pronoun import named_person
from timeline.events.thing_runs import counting_words, without_thing_names
from timeline.events.headline_words import lexicon

TOLD = "Singer Tomas Brenn sold his farm. Mr Tomas Brenn was born in Mirova."


@pytest.mark.parametrize("previous, expected", [
    # a treaty after a determiner and its year
    ("Brenn is an architect of the 1987 Velora Harbour Accord , the deal that set the fees .", "Brenn was the top seller"),
    # a match after a determiner and an ordinal
    ("Brenn has not played since the third Test against the hosts .", "Brenn was the top seller"),
    # a plural thing after a count alone
    ("Brenn , 29 , played in 16 Tests up until 2004 .", "Brenn was the top seller"),
    # a rank before a name is no count of things: another person
    ("Brenn beat world No. 1 Marten in the final .", "He was the top seller"),
    # a family after a determiner and a count: people
    ("Brenn met the two Martens in the final .", "He was the top seller"),
    # a person named after a determiner alone is left as someone
    ("Brenn met the Pope in the final .", "He was the top seller"),
])
def test_a_surname_alone_beside_a_counted_things_name(previous, expected):
    assert named_person("He was the top seller", "He was the top seller in 2009 .", [previous], TOLD,
                        "en") == expected


def test_a_link_naming_a_counted_thing_keeps_the_chain():
    previous = ["Later , he played in the second Test at Velora .", "In death , Brenn achieved the comeback he wanted ."]
    assert named_person("He was the top seller", "He was the top seller in 2009 .", previous, TOLD,
                        "en") == "Brenn was the top seller"


def test_a_title_keeps_its_run_and_a_year_is_no_count():
    lex = lexicon("en")
    texts = "met the third President Ivo Marten and in 1998 Anna Lind".split()
    assert without_thing_names(texts, lex, frozenset({"president"}), counting_words("en")) == texts


@pytest.mark.parametrize("previous, expected", [
    # the one person of the sentence is the subject of a clause inside it
    ("It is not the first time Brenn has helped out in a storm .", "Brenn was the top seller"),
    # a person noun beside him: whose "he"?
    ("It is not the first time the captain saw Brenn helped out in a storm .", "He was the top seller"),
    # a "he" before him is someone else
    ("He said that Brenn had helped out in a storm .", "He was the top seller"),
    # another capitalised word: maybe another person
    ("It is not the first time Brenn has helped out Marten .", "He was the top seller"),
])
def test_a_surname_alone_as_the_subject_of_a_clause_inside_the_sentence(previous, expected):
    assert named_person("He was the top seller", "He was the top seller in 2009 .", [previous], TOLD,
                        "en") == expected


def test_a_surname_alone_before_a_time_adverb_and_its_verb():
    previous = "Brenn , 45 , later achieved the comeback he had wanted ."
    assert named_person("He was the top seller", "He was the top seller in 2009 .", [previous], TOLD,
                        "en") == "Brenn was the top seller"

"""An opening "He"/"She" is named through a bracketed aside, a subject described between commas, and a
fronted clause before the pronoun, in its sentence or kept in the summary (invented articles)."""

import pytest

from test_headlines import headline
from timeline.events.apposed_subject import apposed_subject
from timeline.events.bracket_aside import without_brackets
from timeline.events.clause_named import fronted_split
from timeline.events.headline_words import lexicon
from timeline.events.pronoun import named_person


def test_a_bracketed_caption_naming_someone_else_does_not_hide_the_subject():
    previous = ("Harbour Minister Odile Varnay -LRB- pictured with Mayor Tomas Brell ; Brell is the one in the hat -RRB- "
                "was relieved by new figures .")
    assert named_person("She joked about wet umbrellas", "She joked about wet umbrellas on Monday .", [previous],
                        previous, "en") == "Harbour Minister Odile Varnay joked about wet umbrellas"


def test_brackets_written_or_tokenised_are_taken_out_and_an_open_one_stays():
    assert without_brackets("Anna Lind (left) and -LRB- 2 -RRB- met [sic] him .") == "Anna Lind and met him ."
    assert without_brackets("Anna Lind ( left met him .") == "Anna Lind ( left met him ."


@pytest.mark.parametrize("previous, expected", [
    ("Koren Maddox , a Belgian cyclist , checked into the inn on Friday but left at dusk .", "Koren Maddox"),
    ("In May of that year , while most of his neighbours ignored the threat from Norland , Ebbe Tallis , "
     "the harbour master of Velmora , had warnings printed .", "Ebbe Tallis"),
    ("Koren Maddox , 61 , was fined on Monday .", "Koren Maddox"),
])
def test_a_subject_described_between_commas_is_the_one_named(previous, expected):
    lex = lexicon("en")
    assert apposed_subject(previous, lex, frozenset({"council"})) == expected


@pytest.mark.parametrize("previous", [
    "Koren Maddox , a friend of Ebbe Tallis , checked into the inn on Friday .",   # another person in the aside
    "Ebbe Tallis said Koren Maddox , a cyclist , checked into the inn .",         # another person before
    "Koren Maddox , a cyclist , met Ebbe Tallis at the inn .",                    # another person after
    "Velmora Council , the town 's council , met on Friday .",                    # a body
])
def test_no_described_subject_when_someone_else_is_named(previous):
    assert apposed_subject(previous, lexicon("en"), frozenset({"council"})) == ""


def test_a_he_after_a_fronted_clause_about_himself_is_named_by_the_described_subject():
    previous = "Koren Maddox , a Belgian cyclist , checked into the inn on Friday but left at dusk ."
    sentence = "When he came back to the inn on Saturday , he was told he must stay inside ."
    assert named_person("He was told he must stay inside", sentence, [previous], previous, "en") == (
        "Koren Maddox was told he must stay inside")


@pytest.mark.parametrize("sentence", [
    "When the nurse came back on Saturday , he was told he must stay inside .",    # a person in the clause
    "When Ebbe Tallis came back on Saturday , he was told he must stay inside .",  # a name in the clause
    "When she came back to the inn on Saturday , he was told he must stay inside .",  # the other sex
    "`` When I came back on Saturday , he was told he must stay inside .",          # a quotation
])
def test_a_fronted_clause_that_speaks_of_someone_else_leaves_the_pronoun(sentence):
    previous = "Koren Maddox , a Belgian cyclist , checked into the inn on Friday but left at dusk ."
    summary = "He was told he must stay inside"
    assert named_person(summary, sentence, [previous], previous, "en") == summary


def test_a_fronted_clause_kept_in_the_summary_keeps_it_and_names_the_pronoun():
    summary = headline("A first sentence leads the article .\nKoren Maddox always dreamt of sailing . "
                       "Restless after school and looking for adventure , he sold his bicycle and went to sea in 1996 .",
                       "1996")
    assert summary == "Restless after school and looking for adventure, Koren Maddox sold his bicycle and went to sea"


def test_a_summary_split_only_at_a_small_pronoun_after_a_comma():
    pronouns = frozenset({"he", "she"})
    assert fronted_split("Restless after school, he went to sea", pronouns) == ("Restless after school,", "He went to sea")
    assert fronted_split("Restless after school, the boy went to sea", pronouns) is None
    assert fronted_split("\"Restless after school, he went to sea", pronouns) is None


def test_a_lone_surname_after_a_fronted_phrase_of_when_and_where_names_the_he():
    told = "Former general Amado Vessler ruled Norland for years .\n"
    previous = "In 1988 Vessler lost a vote on another term ."
    assert named_person("He handed power to a civilian", "He handed power to a civilian in 1990 .", [previous],
                        told + previous, "en") == "Vessler handed power to a civilian"


@pytest.mark.parametrize("sentence, start", [
    ("In 1988 Vessler lost a vote .", 2),
    ("Born on October 6 , 1945 , in the poor north of Brazil , Vessler learned to read .", 14),
    ("When Tom Roe came , Vessler left .", -1),     # a name in the fronted clause
    ("In his youth the nurse , Vessler left .", -1),  # a person noun in it
    ("Vessler lost a vote .", -1),                  # no fronted phrase
])
def test_where_the_subject_starts_after_a_fronted_phrase(sentence, start):
    from timeline.events.fronted_clause import subject_start
    from timeline.events.pronoun import _words
    words = _words("en")
    assert subject_start(sentence.split(), lexicon("en"), words.places, words.nations) == start


def test_a_heading_in_capitals_run_into_the_sentence_before_is_no_part_of_it():
    from timeline.events.heading_run import without_heading
    previous = "SEA STORIES : NORTH ROUTE Koren Maddox always dreamt of joining the North Sea Navy ."
    assert without_heading(previous) == "Koren Maddox always dreamt of joining the North Sea Navy ."
    assert without_heading("US officials said WHO chief Anna Berg left .") == "US officials said WHO chief Anna Berg left ."
    summary = "He joined up"
    assert named_person(summary, "He joined up in 1996 .", [previous], previous, "en") == "Koren Maddox joined up"


def test_a_heading_with_a_dash_run_into_the_sentence_before_is_no_part_of_it():
    from timeline.events.heading_run import without_heading
    previous = "MARTA VELLO - FIRST KNOWN CASE Marta Vello , a 41-year-old nurse , fell ill early in May ."
    assert without_heading(previous) == "Marta Vello , a 41-year-old nurse , fell ill early in May ."
    summary = "She went to the harbour clinic"
    assert named_person(summary, "She went to the harbour clinic on 8 May .", [previous], previous,
                        "en") == "Marta Vello went to the harbour clinic"

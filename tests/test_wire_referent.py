"""A "He"/"She" named across one-sentence paragraphs (wire copy), with the refusals of a paragraph: another
person named, a title or a pronoun of the other sex, a heading, byline or dateline line, a paragraph of
more sentences, more than three sentences back (invented articles)."""

import pytest

from test_headlines import headline

# the name is told a person's ("his home"): across paragraphs a bare name may be a company's or a woman's
NAMED = "Tom Berg died in his home near the harbour on Monday ."
AFTER = "He recorded his first album on June 4 , 1961 , in a barn ."


def _summary(*paragraphs):
    return headline("\n\n".join(paragraphs), "June 4 , 1961")


def test_a_he_is_named_across_one_sentence_paragraphs():
    assert _summary(NAMED, "He had been ill since March .", AFTER).startswith("Tom Berg recorded")


def test_a_she_is_named_across_one_sentence_paragraphs():
    text = "Anna Roe resigned from her seat on the port council on Monday .\n\nShe had led it since 2001 .\n\nShe left on Friday ."
    assert headline(text, "Friday").startswith("Anna Roe left")


@pytest.mark.parametrize("between", [
    "He worked with Ivo Marten at the harbour .",  # another person named
    "He said she had seen the harbour .",  # a pronoun of the other sex
    "Early years",  # a heading
    "By Anna Roe",  # a byline
    "OSLO ( AFP ) -",  # a dateline's line
])
def test_the_chain_breaks_where_a_paragraph_may_be_about_someone_else(between):
    assert _summary(NAMED, "He had been ill since March .", AFTER).startswith("Tom Berg")
    assert _summary(NAMED, between, AFTER).startswith("He recorded")


def test_two_people_named_before_leave_the_he():
    assert _summary(NAMED, AFTER).startswith("Tom Berg recorded")
    assert _summary("Tom Berg met Ivo Marten at his home on Monday .", AFTER).startswith("He recorded")


def test_a_womans_title_before_he_leaves_it():
    assert _summary("Mr Tom Berg died in a hospital near the harbour on Monday .", AFTER).startswith("Mr Tom Berg recorded")
    assert _summary("Ms Lena Berg died in a hospital near the harbour on Monday .", AFTER).startswith("He recorded")


def test_a_paragraph_of_two_sentences_is_no_wire_copy():
    assert _summary("The hospital is old .", NAMED, AFTER).startswith("Tom Berg recorded")
    assert _summary(NAMED + " The hospital is old .", AFTER).startswith("He recorded")


def test_no_more_than_three_sentences_back():
    links = ["He was ill .", "He was old .", "He was tired ."]
    assert _summary(NAMED, *links[:2], AFTER).startswith("Tom Berg")
    assert _summary(NAMED, *links, AFTER).startswith("He recorded")


FULL = "Singer Tomas Brenn sold his farm near the fjord in May ."


@pytest.mark.parametrize("previous, expected", [
    # an aside that tells who he is, a place after "from"
    ("Brenn , who was extradited from Velora last year , is indicted in five cases .", "Brenn recorded"),
    ("Brenn , 45 , was head of the choir in Mirova .", "Brenn recorded"),
    ("Brenn , a nurse from the valley , was called to the stand .", "Brenn recorded"),
    # a person in the aside, someone's possessive, a person after a preposition of no place
    ("Brenn , who met Ivo Marten , is indicted in five cases .", "He recorded"),
    ("Brenn , a friend of the boy , was called to the stand .", "He recorded"),
    ("Brenn , Marten 's friend , is indicted in five cases .", "He recorded"),
    ("Brenn was head of the choir with Marten .", "He recorded"),
])
def test_a_surname_with_an_aside_names_the_he_of_the_next_paragraph(previous, expected):
    assert _summary(FULL, previous, AFTER).startswith(expected)

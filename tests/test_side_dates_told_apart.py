"""A date of a side part is no date of the act its sentence's summary tells (invented articles): a relative or
subordinate clause with an irregular past, a participle closing the sentence, a noun far back under a clause told
in the present, a bound of a subject under a verb to come, an "as … as" comparison with a clause, a noun phrase
after "beyond", and a "before"/"until" clause whose subject is a pronoun."""

from datetime import date

import pytest

from timeline.events.compared import COMPARISON
from timeline.events.dependent import MODIFIER, role
from timeline.events.summary import summarise
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


def mentions(text, published=date(2009, 5, 6)):
    art = Article(id="a", path="a.txt", text=text, published=published, published_source=PublishSource.HEADER,
                  language="en", title=None)
    return {m.expression.text: m for m in extract_mentions(art)}


@pytest.mark.parametrize("text, expression, expected", [
    ("Norvik Bank, which split from its parent Velda Group in July 2007, said its branches were not affected.",
     "July 2007", "Norvik Bank split from its parent Velda Group"),
    ("The ministry must calm fears that the army might leave, just as it did when the old regime withdrew from the "
     "border in 1989.", "1989", "The old regime withdrew from the border"),
    ("Since Velda and Norland swept the regional games in 2003, towns across the valley have built new stadiums.",
     "2003", "Velda and Norland swept the regional games"),
])
def test_a_clause_of_its_own_with_an_irregular_past_is_told_with_its_date(text, expression, expected):
    assert summarise(mentions(text)[expression]) == expected


@pytest.mark.parametrize("text, expression", [
    ("Lind said the town alone has a million vaccine doses, imported four years ago during the bird flu scare.",
     "four years ago"),
    ("The drought has given urgency to the work of the water council, set up two years ago by the ministry.",
     "two years ago"),
])
def test_a_participle_closing_its_sentence_far_back_dates_no_act(text, expression):
    assert role(mentions(text)[expression]) == MODIFIER


def test_a_participle_closing_its_sentence_near_the_news_keeps_the_date():
    assert role(mentions("The ministry hired a new harbour doctor, named on Monday.")["Monday"]) is None


@pytest.mark.parametrize("text, expression", [
    ("The farmers have experience of coping with the aftermath of other floods including the Lund flood of 2005.",
     "2005"),
    ("The town will cope and can avoid the mistakes of 1918.", "1918"),
    ("The archdiocese is proposing an airlift of children to the coast, in an echo of the exodus from Velda in the "
     "early 1960s.", "the early 1960s"),
    ("All parcels received after 21 April will be subject to the ban.", "21 April"),
    # a clitic present after a pronoun, written apart as in tokenised copy
    ("Next -- there 's to be a trial over the death of the ferry captain Ola Berg eighteen months ago .",
     "eighteen months ago"),
])
def test_a_noun_s_date_under_a_clause_told_in_the_present_dates_no_act(text, expression):
    assert role(mentions(text)[expression]) == MODIFIER


@pytest.mark.parametrize("text, expression", [
    ("The town has grown since the flood of 2005.", "2005"),  # a boundary's noun, read elsewhere
    ("The Lund flood of 2005 destroyed 300 homes.", "2005"),  # a past act of that year
    ("Berg 's lawyer met the mayor of Lund two years ago .", "two years ago"),  # "'s" after a name: a possessive
    ("The mayor said the council has bought the old mill in 2005.", "2005"),  # a past verb in the sentence
    ("We have conquered the fever of 2003, the minister said.", "2003"),  # a perfect: a done act
    ("Parcels received after 21 April were burned on Monday.", "21 April"),  # a past main verb
    ("The singer is heard telling his doctor in the 10 May 2005 recording.", "the 10 May 2005"),  # dates its noun's act
    ("There have been floods in Norland, the first state to become independent back in the 19th Century.",
     "the 19th Century"),  # an adverb before the link: the becoming's date
])
def test_a_noun_s_date_under_a_past_or_governed_clause_is_left_to_other_rules(text, expression):
    assert role(mentions(text)[expression]) is None


@pytest.mark.parametrize("text, expression", [
    ("A song that is as relevant today as it was in 1992 tops the charts.", "1992"),
    ("Keeping ships free on the oceans is as vital to trade as free ports were in the 19th Century.",
     "the 19th Century"),
])
def test_an_as_as_comparison_with_a_clause_compares_with_its_date(text, expression):
    assert role(mentions(text)[expression]) == COMPARISON


def test_an_as_as_without_a_link_before_the_date_keeps_it():
    assert role(mentions("The ministers met as soon as they were in Oslo on Monday.")["Monday"]) is None


def test_a_noun_phrase_after_beyond_dates_no_act_but_a_place_after_a_verb_does():
    found = mentions("Mr Berg said he would not seek to remain in office beyond the end of his term in February 2011.")
    assert role(found["February 2011"]) == MODIFIER
    assert role(mentions("Troops moved beyond the edge of the town on Monday.")["Monday"]) is None


@pytest.mark.parametrize("text, expression, published", [
    ("Prosecutors wanted to show tapes to prove Berg was healthy before he died of a heart attack in 2009.", "2009",
     date(2011, 1, 10)),
    ("Anna Lind, the country's sole leader until she died in 1994, would have been 85 on Monday.", "1994",
     date(2009, 5, 6)),
])
def test_a_before_or_until_clause_with_a_pronoun_dates_no_act_of_the_main_clause(text, expression, published):
    assert role(mentions(text, published)[expression]) == MODIFIER


def test_a_relative_clause_in_a_subject_before_a_present_verb_dates_no_act():
    found = mentions("Furthermore, the rapid growth cycle which began in 1996 now appears to be over.")
    assert role(found["1996"]) == MODIFIER

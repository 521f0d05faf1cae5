"""A date in a fronted phrase of basis, or in a relative clause after a preposition, dates no act of its
sentence (events.fronted_basis); invented articles."""

from datetime import date

import pytest

from timeline.events.dependent import MODIFIER, role
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


def roles(text, published=date(2011, 11, 8)):
    art = Article(id="a", path="a.txt", text=text, published=published, published_source=PublishSource.HEADER,
                  language="en")
    return {m.expression.text: role(m) for m in extract_mentions(art)}


@pytest.mark.parametrize("text, expression", [
    ("Under the fishing treaty ratified in 1994, the island of Varda pays a levy of 40 crowns per tonne.", "1994"),
    ("In line with a harbour decree issued last month, shops on the pier must close by eight.", "last month"),
    ("Under a pact signed in 2003 with the guild, the Varda mill has trained 80 millers.", "2003"),
])
def test_a_fronted_basis_dates_its_noun(text, expression):
    assert roles(text)[expression] == MODIFIER


@pytest.mark.parametrize("text, expression", [
    ("The toll was up four percent on the harbour budget, from which the council cut 40 crowns last month.",
     "last month"),
    ("The mill board praised the relief fund, in which 300 millers took part in 2004.", "2004"),
])
def test_a_relative_clause_after_a_preposition_dates_its_own_act(text, expression):
    assert roles(text)[expression] == MODIFIER


@pytest.mark.parametrize("text, expression", [
    ("Under pressure, the Varda council signed the treaty in 1994.", "1994"),  # no noun's participle
    ("Under the treaty, the island signed a levy in 1994.", "1994"),  # the date is in the main clause
    ("According to a survey released on Monday, the pier has sunk by a metre.", "Monday"),  # the news of the day
    ("The mill burned down on Sunday, after which the owners left on Monday.", "Monday"),  # no noun's clause
    ("The council, from which he resigned, cut the budget last month.", "last month"),  # the clause closed
])
def test_the_main_act_keeps_its_date(text, expression):
    assert roles(text)[expression] is None


@pytest.mark.parametrize("text, expression", [
    ("The Varda harbours have radar today which they did not have in 1950.", "1950"),
    ("Ferries sail with pumps available that were not on board 40 years ago.", "40 years ago"),
])
def test_a_negated_relative_clause_dates_no_happening(text, expression):
    assert roles(text)[expression] == MODIFIER


def test_a_negated_reported_clause_keeps_its_date():
    # "said that": a reported clause, the act said (a refusal is news), no relative clause
    assert roles("The mill board said that it did not open the mill on Monday.")["Monday"] is None


def test_a_date_after_a_negated_relative_clause_is_the_main_act_s():
    text = "A Varda pupil who had not been abroad was found to be ill on Saturday."
    assert roles(text)["Saturday"] is None


@pytest.mark.parametrize("text, expression", [
    ("Ann Berg, who was not at the pier inquiry on Monday, faces charges.", "Monday"),  # set apart: maybe the news
    ("The board said in a report on the mill last month that it was not a risk in May.", "May"),  # a complement
])
def test_a_set_apart_or_complement_clause_is_no_negated_relative(text, expression):
    assert roles(text)[expression] is None


@pytest.mark.parametrize("text, expression", [
    # a relative clause of this week's date is the news itself, negated or not
    ("The minister attended the harbour summit, at which leaders agreed on Thursday to cut tolls.", "Thursday"),
    ("Police are searching for a boy who did not return home on Friday.", "Friday"),
])
def test_a_relative_clause_of_this_week_keeps_its_date(text, expression):
    assert roles(text)[expression] is None

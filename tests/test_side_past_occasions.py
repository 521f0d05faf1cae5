"""Side parts a past report does not have: "before" an occasion already past, after an act told in the past,
orders two acts and looks toward nothing (events.occasion); a passive "that" clause in a subject whose
present verb only judges ("The deal that was signed on Monday is a milestone") holds the sentence's one act
(events.side_part._that_relative). Invented articles."""

from datetime import date

import pytest

from timeline.events.dependent import MODIFIER, role
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


def roles(text, published=date(2024, 5, 7)):
    art = Article(id="a", path="a.txt", text=text, published=published, published_source=PublishSource.HEADER,
                  language="en")
    return {m.expression.text: role(m) for m in extract_mentions(art)}


@pytest.mark.parametrize("text, expression", [
    ("The harbour was calm before the vote on Sunday, when turnout reached 70 percent.", "Sunday"),
    ("The square was silent before the vote on Sunday.", "Sunday"),
    ("Traders were nervous before the ballot on Sunday.", "Sunday"),
])
def test_before_a_past_occasion_after_a_past_act_is_the_acts_date(text, expression):
    assert roles(text)[expression] is None


def test_before_an_occasion_ahead_stays_the_occasions():
    assert roles("The harbour will be calm before the vote on Sunday.")["Sunday"] == MODIFIER


@pytest.mark.parametrize("text", [
    "The pact that was signed on Monday is a milestone for the valley.",
    "The ferry line that was opened on Monday is the first in the bay.",
])
def test_a_passive_that_clause_before_a_judging_present_is_the_act(text):
    assert roles(text)["Monday"] is None


def test_a_passive_that_clause_before_a_present_act_stays_a_side_part():
    assert roles("The dam that was breached on Monday has flooded three farms.")["Monday"] == MODIFIER

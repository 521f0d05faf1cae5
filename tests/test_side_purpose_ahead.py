"""A date ahead of the news in a noun's phrase of purpose dates the aim, not the act (events.purpose_ahead);
invented articles."""

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
    ("The guild ministers called for a clear plan for finishing the Varda canal in 2014.", "2014"),
    ("The mayor said there was a good chance of reaching a deal with the millers next week.", "next week"),
    ("The harbour board met the guild in preparation for opening the fish market next month.", "next month"),
])
def test_an_aim_ahead_dates_no_act(text, expression):
    assert roles(text)[expression] == MODIFIER


@pytest.mark.parametrize("text, expression", [
    ("The Varda miller was convicted of ordering an attack on the pier in 2009.", "2009"),  # past: the act's own
    ("The mill is slated for opening in 2014.", "2014"),  # a verb's plan: the clause's act
    ("The guild will vote on reopening the mill in 2014.", "2014"),  # after a verb, not a noun
])
def test_the_clause_keeps_its_date(text, expression):
    assert roles(text)[expression] is None

"""A date inside a bracketed clause of its own dates that aside, not the sentence's main act (events.bracketed_date;
invented articles)."""

from datetime import date

import pytest

from timeline.events.bracketed_date import in_bracket_aside
from timeline.events.dependent import MODIFIER, role
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


def mentions(text, published=date(2011, 11, 9)):
    art = Article(id="a", path="a.txt", text=text, published=published, published_source=PublishSource.HEADER,
                  language="en", title=None)
    return {m.expression.text: m for m in extract_mentions(art)}


def roles(text):
    return {expression: role(m) for expression, m in mentions(text).items()}


@pytest.mark.parametrize("text, expression", [
    ("Officials are inspecting every imported goat (some 300 goats were brought in during 2010).", "2010"),
    ("Experts warned that the strain might spread -LRB- both the 1957 and 1968 outbreaks are thought to have "
     "started that way -RRB- , and urged more testing .", "1968"),
])
def test_a_bracketed_clause_s_date_dates_no_act_of_the_sentence(text, expression):
    assert roles(text)[expression] == MODIFIER


@pytest.mark.parametrize("text, expression", [
    ("Some 50 of the rebels left (on Monday) at dawn for the hills.", "Monday"),  # a bare date: the act's
    ("The rebels torched the depot (local time, Monday) and fled.", "Monday"),  # no clause of its own
])
def test_a_bracket_of_no_clause_of_its_own_keeps_its_date(text, expression):
    assert not in_bracket_aside(text, "en", mentions(text)[expression].expression)


def test_a_bracketed_comparison_after_an_irregular_past_is_an_aside():
    # "swept" is a sure verb since [past_forms] irregular: the bracket is an aside, its "since 1987" no act's date
    m = mentions("A storm swept the coast (it was the worst since 1987) and sank two boats.")["1987"]
    assert in_bracket_aside(m.sentence, "en", m.expression) and role(m) is not None

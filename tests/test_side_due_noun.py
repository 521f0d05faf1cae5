"""A noun's plan dated right after "due" dates no act of its sentence (events.due_noun); invented articles."""

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
    ("The new mayor of Varda said his first task was to hold fair council elections due in January.", "January"),
    ("The harbour survey, due on Friday, will show how far the pier has sunk.", "Friday"),
    ("Fishermen argued about the quota talks due next month.", "next month"),
])
def test_a_noun_s_plan_after_due_dates_no_act(text, expression):
    assert roles(text)[expression] == MODIFIER


@pytest.mark.parametrize("text, expression", [
    ("The verdict in the pier case is due on Monday.", "Monday"),  # the predicate: the clause's own act
    ("The harbour loan falls due in May.", "May"),
    ("The mayor said the harbour rent was due on Monday.", "Monday"),
])
def test_a_predicate_due_stays(text, expression):
    assert roles(text)[expression] is None

"""A date inside a question dates no happening (events.asked); invented articles."""

from datetime import date

import pytest

from timeline.events.dependent import CONDITION, role
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


#: the article's lead: a question there asks after the news's own day, whose summary is the title's
LEAD = "The harbour board voted on Friday to close the old berth. The vote was close.\n\n"


def roles(text, published=date(2011, 11, 8)):
    art = Article(id="a", path="a.txt", text=LEAD + text, published=published, published_source=PublishSource.HEADER,
                  language="en")
    return {m.expression.text: role(m) for m in extract_mentions(art)}


@pytest.mark.parametrize("text, expression", [
    ("Are the dykes of Varda again set to fail as they did in the floods of 1953 and 1962?", "1953"),
    ("Did your village lose power last winter?", "last winter"),
    ('The mayor sighed. "Will 2013 be the year the ferry finally runs?"', "2013"),
])
def test_a_date_inside_a_question_dates_nothing(text, expression):
    assert roles(text)[expression] == CONDITION


@pytest.mark.parametrize("text, expression", [
    ("Why did the harbour master resign on Monday?", "Monday"),  # the resignation is taken as told
    ("So, back to the question the mayor put to me on Tuesday: what should the town do?", "Tuesday"),
    ('As the poet put it in 1820: "Is the sea not wide?"', "1820"),
    ("The ferry could run again over the summer - and what happens if it sinks?", "the summer"),
])
def test_a_told_act_before_a_question_keeps_its_date(text, expression):
    assert roles(text)[expression] is None


def test_a_question_in_the_lead_keeps_its_date():
    art = Article(id="a", path="a.txt", text="Will the ferries still run on Monday? The board voted to close the berth.",
                  published=date(2011, 11, 8), published_source=PublishSource.HEADER, language="en")
    assert {m.expression.text: role(m) for m in extract_mentions(art)}["Monday"] is None


def test_a_question_in_the_lead_after_a_title_line_keeps_its_date():
    # a plain-text article's first line is its title: the lead is the paragraph after it
    text = ('Is Marro finished?\n\n"Will Lena Marro resign on Friday?" the Ostrel Courier asked on its front page, after '
            "the party lost the budget vote.\n\nParty officials met in Ostrel to decide her future.")
    art = Article(id="a", path="a.txt", text=text, published=date(2011, 11, 8), published_source=PublishSource.HEADER,
                  language="en")
    assert {m.expression.text: role(m) for m in extract_mentions(art)}["Friday"] is None


@pytest.mark.parametrize("text, expression", [
    ("Can you believe the old bridge collapsed on Wednesday and nobody at the harbour office noticed?", "Wednesday"),
    ("Did you know the dyke broke in 1953?", "1953"),
])
def test_a_question_that_asserts_its_act_keeps_its_date(text, expression):
    assert roles(text)[expression] is None


def test_a_question_word_after_the_asserting_verb_still_asks():
    assert roles("Do you remember what you were doing on Tuesday night?")["Tuesday night"] == CONDITION

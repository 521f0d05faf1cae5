"""A date in a "since" clause whose subject is a pronoun dates the start of what the main clause tells, no act of
its own headline (events.pronoun_since); invented articles."""

from datetime import date

import pytest

from timeline.events.dependent import BOUNDARY, MODIFIER, role
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


def roles(text, published=date(2011, 11, 8)):
    art = Article(id="a", path="a.txt", text=text, published=published, published_source=PublishSource.HEADER,
                  language="en")
    return {m.expression.text: role(m) for m in extract_mentions(art)}


@pytest.mark.parametrize("text, expression", [
    ("Ties between the two ports have grown steadily since they signed a pact in 1979, the mayor said.", "1979"),
    ("Since it first appeared in March, 700 people have been infected with the blight in Varda.", "March"),
    ("Lind has had high blood pressure since he was jailed on January 31 on charges of fraud.", "January 31"),
    ("The ferry line has carried 2 million people ever since it opened in 1996.", "1996"),
])
def test_a_date_of_a_pronoun_s_since_clause_is_a_modifier(text, expression):
    assert roles(text)[expression] == MODIFIER


@pytest.mark.parametrize("text, expression, expected", [
    ("Prices have risen since 2004.", "2004", BOUNDARY),  # a bare boundary, read as before
    ("They signed a pact in 1979, and since then ties have grown.", "1979", None),
    ("The council met on Monday since it had to pass the budget.", "Monday", None),
    ("Lind has been jailed since he said that fares rose in May.", "May", None),  # another clause's date
    # this week's "since" clause is often the news itself, or a reason
    ("The Rovers need a win against Hull, since they lost to Leeds on Monday at the Dell.", "Monday", None),
    ("Nurses have picketed the gates since they walked out on Sunday over pay.", "Sunday", None),
])
def test_other_dates_near_since_keep_their_role(text, expression, expected):
    assert roles(text)[expression] == expected

"""A relative clause of an owner ("whose") tells its owned noun first, then its verb (events.owner_relative via
events.dated): a past form that is a noun there ("whose split") is no verb; invented articles."""

from datetime import date

import pytest

from timeline.events.summary import summarise
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource

LEAD = "A first sentence without any date leads the article. "


def headline(text, expression):
    art = Article(id="a", path="a.txt", text=LEAD + text, published=date(2020, 10, 16),
                  published_source=PublishSource.HEADER, language="en")
    (mention,) = [m for m in extract_mentions(art) if m.expression.text == expression]
    return summarise(mention)


@pytest.mark.parametrize("text, expression, expected", [
    ("The Harbour Party, whose split in 2007 left it weakened, said on Tuesday it would fight the vote.", "2007",
     "The Harbour Party's split left it weakened"),
    ("The firm, whose stock split in 2019 doubled its shares, reported a profit on Monday.", "2019",
     "The firm's stock split doubled its shares"),
    ("The club, whose coach rode in 2012 for the team, said on Monday it would fold.", "2012",
     "The club's coach rode for the team"),
    # tokenised copy: the comma stands apart from the owner's name
    ("Dr Lind , whose trial is due to begin in May , is accused of fraud and faces four years in prison .", "May",
     "Dr Lind's trial is due to begin in May"),
])
def test_the_owned_noun_leads_and_the_verb_follows(text, expression, expected):
    assert headline(text, expression) == expected


def test_a_relative_of_its_own_verb_is_unchanged():
    text = "The Varda Ferry Union, which split from its parent in July 2007, said on Monday it had grown."
    assert headline(text, "July 2007") == "The Varda Ferry Union split from its parent"

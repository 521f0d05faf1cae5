"""A date in the phrase a main clause's act is told from ("since independence in 1947", "a year after joining the
guild in 1992") dates that phrase's act, not the main clause's (events.anchor_phrase); invented articles."""

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
    ("Norland and Vesta have fought two border wars since independence from the old empire in 1962.", "1962"),
    ("The plates have been pushing against the fault since a major quake in 1760.", "1760"),
    ("Since its founding at the end of 1999, the charity has sent aid to 80 countries.", "the end of 1999"),
    ("It is the mayor's first trip to Varda since taking office in March 2010.", "March 2010"),
    ("Since joining the customs union in 2003, Vesta has seen its exports double.", "2003"),
    ("Ostrom became a beekeeper a year after joining the harbour guild in 1992, the guild said.", "1992"),
    ("The ferry sank a couple of days after leaving Porto on 3 May.", "3 May"),
    ("Lind ran the choir for six years before moving to Porto in 2005.", "2005"),
    ("A few weeks after taking charge of the port on July 31, Hallan hinted at new tolls.", "July 31"),
])
def test_a_date_of_the_phrase_an_act_is_told_from_is_a_modifier(text, expression):
    assert roles(text)[expression] == MODIFIER


@pytest.mark.parametrize("text, expression", [
    ("The ferry line has grown since the tolls were cut in 2004.", "2004"),  # a clause of its own: its headline
    ("Lind joined the guild after moving to Porto in 2005.", "2005"),  # no span between the acts
    ("Ostrom coached for six years and moved to Porto in 2005.", "2005"),
    ("Aid has been slow to reach the valley since the first tremor on 12 January.", "12 January"),  # told by its noun
    ("Tolls rose to their highest since November on Tuesday, the port said.", "Tuesday"),  # a boundary, then the act
    ("Fares have been frozen since Norland withdrew from the pact in September.", "September"),  # a clause's subject
    ("Since the first blight deaths in Norland in 1997, the board has tested every farm.", "1997"),  # often its headline
    ("Ostrom found the boys five days after the flood in Porto in 2005.", "2005"),  # an offset within the year
    ("The index rose over the week before closing for a holiday Saturday.", "Saturday"),  # no count: a span up to it
])
def test_other_dates_after_such_words_keep_their_role(text, expression):
    assert roles(text)[expression] is None


def test_a_date_holding_the_writing_day_stays_the_act_s():
    text = "The crew has worked round the clock since arriving in Porto earlier this week."
    assert roles(text, published=date(2011, 11, 10))["this week"] is None

"""The period a statistic is compared with dates no act (events.period_base); invented articles: the same stretch
of another time after a comparison, a base period after "over"/"on" and an amount, and the periods that stay the
act's own (a day, a stretch reaching the news, a season, a tally of the old period told for itself)."""

from datetime import date

import pytest

from timeline.events.dependent import BASELINE, role
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


def roles(text, published=date(2011, 11, 8)):
    art = Article(id="a", path="a.txt", text=text, published=published, published_source=PublishSource.HEADER,
                  language="en")
    return {m.expression.text: role(m) for m in extract_mentions(art)}


@pytest.mark.parametrize("text, expression", [
    ("Varda has recorded 1,250 ferry delays in the first nine months, an increase of 12.5 percent over the same "
     "period last year.", "the same period last year"),
    ("Orsk's loss came to 16 cents a share, compared with a loss of 3 million crowns, or 2 cents a share, in the "
     "same quarter last year.", "the same quarter last year"),
    ("In October, the number of pier accidents rose by 16.1 percent over September.", "September"),
    ("Bus fares were up 4 percent on last year, the harbour office said.", "last year"),
    ("Ticket sales rose to 3.2 million crowns, up 7 percent over 2009.", "2009"),
])
def test_the_compared_period_is_a_baseline(text, expression):
    assert roles(text)[expression] == BASELINE


@pytest.mark.parametrize("text, expression", [
    ("Ferry fares rose 2 percent on Monday.", "Monday"),  # the rise's own day
    ("Ferry traffic grew 3 percent over the summer.", "the summer"),  # a season: the rise's own stretch
    ("In the same period last year, 300 ships docked at the pier.", "the same period last year"),  # a tally told
    ("The harbour will grow 5 percent in 2012, the port said.", "2012"),  # to come, no base
    # "the same year" after a year and a measure, no figure: two acts of one year
    ("Berg won the Varda 3000m title in 2002 and then took the Nordic gold in Lund the same year.", "the same year"),
])
def test_the_act_s_own_period_stays(text, expression):
    assert roles(text)[expression] is None

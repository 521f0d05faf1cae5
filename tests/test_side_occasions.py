"""A date of an occasion its clause looks toward ("ahead of the election on Thursday", "surrounding a
vote on 3 May") dates the occasion, not the act its sentence tells (events.occasion); invented articles."""

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
    ("The krona slipped because of doubts surrounding a snap election on 3 May, traders said.", "3 May"),
    ("The governor spoke to farmers ahead of the regional vote Thursday for the new assembly.", "Thursday"),
    ("Dockers fear the talks will stall as the province heads toward council elections in October.", "October"),
    ("The town promised to paint its bridges in preparations for the harbour summit in March next year.",
     "March next year"),
    ("Road works will end in time for the Varda Games in two weeks, a planner said.", "two weeks"),
    ("The party dismissed fears of a split ahead of presidential and local elections next year.", "next year"),
    ("Talks with lenders are likely before a board meeting in February.", "February"),
    # the occasion's own plan between its noun and the date
    ("Big funds have decided to stay away from bonds in the run-up to council elections that will be held on 3 May, "
     "dealers said.", "3 May"),
    ("Ports cut fees ahead of the trade summit scheduled for June.", "June"),
    # an occasion of another kind, its parties between its noun and the date
    ("The friendly is a hard test for the coach ahead of the Cup qualifiers against Varda and Norland in March 2012.",
     "March 2012"),
])
def test_a_date_of_an_occasion_looked_toward_dates_no_act(text, expression):
    assert roles(text)[expression] == MODIFIER


@pytest.mark.parametrize("text, expression", [
    ("Voters in Drennick went to the polls on Sunday.", "Sunday"),
    ("The rower testified before a committee meeting on Monday.", "Monday"),
    ("Following the elections in May, the greens ran the council.", "May"),
    ("The home side won the final on Sunday.", "Sunday"),
    ("The home side won the match against Varda on Sunday.", "Sunday"),
    ("The club will play a friendly on Thursday before heading to the Varda Games a week later.", "a week later"),
])
def test_an_occasion_the_act_takes_part_in_keeps_its_date(text, expression):
    assert roles(text)[expression] is None

"""A year that names a title, a data set or an occasion dates no act (events.name_year); invented articles."""

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
    ("The record will include 2009 Pop Star winner Ola Berg, the label said.", "2009"),  # a title
    ("For 2008 Nordic champions Varda pride is at stake.", "2008"),
    ("The port said in a report published on Thursday, based on 2009 data, that traffic rose.", "2009"),  # data
    ("The Varda Rangers beat Orsk 3-0 here on Saturday in 2011 women's hockey World Championship.", "2011"),
    ("As the host of the Harbour Year 2011, our firms must seize the chance.", "2011"),  # a name
])
def test_a_year_that_names_a_thing_is_a_modifier(text, expression):
    assert roles(text)[expression] == MODIFIER


@pytest.mark.parametrize("text, expression", [
    ("In 2009 data showed a rise in ferry delays.", "2009"),  # the year opens the clause
    ("The Varda Rangers won the title in 2010 women's hockey World Championship.", "2010"),  # the act's only date
    ("In 2009 Berg won the cup.", "2009"),
    ("Varda gave 59 sailing awards for the year 2010 to winners from the coast.", "2010"),  # a preposition: no name
])
def test_a_year_that_dates_the_act_stays(text, expression):
    assert roles(text)[expression] is None

"""The time a plan or an expectation is moved from dates no act (events.moved_time); invented articles."""

from datetime import date

from timeline.events.dependent import MODIFIER, role
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


def roles(text, published=date(2011, 4, 8)):
    art = Article(id="a", path="a.txt", text=text, published=published, published_source=PublishSource.HEADER,
                  language="en")
    return {m.expression.text: role(m) for m in extract_mentions(art)}


def test_the_old_time_of_a_moved_expectation_is_a_modifier():
    found = roles("We expect the harbour's recovery to be pushed from the third quarter of '11 into the fourth "
                  "quarter of '11, Berg said.")
    assert found["the third quarter of '11"] == MODIFIER
    assert found["the fourth quarter of '11"] is None  # the new time: the expectation's own


def test_a_time_after_from_with_no_new_time_stays():
    assert roles("The ferry moved from the third quarter of '10 on a new timetable.")["the third quarter of '10"] is None

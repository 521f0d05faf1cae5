"""A date inside an "after"/"before" phrase dates the phrase's noun or gerund, not the main act it follows, when the
main clause has a day of its own or tells a lasting state (events.after_phrase; invented articles)."""

from datetime import date

import pytest

from timeline.events.after_phrase import after_phrase_date
from timeline.events.dependent import MODIFIER, role
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


PUBLISHED = date(2011, 11, 9)


def mentions(text):
    art = Article(id="a", path="a.txt", text=text, published=PUBLISHED, published_source=PublishSource.HEADER,
                  language="en", title=None)
    return {m.expression.text: m for m in extract_mentions(art)}


def roles(text):
    return {expression: role(m) for expression, m in mentions(text).items()}


@pytest.mark.parametrize("text, expression", [
    # the main clause has its own day
    ("After a long day of harbour talks on Monday, the two ferry firms signed the merger on Tuesday.", "Monday"),
    ("The skater was due to fly home on Friday, after her win over the Dutch champion in Oslo at the weekend.",
     "the weekend"),
    ("Fish prices rose 2 percent in October, following a 1 percent fall in September, the board said.", "September"),
    ("Grain traders said on Tuesday that stocks were shrinking, following a report from the port on Monday.",
     "Monday"),
    # the main clause tells a state lasting to the news
    ("The valley is rebuilding its schools after the floods of 2007.", "2007"),
    ("Some 4,000 herders have been living in tents near Lund after leaving the hills in 1998.", "1998"),
    ("The mill will reopen today after shutting its gates earlier this month.", "this month"),
])
def test_an_after_phrase_s_date_dates_no_act_of_the_main_clause(text, expression):
    assert roles(text)[expression] == MODIFIER


@pytest.mark.parametrize("text, expression", [
    ("The mayor resigned after talks with the council on Monday.", "Monday"),  # a past act: of that day most often
    ("The poet was jailed after another coup in 1980, but was freed in a 1987 amnesty.", "1980"),
    ("After elections in 2005, the greens ran the city, but a row broke out in April.", "2005"),  # another clause's
    ("The shops are closed until the fair opens, before the season begins in March.", "March"),  # a time to come
])
def test_the_main_act_keeps_a_date_the_phrase_may_share(text, expression):
    assert roles(text)[expression] is None


@pytest.mark.parametrize("text, expression", [
    ("The envoy told reporters on Tuesday that she read out the plan before the Harbour Council on Monday.", "Monday"),
    ("The editor of the Sunday Courier quit after a row with its owners on Monday.", "Monday"),  # a name's day
])
def test_a_place_or_a_name_is_no_time_of_the_phrase(text, expression):
    e = mentions(text)[expression].expression
    assert not after_phrase_date(text, "en", e, PUBLISHED)

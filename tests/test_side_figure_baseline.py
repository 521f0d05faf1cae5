"""The date of the figure a reported figure is compared with dates no act (events.figure_baseline); invented
articles: a base after "from" right before the date, a base figure after "against" read through a
parenthesised conversion, a base after "percent over", and the act's own dates that stay."""

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
    ("Varda's bus fares rose 0.4 percent in October from a year earlier.", "a year earlier"),
    ("Its quarterly profit reached 61 million crowns in the third quarter. The jump against 40.2 million crowns "
     "(5.1 million dollars) a year earlier came from the sale of its ferry line.", "a year earlier"),
    ("Over nine months the port handled 12,400 ships, up 14 percent over the full-year total of 10,870 in 2009.",
     "2009"),
])
def test_the_base_figure_s_date_is_a_baseline(text, expression):
    assert roles(text)[expression] == BASELINE


@pytest.mark.parametrize("text, expression", [
    ("Varda's bus fares rose 0.4 percent on Monday.", "Monday"),  # the rise's own day
    ("Ferry traffic grew 3 percent over the past month.", "past month"),  # the rise's own period
    ("Dock workers protested against 300 job cuts in March.", "March"),
    ("The mayor said on Friday the fares would rise 2 percent against the wishes of the council.", "Friday"),
])
def test_the_act_s_own_date_stays(text, expression):
    assert roles(text)[expression] is None


def test_a_span_of_days_from_a_day_is_no_base():
    # "for 14 days from Friday" opens a span: the fall starts that day (a past Friday, so that the published-date
    # guard does not answer first; "fell" tells a change, so only "days" being no amount keeps it)
    text = "Ferry traffic in Varda fell for 14 days from Friday as the blight spread."
    assert roles(text, published=date(2011, 11, 30))["Friday"] is None


@pytest.mark.parametrize("text, expression", [
    # a count of things or people after "against" is no base figure, nor a run of words going on to a place
    ("Lindavian troops fought against 400 rebels near Ostrel on Tuesday, the army said.", "Tuesday"),
    ("Lindavian troops fought against 400 rebels on Tuesday.", "Tuesday"),
    ("Harbour City played against 10 men at Vantor Park on Saturday.", "Saturday"),
    ("The council voted 7 against 2 in the chamber on Monday.", "Monday"),
    ("Marro won 2 million votes against 1.5 million for Quill on Sunday.", "Sunday"),
    ("Dock workers protested against 300 layoffs at the port in March.", "March"),
    ("Dock workers protested against 300 redundancies in March.", "March"),
    # a sum given from a day on, not a changed figure's base
    ("Ministers approved 3 billion dollars from Monday for flood relief.", "Monday"),
])
def test_a_count_or_a_start_is_no_base(text, expression):
    assert roles(text, published=date(2024, 5, 10))[expression] is None


def test_a_base_of_the_reported_figure_s_unit_is_one():
    # the base names the unit of the reported figure ("tons"), right before its date
    text = "Varda's mills shipped 2,000 tons of steel against 1,500 tons in March."
    assert roles(text, published=date(2024, 5, 10))["March"] == BASELINE


@pytest.mark.parametrize("text, expression", [
    # a start still to come, not an old figure
    ("Tickets costing 12 pounds (15 euros) go on sale from 0900 GMT Wednesday at the harbour office.",
     "0900 GMT Wednesday"),
    # an ordinal and a decade are no amounts after "against"
    ("The champion was pushed hard in his opener against 12th-ranked Ola Berg on Sunday.", "Sunday"),
    ("The trial on charges of crimes against fishermen in the 1980s resumed Wednesday.", "Wednesday"),
    # "won" is a verb here, not a currency; a span of years is no base
    ("Berg and Lind won the cup in seven straight years from 1978-84.", "1978-84"),
])
def test_what_is_no_base_figure_keeps_its_role(text, expression):
    assert roles(text)[expression] is None


@pytest.mark.parametrize("text, expression", [
    # a quote of the day before after "against" is a base: no start however no change is told
    ("The crown was quoted at 7.46 dollars against Thursday's 5 p.m. quotes of 7.51 dollars in Vantor.",
     "Thursday's 5 p.m."),
    # a figure's unit ("yen") lets its phrase go on through a place to the date
    ("The crown was quoted at 14.2 yen, up from 13.9 yen in Vantor late Monday.", "Monday"),
])
def test_a_quote_s_base_stays_a_base(text, expression):
    assert roles(text, published=date(2024, 5, 10))[expression] == BASELINE

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
    # "for 14 days from Friday" opens a span: the shutting starts that day
    assert roles("All ferries in Varda are to stop for 14 days from Friday in a bid to contain the blight.")["Friday"] is None


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
    # "against"/"versus" with a count of people or things sets a side against another: the act's own day
    ("Government troops fought against 400 rebels near Tarsk on Tuesday, the army said.", "Tuesday"),
    ("City held on against 10 men at the Old Ground on Sunday.", "Sunday"),
    ("Varda won 2 million votes against 1.5 million for Lind on Sunday.", "Sunday"),
    ("Dock workers protested against 300 layoffs at the port in March.", "March"),
    ("The reserves side played versus 11 juniors at the club ground on Saturday.", "Saturday"),
])
def test_a_count_set_against_another_side_keeps_its_date(text, expression):
    assert roles(text)[expression] is None


@pytest.mark.parametrize("text, expression", [
    # … while a figure with its unit after "against" is still the base, run on through places to its hour
    ("The crown was quoted at 1.4410-4415 dollars against 1.4470-4480 dollars and 112.10-20 yen at 4 p.m. Monday "
     "in Tarsk.", "4 p.m. Monday"),
    ("The harbour hopes to raise 20 million crowns from the sale, against 12 million crowns last year.", "last year"),
])
def test_a_figure_with_its_unit_against_a_base_stays_a_baseline(text, expression):
    assert roles(text)[expression] == BASELINE

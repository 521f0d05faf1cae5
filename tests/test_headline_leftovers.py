"""Summaries for the classes the first summary passes left: datelines that hold the date, titles
shorter than a headline's length, whole clauses over cut runs, first-person narration and
possessive pronouns (invented sentences, tokenised as the scraped corpora write them)."""

from datetime import date

import pytest

from test_headlines import LEAD, headline
from timeline.events.fusion import make_event
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


@pytest.mark.parametrize("text", [
    "BERGEN, HORDALAND COUNTY, Nov. 15 --The ferry Nordlys arrived at the harbour on a three-day visit .",
    "BERGEN, Nov. 15 -- The ferry Nordlys arrived at the harbour on a three-day visit .",
])
def test_a_dateline_that_holds_the_date_is_cut_off(text):
    assert headline(LEAD + text, "Nov. 15") == "The ferry Nordlys arrived at the harbour on a three-day visit"


def _article(name, text, title=None):
    return Article(id=name, path=f"{name}.txt", text=text, published=date(2020, 10, 16),
                   published_source=PublishSource.HEADER, language="en", title=title)


def test_a_short_title_beats_a_fragment_of_headline_length():
    titled = _article("a", "The ferry strike ended on 12 March after nine weeks.", title="Ferry strike ends")
    other = _article("b", LEAD + "The crews of the ferries on the western coast , whose long strike ended on 12 March .")
    mentions = [m for a in (titled, other) for m in extract_mentions(a) if m.expression.text == "12 March"]
    assert len(mentions) == 2
    assert make_event(mentions).summary == "Ferry strike ends"

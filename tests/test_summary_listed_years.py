"""A list of years run together on one line: each year heads the entry after it, and its summary tells that
entry, not the one before (events.listed_years via events.span; invented articles)."""

from datetime import date

from timeline.events.summary import summarise
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource

TEXT = ("The island has a long record of storms. Its harbour board keeps a list of the worst.\n\n"
        "Storms on the island 1987 - Storm Ada floods the harbour 1991 - Hurricane Bo destroys half the olive groves "
        "2003 - Landslides kill 40 2006 - Storm Cy cuts the power for a week")


def summaries(text, published=date(2011, 11, 8)):
    art = Article(id="a", path="a.txt", text=text, published=published, published_source=PublishSource.HEADER,
                  language="en", title=None)
    return {m.expression.text: summarise(m) for m in extract_mentions(art)}


def test_each_year_of_a_run_together_list_tells_its_own_entry():
    found = summaries(TEXT)
    assert "Hurricane Bo destroys" in found["1991"] and "Ada" not in found["1991"]
    assert "Storm Cy cuts the power" in found["2006"] and "Landslides" not in found["2006"]


def test_one_year_and_a_dash_is_no_list():
    found = summaries("The club had a poor decade. The team lost the final in 1991 - Coach Berg resigned a week later.")
    assert "lost the final" in found["1991"]

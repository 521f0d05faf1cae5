"""A remark about the writer's own year, or one to come, joins no day's act (``events.writing_year``).
Invented text."""

from datetime import date

from timeline import build_timeline
from timeline.model import Article, PublishSource


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def _with(timeline, word):
    return [sorted(m.expression.text for m in e.mentions) for e in timeline.events
            if any(m.expression.text == word for m in e.mentions)]


def test_a_tally_of_this_year_and_a_forecast_for_next_year_join_no_days_attack():
    """A past year told later ("died … in 2011") still joins the day it tells."""
    articles = [
        article("a", "A bomber blew himself up at the Velmar customs post on Tuesday , killing nine guards in "
                     "the spiralling violence in the Velmar highlands .", date(2013, 11, 13)),
        article("b", "Some 3,000 guards have died in the spiralling violence in the Velmar highlands this year , "
                     "officials said .", date(2013, 11, 16)),
        article("c", "More guards will be sent to the Velmar highlands next year to quell the spiralling violence , "
                     "officials said .", date(2013, 11, 15)),
        article("d", "The poet Ilse Varn died at her Velmar home on 3 March 2011 , aged 88 .", date(2011, 3, 5)),
        article("e", "The poet Ilse Varn , who died at her Velmar home in 2011 aged 88 , left three novels .",
                date(2013, 6, 1)),
    ]
    timeline = build_timeline(articles)
    assert _with(timeline, "Tuesday") == [["Tuesday"]]
    assert _with(timeline, "2011") == [["2011", "3 March 2011"]]

"""An era named only as the span of a superlative ("the fastest-selling record of the 21st century")
dates no happening: it makes no event of its own (events/superlative.py). Invented articles."""

from datetime import date

from timeline import build_timeline
from timeline.model import Article, PublishSource


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def dated_expressions(timeline):
    return sorted(m.expression.text for e in timeline.events if e.interval is not None for m in e.mentions)


def test_an_era_bounding_a_superlative_makes_no_event():
    for text in ("The lullaby became the fastest-selling folk record of the 21st century in Norway.",
                 "Farmers called it the worst drought of the 1990s, the co-operative said on Monday."):
        timeline = build_timeline([article("s1", text, date(2012, 3, 7))])
        assert "the 21st century" not in dated_expressions(timeline)
        assert "the 1990s" not in dated_expressions(timeline)


def test_an_era_of_a_happening_still_makes_one():
    for text, era in (("The harvest of the 1990s failed twice in the north.", "the 1990s"),
                      ("Weavers built the first looms of the valley in the 19th century.", "the 19th century")):
        timeline = build_timeline([article("s2", text, date(2012, 3, 7))])
        assert era in dated_expressions(timeline)

"""Two articles' clock times of one day are two moments (``events.clocks_apart``); one moment told in two
zones, or a sentence writing both times, is not set apart. Invented places and figures."""

from datetime import date

from timeline import build_timeline
from timeline.model import Article, PublishSource

DAY = date(2011, 3, 14)  # a Monday


def article(id_, text, published=DAY):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def day_groups(articles):
    timeline = build_timeline(articles)
    return sorted(sorted({m.article.id for m in e.mentions}) for e in timeline.events
                  if e.interval is not None and e.interval.days == 1)


def test_two_tolls_at_two_clock_times_are_two_events():
    told = [
        article("a1", "As of 2:00 p.m. Monday, the death toll of the Karvia coal mine blast rose to 68, "
                      "rescuers said."),
        article("a2", "The death toll of the Karvia coal mine blast rose to 134 as of 8:00 p.m. Monday, "
                      "rescuers said."),
    ]
    assert day_groups(told) == [["a1"], ["a2"]]


def test_one_moment_told_in_two_zones_stays_one_event():
    told = [
        article("z1", "The Ostrel gas company will cut supplies to Karvia at 10:00 am in Velmora (0700 GMT) "
                      "on Monday if no deal is signed.", date(2011, 3, 11)),
        article("z2", "Without a deal the Ostrel gas company will cut supplies to Karvia from 0700 GMT Monday, "
                      "an official said.", date(2011, 3, 12)),
    ]
    assert day_groups(told) == [["z1", "z2"]]


def test_one_moment_told_roughly_stays_one_event():
    told = [
        article("r1", "A strong earthquake struck the Karvia coast at 4:53 p.m. Monday, the survey said."),
        article("r2", "A strong earthquake struck the Karvia coast just before 5 p.m. Monday, the survey said."),
    ]
    assert day_groups(told) == [["r1", "r2"]]

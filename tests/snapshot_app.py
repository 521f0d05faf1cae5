"""Fixed data for the app's snapshots: a synthetic corpus of thousands of events over decades.

3,000 events from 1990 to 2020 in 200 titled articles, most of them in the
spring of 2016 (the dense period the app must open at), with a few far
outliers (the year 6, the 3rd century) that must not be where it opens.
Deterministic: a seeded generator, no clock.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from timeline.model import Article, Event, Mention, PublishSource, Timeline
from timeline.temporal import Granularity, Interval, TimeExpression
from timeline.temporal import calendar as cal

PLACES = ["Springfield", "Riverton", "Lakeside", "Hillcrest", "Northgate", "Eastport", "Westvale", "Oakridge"]
BODIES = ["city council", "harbour board", "school district", "water authority", "transit agency", "hospital trust"]
DOINGS = ["approved a new budget for road repairs and winter gritting after a long debate",
          "voted to delay the stadium project until the spring survey of the riverbank is done",
          "announced an inquiry into the collapse of the old footbridge over the canal",
          "opened a consultation on moving the weekly market to the station square",
          "signed a ten-year contract for cleaner buses on the airport and harbour routes",
          "published its report on the flooding of the low-lying streets last winter"]


def _article(k: int, rng: random.Random) -> Article:
    place, body = rng.choice(PLACES), rng.choice(BODIES)
    published = date(1990, 1, 1) + timedelta(days=rng.randrange(0, 31 * 365))
    text = f"The body met on Monday. The {body} of {place} said so. " * 3
    return Article(id=f"a{k:03d}", path=f"a{k:03d}.txt", text=text, published=published,
                   published_source=PublishSource.METADATA, language="en",
                   title=f"{place} {body} news, issue {k}")


def _when(rng: random.Random, n: int) -> tuple[Interval, Granularity]:
    if n == 0:
        return cal.year(6), Granularity.YEAR
    if n == 1:
        return Interval(date(201, 1, 1), date(300, 12, 31)), Granularity.CENTURY
    if n % 3 == 0:
        day = date(1990, 1, 1) + timedelta(days=rng.randrange(0, 31 * 365))
    else:
        day = date(2016, 3, 1) + timedelta(days=rng.randrange(0, 120))
    if n % 17 == 0:
        return cal.month(day.year, day.month), Granularity.MONTH
    return cal.day(day), Granularity.DAY


def decades_timeline(events: int = 3000) -> Timeline:
    rng = random.Random(15)
    articles = [_article(k, rng) for k in range(200)]
    made: list[Event] = []
    for n in range(events):
        interval, granularity = _when(rng, n)
        summary = f"The {rng.choice(BODIES)} of {rng.choice(PLACES)} {rng.choice(DOINGS)}"
        members = []
        for article in rng.sample(articles, rng.choice([1, 1, 1, 2, 3, 5])):
            expression = TimeExpression(16, 22, "Monday", "DATE", None, None, interval, granularity)
            sentence = f"The body met on Monday and {summary[4:]}."
            members.append(Mention(article, expression, article.published, sentence, 0))
        importance = len(members) + (1.5 if n % 11 == 0 else 0.0)
        made.append(Event("", members, interval, granularity, None, summary, importance=importance))
    made.sort(key=lambda e: (e.interval.start, e.interval.end, e.summary))
    for number, event in enumerate(made, start=1):
        event.id = f"E{number:04d}"
        event.mentions = [Mention(m.article, m.expression, m.reference, m.sentence, 0, event_id=event.id)
                          for m in event.mentions]
    return Timeline(articles, [m for e in made for m in e.mentions], made)

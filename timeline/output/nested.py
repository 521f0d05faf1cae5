"""JSON with structure: events holding their mentions and articles as arrays and objects.

Event level: a list of events, each with its interval (ISO days, inclusive),
flags, ``articles`` (objects: id, title, url, published, published_source,
language) and ``mentions`` (objects naming their article by id). Mention level:
a list of mentions, each with its ``article`` object and ``event_id`` (null for
a mention that makes no event). Nothing is joined into strings, and absent
values are null, so a script reads it back without parsing cells.
"""

from __future__ import annotations

import json
from typing import IO, Any

from ..model import Article, Event, Mention, Timeline
from .rows import event_articles, is_approximate


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def article_object(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "published": _iso(article.published),
        "published_source": article.published_source.value,
        "language": article.language,
    }


def mention_object(mention: Mention) -> dict[str, Any]:
    e = mention.expression
    return {
        "article": mention.article.id,
        "expression": e.text,
        "char_start": e.start,
        "char_end": e.end,
        "type": e.type,
        "timex": e.timex,
        "mod": e.mod,
        "start": _iso(e.interval.start if e.interval else None),
        "end": _iso(e.interval.end if e.interval else None),
        "granularity": e.granularity.value if e.granularity else None,
        "reference": _iso(mention.reference),
        "anchor": None if mention.anchor is None else mention.anchor.text,
        "sentence": mention.sentence,
    }


def event_object(event: Event) -> dict[str, Any]:
    interval = event.interval
    return {
        "id": event.id,
        "start": _iso(interval.start if interval else None),
        "end": _iso(interval.end if interval else None),
        "granularity": event.granularity.value if event.granularity else None,
        "mod": event.mod,
        "timex": event.timex,
        "label": event.label,
        "summary": event.summary,
        "conflicting": event.conflict,
        "approximate": is_approximate(event),
        "source_count": event.source_count,
        "importance": round(event.importance, 3),
        "articles": [article_object(a) for a in event_articles(event)],
        "mentions": [mention_object(m) for m in event.mentions],
    }


def write_json(timeline: Timeline, stream: IO[str], level: str, title: str) -> int:
    if level == "event":
        data = [event_object(event) for event in timeline.events]
    elif level == "mention":
        data = [{**mention_object(m), "article": article_object(m.article), "event_id": m.event_id}
                for m in timeline.mentions]
    else:
        raise ValueError(f"unknown level {level!r}")
    json.dump(data, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
    return len(data)

"""Timesketch import: JSON Lines, one line per mention placed on the calendar.

Each line has Timesketch's three required fields: ``message`` (the expression
and its sentence, with the article's title), ``datetime`` (the first day of
the mention's interval, midnight UTC, ISO 8601) and ``timestamp_desc`` (what
that time is), plus ``timestamp`` (microseconds since the epoch), the article
(id, title, url, publish date) and the reading (expression, offsets, timex,
interval start and end, inclusive ISO days, granularity, event id). Mentions
without an interval ("now", "recently", relative ones in undated articles)
have no time to sort by and are left out.
"""

from __future__ import annotations

import json
from datetime import datetime, time, timezone
from typing import IO, Any

from ..model import Mention, Timeline
from .rows import display_title, iso


def line(mention: Mention) -> dict[str, Any]:
    e, article = mention.expression, mention.article
    assert e.interval is not None
    moment = datetime.combine(e.interval.start, time(0), tzinfo=timezone.utc)
    granularity = e.granularity.value if e.granularity else "day"
    return {
        "message": f"“{e.text}” in {display_title(article)}: {mention.sentence}",
        "datetime": moment.isoformat(),
        "timestamp": int(moment.timestamp()) * 1_000_000,
        "timestamp_desc": f"Start of the {granularity.replace('_', ' ')} an article mentions",
        "article": article.id,
        "title": article.title or "",
        "url": article.url or "",
        "published": iso(article.published),
        "published_source": article.published_source.value,
        "expression": e.text,
        "char_start": e.start,
        "char_end": e.end,
        "timex": e.timex or "",
        "mod": e.mod or "",
        "interval_start": iso(e.interval.start),
        "interval_end": iso(e.interval.end),
        "granularity": granularity,
        "event_id": mention.event_id or "",
    }


def write_jsonl(timeline: Timeline, stream: IO[str], level: str, title: str) -> int:
    count = 0
    for mention in timeline.mentions:
        if mention.expression.interval is None:
            continue
        stream.write(json.dumps(line(mention), ensure_ascii=False) + "\n")
        count += 1
    return count

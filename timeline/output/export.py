"""Export a Timeline as CSV or JSON, at event or mention level, whole or only its key events."""

from __future__ import annotations

import csv
import dataclasses
import json
from typing import IO, Any

from ..model import Event, Timeline

MENTION_COLUMNS = ("event_id", "article", "published", "published_source", "expression", "char_start",
                   "char_end", "start", "end", "granularity", "timex", "sentence")
EVENT_COLUMNS = ("event_id", "start", "end", "granularity", "label", "summary", "source_count", "articles",
                 "expressions", "importance")
LEVELS = ("event", "mention")
FORMATS = ("csv", "json")

# A spreadsheet reads a cell starting with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _iso(value: Any) -> str:
    return value.isoformat() if value is not None else ""


def event_rows(timeline: Timeline) -> list[dict[str, Any]]:
    rows = []
    for event in timeline.events:
        interval = event.interval
        rows.append({
            "event_id": event.id,
            "start": _iso(interval.start if interval else None),
            "end": _iso(interval.end if interval else None),
            "granularity": event.granularity.value if event.granularity else "",
            "label": event.label,
            "summary": event.summary,
            "source_count": event.source_count,
            "articles": "; ".join(event.articles),
            "expressions": "; ".join(m.expression.text for m in event.mentions),
            "importance": round(event.importance, 3),
        })
    return rows


def mention_rows(timeline: Timeline) -> list[dict[str, Any]]:
    rows = []
    for mention in timeline.mentions:
        expression, article = mention.expression, mention.article
        interval = expression.interval
        rows.append({
            "event_id": mention.event_id or "",
            "article": article.id,
            "published": _iso(article.published),
            "published_source": article.published_source.value,
            "expression": expression.text,
            "char_start": expression.start,
            "char_end": expression.end,
            "start": _iso(interval.start if interval else None),
            "end": _iso(interval.end if interval else None),
            "granularity": expression.granularity.value if expression.granularity else "",
            "timex": expression.timex or "",
            "sentence": mention.sentence,
        })
    return rows


def key_events(timeline: Timeline, top: int | None = None, per_day: bool = False) -> Timeline:
    """The timeline with only its key events (and their mentions), in date order: with ``per_day``
    the most important event of each day (events of one day only); with ``top`` the ``top`` most
    important of those (ties: the earlier event)."""
    events: list[Event] = timeline.events
    if per_day:
        best: dict[Any, Event] = {}
        for event in events:
            interval = event.interval
            if interval is not None and interval.start == interval.end:
                kept = best.get(interval.start)
                if kept is None or event.importance > kept.importance:
                    best[interval.start] = event
        events = list(best.values())
    if top is not None:
        events = sorted(events, key=lambda e: -e.importance)[:max(0, top)]
    ids = {e.id for e in events}
    return dataclasses.replace(timeline, events=[e for e in timeline.events if e.id in ids],
                               mentions=[m for m in timeline.mentions if m.event_id in ids])


def safe_cell(value: Any) -> Any:
    """A cell a spreadsheet will not run: text starting like a formula gets a leading '."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def rows(timeline: Timeline, level: str) -> tuple[tuple[str, ...], list[dict[str, Any]]]:
    if level == "event":
        return EVENT_COLUMNS, event_rows(timeline)
    if level == "mention":
        return MENTION_COLUMNS, mention_rows(timeline)
    raise ValueError(f"unknown level {level!r}")


def write(timeline: Timeline, stream: IO[str], level: str = "event", format: str = "csv") -> int:
    """Write the timeline to ``stream``; returns the number of rows written."""
    columns, data = rows(timeline, level)
    if format == "json":
        json.dump(data, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    elif format == "csv":
        writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\r\n")
        writer.writeheader()
        for row in data:
            writer.writerow({key: safe_cell(value) for key, value in row.items()})
    else:
        raise ValueError(f"unknown format {format!r}")
    return len(data)

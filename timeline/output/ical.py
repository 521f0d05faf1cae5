"""iCalendar (RFC 5545): one all-day VEVENT per dated event, written with the icalendar library.

DTSTART is the event's first day and DTEND the day after its last (RFC 5545
ends are exclusive). The UID is derived from content, the event's first
mention (article id and offsets), not its number, so re-exporting the same
corpus keeps every UID and a calendar updates events instead of doubling them.
SUMMARY is the event's summary; DESCRIPTION its date label and every source:
title, publish date, link and excerpt. Undated events are left out.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from typing import IO

from ..model import Event, Timeline
from .rows import display_title, sources_phrase

PRODID = "-//timeline//news timeline export//EN"


def uid(event: Event) -> str:
    """A UID that depends on what the event is made of, not on its position in the timeline."""
    first = min((m.article.id, m.expression.start, m.expression.end) for m in event.mentions)
    digest = hashlib.sha256(repr(first).encode("utf-8")).hexdigest()[:32]
    return f"{digest}@timeline"


def description(event: Event) -> str:
    lines = [f"{event.label} · {sources_phrase(event)}"]
    if event.conflict:
        lines.append("The sources disagree on the date.")
    for mention in event.mentions:
        article = mention.article
        published = f" ({article.published.isoformat()})" if article.published else ""
        lines.append("")
        lines.append(f"{display_title(article)}{published}: “{mention.expression.text}”")
        if article.url:
            lines.append(article.url)
        lines.append(mention.sentence)
    return "\n".join(lines)


def calendar(timeline: Timeline, title: str, stamp: datetime | None = None):
    """The timeline as an ``icalendar.Calendar``; ``stamp`` (default: now, UTC) is every DTSTAMP."""
    from icalendar import Calendar, Event as VEvent

    stamp = stamp or datetime.now(timezone.utc).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", title)
    for event in timeline.events:
        if event.interval is None:
            continue
        vevent = VEvent()
        vevent.add("uid", uid(event))
        vevent.add("dtstamp", stamp)
        vevent.add("dtstart", event.interval.start)
        vevent.add("dtend", event.interval.end + timedelta(days=1))
        vevent.add("summary", event.summary or event.label)
        vevent.add("description", description(event))
        vevent.add("transp", "TRANSPARENT")  # a happening in the news, not time the reader is busy
        cal.add_component(vevent)
    return cal


def write_ics(timeline: Timeline, stream: IO[str], level: str, title: str) -> int:
    cal = calendar(timeline, title)
    stream.write(cal.to_ical().decode("utf-8"))
    return sum(1 for _ in cal.walk("VEVENT"))

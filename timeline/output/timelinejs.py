"""TimelineJS3 (Knight Lab): its JSON, and the CSV of its Google-sheet template.

JSON: ``{"title": slide, "events": [slide, ...]}``, a slide per dated event
with ``start_date`` (and ``end_date`` when the event spans more than one unit)
as year/month/day numbers at the event's granularity, ``display_date`` with the
human label where the parts alone would say more or less than the event does
("late Sep 2020", "about 1 Oct 2020", "Q3 2020"), ``text`` (headline: the
summary; text: the supporting excerpts as HTML), ``group`` (the year) and
``unique_id`` (the event id). TimelineJS renders ``text`` as HTML, so every
piece of article text is HTML-escaped and only http(s) links are made. Undated
events have no place on a TimelineJS timeline and are left out.

Sheet: the template's 18 columns in its order, a first row of Type ``title``,
then one row per dated event; cells are neutralised for spreadsheets.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from html import escape
from typing import IO, Any

from ..model import Event, Mention, Timeline
from ..temporal import Granularity
from .rows import display_title, excerpt_parts, safe_cell, sources_phrase, web_url

SHEET_COLUMNS = ("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
                 "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
                 "Background")

_DAY_PRECISION = {Granularity.DAY, Granularity.WEEKEND, Granularity.WEEK, Granularity.PART_OF_MONTH}
_MONTH_PRECISION = {Granularity.MONTH, Granularity.QUARTER, Granularity.HALF, Granularity.SEASON}
#: labels that the date parts say exactly, so TimelineJS's own rendering of them is enough
_PLAIN = {Granularity.DAY, Granularity.MONTH, Granularity.YEAR}


def _parts(day: date, granularity: Granularity) -> dict[str, int]:
    if granularity in _DAY_PRECISION:
        return {"year": day.year, "month": day.month, "day": day.day}
    if granularity in _MONTH_PRECISION:
        return {"year": day.year, "month": day.month}
    return {"year": day.year}


def date_parts(event: Event) -> tuple[dict[str, int], dict[str, int] | None]:
    """The event's start and end as TimelineJS date parts; end None when it is the start's unit."""
    assert event.interval is not None
    granularity = event.granularity or Granularity.DAY
    start = _parts(event.interval.start, granularity)
    end = _parts(event.interval.end, granularity)
    return start, (end if end != start else None)


def display_date(event: Event) -> str | None:
    """The human label when the date parts alone would misstate the event (vague, approximate, a range)."""
    timex = event.timex or ""
    if event.granularity in _PLAIN and event.mod is None and "T" not in timex and not event.conflict:
        return None
    return event.label or None


def link(url: str | None, text: str) -> str:
    """An HTML link to ``url`` if it is http(s), else the escaped text alone."""
    if web_url(url):
        return f'<a href="{escape(url, quote=True)}" target="_blank" rel="noopener">{escape(text)}</a>'
    return escape(text)


def _excerpt_html(mention: Mention) -> str:
    before, expression, after = excerpt_parts(mention)
    quoted = escape(before) + (f"<b>{escape(expression)}</b>" if expression else "") + escape(after)
    article = mention.article
    published = f" ({article.published.isoformat()})" if article.published else ""
    return f"<li>{link(article.url, display_title(article))}{escape(published)}: {quoted}</li>"


def slide_text(event: Event) -> str:
    """The supporting excerpts as HTML, each with its article's title (linked) and publish date."""
    notes = [sources_phrase(event)]
    if event.conflict:
        notes.append("the sources disagree on the date")
    items = "".join(_excerpt_html(m) for m in event.mentions)
    return f"<p>{escape(' · '.join(notes))}</p><ul>{items}</ul>"


def slide(event: Event) -> dict[str, Any]:
    start, end = date_parts(event)
    result: dict[str, Any] = {"start_date": start}
    if end is not None:
        result["end_date"] = end
    shown = display_date(event)
    if shown:
        result["display_date"] = shown
    result.update({
        "text": {"headline": escape(event.summary or event.label), "text": slide_text(event)},
        "group": str(event.interval.start.year),
        "unique_id": event.id,
        "autolink": False,
    })
    return result


def title_text(timeline: Timeline, dated: list[Event]) -> str:
    span = ""
    if dated:
        first = min(e.interval.start for e in dated)
        last = max(e.interval.end for e in dated)
        span = f", {first.isoformat()} to {last.isoformat()}"
    return f"{len(dated)} dated events from {len(timeline.articles)} articles{span}"


def _dated(timeline: Timeline) -> list[Event]:
    return [e for e in timeline.events if e.interval is not None]


def write_json(timeline: Timeline, stream: IO[str], level: str, title: str) -> int:
    dated = _dated(timeline)
    document = {
        "title": {"text": {"headline": escape(title), "text": f"<p>{escape(title_text(timeline, dated))}</p>"}},
        "events": [slide(event) for event in dated],
    }
    json.dump(document, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
    return len(dated)


def sheet_row(event: Event) -> dict[str, Any]:
    start, end = date_parts(event)
    end = end or {}
    return {
        "Year": start["year"], "Month": start.get("month", ""), "Day": start.get("day", ""), "Time": "",
        "End Year": end.get("year", ""), "End Month": end.get("month", ""), "End Day": end.get("day", ""),
        "End Time": "", "Display Date": display_date(event) or "", "Headline": escape(event.summary or event.label),
        "Text": slide_text(event), "Media": "", "Media Credit": "", "Media Caption": "", "Media Thumbnail": "",
        "Type": "", "Group": str(event.interval.start.year), "Background": "",
    }


def write_sheet(timeline: Timeline, stream: IO[str], level: str, title: str) -> int:
    dated = _dated(timeline)
    writer = csv.DictWriter(stream, fieldnames=SHEET_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    title_row = dict.fromkeys(SHEET_COLUMNS, "")
    title_row.update({"Headline": escape(title), "Text": f"<p>{escape(title_text(timeline, dated))}</p>",
                      "Type": "title"})
    for row in (title_row, *(sheet_row(event) for event in dated)):
        writer.writerow({key: safe_cell(value) for key, value in row.items()})
    return len(dated)

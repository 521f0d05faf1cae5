"""What a person sees of a Timeline: filters, search and density, with no screen attached.

The TUI keeps a :class:`Filters` and asks :func:`visible` for the events to
show (indexes into ``timeline.events``), so the CLI, tests and the app agree
on what a filtered view holds.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..model import Event, Timeline
from ..temporal import Interval, available_languages
from ..temporal.grammar import normalise, resource_data
from ..temporal import calendar as cal

#: when no event holds every word of a search: the fuzzy score (0..100) an event's text must reach
SEARCH_CUTOFF = 80


class RangeError(ValueError):
    """A date range a person typed that cannot be read; the message says what is accepted."""


@dataclass(frozen=True)
class Filters:
    query: str = ""
    #: article ids to show; None shows all
    articles: frozenset[str] | None = None
    dates: Interval | None = None
    dates_text: str = ""
    min_sources: int = 1
    conflicts_only: bool = False
    show_undated: bool = True

    def describe(self) -> str:
        """One line of the active filters, for a status bar; "" when none."""
        parts = []
        if self.query:
            parts.append(f"search “{self.query}”")
        if self.dates_text:
            parts.append(f"dates {self.dates_text}")
        if self.articles is not None:
            parts.append(f"{len(self.articles)} article{'s' if len(self.articles) != 1 else ''}")
        if self.min_sources > 1:
            parts.append(f"≥{self.min_sources} sources")
        if self.conflicts_only:
            parts.append("conflicts only")
        if not self.show_undated:
            parts.append("undated hidden")
        return " · ".join(parts)

    def with_(self, **changes) -> Filters:
        return replace(self, **changes)


def subset(timeline: Timeline, indexes: list[int]) -> Timeline:
    """The timeline restricted to the events at ``indexes`` (and their mentions): what is shown."""
    events = [timeline.events[i] for i in indexes]
    shown = {e.id for e in events}
    mentions = [m for m in timeline.mentions if m.event_id in shown]
    return Timeline(timeline.articles, mentions, events, timeline.problems, story=timeline.story)


def corpus_span(timeline: Timeline) -> Interval | None:
    """From the earliest to the latest dated event."""
    placed = [e.interval for e in timeline.events if e.interval is not None]
    if not placed:
        return None
    return Interval(min(i.start for i in placed), max(i.end for i in placed))


_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_LAST = re.compile(r"^last\s+(\d+)\s+(day|days|week|weeks|month|months|year|years)$")


def _point(text: str) -> Interval:
    text = text.strip()
    if _YEAR.match(text):
        return cal.year(int(text))
    match = _MONTH.match(text)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12:
            return cal.month(year, month)
    try:
        return cal.day(date.fromisoformat(text))
    except ValueError:
        pass
    written = _written_date(text)
    if written is None:
        raise RangeError(f"not a date: {text!r} (use 2020, 2020-09, 2020-09-28, September 2020 "
                         "or 28 September 2020)")
    return written


@lru_cache(maxsize=1)
def _month_words() -> dict[str, int]:
    """Month names and abbreviations of every language with a resource file ("june", "juni", "jun."),
    read from the resource files alone: compiling a grammar's rules (a second or so) is not
    needed to go to a date, and an app opened from the cache has not compiled them."""
    words: dict[str, int] = {}
    for language in available_languages():
        table = resource_data(language).get("words", {}).get("month", {})
        for word, number in table.items():
            words.setdefault(normalise(word).lower().rstrip("."), int(number))
    return words


#: a day of the month, perhaps with an ordinal ending of a letter or two ("25", "25th", "25:e", "25.")
_DAY = re.compile(r"^(\d{1,2})(?::?[^\W\d_]{1,2})?\.?$")


def _written_date(text: str) -> Interval | None:
    """"June 2009", "25 June 2009", "June 25, 2009", "25 juni 2009": a month (by name, in any
    language with a resource file), a year, and perhaps a day; None when ``text`` is not one."""
    words = text.lower().replace(",", " ").split()
    year = month = day = None
    for word in words:
        if _YEAR.match(word) and year is None:
            year = int(word)
        elif word.rstrip(".") in _month_words() and month is None:
            month = _month_words()[word.rstrip(".")]
        elif _DAY.match(word) and day is None:
            day = int(_DAY.match(word).group(1))  # type: ignore[union-attr]
        else:
            return None
    if year is None or month is None:
        return None
    if day is None:
        return cal.month(year, month)
    found = cal.safe_date(year, month, day)
    return cal.day(found) if found is not None else None


def parse_goto(text: str) -> Interval:
    """Where a person asks to go: "1997", "2009-06", "June 2009", "25 June 2009", "2009-06-25",
    "juni 2009"; raises :class:`RangeError` saying what is accepted."""
    text = " ".join(text.split())
    if not text:
        raise RangeError("type a date: 1997, 2009-06, June 2009 or 25 June 2009")
    return _point(text)


def parse_dates(text: str, timeline: Timeline | None = None) -> Interval:
    """A typed date range: "2013", "2020-09", "2020-09..2020-10", "2020-09-28..",
    "last 30 days" (of the corpus: ending at its latest event)."""
    text = " ".join(text.lower().split())
    if not text:
        raise RangeError("empty date range")
    last = _LAST.match(text)
    if last:
        span = corpus_span(timeline) if timeline else None
        if span is None:
            raise RangeError("no dated events to count back from")
        amount, unit = int(last.group(1)), last.group(2).rstrip("s")
        days = amount * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
        return Interval(span.end - timedelta(days=days - 1), span.end)
    if ".." in text:
        left, right = (part.strip() for part in text.split("..", 1))
        start = _point(left).start if left else date.min
        end = _point(right).end if right else date.max
        if start > end:
            raise RangeError(f"the range ends before it starts: {text!r}")
        return Interval(start, end)
    return _point(text)


def _search_text(event: Event) -> str:
    return " ".join([event.summary, *(m.sentence for m in event.mentions[:6])])


def search(events: list[Event], query: str, among: list[int] | None = None) -> list[int]:
    """Indexes of the events whose summary or excerpts hold every word of ``query``
    (ignoring case), in order; when no event does, those that match it fuzzily (a
    typo: "Puskaz"), best first."""
    words = query.lower().split()
    indexes = list(range(len(events))) if among is None else among
    if not words:
        return indexes
    choices = {i: _search_text(events[i]).lower() for i in indexes}
    exact = [i for i in indexes if all(word in choices[i] for word in words)]
    if exact:
        return exact
    found = process.extract(" ".join(words), choices, scorer=fuzz.partial_ratio, score_cutoff=SEARCH_CUTOFF,
                            limit=None)
    return [key for _, _, key in sorted(found, key=lambda f: (-f[1], f[2]))]


def visible(timeline: Timeline, filters: Filters, candidates: set[str] | None = None) -> list[int]:
    """Indexes into ``timeline.events`` that pass ``filters``: in date order, or by search score.

    ``candidates`` (event ids from a full-text index) narrows a search before it is ranked.
    """
    if filters.with_(query="") == Filters():  # nothing to leave out: every event, in date order
        out = list(range(len(timeline.events)))
    else:
        out = _passing(timeline, filters)
    if filters.query:
        if candidates is not None:
            out = [i for i in out if timeline.events[i].id in candidates]
        matched = set(search(timeline.events, filters.query, out))
        out = [i for i in out if i in matched]
    return out


def _passing(timeline: Timeline, filters: Filters) -> list[int]:
    out = []
    for i, event in enumerate(timeline.events):
        if event.interval is None and not filters.show_undated:
            continue
        if filters.dates is not None and (event.interval is None or not event.interval.overlaps(filters.dates)):
            continue
        if event.source_count < filters.min_sources:
            continue
        if filters.conflicts_only and not event.conflict:
            continue
        if filters.articles is not None and not set(event.articles) & filters.articles:
            continue
        out.append(i)
    return out


@dataclass
class Density:
    """Events per bucket over the corpus span, for an overview strip."""

    start: date
    end: date
    counts: list[int] = field(default_factory=list)

    def bucket_of(self, day: date) -> int:
        span = (self.end - self.start).days + 1
        return min(len(self.counts) - 1, max(0, (day - self.start).days * len(self.counts) // max(span, 1)))

    def first_day(self, bucket: int) -> date:
        """The first day counted in ``bucket`` (the inverse of :meth:`bucket_of`)."""
        span = (self.end - self.start).days + 1
        offset = -(-bucket * max(span, 1) // len(self.counts))
        return self.start + timedelta(days=min(offset, span - 1))


def density(timeline: Timeline, indexes: list[int], buckets: int, in_date_order: bool = False) -> Density | None:
    """How many of the shown events start in each of ``buckets`` equal slices of their span
    (the span of all but the earliest and latest 1%, whose events count in the edge buckets).
    With ``in_date_order`` (``indexes`` sorted by start, undated last) the counts are found by
    bisection: the cost is per bucket, not per event."""
    if buckets < 1:
        return None
    if in_date_order:
        return _density_in_order(timeline, indexes, buckets)
    placed = [timeline.events[i].interval for i in indexes if timeline.events[i].interval is not None]
    if not placed:
        return None
    # The span of the bulk of the events: a mention of the 1st century must not flatten the rest.
    starts = sorted(i.start for i in placed)
    start, end = starts[len(starts) // 100], starts[-1 - len(starts) // 100]
    result = Density(start, end, [0] * buckets)
    for interval in placed:
        result.counts[result.bucket_of(interval.start)] += 1
    return result


def _density_in_order(timeline: Timeline, indexes: list[int], buckets: int) -> Density | None:
    events = timeline.events

    def start(i: int) -> date:
        interval = events[i].interval
        return date.max if interval is None else interval.start

    dated = bisect_left(indexes, date.max, key=start)
    if not dated:
        return None
    result = Density(start(indexes[dated // 100]), start(indexes[dated - 1 - dated // 100]), [0] * buckets)
    edges = [0] + [bisect_left(indexes, result.first_day(k), hi=dated, key=start) for k in range(1, buckets)]
    edges.append(dated)
    result.counts = [max(0, edges[k + 1] - edges[k]) for k in range(buckets)]
    return result


def key_events(timeline: Timeline, top: int | None = None, per_day: bool = False) -> Timeline:
    """The timeline with only its key events (and their mentions), in date order: with ``per_day``
    the most important event of each day (events of one day only); with ``top`` the ``top`` most
    important of those (ties: the earlier event)."""
    events: list[Event] = timeline.events
    if per_day:
        best: dict[date, Event] = {}
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
    return replace(timeline, events=[e for e in timeline.events if e.id in ids],
                   mentions=[m for m in timeline.mentions if m.event_id in ids])

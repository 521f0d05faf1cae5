"""Where a person goes in a timeline, with no screen attached: groups of the list at a zoom level,
the period where the news is, the position of a date, the key events.

Every function here takes the shown events as indexes into ``timeline.events``
in date order (undated last, as :func:`view.visible` gives them without a
search) and bisects them, so each costs per group or per step of a search,
not per event: the app stays quick with a million events.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, timedelta
from typing import Callable, NamedTuple, Sequence

from ..model import Event, Timeline
from ..temporal import Interval
from ..temporal import calendar as cal

#: how the list groups its events, finest first; ``z`` cycles through them
ZOOMS = ("day", "month", "year")


def group_of(day: date | None, zoom: str) -> tuple[int, ...] | None:
    """The group an event starting on ``day`` is listed under at ``zoom``: (year,), (year, month)
    or (year, month, day); None: undated."""
    if day is None:
        return None
    if zoom == "year":
        return (day.year,)
    if zoom == "month":
        return (day.year, day.month)
    return (day.year, day.month, day.day)


def group_name(group: tuple[int, ...] | None) -> str:
    """"2009", "June 2009", "Thu 25 June 2009", or "Undated" ("year 6" for a year below 1000)."""
    if group is None:
        return "Undated"
    year = str(group[0]) if group[0] >= 1000 else f"year {group[0]}"
    if len(group) == 1:
        return year
    first = date(group[0], group[1], group[2] if len(group) > 2 else 1)
    return f"{first:%B} {year}" if len(group) == 2 else f"{first:%a} {first.day} {first:%B} {year}"


def _next_group(day: date, zoom: str) -> date:
    """The first day after the group at ``zoom`` that ``day`` is in (date.max past the last)."""
    if zoom == "day":
        return day + _ONE_DAY if day < date.max else date.max
    if day.year == date.max.year and (zoom == "year" or day.month == 12):
        return date.max
    if zoom == "year" or day.month == 12:
        return date(day.year + 1, 1, 1)
    return date(day.year, day.month + 1, 1)


_ONE_DAY = timedelta(days=1)


class Group(NamedTuple):
    """A run of shown events under one heading: positions ``first`` to ``first + count`` (exclusive),
    grouped at ``zoom``; ``event`` is its first event."""

    first: int
    count: int
    zoom: str
    event: Event

    @property
    def key(self) -> tuple[int, ...] | None:
        """The run's group (see :func:`group_of`)."""
        interval = self.event.interval
        return group_of(None if interval is None else interval.start, self.zoom)

    @property
    def name(self) -> str:
        """The heading: named when drawn, not when grouped (a day zoom has a group per day)."""
        return _run_name(self.event, self.key, self.zoom)


def groups(timeline: Timeline, indexes: Sequence[int], zoom: str) -> list[Group]:
    """The shown events (in date order, undated last) in runs by the start of their interval at
    ``zoom``; each run's end is found by galloping then bisecting from its start, so it costs
    per group (about twice the logarithm of the run's length), not per event. A run whose first
    event is longer than the zoom's unit is named by that event's year, or by its own label
    ("3rd century") when it is longer than a year."""
    sortable = _StartOf(timeline).sortable
    events, total = timeline.events, len(indexes)
    out: list[Group] = []
    append = out.append
    position, stride = 0, 1
    while position < total:
        event = events[indexes[position]]
        interval = event.interval
        end = total if interval is None else _first_from(indexes, _next_group(interval.start, zoom), position + 1,
                                                         sortable, stride)
        append(Group(position, end - position, zoom, event))
        stride, position = end - position, end
    return out


def _first_from(indexes: Sequence[int], day: date, low: int, key: Callable[[int], date], stride: int = 1) -> int:
    """The first position at or after ``low`` whose key is on or after ``day`` (keys ascending):
    a gallop from ``low`` with a first stride of ``stride`` (the length of the run before, which
    is mostly like this one), then a bisection of the last stride."""
    total = len(indexes)
    high = low + stride - 1
    while high < total and key(indexes[high]) < day:
        low = high + 1
        high = low + stride
        stride *= 2
    return bisect_left(indexes, day, low, min(high, total), key=key)


#: the longest interval (in days, end minus start) listed under each zoom's unit
_UNIT_DAYS = {"day": 0, "month": 30, "year": 365}


def _run_name(event: Event, group: tuple[int, ...] | None, zoom: str) -> str:
    interval = event.interval
    if group is None or interval is None or (interval.end - interval.start).days <= _UNIT_DAYS[zoom]:
        return group_name(group)
    if (interval.end - interval.start).days <= 365:
        return group_name(group[:1])
    return event.label


class _StartOf:
    """An event's start by its index, for bisecting a list of indexes in date order."""

    def __init__(self, timeline: Timeline) -> None:
        self.events = timeline.events

    def __call__(self, index: int) -> date | None:
        interval = self.events[index].interval
        return None if interval is None else interval.start

    def sortable(self, index: int) -> date:
        interval = self.events[index].interval
        return date.max if interval is None else interval.start


def dense_period(timeline: Timeline, indexes: list[int]) -> Interval | None:
    """Where the news is: the latest month holding at least half as many of the shown events as the
    busiest month (months between the earliest and latest 1% of the events, which a mention of the
    3rd century cannot stretch); None without dated events."""
    start = _StartOf(timeline).sortable
    dated = bisect_left(indexes, date.max, key=start)
    if not dated:
        return None
    first, last = start(indexes[dated // 100]), start(indexes[dated - 1 - dated // 100])
    counts: dict[tuple[int, int], int] = {}
    low = bisect_left(indexes, date(first.year, first.month, 1), hi=dated, key=start)
    stride = 1
    while low < dated:  # month by month, from one holding events to the next (none between counts)
        begins = start(indexes[low])
        year, month = begins.year, begins.month
        if (year, month) > (last.year, last.month):
            break
        following = cal.add_months(year, month, 1)
        high = min(dated, _first_from(indexes, date(*following, 1), low, start, max(1, stride))) \
            if following[0] <= date.max.year else dated
        counts[(year, month)] = stride = high - low
        low = high
    peak = max(counts.values())
    year, month = max(key for key, count in counts.items() if count * 2 >= peak)
    return cal.month(year, month)


def position_of(timeline: Timeline, indexes: list[int], day: date) -> int:
    """The position in ``indexes`` (in date order, undated last) of the first event that starts on or
    after ``day``; the last dated event when none does. O(log n)."""
    start = _StartOf(timeline).sortable
    position = bisect_left(indexes, day, key=start)
    if position < len(indexes) and timeline.events[indexes[position]].interval is not None:
        return position
    dated = bisect_left(indexes, date.max, key=start)  # undated events come last
    return max(0, dated - 1)


def key_indexes(timeline: Timeline, indexes: list[int], share: float = 0.1, least: int = 20) -> list[int]:
    """The most important of the shown events, in the order shown: the top ``share`` of them (at
    least ``least``) by ``Event.importance``, then by sources; ties to the earlier."""
    keep = max(least, int(len(indexes) * share))
    if keep >= len(indexes):
        return list(indexes)
    events = timeline.events
    ranked = sorted(range(len(indexes)),
                    key=lambda p: (-events[indexes[p]].importance, -events[indexes[p]].source_count))[:keep]
    return [indexes[p] for p in sorted(ranked)]

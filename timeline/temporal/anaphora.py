"""Anaphoric expressions placed against another time of the text.

"the next evening", "a day after", "that year" resolve (in
:mod:`timeline.temporal.resolvers.anaphoric`) to a unit and an amount; here
each is placed relative to the nearest placed expression before it (else
after it), within :data:`ANCHOR_REACH` characters. A bare clock time ("at
9:30 a.m.", :mod:`timeline.temporal.resolvers.clock`) is on the day named in
its own sentence, else on the latest day named before it in its paragraph,
else (as resolved) on the reference day.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Callable

from . import calendar as cal
from .calendar import Granularity, Interval
from .expressions import DATE, TIME, Reading
from .resolvers.relative import shift
from .sentences import sentence_at, sentence_bounds

#: How far (in characters) an anaphoric expression looks for the time it is relative to:
#: about a paragraph; further off, "a day after" more likely refers to something else.
ANCHOR_REACH = 600


def anchor(readings: list[Reading], starts: list[int], text: str | None = None) -> list[int | None]:
    """Resolve the anaphoric readings in place (``starts``: their offsets into ``text``, sorted);
    returns each reading's anchor index, None where it has none. Bare clock times are placed
    only given the ``text`` (their sentences and paragraphs)."""
    anchors: list[int | None] = [None] * len(readings)
    sentences = sentence_bounds(text) if text and any(map(_clock_time, readings)) else None

    def placed(j: int) -> bool:
        r = readings[j]
        return r.interval is not None and r.type in (DATE, TIME) and r.granularity is not None

    def near(j: int, i: int) -> bool:
        return abs(starts[j] - starts[i]) <= ANCHOR_REACH

    for i, reading in enumerate(readings):
        if reading.anaphor is None:
            continue
        if _clock_time(reading):
            j = _day_of_clock_time(readings, starts, text, sentences, i, placed) if text and sentences else None
            resolved = None if j is None else _relative_to(readings[j], reading)
            if resolved is not None:
                readings[i], anchors[i] = resolved, j
            continue
        # ``starts`` is sorted, so each search stops at the first reading out of reach.
        before = next((j for j in range(i - 1, -1, -1) if not near(j, i) or placed(j)), None)
        if before is not None and not near(before, i):
            before = None
        after = next((j for j in range(i + 1, len(readings))
                      if not near(j, i) or (placed(j) and readings[j].anaphor is None)), None)
        if after is not None and not near(after, i):
            after = None
        j = before if before is not None else after
        if j is None:
            continue
        resolved = _relative_to(readings[j], reading)
        if resolved is not None:
            readings[i] = resolved
            anchors[i] = j
    return anchors


def _clock_time(reading: Reading) -> bool:
    """Whether ``reading`` is a bare time of day, waiting for its day."""
    return reading.type == TIME and reading.anaphor == ("D", 0)


def _day_of_clock_time(readings: list[Reading], starts: list[int], text: str,
                       sentences: list[tuple[int, int]], i: int, placed: Callable[[int], bool]) -> int | None:
    """The index of the day bare clock time ``i`` lies on: the nearest date of one day in its
    sentence, else the latest time or date of one day before it in its paragraph (within
    :data:`ANCHOR_REACH`); None if neither.

    In its own sentence a time joined to its day ("Monday's 5 p.m. quotes") is no candidate:
    a bare time beside one is compared with it, not on its day.
    """
    def one_day(j: int) -> bool:
        r = readings[j]
        return (placed(j) and r.anaphor is None and r.granularity == Granularity.DAY
                and r.interval is not None and r.interval.days == 1)

    here = sentence_at(sentences, starts[i])
    same = [j for j in range(len(readings))
            if j != i and one_day(j) and readings[j].type == DATE and sentence_at(sentences, starts[j]) == here]
    if same:
        return min(same, key=lambda j: abs(starts[j] - starts[i]))
    paragraph_start = text.rfind("\n\n", 0, starts[i])
    for j in range(i - 1, -1, -1):
        if starts[j] < paragraph_start or starts[i] - starts[j] > ANCHOR_REACH:
            return None
        if one_day(j):
            return j
    return None


def _relative_to(anchor: Reading, anaphor: Reading) -> Reading | None:
    """``anaphor`` ("the next evening", "that year") placed relative to ``anchor``'s interval."""
    assert anchor.interval is not None and anaphor.anaphor is not None
    unit, amount = anaphor.anaphor
    start = anchor.interval.start
    if _clock_time(anaphor) and (anchor.granularity != Granularity.DAY or anchor.interval.days != 1):
        return None  # a time of day needs one day, not a week, a weekend or an estimate
    if unit == "D":
        if anchor.granularity not in (Granularity.DAY, Granularity.WEEKEND):
            return None
        interval = Interval(anchor.interval.start + timedelta(days=amount),
                            anchor.interval.end + timedelta(days=amount))
        timex = cal.timex_day(interval.start) if interval.start == interval.end else None
        if timex and anaphor.pod:
            timex += f"T{anaphor.pod}"
        mod = anaphor.mod if _clock_time(anaphor) else anchor.mod if anchor.mod == "APPROX" else None
        return Reading(anaphor.type, timex, interval, Granularity.DAY, mod)
    if amount == 0 and unit == "Y":
        return Reading(anaphor.type, f"{start.year:04d}", cal.year(start.year), Granularity.YEAR, anaphor.mod)
    if amount == 0 and unit == "M":
        return Reading(anaphor.type, cal.timex_month(start.year, start.month), cal.month(start.year, start.month),
                       Granularity.MONTH, anaphor.mod)
    reading = shift(start, unit, amount)
    return None if reading is None else dataclasses.replace(reading, type=anaphor.type, mod=anaphor.mod)

"""Anaphoric expressions placed against another time of the text.

"the next evening", "a day after", "that year" resolve (in
:mod:`timeline.temporal.resolvers.anaphoric`) to a unit and an amount; here
each is placed relative to the nearest placed expression before it (else
after it), within :data:`ANCHOR_REACH` characters.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from . import calendar as cal
from .calendar import Granularity, Interval
from .expressions import DATE, TIME, Reading
from .resolvers.relative import shift

#: How far (in characters) an anaphoric expression looks for the time it is relative to:
#: about a paragraph; further off, "a day after" more likely refers to something else.
ANCHOR_REACH = 600


def anchor(readings: list[Reading], starts: list[int]) -> list[int | None]:
    """Resolve the anaphoric readings in place (``starts``: their offsets, sorted); returns each
    reading's anchor index, None where it has none."""
    anchors: list[int | None] = [None] * len(readings)

    def placed(j: int) -> bool:
        r = readings[j]
        return r.interval is not None and r.type in (DATE, TIME) and r.granularity is not None

    def near(j: int, i: int) -> bool:
        return abs(starts[j] - starts[i]) <= ANCHOR_REACH

    for i, reading in enumerate(readings):
        if reading.anaphor is None:
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


def _relative_to(anchor: Reading, anaphor: Reading) -> Reading | None:
    """``anaphor`` ("the next evening", "that year") placed relative to ``anchor``'s interval."""
    assert anchor.interval is not None and anaphor.anaphor is not None
    unit, amount = anaphor.anaphor
    start = anchor.interval.start
    if unit == "D":
        if anchor.granularity not in (Granularity.DAY, Granularity.WEEKEND):
            return None
        interval = Interval(anchor.interval.start + timedelta(days=amount),
                            anchor.interval.end + timedelta(days=amount))
        timex = cal.timex_day(interval.start) if interval.start == interval.end else None
        if timex and anaphor.pod:
            timex += f"T{anaphor.pod}"
        mod = anchor.mod if anchor.mod == "APPROX" else None
        return Reading(anaphor.type, timex, interval, Granularity.DAY, mod)
    if amount == 0 and unit == "Y":
        return Reading(anaphor.type, f"{start.year:04d}", cal.year(start.year), Granularity.YEAR, anaphor.mod)
    if amount == 0 and unit == "M":
        return Reading(anaphor.type, cal.timex_month(start.year, start.month), cal.month(start.year, start.month),
                       Granularity.MONTH, anaphor.mod)
    reading = shift(start, unit, amount)
    return None if reading is None else dataclasses.replace(reading, type=anaphor.type, mod=anaphor.mod)

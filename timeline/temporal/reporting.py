"""Times relative to the article's reporting period, placed once the text is resolved.

Financial news reports figures for a period, most often a quarter: "third-quarter profit" in an
October article is the quarter just ended, and "the latest quarter", "the year-ago period" and
(in a sentence of reported figures) "a year earlier" are relative to it, not to the publish date.
The reporting period is the latest quarter the text names that ended before the reference date;
failing one, the last quarter completed before it (if it ended within two months) stands in for
the expressions that name a quarter outright ("the quarter"), never for "a year earlier".
A comparison ("from $4 million a year earlier") is with the time named last before it in its
sentence, when there is one: a quarter or half is kept ("in the second quarter ... a year
earlier": that quarter a year before), any other time leaves only its year sure ("From January to
October ... the same period last year"); a day or week is when figures were told, not what for.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from . import calendar as cal
from .calendar import Granularity
from .expressions import DATE, Period, Reading
from .resolvers.relative import shift

#: How long after a quarter ends it stands in for the reporting period of a text naming none:
#: figures are reported within weeks; later, "the quarter" is as likely the current one.
FALLBACK_REACH = timedelta(days=60)

#: The units a comparison keeps: "sales in the third quarter rose from a year earlier" is the
#: third quarter a year before; against any other time ("From January to October ... the same
#: period last year") only the year is sure.
KEPT = {Granularity.QUARTER: "Q", Granularity.HALF: "H"}
#: The times figures may be for, so a comparison's: not a day or a week, when they were told.
SPANS = {Granularity.MONTH, Granularity.QUARTER, Granularity.HALF, Granularity.SEASON, Granularity.YEAR}


def place_periods(readings: list[Reading], starts: list[int], reference: date | None) -> None:
    """Place the readings relative to the reporting period, in place (``starts``: their offsets,
    sorted). One that cannot be placed keeps its own reading, if it has one, without its period."""
    if reference is None or not any(r.period for r in readings):
        return
    named = [r for r in readings if r.period is None and r.granularity is Granularity.QUARTER
             and r.interval is not None and r.interval.end < reference]
    latest = max(named, key=lambda r: r.interval.start, default=None)  # type: ignore[union-attr]
    # Only a time named outright is compared with, not one placed here ("the year-ago quarter").
    outright = [r.period is None for r in readings]
    for i, reading in enumerate(readings):
        period = reading.period
        if period is None:
            continue
        base = _compared_with(readings, outright, starts, i, period) or latest
        if base is None and period.fallback:
            base = _last_completed(reference)
        placed = _place(period, base) if base is not None and base.interval is not None else None
        if placed is not None:
            readings[i] = dataclasses.replace(placed, type=reading.type, mod=reading.mod)
        else:
            readings[i] = dataclasses.replace(reading, period=None)


def _last_completed(reference: date) -> Reading | None:
    """The quarter completed last before ``reference``, if it ended within :data:`FALLBACK_REACH`."""
    last = shift(reference, "Q", -1)
    if last is None or last.interval is None or reference - last.interval.end > FALLBACK_REACH:
        return None
    return last


def _compared_with(readings: list[Reading], outright: list[bool], starts: list[int], i: int,
                   period: Period) -> Reading | None:
    """The time named outright last before reading ``i`` in its sentence, for a comparison."""
    if (period.shift == 0 and period.year is None) or period.since is None:
        return None
    for j in range(i - 1, -1, -1):
        if starts[j] < period.since:
            return None
        r = readings[j]
        if outright[j] and r.interval is not None and r.granularity in SPANS and r.type == DATE:
            return r
    return None


def _place(period: Period, base: Reading) -> Reading | None:
    """``period`` against ``base``: the reporting period, or the time compared with."""
    assert base.interval is not None
    start = base.interval.start
    kept = KEPT.get(base.granularity) if period.unit == "Q" else None  # type: ignore[arg-type]
    years = period.shift // 4 if period.unit == "Q" else period.shift
    y = period.year if period.year is not None else start.year + years
    if not cal.valid_year(y):
        return None
    if kept == "Q":
        q = (start.month - 1) // 3 + 1
        return Reading(base.type, f"{y:04d}-Q{q}", cal.quarter(y, q), Granularity.QUARTER)
    if kept == "H":
        h = (start.month - 1) // 6 + 1
        return Reading(base.type, f"{y:04d}-H{h}", cal.half(y, h), Granularity.HALF)
    return Reading(base.type, f"{y:04d}", cal.year(y), Granularity.YEAR)

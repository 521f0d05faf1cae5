"""Two year-less months joined as alternatives ("ready in September or October", "in November or
January") or as the ends of one span ("from January to October"): the second follows the first in
the calendar.

Each month's year is picked on its own from its sentence's tense (``Context.pick_year``), and a cue
that reaches only the first ("should have the vaccine ready in September or October") left the
second on the other side of the writing. The second takes the first year that puts it at or after
the first month (within the twelve months after it), whatever its own pick was. Only months joined
by nothing but one of the grammar's ``month_joiners`` are read so. Of a span's ends, the second is
the one to trust ("the January-September period", written in November, had January read ahead):
the first is moved to it (``span_month_joiners``).
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from . import calendar as cal
from .calendar import Granularity
from .expressions import Reading
from .grammar import Grammar


def join_alternative_months(readings: list[Reading], spans: list[tuple[int, int]], picked: list[bool],
                            text: str, grammar: Grammar, reference_at: Callable[[int], date | None]) -> None:
    """Move, in place, each month whose year was picked (``picked``) and that is joined to the month
    right before it (also picked) to the year that puts it at or after that month; not when that
    would carry it past the reference (``reference_at`` its offset) from a first month before it
    ("sales slumped between November and January", written in December, stays as picked)."""
    joiners = grammar.month_joiners
    if joiners is None:
        return
    for i in range(1, len(readings)):
        first, second = readings[i - 1], readings[i]
        if not (_picked_months(readings, picked, i) and joiners.fullmatch(text, spans[i - 1][1], spans[i][0])):
            continue
        start, reference = first.interval.start, reference_at(spans[i][0])
        year = start.year if second.interval.start.month >= start.month else start.year + 1
        if reference is None or not cal.valid_year(year):
            continue
        moved = cal.month(year, second.interval.start.month)
        if year != second.interval.start.year and not (first.interval.end <= reference < moved.start):
            month = second.interval.start.month
            readings[i] = Reading(second.type, cal.timex_month(year, month), moved, Granularity.MONTH, second.mod)


def join_span_months(readings: list[Reading], spans: list[tuple[int, int]], picked: list[bool], text: str,
                     grammar: Grammar) -> None:
    """Move, in place, the first of two year-less months that are the ends of one span ("from January
    to October", "the January-September period", written in November) to the year that puts it at or
    before the second, when its own pick put it after the second (January read ahead)."""
    joiners = grammar.span_month_joiners
    if joiners is None:
        return
    for i in range(1, len(readings)):
        first, second = readings[i - 1], readings[i]
        if not (_picked_months(readings, picked, i) and first.interval.start > second.interval.start
                and joiners.fullmatch(text, spans[i - 1][1], spans[i][0])):
            continue
        end, month = second.interval.start, first.interval.start.month
        year = end.year if month <= end.month else end.year - 1
        if cal.valid_year(year):
            readings[i - 1] = Reading(first.type, cal.timex_month(year, month), cal.month(year, month),
                                      Granularity.MONTH, first.mod)


def _picked_months(readings: list[Reading], picked: list[bool], i: int) -> bool:
    """Whether reading ``i`` and the one before it are both months placed by a picked year."""
    first, second = readings[i - 1], readings[i]
    return bool(picked[i] and picked[i - 1] and first.granularity is Granularity.MONTH
                and second.granularity is Granularity.MONTH and first.interval and second.interval)

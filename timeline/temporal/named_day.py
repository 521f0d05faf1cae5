"""A bare day of a past narrative whose month and day the text names elsewhere with a year.

"… acting from November 20 to November 21, 1991 at the farm, murdered 200 prisoners …" and, further on,
"The massacre started on November 20 and finished early the next day": the second "November 20" is the
1991 one the text named, not the one nearest the writing (December 2005). A year-less day told in the
past (its year picked from the reference) takes the year of the same month and day named with a year
elsewhere in the text, when that names one year only and it is an earlier one (a later one is a plan's,
"is stepping down on December 31" beside "his term ends on December 31, 2007", or a reader's comment);
the times counted from it ("the next day") move with it.

The paragraph's year (:mod:`.paragraph_years`) needs the year near the bare day and far from the
writing; a month and day named in full is evidence enough at any distance, and within weeks of the
writing, but not within :data:`RECENT_DAYS` before it: a day of the last fortnight is the news's own, and
the same month and day named with an older year beside it is most often a coincidence ("The index hit a
record on September 15, 2020. It fell 3 percent on September 15", written on September 20). The writing
day itself is no such day: news names its own day by its weekday, so a month and day that is the writing
day's, named with a year elsewhere, is that year's ("We don't condemn the 27th of April", written on an
anniversary of an April 27, 1978 named further on). Not a day told as a return of that one: "marked the
anniversary on November 20" is this year's (the grammar's ``[words.day_return]``). Offsets are character
offsets into the text, end exclusive.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Callable

from . import calendar as cal
from .calendar import Granularity
from .expressions import DATE, Reading
from .grammar import Grammar
from .sentences import sentence_window

#: A year written in an expression: the one it names is the text's, not picked from the reference.
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")

#: A named span of days longer than this is no day's month and day ("from May 2 to July 30, 1991").
SPAN_DAYS = 7

#: How many days before the reference date a bare day stays the news's own, whatever year is named for it.
RECENT_DAYS = 14

#: How far around the bare day its sentence is searched for a word of a return.
SENTENCE_REACH = (300, 300)


def place_days_in_their_named_years(readings: list[Reading], spans: list[tuple[int, int]], bare: list[bool],
                                    anchors: list[int | None], text: str, grammar: Grammar,
                                    reference_at: Callable[[int], date | None] | None = None) -> None:
    """Move, in place, each day flagged in ``bare`` (a year picked for it in a past-tense sentence) to the
    one year the text names for its month and day elsewhere, with the readings anchored to it; a day
    within :data:`RECENT_DAYS` before its reference date (``reference_at`` its offset) stays."""
    if not any(bare):
        return
    named = _named_years(readings, spans, text, grammar)
    returns = frozenset(grammar.words.get("day_return", {}))
    for i, reading in enumerate(readings):
        if not bare[i] or not _one_day(reading) or reading.anaphor is not None:
            continue
        assert reading.interval is not None and reading.timex is not None
        day = reading.interval.start
        reference = None if reference_at is None else reference_at(spans[i][0])
        if reference is not None and 0 < (reference - day).days <= RECENT_DAYS:
            continue  # "It fell 3 percent on September 15", written on the 20th: this September's
        years = named.get((day.month, day.day), set())
        if len(years) != 1 or min(years) >= day.year or _told_as_a_return(text, spans[i], returns):
            continue  # a past day is never moved later: a later year named is a plan's or a comment's
        shift = years.pop() - day.year
        readings[i] = _shifted(reading, shift)
        for k, anchor in enumerate(anchors):
            if anchor == i and _dated(readings[k]):
                readings[k] = _shifted(readings[k], shift)


def _named_years(readings: list[Reading], spans: list[tuple[int, int]], text: str,
                 grammar: Grammar) -> dict[tuple[int, int], set[int]]:
    """The years each month and day is named with: a day, or a short span of days, whose own text holds
    the year, and the day a span's joiner sets before it ("from November 20 to November 21, 1991")."""
    named: dict[tuple[int, int], set[int]] = {}
    joiners = grammar.span_month_joiners
    for i, (reading, (start, end)) in enumerate(zip(readings, spans)):
        if not _day_or_days(reading) or not _YEAR.search(text, start, end):
            continue
        assert reading.interval is not None
        days = [reading.interval.start, reading.interval.end]
        before = readings[i - 1] if i else None
        if (before is not None and _day_or_days(before) and before.interval is not None and joiners is not None
                and before.interval.start.year == reading.interval.start.year
                and joiners.fullmatch(text, spans[i - 1][1], start)):
            days.append(before.interval.start)
        for d in days:
            named.setdefault((d.month, d.day), set()).add(d.year)
    return named


def _day_or_days(reading: Reading) -> bool:
    """Whether ``reading`` is a date placed on a day or a short span of days."""
    return (reading.type == DATE and reading.granularity is Granularity.DAY and reading.interval is not None
            and reading.interval.days <= SPAN_DAYS)


def _one_day(reading: Reading) -> bool:
    """Whether ``reading`` is a date on one day whose timex opens with its year."""
    return (reading.type == DATE and reading.granularity is Granularity.DAY and _dated(reading)
            and reading.interval is not None and reading.interval.days == 1)


def _dated(reading: Reading) -> bool:
    """Whether ``reading`` is placed and its timex opens with its year."""
    return reading.interval is not None and bool(reading.timex) and str(reading.timex)[:4].isdigit()


def _told_as_a_return(text: str, span: tuple[int, int], returns: frozenset[str]) -> bool:
    """Whether the sentence of the day at ``span`` has a word of a day's return ("anniversary")."""
    lo, hi = sentence_window(text, span[0], span[1], *SENTENCE_REACH)
    return any(word in returns for word in re.findall(r"\w+", text[lo:hi].casefold()))


def _shifted(reading: Reading, years: int) -> Reading:
    """``reading`` moved by ``years`` (a 29 February with no such day that year: unplaced)."""
    assert reading.interval is not None and reading.timex is not None
    start, end = (_moved(d, years) for d in (reading.interval.start, reading.interval.end))
    timex = f"{int(reading.timex[:4]) + years:04d}{reading.timex[4:]}"
    if start is None or end is None:
        return replace(reading, timex="XXXX" + reading.timex[4:], interval=None)
    return replace(reading, timex=timex, interval=cal.Interval(start, end))


def _moved(d: date, years: int) -> date | None:
    return cal.safe_date(d.year + years, d.month, d.day)

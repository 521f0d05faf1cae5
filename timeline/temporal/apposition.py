"""Two days in apposition name one day: "Monday, New Year's Day", written on Friday 29 December,
is Monday 1 January, though a bare "Monday" of a story looking back would be the 25th. When a day
is followed, past a comma or an opening bracket and nothing else, by another single day on the same weekday a week or
two away, the first is read as the second, the one that names its day outright.

Likewise a past "this week" written on a Monday, read as the week just ended, is the writing day's
own week again when its sentence names the writing day ("took place this week, on Monday morning",
"arrested five people this week after Monday's riot"): the sentence says the week holds that day."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from datetime import date, timedelta
from typing import Callable

from .calendar import Granularity, Interval, timex_week
from .expressions import TIME, Reading
from .sentences import sentence_breaks

#: What stands between two days in apposition: a comma alone, or an opening bracket ("Friday (May 8,
#: 2009)", tokenised "Friday -LRB- May 8 , 2009 -RRB-").
_COMMA = re.compile(r"\s*(?:,|\(|-LRB-)\s*")

#: How far apart (in days) the two readings may lie: the weekday's choice of week was the wrong one.
_REACH = 14

#: How far (in characters) before the day a clock time of it may end ("10:00 am (0700 GMT) Monday").
_CLOCK_REACH = 20


def _one_day(reading: Reading) -> bool:
    interval = reading.interval
    return (interval is not None and reading.granularity == Granularity.DAY
            and interval.start == interval.end and reading.timex is not None)


def _bare_day_before_a_name(first: str, second: str) -> bool:
    """Whether ``first`` ends in a word with no number (a weekday: "Monday", "9:00 am Monday") and
    ``second`` has more than one word (a holiday "New Year's Day", a date "Jan. 1"): a list of dates
    ("May 4, May 11") or a weekday after a holiday names no day by another."""
    words = first.split()
    return bool(words) and not any(c.isdigit() for c in words[-1]) and len(second.split()) > 1


def join_apposed_days(readings: list[Reading], spans: list[tuple[int, int]], text: str) -> None:
    """Give, in place, each single day the day of the single day apposed right after it, when the
    two fall on the same weekday a week or two apart."""
    for i in range(len(readings) - 1):
        first, second = readings[i], readings[i + 1]
        if not (_one_day(first) and _one_day(second)) or not _COMMA.fullmatch(text, spans[i][1], spans[i + 1][0]):
            continue
        if not _bare_day_before_a_name(text[spans[i][0]:spans[i][1]], text[spans[i + 1][0]:spans[i + 1][1]]):
            continue
        a, b = first.interval.start, second.interval.start  # type: ignore[union-attr]
        if a != b and a.weekday() == b.weekday() and abs((b - a).days) <= _REACH:
            for j in _clock_times_before(readings, spans, i, a.isoformat()) + [i]:
                old = readings[j].timex or ""
                readings[j] = dataclasses.replace(readings[j], interval=second.interval,
                                                  timex=b.isoformat() + old[len(a.isoformat()):])


def _clock_times_before(readings: list[Reading], spans: list[tuple[int, int]], i: int, old: str) -> list[int]:
    """The clock times just before day ``i`` ("at 10:00 am (0700 GMT) Monday") read on its old day ``old``."""
    found: list[int] = []
    j = i - 1
    while j >= 0 and spans[i][0] - spans[j][1] <= _CLOCK_REACH:
        if readings[j].type != TIME or not (readings[j].timex or "").startswith(old + "T"):
            break
        found.append(j)
        j -= 1
    return found


def _week_just_ended(reading: Reading, reference: date) -> bool:
    """Whether ``reading`` is a Monday's "this week" read as the week just ended: the writing day's
    week by its timex, placed in the seven days before it."""
    interval = reading.interval
    return (reference.weekday() == 0 and reading.granularity == Granularity.WEEK and interval is not None
            and reading.timex == timex_week(reference)
            and reference - timedelta(days=7) <= interval.start and interval.end < reference)


def keep_weeks_naming_the_writing_day(readings: list[Reading], spans: list[tuple[int, int]], text: str,
                                      reference_at: Callable[[int], date | None]) -> None:
    """Give back, in place, to each Monday's "this week" read as the week just ended the writing
    day's week when another reading of its sentence is the writing day itself."""
    breaks = [end for _, end in sentence_breaks(text)]
    for i, reading in enumerate(readings):
        reference = reference_at(spans[i][0])
        if reference is None or not _week_just_ended(reading, reference):
            continue
        sentence = bisect_right(breaks, spans[i][0])
        if any(j != i and other.interval == Interval(reference, reference)
               and bisect_right(breaks, spans[j][0]) == sentence for j, other in enumerate(readings)):
            week = reading.interval
            assert week is not None
            readings[i] = dataclasses.replace(reading, interval=Interval(week.start + timedelta(days=7),
                                                                         week.end + timedelta(days=7)))

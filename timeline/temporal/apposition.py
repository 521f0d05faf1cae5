"""Two days in apposition name one day: "Monday, New Year's Day", written on Friday 29 December,
is Monday 1 January, though a bare "Monday" of a story looking back would be the 25th. When a day
is followed, past a comma and nothing else, by another single day on the same weekday a week or
two away, the first is read as the second, the one that names its day outright."""

from __future__ import annotations

import dataclasses
import re

from .calendar import Granularity
from .expressions import TIME, Reading

#: What stands between two days in apposition: a comma alone.
_COMMA = re.compile(r"\s*,\s*")

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

"""Calendar arithmetic: the intervals and TimeML values of calendar units, and holidays.

Every interval here is inclusive at both ends, in the proleptic Gregorian
calendar, and has no time zone.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from enum import Enum
from typing import NamedTuple


class Granularity(str, Enum):
    """How precise a resolved expression is; drives labels and merging."""

    DAY = "day"
    WEEKEND = "weekend"
    WEEK = "week"
    PART_OF_MONTH = "part_of_month"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    def __str__(self) -> str:
        return self.value


class Interval(NamedTuple):
    """An inclusive range of days: ``start <= day <= end``."""

    start: date
    end: date

    def overlaps(self, other: Interval) -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


MIN_YEAR, MAX_YEAR = 1, 9998

#: The times too long to count one month or quarter from: "the previous month" after "a year
#: earlier" or "in 2005" is no month of that year in particular.
LONGER_THAN = {"M": frozenset({Granularity.QUARTER, Granularity.HALF, Granularity.SEASON, Granularity.YEAR,
                               Granularity.DECADE, Granularity.CENTURY}),
               "Q": frozenset({Granularity.HALF, Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY})}


def counts_from_no_one(granularity: Granularity | None, timex: str | None, unit: str, amount: int) -> bool:
    """Whether a time of ``granularity`` and ``timex`` holds no one ``unit`` to count ``amount``
    units from: a month or quarter from a longer time, or the years before a range of years ("the
    previous year" after "2002-2003": a fiscal year's or the calendar's, and before which end); a
    range of months within one year is that year ("the previous year" after "January to October")."""
    if granularity in LONGER_THAN.get(unit, ()):
        return True
    ends = timex.split("/") if timex is not None else []
    return unit == "Y" and amount < 0 and len(ends) == 2 and ends[0][:4] != ends[1][:4]


def valid_year(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def safe_date(year_: int, month_: int, day_: int) -> date | None:
    """The date, or None when there is no such day (February 30, year 0) or its year is out of
    range (9999 is kept free: the app sorts undated events at ``date.max``)."""
    if not valid_year(year_):
        return None
    try:
        return date(year_, month_, day_)
    except (ValueError, OverflowError):
        return None


def day(d: date) -> Interval:
    return Interval(d, d)


def month(year: int, month_: int) -> Interval:
    last = calendar.monthrange(year, month_)[1]
    return Interval(date(year, month_, 1), date(year, month_, last))


def add_months(year: int, month_: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month_ - 1) + delta
    return index // 12, index % 12 + 1


def year(year_: int) -> Interval:
    return Interval(date(year_, 1, 1), date(year_, 12, 31))


def iso_week(d: date) -> Interval:
    monday = d - timedelta(days=d.weekday())
    return Interval(monday, monday + timedelta(days=6))


def weekend(saturday: date) -> Interval:
    return Interval(saturday, saturday + timedelta(days=1))


def quarter(year_: int, q: int) -> Interval:
    first = 3 * (q - 1) + 1
    return Interval(month(year_, first).start, month(year_, first + 2).end)


def half(year_: int, h: int) -> Interval:
    first = 6 * (h - 1) + 1
    return Interval(month(year_, first).start, month(year_, first + 5).end)


# Meteorological seasons of the northern hemisphere; winter starts in
# December of the named year (TimeML's 1998-WI is Dec 1998 - Feb 1999).
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season(year_: int, code: str) -> Interval:
    first_year, first_month = year_, SEASON_MONTHS[code]
    last_year, last_month = add_months(first_year, first_month, 2)
    return Interval(month(first_year, first_month).start, month(last_year, last_month).end)


def season_of(d: date) -> tuple[int, str]:
    """The season a day falls in, with the year that season is named by."""
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    for code, first in SEASON_MONTHS.items():
        if first <= d.month <= first + 2:
            return d.year, code
    raise AssertionError(d)


def decade(first_year: int) -> Interval:
    return Interval(date(first_year, 1, 1), date(first_year + 9, 12, 31))


def century(number: int) -> Interval:
    """The n-th century as people say it: the 20th century is 1900-1999."""
    first = (number - 1) * 100
    return Interval(date(max(first, 1), 1, 1), date(first + 99, 12, 31))


# Early / mid / late: the first, middle and last third of a period.
def part(interval: Interval, mod: str) -> Interval:
    """The START, MID or END third of ``interval`` (never empty, always inside it).

    A month is cut as newsrooms read it: 1-10, 11-20, 21-end; other spans in thirds.
    """
    total = interval.days
    if total < 3:
        return interval
    if 28 <= total <= 31:
        cuts = (10, 20)
    else:
        cuts = (total // 3, 2 * total // 3)
    first_cut = interval.start + timedelta(days=cuts[0] - 1)
    second_cut = interval.start + timedelta(days=cuts[1] - 1)
    if mod == "START":
        return Interval(interval.start, first_cut)
    if mod == "MID":
        return Interval(first_cut + timedelta(days=1), second_cut)
    if mod == "END":
        return Interval(second_cut + timedelta(days=1), interval.end)
    return interval


def easter(year_: int) -> date:
    """Western (Gregorian) Easter Sunday: the anonymous Gregorian computus."""
    a, b, c = year_ % 19, year_ // 100, year_ % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month_, day_ = divmod(h + l - 7 * m + 114, 31)
    return date(year_, month_, day_ + 1)


def nearest_weekday(reference: date, weekday: int, direction: int, strict: bool = False) -> date:
    """The day with ``weekday`` (Monday=0) nearest ``reference`` in ``direction``.

    direction -1 looks back, +1 forward; the reference day itself counts
    unless ``strict``.
    """
    if direction < 0:
        back = (reference.weekday() - weekday) % 7
        if strict and back == 0:
            back = 7
        return reference - timedelta(days=back)
    ahead = (weekday - reference.weekday()) % 7
    if strict and ahead == 0:
        ahead = 7
    return reference + timedelta(days=ahead)


def holiday_date(rule: str, year_: int) -> date | None:
    """The day a holiday rule names in ``year_``, or None if it has none that year.

    Rules: ``fixed:MM-DD``; ``nth:MM:WEEKDAY:N[:+DAYS]`` (the N-th weekday,
    Monday=0, of month MM; N=-1 the last; then DAYS later); ``after:MM-DD:WEEKDAY``
    (the first such weekday on or after MM-DD); ``easter:+DAYS`` (Western Easter).
    """
    kind, _, spec = rule.partition(":")
    parts = spec.split(":")
    try:
        if kind == "fixed":
            month_, day_ = map(int, parts[0].split("-"))
            return date(year_, month_, day_)
        if kind == "nth":
            month_, weekday, n = int(parts[0]), int(parts[1]), int(parts[2])
            shift = int(parts[3]) if len(parts) > 3 else 0
            if n > 0:
                first = nearest_weekday(date(year_, month_, 1), weekday, 1)
                d = first + timedelta(weeks=n - 1)
                if d.month != month_:  # no fifth Friday this month
                    return None
            else:
                d = nearest_weekday(month(year_, month_).end, weekday, -1)
            return d + timedelta(days=shift)
        if kind == "after":
            month_, day_ = map(int, parts[0].split("-"))
            return nearest_weekday(date(year_, month_, day_), int(parts[1]), 1)
        if kind == "easter":
            return easter(year_) + timedelta(days=int(parts[0] or 0))
    except (ValueError, IndexError, OverflowError):
        return None
    return None


# TimeML values ------------------------------------------------------------

def timex_day(d: date) -> str:
    return d.isoformat()


def timex_month(year_: int, month_: int) -> str:
    return f"{year_:04d}-{month_:02d}"


def timex_week(d: date) -> str:
    iso_year, week, _ = d.isocalendar()
    return f"{iso_year:04d}-W{week:02d}"


def timex_weekend(saturday: date) -> str:
    return timex_week(saturday) + "-WE"


def timex_with_pod(timex: str, pod: str | None) -> str:
    """``timex`` with a part of day ("MO", "EV", ...) appended, when there is one."""
    return f"{timex}T{pod}" if pod else timex


#: where a part of day falls among the day's clock times (TIMEX3's customary hours)
_POD_CLOCK = {"MO": "08:00", "MI": "12:00", "AF": "15:00", "DT": "12:00", "EV": "19:00", "NI": "22:00"}


def time_of_day(timex: str | None) -> str:
    """The clock time a day's ``timex`` tells, as "HH:MM" (a part of day at its customary hour),
    or "" when it tells none: it orders one day's happenings as they came."""
    if not timex or "T" not in timex:
        return ""
    clock = timex.split("T", 1)[1]
    if clock in _POD_CLOCK:
        return _POD_CLOCK[clock]
    return clock[:5] if len(clock) >= 5 and clock[2] == ":" else ""


__all__ = [
    "Granularity", "Interval", "day", "month", "add_months", "year", "iso_week", "weekend",
    "quarter", "half", "season", "season_of", "easter", "decade", "century", "part", "nearest_weekday",
    "timex_day", "timex_month", "timex_week", "timex_weekend", "timex_with_pod", "valid_year", "safe_date",
    "holiday_date", "time_of_day",
]

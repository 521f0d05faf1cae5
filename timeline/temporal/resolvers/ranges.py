"""Ranges written as one expression: "March 3 to 5", "3-5 March", "from Monday to Wednesday",
"from 1977 to 2001", "1995-97".

Each is one interval from its first to its last day (inclusive). TIMEX3 has no value for a
range, so the timex is the ISO 8601 interval of the two days ("2020-03-03/2020-03-05") or
years ("1977/2001").
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .. import calendar as cal
from ..calendar import Granularity, Interval
from ..context import Context
from ..expressions import DATE, Reading
from .absolute import resolve_date, resolve_month
from .kinds import resolves
from .relative import resolve_weekday


#: The longest range of years read as one ("1879-1968", a life): longer, two numbers more likely.
MAX_YEARS = 150


def _range(first: date, last: date) -> Reading | None:
    if last <= first:
        return None
    timex = f"{cal.timex_day(first)}/{cal.timex_day(last)}"
    return Reading(DATE, timex, Interval(first, last), Granularity.DAY)


@resolves("day_range")
def resolve_day_range(v: dict[str, Any], ctx: Context) -> Reading | None:
    """Days ``day`` to ``end_day`` of ``month`` (or to ``end_day`` of ``end_month``, when a rule
    names one): the first is placed as a date is (its year nearest the reference), the last
    follows it."""
    start = resolve_date(v, ctx)
    last_day, month = v.get("end_day"), v.get("end_month", v.get("month"))
    if start is None or start.interval is None or not isinstance(last_day, int) or not isinstance(month, int):
        return None
    first = start.interval.start
    year = first.year + 1 if month < first.month else first.year
    last = cal.safe_date(year, month, last_day)
    return None if last is None else _range(first, last)


@resolves("weekday_range")
def resolve_weekday_range(v: dict[str, Any], ctx: Context) -> Reading | None:
    """``weekday`` to ``end_weekday``: the first placed as a weekday is, the last the next such
    day after it ("from Friday to Monday" crosses a weekend)."""
    start = resolve_weekday(v, ctx)
    end_weekday = v.get("end_weekday")
    if start is None or start.interval is None or not isinstance(end_weekday, int):
        return None
    first = start.interval.start
    days = (end_weekday - first.weekday()) % 7
    return None if days == 0 else _range(first, first + timedelta(days=days))


@resolves("month_range")
def resolve_month_range(v: dict[str, Any], ctx: Context) -> Reading | None:
    """Months ``month`` to ``end_month`` ("from April 1992 until September 1996", "the
    July-September period"): one interval from the first month's start to the last's end. A year
    written after the second only is both's (the year before for the first when its month is later:
    "November to February 2010"); with none, the last is placed as a bare month is (the end of a
    span is the one to trust: "the January-September period" written in November) and the first
    before it. With the rule constant ``twelve_months`` only the last month is written: the span is
    the twelve months ending with it ("the fiscal year ending in March": April to March)."""
    month, end_month, year = v.get("month"), v.get("end_month"), v.get("year")
    if v.get("twelve_months") and isinstance(end_month, int):
        month = end_month % 12 + 1
    # a year after the second ("to September 2006", "to August this year") is the second's
    end_year = v.get("end_year") if "end_year" in v else ctx.explicit_year({"yrel": v["yrel"]}) if "yrel" in v else None
    if not isinstance(month, int) or not isinstance(end_month, int):
        return None
    if not isinstance(year, int) and isinstance(end_year, int):
        year = end_year - 1 if end_month < month else end_year
    if not isinstance(year, int):  # the end is the one to trust ("the January-September period")
        end = resolve_month({"month": end_month}, ctx)
        if end is None or end.interval is None:
            return None
        end_year = end.interval.start.year
        year = end_year - 1 if end_month < month else end_year
    if not isinstance(end_year, int):
        end_year = year + 1 if end_month < month else year
    if not cal.valid_year(year) or not cal.valid_year(end_year) or not (year, month) < (end_year, end_month):
        return None
    timex = f"{cal.timex_month(year, month)}/{cal.timex_month(end_year, end_month)}"
    interval = Interval(cal.month(year, month).start, cal.month(end_year, end_month).end)
    return Reading(DATE, timex, interval, Granularity.MONTH)


@resolves("year_range")
def resolve_year_range(v: dict[str, Any], ctx: Context) -> Reading | None:
    """Years ``year`` to ``end_year``: written whole ("1998-2005"), by its last two digits
    ("1995-97", "1999-01") or its last one (``end_year_digit``: "1995-7"); not a year-month
    ("2015-08": an end before the start)."""
    first, end = v.get("year"), v.get("end_year", v.get("end_year_digit"))
    if not isinstance(first, int) or not isinstance(end, int):
        return None
    if "end_year_digit" in v:
        end += first - first % 10
    elif end < 100:  # in the first year's century, or the next one's from the 90s ("1999-01")
        end += first - first % 100
        end += 100 if end <= first and first % 100 >= 90 else 0
    if not first < end <= first + MAX_YEARS or not cal.valid_year(first) or not cal.valid_year(end):
        return None
    return Reading(DATE, f"{first:04d}/{end:04d}", Interval(cal.year(first).start, cal.year(end).end),
                   Granularity.YEAR, v.get("mod"))


@resolves("year_alternatives")
def resolve_year_alternatives(v: dict[str, Any], ctx: Context) -> Reading | None:
    """Either of two years ("in 2008 or 2009"): the two as one span when they follow each other;
    years apart ("1998 or 2005") name no span between them, and are left unplaced."""
    first, end = v.get("year"), v.get("end_year")
    if not isinstance(first, int) or not isinstance(end, int) or not cal.valid_year(first):
        return None
    if end != first + 1:
        return Reading(DATE, f"{first:04d}", None, Granularity.YEAR, None)
    return Reading(DATE, f"{first:04d}/{end:04d}", Interval(cal.year(first).start, cal.year(end).end),
                   Granularity.YEAR, None)

"""Holidays and n-th weekdays of a month: "Christmas", "midsommarafton", "the first Friday in July".

A holiday word's value is a rule of :func:`timeline.temporal.calendar.holiday_date`.
"""

from __future__ import annotations

from typing import Any

from .. import calendar as cal
from ..calendar import Granularity
from ..context import Context
from ..expressions import DATE, Reading
from .kinds import resolves


@resolves("holiday")
def resolve_holiday(v: dict[str, Any], ctx: Context) -> Reading | None:
    """The holiday in the year named, else the latest before the reference ("last Christmas"),
    the first after it ("next Easter"), or the nearest one weighed by tense; with ``week``
    ("Easter week", "Christmas week") the ISO week holding that day."""
    rule = v.get("holiday")
    if not isinstance(rule, str):
        return None
    year = ctx.explicit_year(v)
    span = cal.iso_week if v.get("week") else cal.day
    if year is None and ctx.reference is not None:
        rel = v.get("rel")
        candidates = [(y, cal.holiday_date(rule, y)) for y in range(ctx.reference.year - 1, ctx.reference.year + 2)]
        candidates = [(y, span(d)) for y, d in candidates if d is not None]
        if rel == -1:
            past = [y for y, i in candidates if i.end < ctx.reference]
            year = past[-1] if past else None
        elif rel == 1:
            ahead = [y for y, i in candidates if i.start > ctx.reference]
            year = ahead[0] if ahead else None
        else:
            picked = ctx.pick_year(lambda y: (lambda d: d and span(d))(cal.holiday_date(rule, y)))
            year = picked.year if picked else None
    d = cal.holiday_date(rule, year) if year is not None and cal.valid_year(year) else None
    if d is None:
        return Reading(DATE, None, None, Granularity.WEEK if v.get("week") else Granularity.DAY)
    if v.get("week"):
        return Reading(DATE, cal.timex_week(d), cal.iso_week(d), Granularity.WEEK)
    if v.get("mod") in ("BEFORE", "AFTER"):  # "post-Christmas": a side of the day, no span to place
        return Reading(DATE, cal.timex_day(d), None, Granularity.DAY, v["mod"])
    return Reading(DATE, cal.timex_day(d), cal.day(d), Granularity.DAY)


@resolves("nth_weekday")
def resolve_nth_weekday(v: dict[str, Any], ctx: Context) -> Reading | None:
    """"the first Friday in July", "första fredagen den här månaden"; ``ordinal`` -1 is the last."""
    n, weekday = v.get("ordinal"), v.get("weekday")
    if not isinstance(n, int) or not isinstance(weekday, int) or not (1 <= n <= 5 or n == -1):
        return None
    month = v.get("month")
    if month is None and "mrel" in v and ctx.reference is not None:
        year, month = cal.add_months(ctx.reference.year, ctx.reference.month, v["mrel"])
        v = {**v, "year": year}
    if not isinstance(month, int):
        return None
    return resolve_holiday({**v, "holiday": f"nth:{month}:{weekday}:{n}"}, ctx)

"""Times of day: "3 p.m.", "at 15.30", "0930 GMT", "Friday at 9 a.m.", "midnight on June 4",
"4 in the morning", "mid-afternoon yesterday".

A time is placed on the day named beside it (a date, a weekday or a deictic
word). A bare one ("at 9:30 a.m.") is left to :mod:`timeline.temporal.anaphora`,
which puts it on the day its sentence or narrative is about; until then, and
failing that, it lies on the reference day. The time opening an entry of a live page
("1531 Only a handful ...") lies on the page's day (:mod:`timeline.temporal.stamps`).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from .. import calendar as cal
from ..calendar import Granularity
from ..context import Context
from ..expressions import TIME, Reading
from ..stamps import entry_stamps, year_leads, zone_pattern
from .absolute import resolve_date
from .kinds import resolves
from .relative import resolve_deictic, resolve_weekday

#: Parts of day (TimeML codes) and the half of the clock an hour said with them lies in:
#: "4 in the morning" is 04:00, "9 in the evening" 21:00, "10 at night" 22:00 but "2 at night" 02:00.
_PM_PARTS = {"AF", "EV"}


def _clock(v: dict[str, Any]) -> str | None:
    """The time of day the values name: "HH:MM" ("24:00" for midnight), a part of day's
    TimeML code ("AF") when no hour is given, or None if they name no valid time."""
    hour, minute, ampm, pod = v.get("hour"), v.get("minute", 0), v.get("ampm"), v.get("pod")
    if hour is None:
        return pod if isinstance(pod, str) else None
    if not isinstance(hour, int) or not isinstance(minute, int) or minute > 59:
        return None
    if hour == 24 and minute == 0:
        return "24:00"
    if ampm is None and isinstance(pod, str) and 1 <= hour <= 12:
        ampm = "PM" if pod in _PM_PARTS or (pod == "NI" and hour >= 6 and hour != 12) else "AM"
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "PM" else 0)
    if hour > 23:
        return None
    return f"{hour:02d}:{minute:02d}"


def _named_day(v: dict[str, Any], ctx: Context) -> Reading | None:
    """The day a date, weekday or deictic word beside the time names, or None if none is named."""
    if "month" in v or "day" in v:
        keys = ("month", "day", "year", "yrel", "weekday")
        return resolve_date({k: v[k] for k in keys if k in v}, ctx)
    if "weekday" in v:
        return resolve_weekday({k: v[k] for k in ("weekday", "rel", "wrel") if k in v}, ctx)
    if "deictic" in v:
        return resolve_deictic({"deictic": v["deictic"]}, ctx)
    return None


@resolves("time")
def resolve_time(v: dict[str, Any], ctx: Context) -> Reading | None:
    """A clock time (or a part of day with a modifier) on the day named beside it; a bare one
    on the reference day, to be placed by the anaphora step (``anaphor`` ("D", 0))."""
    clock = _clock(v)
    if clock is None:
        return None
    mod = v.get("mod")
    if "month" in v or "day" in v or "weekday" in v or "deictic" in v:
        day = _named_day(v, ctx)
        if day is None or day.granularity not in (Granularity.DAY, None):
            return None
        if day.interval is None:
            return Reading(TIME, f"{day.timex or 'XXXX-XX-XX'}T{clock}", None, Granularity.DAY, mod)
        return Reading(TIME, f"{day.interval.start.isoformat()}T{clock}", day.interval, Granularity.DAY, mod)
    today = resolve_deictic({"offset": 0}, ctx)
    if today is None or today.interval is None:
        return Reading(TIME, f"XXXX-XX-XXT{clock}", None, Granularity.DAY, mod, anaphor=("D", 0), pod=clock)
    return Reading(TIME, f"{today.interval.start.isoformat()}T{clock}", today.interval, Granularity.DAY, mod,
                   anaphor=("D", 0), pod=clock)


@resolves("entry_time")
def resolve_entry_time(v: dict[str, Any], ctx: Context) -> Reading | None:
    """A four-digit time opening an entry of a live page ("1531 Only a handful ..."): the time
    the entry was written, on the page's day (:mod:`timeline.temporal.stamps`), never moved to a
    day its sentence names; None when the article is no live page (the number may be a year)."""
    zone = zone_pattern(tuple(ctx.grammar.words.get("zone", {})))
    stamp = entry_stamps(ctx.text, zone, year_leads(ctx.grammar.furniture)).get(ctx.start)
    if stamp is None:
        return None
    if ctx.reference is None:
        return Reading(TIME, f"XXXX-XX-XXT{stamp.clock}", None, Granularity.DAY)
    day = ctx.reference + timedelta(days=stamp.day_offset)
    return Reading(TIME, f"{day.isoformat()}T{stamp.clock}", cal.day(day), Granularity.DAY)

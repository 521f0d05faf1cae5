"""Times of day: "3 p.m.", "at 15.30", "Friday at 9 a.m.", "tomorrow at noon"."""

from __future__ import annotations

from typing import Any

from ..calendar import Granularity
from ..context import Context
from ..expressions import TIME, Reading
from .kinds import resolves
from .relative import resolve_deictic, resolve_weekday


@resolves("time")
def resolve_time(v: dict[str, Any], ctx: Context) -> Reading | None:
    """A clock time on the day a weekday or deictic word names, else on the reference day;
    with no such day known, the time alone (``XXXX-XX-XXThh:mm``)."""
    hour, minute, ampm = v.get("hour"), v.get("minute", 0), v.get("ampm")
    if not isinstance(hour, int) or not isinstance(minute, int) or minute > 59:
        return None
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "PM" else 0)
    if hour > 23:
        return None
    if "weekday" in v:
        day_reading = resolve_weekday({"weekday": v["weekday"], "rel": v.get("rel")}, ctx)
    elif "deictic" in v:
        day_reading = resolve_deictic({"deictic": v["deictic"]}, ctx)
    else:
        day_reading = resolve_deictic({"offset": 0}, ctx)
    clock = f"T{hour:02d}:{minute:02d}"
    if day_reading is None or day_reading.interval is None:
        return Reading(TIME, f"XXXX-XX-XX{clock}")
    return Reading(TIME, f"{day_reading.interval.start.isoformat()}{clock}", day_reading.interval, Granularity.DAY)

"""Amounts of time and recurrences: "three years" (P3Y), "every week" (P1W)."""

from __future__ import annotations

from typing import Any

from ..context import Context
from ..expressions import DURATION, SET, Reading
from .kinds import resolves

#: unit -> (TimeML prefix, letter, how many of the letter's unit one unit is)
DURATION_UNITS = {"D": ("P", "D", 1), "W": ("P", "W", 1), "M": ("P", "M", 1), "Q": ("P", "M", 3),
                  "Y": ("P", "Y", 1), "DE": ("P", "Y", 10), "CE": ("P", "Y", 100),
                  "H": ("PT", "H", 1), "MIN": ("PT", "M", 1)}


@resolves("duration")
def resolve_duration(v: dict[str, Any], ctx: Context) -> Reading | None:
    """``num`` units; "X" as the amount when the number is not known ("years")."""
    unit, number = v.get("unit"), v.get("num")
    if unit not in DURATION_UNITS:
        return None
    prefix, letter, factor = DURATION_UNITS[unit]
    amount = str(number * factor) if isinstance(number, int) else "X"
    return Reading(DURATION, f"{prefix}{amount}{letter}")


@resolves("set")
def resolve_set(v: dict[str, Any], ctx: Context) -> Reading | None:
    """Once every unit."""
    unit = v.get("unit")
    if unit not in DURATION_UNITS:
        return None
    prefix, letter, factor = DURATION_UNITS[unit]
    return Reading(SET, f"{prefix}{factor}{letter}")

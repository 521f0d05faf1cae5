"""Amounts of time and recurrences: "three years" (P3Y), "every week" (P1W), "every Monday"
(XXXX-WXX-1)."""

from __future__ import annotations

from typing import Any

from .. import calendar as cal
from ..context import Context
from ..expressions import DURATION, SET, Reading
from .kinds import resolves

#: unit -> (TimeML prefix, letter, how many of the letter's unit one unit is)
DURATION_UNITS = {"D": ("P", "D", 1), "W": ("P", "W", 1), "M": ("P", "M", 1), "Q": ("P", "M", 3),
                  "Y": ("P", "Y", 1), "DE": ("P", "Y", 10), "CE": ("P", "Y", 100),
                  "H": ("PT", "H", 1), "MIN": ("PT", "M", 1), "S": ("PT", "S", 1)}


#: unit -> the half of one in a smaller unit ("two and a half years" is P2Y6M); a week, a month
#: and a quarter have no whole half in a smaller TimeML unit
HALF_UNITS = {"CE": ("Y", 50), "DE": ("Y", 5), "Y": ("M", 6), "D": ("H", 12), "H": ("MIN", 30), "MIN": ("S", 30)}


def _amounts(v: dict[str, Any]) -> list[tuple[Any, Any]] | None:
    """The (unit, number) amounts the values name, a half as one more amount; None when the half
    has no whole amount of a smaller unit."""
    amounts = [(v.get("unit"), v.get("num"))]
    if "unit2" in v:
        amounts.append((v["unit2"], v.get("num2")))
    if v.get("half"):
        if amounts[0][0] not in HALF_UNITS or not isinstance(amounts[0][1], int):
            return None
        amounts.append(HALF_UNITS[amounts[0][0]])
        if amounts[0][1] == 0:  # "half an hour"
            amounts.pop(0)
    return amounts


@resolves("duration")
def resolve_duration(v: dict[str, Any], ctx: Context) -> Reading | None:
    """``num`` units; "X" as the amount when the number is not known ("years"); with a second
    amount (``num2`` ``unit2``: "2 år och 3 månader", or ``half``: "two and a half years") both,
    in ISO 8601 order (P2Y3M, P2Y6M); "two and a half decades" is P25Y."""
    amounts = _amounts(v)
    if amounts is None:
        return None
    parts: dict[tuple[bool, str], str] = {}
    for unit, number in amounts:
        if unit not in DURATION_UNITS:
            return None
        prefix, letter, factor = DURATION_UNITS[unit]
        key = (prefix == "PT", letter)
        if len(amounts) > 1 and not isinstance(number, int):
            return None
        if key in parts:  # "two and a half decades": 20 years and 5
            if not v.get("half"):
                return None
            number, factor = int(parts[key][:-1]) + number * factor, 1
        parts[key] = (str(number * factor) if isinstance(number, int) else "X") + letter
    order = [(False, "Y"), (False, "M"), (False, "W"), (False, "D"), (True, "H"), (True, "M"), (True, "S")]
    date_part = "".join(parts[k] for k in order if k in parts and not k[0])
    time_part = "".join(parts[k] for k in order if k in parts and k[0])
    return Reading(DURATION, "P" + date_part + ("T" + time_part if time_part else ""))


#: A recurrence's period where TimeML writes it otherwise than the duration: "every quarter" is P1Q.
SET_UNITS = {**DURATION_UNITS, "Q": ("P", "Q", 1)}


@resolves("set")
def resolve_set(v: dict[str, Any], ctx: Context) -> Reading | None:
    """Once every ``num`` (1) units ("daily", "every two weeks"), or on every ``weekday``
    ("every Thursday", "on Mondays", "Tuesday nights"), ``month`` or ``season`` ("each July")."""
    weekday, month, season = v.get("weekday"), v.get("month"), v.get("season")
    if isinstance(weekday, int) and 0 <= weekday <= 6:
        return Reading(SET, cal.timex_with_pod(f"XXXX-WXX-{weekday + 1}", v.get("pod")))
    if isinstance(month, int) and 1 <= month <= 12:
        return Reading(SET, f"XXXX-{month:02d}")
    if season in cal.SEASON_MONTHS:
        return Reading(SET, f"XXXX-{season}")
    unit, number = v.get("unit"), v.get("num", 1)
    if unit not in SET_UNITS or not isinstance(number, int):
        return None
    prefix, letter, factor = SET_UNITS[unit]
    return Reading(SET, f"{prefix}{number * factor}{letter}")

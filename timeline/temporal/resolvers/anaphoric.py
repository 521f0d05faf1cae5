"""Times relative to another expression of the text: "the next evening", "a day after",
"that year", "dagen efter".

The reading only records the unit and amount; :mod:`timeline.temporal.anaphora`
places it once every expression of the text is resolved.
"""

from __future__ import annotations

from typing import Any

from ..context import Context
from ..expressions import DATE, Reading
from .durations import resolve_duration
from .kinds import resolves
from .periods import year_ago
from .relative import OFFSET_GRANULARITY, UNIT_GRANULARITY, resolve_relative


@resolves("anaphoric")
def resolve_anaphoric(v: dict[str, Any], ctx: Context) -> Reading | None:
    """``num`` units in ``direction`` (-1, +1) from the anchor, or the anchor's own unit (0);
    with the rule constant ``anchor_follows``, the anchor is the phrase right after the expression
    ("two days after the March 3 attack"); with ``ahead_unplaced``, in a sentence looking ahead from
    the writing, the unit to come from the reference, unplaced ("could spread in the next year"), and
    looking ahead from a past telling, unplaced with no value ("said it would hire staff in the next year")."""
    unit = v.get("unit")
    if unit not in UNIT_GRANULARITY:
        return None
    if v.get("ahead_unplaced") and ctx.tense == "future":
        if ctx.future_in_past:  # "said it would hire staff in the next year": ahead of a telling, no year of its own
            return Reading(DATE, None, None, UNIT_GRANULARITY[unit], v.get("mod"))
        return resolve_relative({"unit": unit, "rel": 1, "unplaced": True}, ctx)
    amount = v.get("num", 1) if v.get("direction", 0) else 0
    if not isinstance(amount, int):
        return None
    shift = amount * v.get("direction", 0)
    # In a sentence of reported figures, "a year earlier" is the period compared with.
    period = year_ago(ctx) if (unit, shift) == ("Y", -1) else None
    # A counted amount ("13 days after") is that duration when what it counts from is not placed.
    duration = resolve_duration({"unit": unit, "num": amount}, ctx) if "num" in v and shift else None
    return Reading(DATE, None, None, OFFSET_GRANULARITY.get(unit), v.get("mod"),
                   anaphor=(unit, shift), pod=v.get("pod"), period=period,
                   anchor_follows=bool(v.get("anchor_follows")), duration=duration and duration.timex,
                   same=bool(v.get("same")), month=month if isinstance(month := v.get("month"), int) else None,
                   day=day if isinstance(day := v.get("day"), int) else None)

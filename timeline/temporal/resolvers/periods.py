"""Times relative to the article's reporting period: "the latest quarter", "the year-ago period",
"the 1988 quarter", "the full year", and (in a sentence of reported figures) "a year earlier".

The reading only records a :class:`~timeline.temporal.expressions.Period`;
:mod:`timeline.temporal.reporting` places it once every expression of the
text is resolved.
"""

from __future__ import annotations

from typing import Any

from ..calendar import Granularity
from ..context import Context
from ..expressions import DATE, Period, Reading
from .kinds import resolves

UNIT_GRANULARITY = {"Q": Granularity.QUARTER, "Y": Granularity.YEAR}


def year_ago(ctx: Context, years: int = -1) -> Period | None:
    """The period ``years`` back of the one a sentence of reported figures is about ("from $4
    million a year earlier"), or None if the sentence reports no figures."""
    span = ctx.reported_span()
    if span is None:
        return None
    return Period(span, years * 4 if span == "Q" else years, since=ctx.sentence_start)


def _fiscal(ctx: Context) -> bool:
    """Whether the text names a fiscal year before the expression: its reporting year need not be a
    calendar year ("the current fiscal year ... the corresponding period last year")."""
    return ctx.grammar.fiscal_cues is not None and ctx.grammar.fiscal_cues.search(ctx.text, 0, ctx.start) is not None


@resolves("period")
def resolve_period(v: dict[str, Any], ctx: Context) -> Reading | None:
    """``unit`` "Q" (a quarter), "Y" (the reporting period's year) or "span" (the span the
    sentence's figures cover), ``years`` back of the reporting period, or in the ``year`` named."""
    unit, years, year = v.get("unit", "Q"), v.get("years", 0), v.get("year")
    if not isinstance(years, int) or (year is not None and not isinstance(year, int)):
        return None
    if unit == "span":
        unit = ctx.span_unit()
    if unit not in UNIT_GRANULARITY:
        return None
    if unit == "Y" and year is None and _fiscal(ctx):
        return Reading(DATE, None, None, Granularity.YEAR, v.get("mod"))
    shift = years * 4 if unit == "Q" else years
    # The last quarter completed stands in for one the text does not name, unless the
    # sentence looks ahead ("before the end of the quarter" is the current one).
    period = Period(unit, shift, year, ctx.sentence_start, fallback=ctx.tense != "future")
    return Reading(DATE, None, None, UNIT_GRANULARITY[unit], v.get("mod"), period=period)

"""One function per rule kind, grouped by what the kinds resolve.

- ``absolute``: calendar dates and units named outright (date, month, year,
  decade, century, quarter, half, season)
- ``relative``: units relative to the reference date (offset, relative,
  weekend, weekday, deictic, ref)
- ``clock``: times of day (time)
- ``holidays``: holidays and n-th weekdays of a month (holiday, nth_weekday)
- ``durations``: amounts of time and recurrences (duration, set)
- ``ranges``: ranges of days written as one expression (day_range, weekday_range)
- ``anaphoric``: units relative to another expression of the text (anaphoric)
- ``periods``: times relative to the article's reporting period (period)
- ``lookalikes``: text that only looks temporal (skip)

Each registers its functions in :data:`RESOLVERS` with ``@resolves(kind)``;
importing this package imports them all.
"""

from __future__ import annotations

from . import (  # noqa: F401 (they register)
    absolute, anaphoric, clock, durations, holidays, lookalikes, periods, ranges, relative)
from .kinds import RESOLVERS, Resolver, resolves

__all__ = ["RESOLVERS", "Resolver", "resolves"]

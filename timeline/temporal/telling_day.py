"""The day of a past telling that looks ahead to a weekday, and where that weekday can fall.

A weekday a past telling looked ahead to ("officials said they would reopen the bridge on Friday") is
the nearest such day either way, since the saying came before the writing: written on a Wednesday,
"said she would chair a meeting on Tuesday" is yesterday's. But what a telling looked ahead to is
never before the telling itself. When the sentence names the telling's own day right after its verb of
saying ("the mayor said on Tuesday she would chair a meeting on Monday"), the weekday is the first on
or after that day; otherwise the saying is taken to be of the last day or two, so the day looked ahead
to lies back at most :data:`BACK_REACH` days ("said they would reopen on Friday", written on a Monday,
is the coming Friday, not three days ago).

The words are the grammar's (``[words.reporting_verb]``, ``[words.report_frame_adverb]``,
``[words.weekday]``); a language without them names no telling's day.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from . import calendar as cal
from .grammar import phrase_pattern
from .tables import resource_tables

if TYPE_CHECKING:
    from .context import Context

#: How many days before the writing a day looked ahead to may lie, with no telling's day named.
BACK_REACH = 2


@lru_cache(maxsize=None)
def _told_on(source: str) -> re.Pattern[str] | None:
    """A verb of saying, perhaps an adverb of the day's time and one short word, then a weekday
    ("said on Tuesday", "said late on Monday"), in resource text ``source``; the weekday is the group ``day``."""
    words = resource_tables(source).get("words", {})
    verbs, adverbs = phrase_pattern(words.get("reporting_verb", {})), phrase_pattern(words.get("report_frame_adverb", {}))
    days = phrase_pattern(words.get("weekday", {}))
    if verbs is None or days is None:
        return None
    between = "" if adverbs is None else r"(?:\s+" + adverbs.pattern + ")?"
    return re.compile(verbs.pattern + between + r"(?:\s+\w{2,3})?\s+(?P<day>" + days.pattern + ")", re.IGNORECASE)


def telling_weekday(ctx: Context) -> int | None:
    """The weekday (Monday=0) the sentence names for the telling right after its verb of saying,
    before the expression; None when it names none."""
    pattern = _told_on(ctx.grammar.source)
    if pattern is None:
        return None
    found = [m for m in pattern.finditer(ctx.text, ctx.sentence_start, ctx.start)]
    if not found:
        return None
    day = ctx.grammar.lookup("weekday", found[-1].group("day"))
    return day if isinstance(day, int) else None


def looked_ahead_to(ref: date, weekday: int, ctx: Context) -> date:
    """The day with ``weekday`` that a past telling looked ahead to, written on ``ref``: the first on or
    after the telling's named day, else the nearest either way (the earlier on a tie) if that lies back
    no more than :data:`BACK_REACH` days, else the coming one."""
    told = telling_weekday(ctx)
    if told is not None:
        return cal.nearest_weekday(cal.nearest_weekday(ref, told, -1), weekday, 1)
    back, ahead = cal.nearest_weekday(ref, weekday, -1), cal.nearest_weekday(ref, weekday, 1)
    return back if (ref - back) <= (ahead - ref) and (ref - back).days <= BACK_REACH else ahead

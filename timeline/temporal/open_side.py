"""The open side before a weekday ("before Thursday", "prior to Friday") told of what is ahead.

"Prior to Thursday, Colombia was the only one" tells a state that held up to a past day: the side of the
day dates no happening of that day, so it has no span to place (TimeML mod BEFORE). A sentence about
what is ahead sets a deadline instead ("He will not return before Thursday", "The deal must be signed
before Friday", "Nothing will change before Thursday, when the board meets"): the day is the coming one,
and it is the day a reader's timeline shows the deadline on, so it keeps its span. The day follows the
clause's tense, as a bare weekday's does; an obligation (``[open_side] ahead``: "must", "has to") in
the sentence before it looks ahead whatever the tense cues say ("must be signed" is no past; "must have"
looks back, and is none).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from . import calendar as cal
from .tables import resource_tables

if TYPE_CHECKING:
    from .context import Context


@lru_cache(maxsize=None)
def _obligation(source: str) -> re.Pattern[str] | None:
    """The words of an obligation, not followed by "have", in resource text ``source``."""
    words = resource_tables(source).get("open_side", {}).get("ahead", [])
    if not words:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])(?:" + alternatives + r")(?![\w'’-])(?!\s+(?:have|haft)\b)", re.IGNORECASE)


def side_day(ctx: Context, weekday: int, day: date) -> date:
    """The day of a weekday's open side: ``day`` (read as a bare weekday is), or the coming one when the
    sentence before it tells an obligation."""
    assert ctx.reference is not None
    if day >= ctx.reference:
        return day
    pattern = _obligation(ctx.grammar.source)
    if pattern is None or pattern.search(ctx.text, ctx.sentence_start, ctx.start) is None:
        return day
    return cal.nearest_weekday(ctx.reference, weekday, 1)


def keeps_span(ctx: Context, day: date) -> bool:
    """Whether the open side of ``day`` keeps the day's span: a deadline ahead of the writing."""
    return ctx.reference is not None and day > ctx.reference

"""A season told in a present that recurs: any year's, on no calendar.

"Droplets stay airborne longer in winter", "demand for coal rises in winter, analysts said", "birds
return to the valley during summer": a season with no article, in a clause told neither in the past
nor ahead, names what happens every such season (TimeML XXXX-WI), not the last or the coming one. A
present going on now ("we are getting ready for a harder season in autumn") is no habit: its season
is the coming one; so a progressive in the expression's sentence (``[cues] progressive_pattern``)
keeps the season placed. A language without the pattern reads no season as recurring this way.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import TYPE_CHECKING

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from .sentences import sentence_window

if TYPE_CHECKING:
    from .context import Context

#: How far (in characters) each side of the season its sentence is searched for a progressive.
PROGRESSIVE_REACH = 160


@lru_cache(maxsize=None)
def _progressive(source: str) -> re.Pattern[str] | None:
    """The language's present progressive ("are getting", "is slowing"), in resource text ``source``."""
    pattern = tomllib.loads(source).get("cues", {}).get("progressive_pattern")
    return re.compile(r"(?<![\w'’-])(?:" + pattern + r")(?![\w-])", re.IGNORECASE) if pattern else None


def recurring_season(ctx: Context) -> bool:
    """Whether the season at ``ctx`` is a bare one (no article: "in winter") in a clause told in a
    present that recurs: no future cue, not told in the past, no progressive in its sentence."""
    progressive = _progressive(ctx.grammar.source)
    if progressive is None or ctx.grammar.lookup("season", ctx.text[ctx.start:ctx.end]) is None:
        return False
    if ctx.tense == "future" or ctx.told_in_past():
        return False
    lo, hi = sentence_window(ctx.text, ctx.start, ctx.end, PROGRESSIVE_REACH, PROGRESSIVE_REACH)
    return progressive.search(ctx.text, lo, hi) is None

"""Which side a bare "the weekend" lies on when its sentence has no tense cue.

A headline or caption is tenseless and tells what is done ("Three dead after riots at the weekend",
"Thousands at the weekend rally, police say"): the weekend just gone, as in a past report. Only a
present or progressive of an act in the weekend's own clause ("the station is airing special shows over
the weekend", "the town holds its fair at the weekend") leaves the side to the nearer weekend, the coming
one when written late in the week (:func:`.resolvers.relative.resolve_weekend`).

The words are the grammar's (``[cues]`` ``weekend_present_pattern`` and ``scheduled_present_pattern``,
``scheduled_present_breaks``); a language without them keeps the weekend just gone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .tables import resource_tables

if TYPE_CHECKING:
    from .context import Context

#: How far (in characters) before the expression the clause's present is looked for.
REACH = 120

#: What ends a clause: a present before it is another clause's.
_CLAUSE_END = re.compile(r"[,.;:!?()\"“”]|''|``")


@lru_cache(maxsize=None)
def _patterns(source: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's presents of an act (progressive or scheduled) and its words opening another
    clause between such a present and the expression, in resource text ``source``."""
    cues = resource_tables(source).get("cues", {})
    present = "|".join(cues[k] for k in ("weekend_present_pattern", "scheduled_present_pattern") if k in cues)
    breaks = cues.get("scheduled_present_breaks")
    return (re.compile(r"(?<![\w'’-])(?:" + present + r")(?![\w-])", re.IGNORECASE) if present else None,
            re.compile(r"(?<![\w-])(?:" + breaks + r")(?![\w-])", re.IGNORECASE) if breaks else None)


def present_act_before(ctx: Context) -> bool:
    """Whether a present of an act stands before the expression in its own clause, with no word
    opening another clause between ("is airing special shows over the weekend", not "is recovering
    after a fall at the weekend")."""
    present, breaks = _patterns(ctx.grammar.source)
    if present is None:
        return False
    lo = max(ctx.sentence_start, ctx.start - REACH)
    lo = max((m.end() for m in _CLAUSE_END.finditer(ctx.text, lo, ctx.start)), default=lo)
    last = None
    for last in present.finditer(ctx.text, lo, ctx.start):
        pass
    return last is not None and (breaks is None or breaks.search(ctx.text, last.end(), ctx.start) is None)

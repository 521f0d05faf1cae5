"""A year-less day that opens a sentence told in the past: the latest such day, never the coming one.

"On Jan. 9, a small jet crashed near the border", written in late November: the day is weighed by its
distance either side of the writing day (:meth:`~timeline.temporal.context.Context.score`), and the coming
January 9 is nearer than the last one; but the clause the day opens tells an act that is over. As for a day
right after its own past verb (:mod:`.past_clause`), the day is the latest such day up to the writing day's.

Read from the sentence: the day opens it, after one of ``[fronted_day] openers`` ("On") or alone with a comma after
it (not "The 8 October gig was announced on Monday": the day names the gig), and the first tense cue of the clause that follows is a past cue that is no plan verb ("On
Jan. 9, the minister is due to", "On Jan. 1, either we see change or": left as they were); no future cue in
that clause. A language without the table has no such reading.
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

from .grammar import word_list
from .past_clause import CLAUSE_REACH

if TYPE_CHECKING:
    from .context import Context

#: what ends the clause the fronted day opens
_CLAUSE_END = re.compile(r"[.;:!?()\"“”]|''|``|\s[-–—]+\s")
_LEAD = re.compile(r"[\s\"“‘'`]*")


@lru_cache(maxsize=None)
def _openers(source: str) -> frozenset[str]:
    """The words that may stand before a fronted day (``[fronted_day] openers``) in resource text ``source``."""
    return frozenset(word_list(tomllib.loads(source).get("fronted_day", {}), "openers"))


def fronted_past_day(ctx: Context) -> bool:
    """Whether the expression (a year-less day) opens a sentence whose clause is told in the past (see the module)."""
    openers = _openers(ctx.grammar.source)
    if not openers or ctx.only_future or ctx.plan_in_pluperfect:
        return False
    text = ctx.text
    lead = text[ctx.sentence_start:ctx.start]
    lead = lead[_LEAD.match(lead).end():].strip()
    comma = text[ctx.end:ctx.end + 1] == ","
    if lead and lead.lower() not in openers or not lead and not comma:
        return False  # "The 8 October gig was announced on Monday": the day names the gig, ahead
    start = ctx.end + comma
    hi = min(len(text), start + 2 * CLAUSE_REACH)
    end = _CLAUSE_END.search(text, start, hi)
    stop = end.start() if end else hi
    past = ctx.grammar.past_cues.search(text, start, stop)
    future = ctx.grammar.future_cues.search(text, start, stop)
    if past is None or future is not None:
        return False
    plans = ctx.grammar.plan_verbs
    return plans is None or plans.fullmatch(text, past.start(), past.end()) is None

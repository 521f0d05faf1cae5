"""A year-less month told in a past clause: the latest such month, never the coming one.

In a sentence told in the past, a bare month is weighed by its distance either side of the writing
day (:meth:`~timeline.temporal.context.Context.score`), so in December a "February" two months ahead
beats the one ten months back, and "won the elections in January", written in November, would be
the coming January. When the month belongs to the past verb's own clause (the verb, its object, and
the month, with nothing between them that opens a plan, another verb or another clause) the act it
dates is over: the month is the latest one up to the writing day's.

The words that break such a clause are the grammar's (``[cues] past_clause_month_breaks``); a
language without them has no such clauses, and its months are weighed as before. A month right after
a word that makes it a period's start or end (``past_clause_month_starts``: "raised the pension age
from January", "effective March") is when the act takes effect, as often ahead as past: weighed as
before too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .tables import resource_tables

if TYPE_CHECKING:
    from .context import Context

#: How far (in characters) before the month its past verb may stand: a verb, its object and a
#: phrase or two ("followed the seizure of power by the army in"), not a sentence away.
CLAUSE_REACH = 80

#: What ends a clause: a past cue before it is another clause's.
_CLAUSE_END = re.compile(r"[,.;:!?()\"“”]|''|``|\s[-–—]+\s")


class _Cues(NamedTuple):
    """A language's words that open a plan or another clause after a past verb, and the auxiliaries
    of a present passive whose participle looks like one; None where it has none."""

    breaks: re.Pattern[str] | None
    auxiliaries: re.Pattern[str] | None
    starts: re.Pattern[str] | None


@lru_cache(maxsize=None)
def _cues(source: str) -> _Cues:
    """The cues of resource text ``source`` (``[cues] past_clause_month_breaks``,
    ``past_clause_month_present_auxiliaries`` and ``past_clause_month_starts``)."""
    cues = resource_tables(source).get("cues", {})
    breaks, auxiliaries = cues.get("past_clause_month_breaks"), cues.get("past_clause_month_present_auxiliaries")
    starts = cues.get("past_clause_month_starts")
    return _Cues(re.compile(r"(?<![\w'’-])(?:" + breaks + r")(?![\w'’-])", re.IGNORECASE) if breaks else None,
                 re.compile(r"(?<![\w'’-])(?:" + auxiliaries + r")\s+$", re.IGNORECASE) if auxiliaries else None,
                 re.compile(r"(?<![\w'’-])(?:" + starts + r")\s+$", re.IGNORECASE) if starts else None)


def _clause_end(ctx: Context) -> int:
    """Where the expression's clause ends after it: the next clause break within its sentence."""
    hi = min(len(ctx.text), ctx.end + CLAUSE_REACH)
    end = _CLAUSE_END.search(ctx.text, ctx.end, hi)
    return end.start() if end else hi


def month_of_past_clause(ctx: Context) -> bool:
    """Whether the expression (a year-less month) is dated by a past verb of its own clause: the
    sentence is told in the past, not a plan told in the past ("was due to open in"), nothing puts
    the month ahead ("postponed to"), and the last past cue before it in its clause, within
    :data:`CLAUSE_REACH`, is no verb of speech or decision ("said", "announced": what follows is as
    often a plan's), no participle of a present passive ("are being sold in"), and has no break word
    between it and the month; no future cue follows the month in its clause ("January would bring")."""
    breaks, auxiliaries = (cues := _cues(ctx.grammar.source)).breaks, cues.auxiliaries
    if breaks is None or ctx.tense != "past" or ctx.plan_in_pluperfect or ctx.only_future:
        return False
    if ctx.grammar.future_cues.search(ctx.text, ctx.end, _clause_end(ctx)) is not None:
        return False  # "feared January would bring": the month is the subject of a clause looking ahead
    text = ctx.text
    lo = max(ctx.sentence_start, ctx.start - CLAUSE_REACH)
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, lo, ctx.start)), default=lo)
    cue = None
    for cue in ctx.grammar.past_cues.finditer(text, lo, ctx.start):
        pass
    if cue is None or auxiliaries is not None and auxiliaries.search(text, lo, cue.start()) is not None:
        return False  # "which are being sold in": a present passive's participle
    if cues.starts is not None and cues.starts.search(text, cue.end(), ctx.start) is not None:
        return False  # "raised the pension age from January": when it takes effect
    plans = ctx.grammar.plan_verbs
    if plans is not None and plans.fullmatch(text, cue.start(), cue.end()) is not None:
        return False
    return breaks.search(text, cue.end(), ctx.start) is None

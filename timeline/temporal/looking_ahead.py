"""Cues around an expression that put it ahead of, or either side of, the writing where the
sentence's nearest tense cue says otherwise.

An example given with a word of supposing ("if it returns in September, say, we will not have
enough vaccine") is a case imagined, and an imagined month lies ahead: the "earlier" before it is
a comparison, not the past. A bare weekday after a word of the earliest time ("could be unveiled
as early as Tuesday") is the coming one unless its clause is told in the past: the earliest time
of what may happen. And a plan told in the past after its date ("Under a plan in March, the
creditors were to get a stake", written in June) may have fallen either side of the writing, as
a plan told before its date does (:attr:`~timeline.temporal.context.Context.plan_in_pluperfect`).
A past verb of a relative clause set off by commas ("is expected to reach the town, which just
came through a flood, on Saturday") tells of its noun: the cue before the clause decides.

What a verb of calling sets "for" ("the union called a strike for Friday", "has called a vote
for Monday") is set after the calling, and news tells a call while its day is still to come: the
coming such day, whatever the tense (a past "called" would otherwise make it the last one, days
before the calling).

A future in form only that looks back on a time ("This week will be remembered for the riots",
"will go down as a dark week") is a judgement of that time: written at the weekend, the week
meant is the one ending, not the coming one.

The words are the grammar's (``[cues]`` ``example_markers``, ``earliest_prepositions``,
``called_for_pattern``, ``retrospective_future_pattern`` and ``pluperfect_plan_pattern`` with
``plan_after_pattern``); a language without them has none of the cues.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from . import clause_cues
from .sentences import sentence_window
from .tables import resource_tables

if TYPE_CHECKING:
    from .context import Context

#: How far (in characters) before the expression a word of the earliest time is looked for.
EARLIEST_REACH = 40

#: How far (in characters) after the expression a plan told in the past is looked for.
PLAN_REACH = 160

#: What ends a sentence: a plan after it is another sentence's.
_SENTENCE_END = re.compile(r"[.;!?]")

#: A year written in digits (the calendar's, no language's word).
_YEAR = re.compile(r"(?<![\d.,])1[5-9]\d\d(?![\d.,]\d)|(?<![\d.,])20\d\d(?![\d.,]\d)")

#: A word (the thing's noun) right after the expression, not a comma or a number.
_NOUN_NEXT = re.compile(r"[ \t]+[^\W\d_]")
#: how far before an expression its determiner is looked for ("the ", "their ")
DETERMINER_REACH = 12


class _Cues(NamedTuple):
    """A language's cues of looking ahead; None where it has none."""

    example: re.Pattern[str] | None
    earliest: re.Pattern[str] | None
    plan: re.Pattern[str] | None
    called_for: re.Pattern[str] | None
    retrospective: re.Pattern[str] | None
    announced: re.Pattern[str] | None
    determiner: re.Pattern[str] | None


@lru_cache(maxsize=None)
def _patterns(source: str) -> _Cues:
    """The language's markers of an example (right after the expression, set off by commas), its
    words of the earliest time (right before it) and its plans told in the past, in resource text ``source``."""
    cues = resource_tables(source).get("cues", {})
    example = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in cues.get("example_markers", []))
    earliest = cues.get("earliest_prepositions")
    plan = "|".join(cues[key] for key in ("pluperfect_plan_pattern", "plan_after_pattern") if key in cues)
    called, looking_back = cues.get("called_for_pattern"), cues.get("retrospective_future_pattern")
    announced = cues.get("announced_after_pattern")
    determiners = "|".join(re.escape(w) for w in cues.get("own_date_determiners", []))
    return _Cues(re.compile(r"\s*,\s*(?:" + example + r")\s*,", re.IGNORECASE) if example else None,
                 re.compile(r"(?<![\w-])(?:" + earliest + r")\s+$", re.IGNORECASE) if earliest else None,
                 re.compile(r"(?<![\w-])(?:" + plan + r")(?![\w-])", re.IGNORECASE) if plan else None,
                 re.compile(r"(?<![\w-])(?:" + called + r")\s+$", re.IGNORECASE) if called else None,
                 re.compile(r"(?<![\w-])(?:" + looking_back + r")(?![\w-])", re.IGNORECASE) if looking_back else None,
                 re.compile(r"(?<![\w-])(?:" + announced + r")(?![\w-])", re.IGNORECASE) if announced else None,
                 re.compile(r"(?<![\w-])(?:" + determiners + r")\s*$", re.IGNORECASE) if determiners else None)


def clause_looks_ahead(ctx: Context) -> bool:
    """Whether a cue of the expression's own clause puts it ahead, whatever the nearest tense cue of its
    sentence: a case imagined (:func:`imagined`), a future outside a relative clause before it
    (:func:`ahead_past_a_relative_clause`), or a present of a scheduled act (:func:`.clause_cues.scheduled_ahead`:
    "the colony, which returns to its old rulers on 1 July", though the sentence opened in the past), unless
    the sentence names an earlier year before it ("In 1997 the colony, which returns ... on 1 July, was
    nervous": a present of history, in that year)."""
    return (imagined(ctx) or ahead_past_a_relative_clause(ctx)
            or clause_cues.scheduled_ahead(ctx) and not _earlier_year_before(ctx))


def _earlier_year_before(ctx: Context) -> bool:
    """Whether a year before the reference's stands before the expression in its sentence."""
    return ctx.reference is not None and any(
        int(m.group(0)) < ctx.reference.year for m in _YEAR.finditer(ctx.text, ctx.sentence_start, ctx.start))


def imagined(ctx: Context) -> bool:
    """Whether an example marker set off by commas follows the expression ("in September, say,"):
    a case supposed, which lies ahead, unless the clause goes on in the past ("in March, say, were")."""
    example = _patterns(ctx.grammar.source).example
    found = example.match(ctx.text, ctx.end) if example is not None else None
    if found is None:
        return False
    # "Sales in March, say, were weaker": the clause told after the marker is past, the example with it
    end = _SENTENCE_END.search(ctx.text, found.end())
    hi = end.start() if end else min(len(ctx.text), found.end() + PLAN_REACH)
    cues = [(m.start(), past) for past, p in ((False, ctx.grammar.future_cues), (True, ctx.grammar.past_cues))
            for m in [p.search(ctx.text, found.end(), hi)] if m]
    return not cues or not min(cues)[1]


def earliest_ahead(ctx: Context) -> bool:
    """Whether a word of the earliest time stands right before the expression ("as early as
    Tuesday") in a clause not told in the past: the earliest time of what may yet happen."""
    earliest, lo = _patterns(ctx.grammar.source).earliest, max(0, ctx.start - EARLIEST_REACH)
    return earliest is not None and earliest.search(ctx.text, lo, ctx.start) is not None and ctx.tense != "past"


def called_ahead(ctx: Context) -> bool:
    """Whether a verb of calling sets the expression "for" right before it ("called a strike for
    Friday"): the day called lies ahead of the writing, in any tense."""
    called, lo = _patterns(ctx.grammar.source).called_for, max(0, ctx.start - EARLIEST_REACH)
    return called is not None and called.search(ctx.text, lo, ctx.start) is not None


def retrospective(ctx: Context) -> bool:
    """Whether the expression's sentence looks back in a future form ("This week will be remembered
    for"): a judgement of the time named, no plan in it."""
    looking_back = _patterns(ctx.grammar.source).retrospective
    lo, hi = sentence_window(ctx.text, ctx.start, ctx.end, PLAN_REACH, PLAN_REACH)
    return looking_back is not None and looking_back.search(ctx.text, lo, hi) is not None


def plan_told_after(ctx: Context) -> bool:
    """Whether, with no tense cue before the expression in its sentence, the first one after it is
    a plan told in the past ("Under a plan in March, creditors were to get"): either side."""
    plan = _patterns(ctx.grammar.source).plan
    if plan is None:
        return False
    lo, hi = sentence_window(ctx.text, ctx.start, ctx.end, 240, PLAN_REACH)
    cues = (ctx.grammar.future_cues, ctx.grammar.past_cues)
    if any(p.search(ctx.text, lo, ctx.start) for p in cues):
        return False
    end = _SENTENCE_END.search(ctx.text, ctx.end, hi)
    hi = end.start() if end else hi
    found = plan.search(ctx.text, ctx.end, hi)
    return found is not None and not any(p.search(ctx.text, ctx.end, found.start()) for p in cues)


def announced_own_date(ctx: Context) -> bool:
    """Whether the expression is the own date of a thing told, after it, as announced or scheduled ("The
    9 November show at the arena was announced"): set between a determiner and the thing's noun, with no
    tense cue before it or between. The date of the thing, not of the telling, so it may lie ahead;
    a date opening the clause ("On 3 February a state of emergency was announced") is the telling's."""
    cues = _patterns(ctx.grammar.source)
    if cues.announced is None or cues.determiner is None:
        return False
    lo, hi = sentence_window(ctx.text, ctx.start, ctx.end, 240, PLAN_REACH)
    # the determiner may open the expression itself ("The 9 November")
    opening = ctx.text[ctx.start:ctx.end].split(None, 1)[0] + " "
    if not _NOUN_NEXT.match(ctx.text, ctx.end) or not (cues.determiner.search(ctx.text, lo, ctx.start)
                                                       or cues.determiner.match(opening)):
        return False
    tense_cues = (ctx.grammar.future_cues, ctx.grammar.past_cues)
    if any(p.search(ctx.text, lo, ctx.start) for p in tense_cues):
        return False
    end = _SENTENCE_END.search(ctx.text, ctx.end, hi)
    found = cues.announced.search(ctx.text, ctx.end, end.start() if end else hi)
    return found is not None and not any(p.search(ctx.text, ctx.end, found.start()) for p in tense_cues)


def ahead_past_a_relative_clause(ctx: Context) -> bool:
    """Whether the sentence looks ahead once a relative clause set off by commas before the
    expression is skipped ("is expected to arrive at the city, which just passed a water crisis, on
    Saturday"): the nearest tense cue before the expression is a past one inside that clause, and the
    nearest outside it a future one. The clause's verb tells of its own noun, not of the expression."""
    relative = ctx.grammar.relative_clauses
    if relative is None:
        return False
    lo, text = ctx.sentence_start, ctx.text
    clauses = [m.span() for m in relative.finditer(text, lo, ctx.start)]
    if not clauses:
        return False
    cues = [(m.start(), tense) for tense, p in (("future", ctx.grammar.future_cues), ("past", ctx.grammar.past_cues))
            for m in p.finditer(text, lo, ctx.start)]
    if not cues:
        return False
    nearest = max(cues)
    if nearest[1] != "past" or not any(s <= nearest[0] < e for s, e in clauses):
        return False
    outside = [cue for cue in cues if not any(s <= cue[0] < e for s, e in clauses)]
    return bool(outside) and max(outside)[1] == "future"


def date_of_a_noun(ctx: Context) -> bool:
    """Whether the expression stands between a determiner and the word after it ("cancelled the March 3
    concert", "backed the March 3 strike"): the own date of a thing, which may lie ahead whatever verb
    governs the thing (so a past verb before it does not make the day a past one)."""
    cues = _patterns(ctx.grammar.source)
    if cues.determiner is None or not _NOUN_NEXT.match(ctx.text, ctx.end):
        return False
    return cues.determiner.search(ctx.text, max(0, ctx.start - DETERMINER_REACH), ctx.start) is not None

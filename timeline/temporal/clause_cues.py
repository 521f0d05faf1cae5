"""Cues of an expression's own clause that the sentence's nearest tense cue misses.

A present of a scheduled act before a bare weekday puts the weekday ahead ("schools are reopening
on Thursday", "the country holds an election on Thursday", written on a Tuesday: the coming
Thursday), where a sentence with no tense cue would take the last one. A clause opened by "since"
whose own verb is past puts its year-less date in the past ("protests since the army seized power
in February", written in December: this February, never the next), however near the next one is.

A present in a clause of time ("before the new terminal is opened in the autumn", "until the bridge is
ready in March") tells what is still ahead, though the sentence around it is told in the past ("a
stopgap was being set up in case demand grows before ..."): English keeps such a clause's present when
its time lies after the writing, so its year-less date is the coming one.

The words are the grammar's (``[cues]`` ``scheduled_present_pattern``, ``scheduled_present_not_before``,
``past_clause_openers`` and ``present_time_clause_pattern``); a language without them has none of the cues.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .sentences import sentence_window
from .tables import resource_tables

if TYPE_CHECKING:
    from .context import Context
    from .grammar import Grammar

#: How far (in characters) before the expression a scheduled present or a "since" is looked for.
CLAUSE_REACH = 120

#: What ends a clause: a cue before it is another clause's.
_CLAUSE_END = re.compile(r"[,.;:!?()\"“”]|''|``")


class _Cues(NamedTuple):
    """A language's clause cues; None where it has none."""

    scheduled: re.Pattern[str] | None
    openers: re.Pattern[str] | None
    sources: re.Pattern[str] | None
    breaks: re.Pattern[str] | None
    plans: re.Pattern[str] | None
    day_of: re.Pattern[str] | None
    game: re.Pattern[str] | None
    time_clause: re.Pattern[str] | None
    attributive: re.Pattern[str] | None


@lru_cache(maxsize=None)
def _patterns(source: str) -> _Cues:
    """The language's scheduled presents, its openers of a past clause (and the plans that stop one), and the words before a weekday
    that make it no time of the present's act ("rubble from Tuesday"), and the words opening another
    clause between them ("is heading home after winning on Friday"), in resource text ``source``."""
    cues = resource_tables(source).get("cues", {})
    scheduled, openers = cues.get("scheduled_present_pattern"), cues.get("past_clause_openers")
    sources, breaks = cues.get("scheduled_present_not_before"), cues.get("scheduled_present_breaks")
    plans, day_of, game = (cues.get("past_clause_plan_breaks"), cues.get("clock_day_of_pattern"),
                           cues.get("game_period_pattern"))
    time_clause = cues.get("present_time_clause_pattern")
    attributive = "|".join(re.escape(w) for w in cues.get("attributive_future", []))
    return _Cues(re.compile(r"(?<![\w'’-])(?:" + scheduled + r")(?![\w-])", re.IGNORECASE) if scheduled else None,
                 re.compile(r"(?<![\w-])(?:" + openers + r")(?![\w-])", re.IGNORECASE) if openers else None,
                 re.compile(r"(?<![\w-])(?:" + sources + r")\s+$", re.IGNORECASE) if sources else None,
                 re.compile(r"(?<![\w-])(?:" + breaks + r")(?![\w-])", re.IGNORECASE) if breaks else None,
                 re.compile(r"(?<![\w-])(?:" + plans + r")(?![\w-])", re.IGNORECASE) if plans else None,
                 re.compile(r"(?<![\w-])(?:" + day_of + r")(?![\w-])", re.IGNORECASE) if day_of else None,
                 re.compile(r"(?<![\w-])(?:" + game + r")(?![\w-])", re.IGNORECASE) if game else None,
                 re.compile(r"(?<![\w-])(?:" + time_clause + r")(?![\w-])", re.IGNORECASE) if time_clause else None,
                 re.compile(r"(?:" + attributive + r")(?![\w-])", re.IGNORECASE) if attributive else None)


def _clause_start(ctx: Context) -> int:
    """Where the expression's clause begins: after the last clause break before it, within reach."""
    lo = max(ctx.sentence_start, ctx.start - CLAUSE_REACH)
    return max((m.end() for m in _CLAUSE_END.finditer(ctx.text, lo, ctx.start)), default=lo)


def _clause_end(ctx: Context) -> int:
    """Where the expression's clause ends after it (the next clause break, or its sentence's end)."""
    hi = min(len(ctx.text), ctx.end + CLAUSE_REACH)
    found = _CLAUSE_END.search(ctx.text, ctx.end, hi)
    return found.start() if found else hi


def scheduled_ahead(ctx: Context) -> bool:
    """Whether a present of a scheduled act is the last tense cue before the expression in its
    clause ("are opening their doors on", "holds an election on"), and no past verb follows the
    expression in its clause ("are investigating a fire on Monday that killed"; one after a word opening
    another clause is that clause's: "votes on Thursday for its first parliament since the war began") nor before the present
    (a verb of saying is the telling's: "said schools are reopening on Monday"), and it is not
    the source or start of a thing ("are removing rubble from Tuesday"), nor in another clause
    opened after the present ("is heading home after winning the cup Friday")."""
    scheduled, sources = (cues := _patterns(ctx.grammar.source)).scheduled, cues.sources
    text, lo = ctx.text, _clause_start(ctx)
    if scheduled is None or sources is not None and sources.search(text, lo, ctx.start):
        return False
    last = None
    for last in scheduled.finditer(text, lo, ctx.start):
        pass
    if last is None or any(p.search(text, last.end(), ctx.start) for p in (ctx.grammar.past_cues, cues.breaks) if p):
        return False
    # "won most votes on Sunday": a past verb earlier in the clause is its verb; "said schools are" is the telling's
    told = (m for m in ctx.grammar.past_cues.finditer(text, lo, last.start()))
    if any(ctx.grammar.lookup("reporting_verb", m.group(0)) is None for m in told):
        return False
    # "holds its vote on Thursday for the first time since the stadium was sold": a past cue
    # after a word opening another clause ("since", "after", "who") tells of that clause, not the weekday's
    end = _clause_end(ctx)
    opened = cues.breaks.search(text, ctx.end, end) if cues.breaks is not None else None
    return ctx.grammar.past_cues.search(text, ctx.end, opened.start() if opened else end) is None


def present_time_clause(ctx: Context) -> bool:
    """Whether the expression lies in a clause of time told in the present ("before the terminal is
    opened in", "until the bridge is ready in"): an opener of such a clause followed by a present of
    "be" in the expression's clause, with no tense cue between that present and the expression
    (``[cues] present_time_clause_pattern``). Not a bare season ("Before the children are in bed in winter,
    the lights were off"): without an article it is any winter, a habit's, not one still ahead."""
    time_clause = _patterns(ctx.grammar.source).time_clause
    if time_clause is None:
        return False
    text = ctx.text
    found = None
    for found in time_clause.finditer(text, _clause_start(ctx), ctx.start):
        pass
    if found is None or ctx.grammar.lookup("season", text[ctx.start:ctx.end]) is not None:
        return False  # "Before the children are in bed in winter, the lights were off": any winter, a habit
    return not any(p.search(text, found.end(), ctx.start) for p in (ctx.grammar.past_cues, ctx.grammar.future_cues))


def since_past(ctx: Context) -> bool:
    """Whether the expression's clause opens with a past-clause opener ("since") followed by a past
    verb before the expression, with no future cue between ("since the king assumed control in"), nor a
    plan after the past verb whose phrase runs up to the expression ("since the minister announced plans
    for an election in": the plan's date, not the announcing's; ``[cues] past_clause_plan_breaks``)."""
    openers, plans = (cues := _patterns(ctx.grammar.source)).openers, cues.plans
    if openers is None:
        return False
    text, lo = ctx.text, _clause_start(ctx)
    opener = None
    for opener in openers.finditer(text, lo, ctx.start):
        pass
    if opener is None:
        return False
    past = ctx.grammar.past_cues.search(text, opener.end(), ctx.start)
    return (past is not None and ctx.grammar.future_cues.search(text, opener.end(), ctx.start) is None
            and (plans is None or plans.search(text, past.end(), ctx.start) is None))


#: How far (in characters) after a clock time, and before it, the day of another happening is looked for.
DAY_OF_REACH = 40


def told_of_another_day(text: str, span: tuple[int, int], grammar: Grammar) -> bool:
    """Whether the clock time at ``span`` is told of the day of another happening, right after it
    ("at 1.30 am on the morning of his death") or right before it in its clause ("the night before
    the vote, at 10 pm"): that day, not the writing's (``[cues] clock_day_of_pattern``)."""
    day_of = _patterns(grammar.source).day_of
    if day_of is None:
        return False
    if day_of.match(text[span[1]:span[1] + DAY_OF_REACH].lstrip(" ,")):
        return True
    lo = max(0, span[0] - DAY_OF_REACH)
    before = text[lo:span[0]]
    cut = max((m.end() for m in re.finditer(r"[.;:!?]", before)), default=0)
    return day_of.search(before, cut) is not None


#: How far (in characters) each side of a quarter its sentence is searched for a game's words.
GAME_REACH = 200


def game_period(ctx: Context) -> bool:
    """Whether the expression's sentence tells a game (``[cues] game_period_pattern``: "seconds left",
    "a touchdown", "of the match", "led 14-7"): its "second quarter" is a period of play, no date."""
    game = _patterns(ctx.grammar.source).game
    if game is None:
        return False
    lo, hi = sentence_window(ctx.text, ctx.start, ctx.end, GAME_REACH, GAME_REACH)
    return game.search(ctx.text, lo, hi) is not None


#: A word of three letters or more: one between an expression and a cue after it puts the cue in another phrase.
_PHRASE_WORD = re.compile(r"[^\W\d_]{3,}")


def attributive(grammar: Grammar, after: str, cue: re.Match[str]) -> bool:
    """Whether the tense cue ``cue``, found in ``after`` (the text right after an expression), only
    modifies a noun of another phrase ("on Monday and Tuesday and the expected visits", "on Friday,
    before the upcoming vote": ``[cues] attributive_future``): it says when that noun lies, not the
    expression, so the expression's tense is sought past it. Right after the expression it is the
    expression's own ("Monday's expected vote")."""
    pattern = _patterns(grammar.source).attributive
    return (pattern is not None and pattern.match(after, cue.start()) is not None
            and _PHRASE_WORD.search(after, 0, cue.start()) is not None)

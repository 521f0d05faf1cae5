"""One event from the mentions of one happening: the date they give it, and its summary.

The event's interval is the intersection of its mentions' intervals; when
that is empty it is their union and the event is marked as conflicting (all
the readings are kept). Its summary is the clause of one of its mentions
(see ``summary``): one of headline length that most of the others agree
with, from an article whose date came with it where that decides.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from ..model import Event, Mention
from ..temporal import Granularity, Interval
from .summary import summarise

#: a summary agrees with another when their rapidfuzz token-set ratio reaches this
AGREEING_RATIO = 70
#: summaries of this many words (inclusive) read as a headline; the nearer the middle the better
HEADLINE_WORDS = (6, 16)
HEADLINE_MIDDLE = 11


@dataclass(frozen=True)
class Fused:
    """What the intervals of an event's mentions give it together."""

    #: the intersection of the intervals; their union when ``conflict``; None when no mention has one
    interval: Interval | None
    granularity: Granularity | None
    mod: str | None
    #: TIMEX3 value, when one mention's reading is the whole interval
    timex: str | None
    #: the intervals do not overlap
    conflict: bool


def fuse(members: list[Mention]) -> Fused:
    """The interval, granularity, mod, timex and conflict of an event from its mentions' intervals."""
    intervals = [m.interval for m in members if m.interval is not None]
    if not intervals:
        e = members[0].expression
        return Fused(None, e.granularity, e.mod, e.timex, conflict=False)
    start = max(i.start for i in intervals)
    end = min(i.end for i in intervals)
    if start > end:  # they disagree: keep all the readings
        union = Interval(min(i.start for i in intervals), max(i.end for i in intervals))
        coarsest = max(members, key=lambda m: m.interval.days if m.interval else 0)
        return Fused(union, coarsest.expression.granularity, None, None, conflict=True)
    fused = Interval(start, end)
    exact = [m for m in members if m.interval == fused]
    if exact:
        e = exact[0].expression
        timexes = {m.expression.timex for m in exact}
        timex = e.timex
        if len(timexes) > 1 and e.granularity is Granularity.DAY:  # "Wednesday night", "onsdag kväll": the day
            timex = fused.start.isoformat()
        return Fused(fused, e.granularity, e.mod, timex, conflict=False)
    # A narrower interval than any one mention gives: a range of days.
    return Fused(fused, Granularity.DAY, None, None, conflict=False)


def _summary_rank(mention: Mention, summary: str, support: int) -> tuple[bool, int, bool, int]:
    """Higher is better: headline length, agreement of the other members, a date that came
    with the article, nearness to the middle headline length."""
    words = len(summary.split())
    low, high = HEADLINE_WORDS
    fits = low <= words <= high and not summary.endswith("…")
    return (fits, support, mention.article.published_source.given, -abs(words - HEADLINE_MIDDLE))


def make_event(members: list[Mention]) -> Event:
    """An event of ``members`` (ordered by article and offset): fused interval, and the
    summary most members agree with (the first best in that order)."""
    members = sorted(members, key=lambda m: (m.article.id, m.expression.start))
    fused = fuse(members)
    summaries = [summarise(m) for m in members]
    support = [sum(fuzz.token_set_ratio(a, b) >= AGREEING_RATIO for b in summaries) for a in summaries]
    best = max(range(len(members)), key=lambda i: _summary_rank(members[i], summaries[i], support[i]))
    return Event(id="", mentions=members, interval=fused.interval, granularity=fused.granularity,
                 mod=fused.mod, summary=summaries[best], timex=fused.timex, conflict=fused.conflict)

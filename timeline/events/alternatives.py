"""Times offered as alternatives for one happening: one event that spans them all.

"Novartis should have the vaccine ready in September or October", "a recovery towards the end of
this year or early in 2010": the resolver rightly reads two times (two TIMEX3s, as TimeML wants), but
the sentence tells ONE happening whose date is either. Left apart they made two events, each claiming
the happening for one end only, so the timeline stated half of what the sentence says.

Two mentions of one article are *alternatives* when nothing but the language's joiner of
alternatives stands between them (``[alternatives] joiner`` in the resource file: "or", ", or",
"or early in"), and the second begins after the first, less than ``MAX_GAP_DAYS`` after its end
(not "as in 1957 or 1968": two happenings compared). Merging puts their groups together (:func:`join_alternatives`) and fusion reads a
chain of alternatives as one reading, the hull of its times (:func:`alternative_spans`), so the event
spans both ends and is marked approximate. Mentions keep their own readings: the mention level of
every export is unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from ..temporal import Granularity, Interval
from ..temporal.grammar import GrammarError, resource_data

#: alternatives lie this near at most (the first's end to the second's start): "late 2009 or early
#: 2010", "September or October", never "1957 or 1968"
MAX_GAP_DAYS = 366


@lru_cache(maxsize=None)
def _joiner(language: str) -> re.Pattern[str] | None:
    """The language's joiner of alternative times (``[alternatives] joiner``), None without one."""
    try:
        pattern = resource_data(language).get("alternatives", {}).get("joiner")
    except GrammarError:
        return None
    return re.compile(r"\s*(?:" + pattern + r")\s*", re.IGNORECASE) if isinstance(pattern, str) and pattern else None


def _chains(mentions: list[Mention]) -> list[list[Mention]]:
    """Runs of two or more placed mentions of one article, each joined to the next by the joiner alone."""
    by_article: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.interval is not None and m.furniture is None:
            by_article.setdefault(m.article.id, []).append(m)
    chains: list[list[Mention]] = []
    for placed in by_article.values():
        placed.sort(key=lambda m: m.expression.start)
        run = placed[:1]
        for before, after in zip(placed, placed[1:]):
            joiner = _joiner(after.article.language)
            text = after.article.text
            if (joiner is not None and before.expression.end <= after.expression.start
                    and before.interval.start <= after.interval.start
                    and (after.interval.start - before.interval.end).days <= MAX_GAP_DAYS
                    and joiner.fullmatch(text, before.expression.end, after.expression.start)):
                run.append(after)
                continue
            if len(run) > 1:
                chains.append(run)
            run = [after]
        if len(run) > 1:
            chains.append(run)
    return chains


def join_alternatives(groups: list[list[Mention]]) -> list[list[Mention]]:
    """``groups`` with the groups that hold alternatives of one chain joined into one (in the order of
    each joined set's first group); groups holding none are returned as they are."""
    where = {id(m): i for i, group in enumerate(groups) for m in group}
    parent = list(range(len(groups)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for chain in _chains([m for group in groups for m in group]):
        indices = [where[id(m)] for m in chain]
        for i in indices[1:]:
            a, b = root(indices[0]), root(i)
            if a != b:
                parent[max(a, b)] = min(a, b)
    joined: dict[int, list[Mention]] = {}
    for i, group in enumerate(groups):
        joined.setdefault(root(i), []).extend(group)
    return list(joined.values())


def alternative_spans(members: list[Mention]) -> dict[int, Interval]:
    """For each member (by ``id``) in a chain of alternatives, the hull of its chain's times: the
    reading the happening's date is, since the sentence says it is any of them."""
    spans: dict[int, Interval] = {}
    for chain in _chains(members):
        hull = Interval(min(m.interval.start for m in chain), max(m.interval.end for m in chain))
        spans.update((id(m), hull) for m in chain)
    return spans


def hull_granularity(chain: list[Mention]) -> tuple[Granularity, str | None]:
    """How an event dated by the hull of ``chain`` is labelled: days as a span of days ("14–15 Jun"),
    years as a span of years, anything else as a span of months; approximate (APPROX) but days,
    whose span already says "either"."""
    kinds = {m.expression.granularity for m in chain}
    if kinds == {Granularity.DAY}:
        return Granularity.DAY, None
    if kinds == {Granularity.YEAR}:
        return Granularity.YEAR, "APPROX"
    return Granularity.MONTH, "APPROX"

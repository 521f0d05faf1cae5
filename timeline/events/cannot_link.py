"""An "apart" decision binds to the end of merging: two mentions found two happenings never share a group.

``pairs.edge`` records some vetoes as ``apart`` edges (two mentions alike enough to join, but a
saying and an act, two markets, two clock times, a figure's base and an act, two doers' acts), and
``moments`` sets one article's entries at two clock times apart. ``cluster``'s pairwise join
honours them, but the joins after it compare groups as wholes (``regroup``: pooled clauses of one
day, a month's group to its day, a topic noun's group to the day's main one, a topic's acts) and
would put the two back together through their groups: "Velmora warned Karvia on Tuesday" joined
"Halvik softened his remarks on Tuesday" because each had joined a retelling of its own act in
another article, and the two retellings' pools were alike. Here those joins are refused: a
cannot-link, not a weight. A refused join leaves both groups as they were.

Only the vetoes sure of two happenings bind so (``Edge.binding``: two doers' acts, ``doers_apart``).
The others stay a rule of the pairwise join alone: made binding, a saying and an act, two clock
times or two entries of one article split true groups on the silver corpus (the talks "to start on
Wednesday morning" cut from "the talks will open on Nov. 9"; a blast's day cut from the blast's
other tellings: 3 of 5 splits wrong, 1 neutral), as a true group split is worse than a mixed one kept.
"""

from __future__ import annotations

from typing import Sequence

from ..model import Mention
from .moments import moments_apart
from .pairs import Edge
from .regroup import _apply, planned_joins
from .similarity import Weights

Apart = dict[int, set[int]]  # mention index -> the indexes of the mentions it must never share a group with


def cannot_links(placed: Sequence[Mention], edges: Sequence[Edge], binding: bool = False) -> Apart:
    """The pairs of ``placed`` that must never share a group: the ``apart`` edges and ``moments_apart``
    (``cluster``'s pairwise join); with ``binding``, only the ``binding`` apart edges (every join after it)."""
    apart = {} if binding else moments_apart(placed)
    for e in edges:
        if e.apart and (e.binding or not binding):
            apart.setdefault(e.i, set()).add(e.j)
            apart.setdefault(e.j, set()).add(e.i)
    return apart


def by_mention(placed: Sequence[Mention], apart: Apart) -> dict[int, set[int]]:
    """``apart`` keyed by the mentions' ``id`` (groups are lists of mentions after the pairwise join)."""
    return {id(placed[k]): {id(placed[x]) for x in others} for k, others in apart.items()}


def join_alike_groups_kept_apart(groups: list[list[Mention]], weights: Weights,
                                 apart: dict[int, set[int]]) -> list[list[Mention]]:
    """``regroup.join_alike_groups``, each planned join made in its order unless the two groups, as joined
    so far, hold two mentions ``apart`` (by ``id``) keeps out of one group: then that join is refused."""
    ordered, joins = planned_joins(groups, weights)
    if not apart:
        return _apply(ordered, {join.part: join.into for join in joins})
    parent = list(range(len(ordered)))
    held = [{id(m) for m in group} for group in ordered]

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    absorbed: dict[int, int] = {}
    for join in joins:
        a, b = root(join.into), root(join.part)
        if a == b or _clash(held[a], held[b], apart):
            continue
        parent[b] = a
        held[a] |= held[b]
        absorbed[b] = a
    return _apply(ordered, absorbed)


def _clash(a: set[int], b: set[int], apart: dict[int, set[int]]) -> bool:
    """Whether a mention of ``a`` must never share a group with one of ``b``."""
    smaller, other = (a, b) if len(a) <= len(b) else (b, a)
    return any(not apart[k].isdisjoint(other) for k in smaller if k in apart)

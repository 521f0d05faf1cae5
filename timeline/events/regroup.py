"""A last pass over the groups of ``cluster``: one happening's groups of one day joined as wholes.

The pairwise join keeps groups apart unless most of the pairs across them
are alike, and a weak pair never joins two mentions of one article. So one
big happening told in many words ("Jackson died on 25 June", "the singer's
death", "when he collapsed at his home") ends as several groups of one day,
and its mentions that give only the month or the year ("who died in June
2009") as more. Here groups are compared as wholes: each group's clauses
pooled (every member's clause tokens, weighed and summed), two groups alike
when the cosine of their pools reaches ``POOLED_ALIKE``.

- Two groups of the same day join when alike (centroid linkage: the joined
  group is compared again as one pool, so A~B and B~C do not chain A to C
  unless A+B is alike C).
- A coarse group (a month or a year, up to ``MAX_COARSE_DAYS``) whose
  members all hold one such day joins the day group it is most alike, when
  alike; the day gives the date (``fusion`` takes the narrowest reading the
  most sources support).

Two tests keep joins precise (judged on the silver corpus's 56 joins before
them: 36 right, 20 wrong; after: 32 right, 11 wrong; MJ_bbc 9/1 -> 9/0,
haiti_bbc 9/3 -> 7/3): groups join only when their *cores* (the tokens in
at least ``CORE_SHARE`` of their members' clauses) share a token, and a
coarse group joins its day only when the cores share a content word (what
happened: "died" in both, not only "Murray"); coarse groups are a month at
most (a year's "this year's toll" or "growth in 2006" is no one day).

Nor do a group that dates only sayings ("the agency said on Sunday": ``dependent.says``) and
one that dates none join: a saying and an act are two happenings (as in ``pairs``); nor one that
dates only where a state ends ("closed until 6 May": ``dependent.bounds_a_state``) and one that
dates none: the end of a state is no act of that day.

A month's group told by one article ("Jackson died in June 2009 aged 50") joins the day group
told by ``TOLD_WIDELY`` articles whose core holds what it says was done and more
(:func:`_join_lone_coarse`).

A group whose every clause dates only the collection's topic noun ("Tuesday's earthquake",
"since his death on Thursday") joins its day's main group (:func:`_join_told_by_topic`).

Only groups told by ``MIN_ARTICLES`` articles and with a common interval
take part, so a group whose readings
disagree is never widened. The result does not depend on the input order.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from ..model import Mention
from ..temporal import Interval
from .acts import tells_the_act
from .dependent import dated_noun
from .evidence import BOUNDARY, SAYING, act_kind, segment_signature
from .similarity import STEM, Weights
from .topical import topic_noun
from .topic_act import join_topic_acts
from .window import only_windows
from .years import one_year_groups

#: the cosine of two groups' pooled clauses at which they tell one happening
POOLED_ALIKE = 0.25
#: pools sharing fewer tokens are not alike (one shared name is a topic, not a happening)
MIN_SHARED = 2
#: coarse groups longer than this (a month) are never joined to a day: a year holds too many
#: happenings ("this year's toll", "growth in 2006") to stand for one of its days
MAX_COARSE_DAYS = 31
#: a token is at a group's core when at least this share of its members' clauses have it
CORE_SHARE = 0.5

#: groups told by fewer articles take no part: a lone clause is too short to compare as a whole
MIN_ARTICLES = 2


Pool = Counter  # token -> summed weight
Told = Counter  # (token, is_name) -> how many members' clauses have it
_NUMBER = re.compile(r"\d+")


def _said(mention: Mention, weights: Weights) -> list[tuple[str, bool]]:
    """The tokens of the mention's clause that may tell its happening: not the numbers of its own
    time expression (every mention of 2009 has a 2009, whatever it tells), nor the collection's
    topic ("Haiti" and "earthquake" in a folder about the quake say which story, not what
    happened)."""
    own = set(_NUMBER.findall(mention.expression.text))
    return [(token, is_name) for token, is_name in segment_signature(mention).tokens()
            if token not in own and not weights.topic(token)]


def _pool(group: list[Mention], weights: Weights) -> Pool:
    """The group's clauses pooled (see :func:`_said`)."""
    pool: Pool = Counter()
    for mention in group:
        for token, is_name in _said(mention, weights):
            pool[token] += weights.weight(token, is_name)
    return pool


def _told(group: list[Mention], weights: Weights) -> Told:
    """How many of the group's members say each token in their clause (see :func:`_said`)."""
    told: Told = Counter()
    for mention in group:
        told.update(set(_said(mention, weights)))
    return told


@dataclass
class _Core:
    """What most members of a (possibly joined) group say: the tokens in at least ``CORE_SHARE`` of
    its members' clauses."""

    told: Told
    size: int
    #: how many of its members date each kind of act (``evidence.act_kind``: a saying, a state's end)
    kinds: Counter = field(default_factory=Counter)

    def tokens(self, names: bool = True) -> set[str]:
        return {token for (token, is_name), n in self.told.items()
                if n >= CORE_SHARE * self.size and (names or not is_name)}

    def defining(self) -> str | None:
        """The content word most of its members say ("died" of a death's many tellings, whose
        names are the story's cast), when one is said most."""
        counts = sorted(((n, token) for (token, is_name), n in self.told.items() if not is_name), reverse=True)
        if not counts or (len(counts) > 1 and counts[1][0] == counts[0][0]) or counts[0][0] < CORE_SHARE * self.size:
            return None
        return counts[0][1]

    def shares(self, other: _Core, names: bool = True) -> bool:
        """Whether the two cores have a token in common (with ``names`` False: a content word, what
        happened, not only who or where)."""
        return bool(self.tokens(names) & other.tokens(names))

    def tells_apart(self, other: _Core) -> bool:
        """Whether one group dates only sayings and the other none (a saying and an act), or one
        only states' ends and the other none, their cores sharing no content word ("schools
        closed until 6 May", "restaurants reopen on 6 May"; as ``pairs._bound_apart``)."""
        def only(kind: str, x: _Core, y: _Core) -> bool:
            return x.kinds[kind] == x.size and not y.kinds[kind]

        if only(SAYING, self, other) or only(SAYING, other, self):
            return True
        bound = only(BOUNDARY, self, other) or only(BOUNDARY, other, self)
        return bound and not self.shares(other, names=False)

    def add(self, other: _Core) -> None:
        self.told.update(other.told)
        self.size += other.size
        self.kinds.update(other.kinds)


def cosine(a: Pool, b: Pool) -> float:
    """0..1: the cosine of two pools; 0 when they share fewer than ``MIN_SHARED`` tokens."""
    common = a.keys() & b.keys()
    if len(common) < MIN_SHARED:
        return 0.0
    dot = math.fsum(a[t] * b[t] for t in common)  # the same in every process, whatever the set's order
    norm = math.sqrt(math.fsum(v * v for v in a.values()) * math.fsum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def _common(group: list[Mention]) -> Interval | None:
    start = max(m.interval.start for m in group)
    end = min(m.interval.end for m in group)
    return Interval(start, end) if start <= end else None


def _order(group: list[Mention]) -> tuple:
    return min((m.article.id, m.expression.start) for m in group)


class Join(NamedTuple):
    """Group ``part`` joins group ``into`` (indexes into the groups as :func:`planned_joins` orders
    them), their pools alike by ``score``."""

    part: int
    into: int
    score: float


def join_alike_groups(groups: list[list[Mention]], weights: Weights) -> list[list[Mention]]:
    """``groups`` with one day's alike groups joined, and coarse groups joined to the day they are
    most alike (see the module docstring). Groups keep their order; a joined group takes the
    place of its first part."""
    ordered, joins = planned_joins(groups, weights)
    return _apply(ordered, {join.part: join.into for join in joins})


def planned_joins(groups: list[list[Mention]], weights: Weights) -> tuple[list[list[Mention]], list[Join]]:
    """The groups in a fixed order, and the joins :func:`join_alike_groups` makes of them (in the
    order it makes them: one day's groups, then coarse groups to a day)."""
    groups = sorted((g for g in groups if g), key=_order)
    common = [_common(g) if len({m.article.id for m in g}) >= MIN_ARTICLES and not only_windows(g) else None
              for g in groups]
    pools = [_pool(g, weights) for g in groups]
    cores = [_Core(_told(g, weights), len(g), Counter(map(act_kind, g))) for g in groups]
    by_day: dict[date, list[int]] = defaultdict(list)
    for n, interval in enumerate(common):
        if interval is not None and interval.days == 1:
            by_day[interval.start].append(n)
    joins: list[Join] = []
    parts = {n: [pools[n]] for n in range(len(groups))}  # a day group's pools before it was joined
    for day in sorted(by_day):
        _join_one_day(by_day[day], pools, cores, joins, parts)
    for members in one_year_groups(common):  # a year's groups of one happening (``years``)
        _join_one_day(members, pools, cores, joins, parts)
    _join_coarse(common, by_day, pools, cores, joins, parts, (groups, weights))
    _join_told_by_topic(groups, by_day, joins, weights)
    _join_lone_coarse(groups, by_day, joins, weights)
    joins += [Join(n, main, 1.0) for n, main in sorted(join_topic_acts(groups, {j.part: j.into for j in joins}, weights).items())]
    return groups, joins


#: a day group told by at least this many articles is a happening a month's lone mention may name
#: (on the silver corpus, groups of 3 and lone weeks drew in other acts of their month: 3 right, 12 wrong)
TOLD_WIDELY = 10
#: a day group told by fewer articles than this is a retelling a widely told day group of its act may
#: hold ("died on 25 June 2009 from an overdose" beside the day's main telling of the death)
FEW_ARTICLES = 4
#: a lone coarse group this long at least is a month's ("in June 2009", "last month"), not a week's
MONTH_DAYS = 28


def _join_lone_coarse(groups: list[list[Mention]], by_day: dict[date, list[int]], joins: list[Join],
                      weights: Weights) -> None:
    """Join each group of a month (at most), and each day group told by ``MIN_ARTICLES`` to fewer
    than ``FEW_ARTICLES`` articles ("Jackson died in June 2009 aged 50": too short to compare as a whole
    with a day's many tellings, whose pooled words drown it) to the (other) day group of that month told by at least
    ``TOLD_WIDELY`` articles whose core (over all its members, those joined to it too) holds what
    the clause says was done and more: a content word and a name of it, or two content words
    ("died", "aged"). Of several such day groups the largest
    (by mentions) is taken when no other is as large; the day gives the date (``fusion``)."""
    into = {join.part: join.into for join in joins}

    def root(n: int) -> int:
        while n in into:
            n = into[n]
        return n

    members: dict[int, list[Mention]] = defaultdict(list)
    for n, group in enumerate(groups):
        members[root(n)].extend(group)
    whole: dict[int, _Core] = {}  # a joined day group's core over all its members, made when asked

    def core(i: int) -> _Core:
        if i not in whole:
            whole[i] = _Core(_told(members[i], weights), len(members[i]), Counter(map(act_kind, members[i])))
        return whole[i]

    for n, group in enumerate(groups):
        interval = _common(group)
        if n in into or interval is None or only_windows(group) or not (MONTH_DAYS <= interval.days <= MAX_COARSE_DAYS or (
                interval.days == 1 and MIN_ARTICLES <= len({m.article.id for m in group}) < FEW_ARTICLES)):
            continue
        told = _Core(_told(group, weights), len(group), Counter(map(act_kind, group)))
        sizes: dict[int, tuple[int, int]] = {}
        for day in (d for d in by_day if interval.start <= d <= interval.end):
            for i in {root(i) for i in by_day[day]} - {n}:
                fit = tells_the_act(group, members[i], weights, whole=True)
                if fit and len({m.article.id for m in members[i]}) >= TOLD_WIDELY and _tells(told, core(i)):
                    sizes[i] = (fit, len(members[i]))  # one telling its act family first (``_join_coarse``)
        ranked = sorted(sizes.values(), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0] > ranked[1]):
            main = max(sizes, key=sizes.__getitem__)
            joins.append(Join(n, main, 1.0))
            into[n] = main
            members[main].extend(group)
            whole.pop(main, None)


def _tells(lone: _Core, day: _Core) -> bool:
    """Whether a lone clause's act and who did it are at the day group's core (see
    :func:`_join_lone_coarse`), or its act is the one word the day's tellings say most, and neither dates only sayings or states' ends the other does not."""
    words = lone.tokens(names=False) & day.tokens(names=False)
    names = (lone.tokens() - lone.tokens(names=False)) & (day.tokens() - day.tokens(names=False))
    return bool(words) and (bool(names) or len(words) >= 2 or day.defining() in words) \
        and not lone.tells_apart(day)


def _join_told_by_topic(groups: list[list[Mention]], by_day: dict[date, list[int]], joins: list[Join],
                        weights: Weights) -> None:
    """Join each group of one reading whose every mention dates only the collection's topic noun
    ("Tuesday's earthquake", "since his death on Thursday", "the quake on 12 January": :func:`_topic_noun`) to that day's
    main group: the one with the most mentions, when no other has as many. Such a clause says
    which happening by its topic and its day alone, which other words would never show. A week's
    or a month's ("last week's quake", "his death in June 2009") joins so the main group of its
    days told by ``TOLD_WIDELY`` articles."""
    into = {join.part: join.into for join in joins}

    def root(n: int) -> int:
        while n in into:
            n = into[n]
        return n

    for n in sorted(range(len(groups)), key=lambda n: groups[n][0].interval.days > 1):  # days first
        group, span = groups[n], groups[n][0].interval
        if n in into or span.days > MAX_COARSE_DAYS or len({m.interval for m in group}) > 1:
            continue
        nouns = {_topic_noun(m, weights) for m in group}
        if not all(nouns):
            continue
        size: dict[int, int] = {}
        for i in (i for day in by_day if span.start <= day <= span.end for i in by_day[day]):
            if root(i) != n:
                size[root(i)] = size.get(root(i), 0) + len(groups[i])
        if span.days > 1:  # a week's or a month's: only a day its folder tells widely
            size = {i: k for i, k in size.items() if len({m.article.id for j, part in enumerate(groups)
                                                          if root(j) == i for m in part}) >= TOLD_WIDELY}
        ranked = sorted(size.values(), reverse=True)
        main = max(size, key=size.__getitem__) if ranked and (len(ranked) == 1 or ranked[0] > ranked[1]) else None
        if main is None:
            continue
        parts = [m for i, part in enumerate(groups) if root(i) == main for m in part]
        # the main group tells of it too ("led to his death aged 50"), maybe in a part joined to it
        if nouns <= {token for m in parts for token, _ in segment_signature(m).tokens()}:
            joins.append(Join(n, main, 1.0))
            into[n] = main


def _topic_noun(mention: Mention, weights: Weights) -> str:
    """The stem of the collection's topic noun the mention's date dates (``dependent.dated_noun``
    when a topic word; ``topical.topic_noun``: "the quake on 12 January"), or ""."""
    owned = (dated_noun(mention) or "").lower()[:STEM]
    if owned and weights.topic(owned):
        return owned
    return (topic_noun(mention, weights) or "").lower()[:STEM]


def _join_coarse(common: list[Interval | None], by_day: dict[date, list[int]], pools: list[Pool],
                 cores: list[_Core], joins: list[Join], parts: dict[int, list[Pool]],
                 told: tuple[list[list[Mention]], Weights]) -> None:
    """Join each coarse group (a month at most) to the day group it is most alike, when alike.
    A coarse group that joined a day is one of that day's parts from then on, so "died in June
    2009 while rehearsing" finds the day through "died in June 2009 aged 50, while rehearsing"
    that found it before; the day's core still decides (a shared content word). A day group whose
    own mentions tell acts of other families than the coarse group's (``acts.tells_the_act``:
    pooled words are the story's) is no candidate, and one telling its family is preferred ("died
    in June 2009 of an overdose": the death, not the doses of its day)."""
    groups, weights = told
    absorbed = {join.part for join in joins}
    members = {i: list(group) for i, group in enumerate(groups)}
    for join in joins:
        members[join.into] += members[join.part]
    for n, interval in enumerate(common):
        if interval is None or not 1 < interval.days <= MAX_COARSE_DAYS:
            continue
        days = [i for d in sorted(by_day) if interval.start <= d <= interval.end for i in by_day[d]
                if i not in absorbed]
        alike = ((max(cosine(pools[n], part) for part in parts[i] + [pools[i]]), i) for i in days)
        scored = sorted(((fit, score, -i) for score, i in alike if score >= POOLED_ALIKE
                         for fit in [tells_the_act(groups[n], members[i], weights, whole=True)] if fit), reverse=True)
        # The most alike day must also tell what the coarse group tells (a shared core content
        # word: "died" in both), else the two share a name and not a happening: left apart.
        if scored and cores[n].shares(cores[-scored[0][2]], names=False) \
                and not cores[n].tells_apart(cores[-scored[0][2]]):
            day = -scored[0][2]
            joins.append(Join(n, day, scored[0][1]))
            parts[day].append(pools[n])
            pools[day] = pools[day] + pools[n]
            members[day] += groups[n]


def _join_one_day(members: list[int], pools: list[Pool], cores: list[_Core], joins: list[Join],
                  parts: dict[int, list[Pool]]) -> None:
    """Join the alike groups of one day, best pair first, comparing joined groups as one pool; a
    pair whose cores share no token is not joined."""
    live = {n: Counter(pools[n]) for n in members}
    while len(live) > 1:
        keys = sorted(live)
        pairs = sorted(((cosine(live[a], live[b]), -a, -b) for x, a in enumerate(keys) for b in keys[x + 1:]),
                       reverse=True)
        best = next((p for p in pairs if p[0] >= POOLED_ALIKE and cores[-p[1]].shares(cores[-p[2]])
                     and not cores[-p[1]].tells_apart(cores[-p[2]])), None)
        if best is None:
            return
        a, b = -best[1], -best[2]
        live[a].update(live.pop(b))
        cores[a].add(cores[b])
        joins.append(Join(b, a, best[0]))
        pools[a] = live[a]
        parts[a] += parts.pop(b)


def _apply(groups: list[list[Mention]], absorbed: dict[int, int]) -> list[list[Mention]]:
    def root(n: int) -> int:
        while n in absorbed:
            n = absorbed[n]
        return n

    joined: dict[int, list[list[Mention]]] = {}
    for n, group in enumerate(groups):
        joined.setdefault(root(n), []).append(group)
    return [parts[0] if len(parts) == 1 else sorted(
        (m for part in parts for m in part),
        key=lambda m: (m.interval.start, m.interval.end, m.article.id, m.expression.start))
        for _, parts in sorted(joined.items())]

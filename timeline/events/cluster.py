"""Which mentions tell one happening: groups of mentions, built in three steps.

1. **Date buckets.** Each mention with an interval is registered under the
   buckets of its interval at its own level (months up to ``SHORT_DAYS``,
   years up to ``MEDIUM_DAYS``, decades beyond), and looks for partners under
   the buckets of its interval widened by a week, so near readings meet. A
   mention of a year (up to ``MEDIUM_DAYS``) is also registered and looks
   under each month it holds, so "in 2009" and "in June 2009" meet "on 25
   June" (a pair is scored in the coarser mention's own bucket when both have
   one). The work grows with the corpus, not with its square.
2. **Candidate edges.** In each bucket a mention is compared with the
   registered mentions that share the most of its tokens (at most
   ``MAX_PARTNERS``; tokens in more than ``MAX_TOKEN_BUCKET`` mentions of the
   bucket tell nothing apart); a pair is scored once, in the first bucket it
   meets in. Whether a pair is an edge is ``pairs.edge``: when the intervals
   overlap and the texts reach the threshold of ``evidence.relatedness`` (for
   two mentions of one article: their clauses reach ``conflict_threshold``;
   for a coarse and a finer mention, their clauses alone reach it too), or
   when the intervals are near and the texts reach ``conflict_threshold`` (a
   *strong* edge). Its score is the similarity over the threshold it had to
   reach. Near but disjoint
   readings make no edge when one article was published before the other's
   reading began: it cannot tell that happening, so the two are a recurring
   thing (daily market reports, two visits), not one happening misdated.
   Mentions of two articles make no edge unless one's clause shares a token
   with the other's context beyond the collection's topic words
   (``pairs._beyond_topic``): sharing the place, the day and the story is not
   sharing a happening (a word common in the collection counts half); when one is a week's or a
   year's, their clauses must share a content word or a telling number (``pairs._acts_apart``):
   such a span holds many acts. A mention whose date dates the topic's own happening ("survivors of
   Tuesday's earthquake": ``topical``) joins only what tells that happening. Two mentions both named from their writing day ("today", "last night":
   ``evidence.from_writing_day``) are compared as two stories' are, clauses alike too: every
   article of a day says "today"; two such of one sentence are two acts unless their clauses
   share ``MIN_SHARED`` tokens beyond the topic.
3. **Joining, strongest edge first, without chains.** Two groups join only
   when at least ``LINKED_SHARE`` of the pairs across them are edges (so A~B
   and B~C do not chain A to C; at exactly the share, one link at least must share more
   than a chance word: ``thin``); a weak edge joins them only when the joined
   group keeps a common interval and holds no two mentions of one article (an
   article that names one day twice in different words most often speaks of
   two happenings), and no join, however strong, puts two mentions of one article dated on days
   apart in one group (one article's two dates are two happenings), nor two mentions a veto found
   alike but two happenings (``pairs``: an ``apart`` edge; a binding one, nor any later join: ``cannot_link``). Last, groups told as the same step from one anchored
   happening in different articles are joined (:func:`_join_by_anchor`). Two
   mentions of one day in one sentence, or pieces of one date side by side
   ("Wednesday, January the 12th"), are always an edge.
4. **Joining as wholes.** One happening's groups of one day, and a month's
   group with the day it tells, are joined as wholes (``regroup``; topic
   words left out there too). Last, a day's group loses the acts of other actors or families
   (``actor``, ``acts``) and the remarks on the writer's own year or a later one (``writing_year``);
   one article's entries at two clock times never share a group (``moments``).

The result does not depend on the order of the input.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import timedelta
from typing import Callable, Iterable, Iterator, Sequence

from ..model import Mention
from ..settings import MergeSettings
from ..temporal import Interval
from .counted import corpus_stories, token_weights
from .evidence import Evidence, Stories, Weighed
from .pairs import Edge, two_entries
from .pairs import edge as pair_edge
from .reach import Reach, hopeless
from .actor import split_by_actor
from .acts import split_by_act
from .writing_year import detach_writing_years
from .cannot_link import by_mention, cannot_links, join_alike_groups_kept_apart
from .similarity import Weights
from .thin import ThinLinks

#: TIMEX3 values that name no time ("now", "in the past"): such mentions are never merged
REFERENCE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
#: intervals of up to this many days are bucketed by month, up to the second by year, longer by decade
SHORT_DAYS, MEDIUM_DAYS = 62, 3 * 366
#: the share of pairs across two groups that must be alike for the groups to join...
LINKED_SHARE = 0.5
#: ...judged on at most this many members of each (the first ones, in the order they joined)
LINKED_SAMPLE = 30
#: partners a mention is compared with at most (those sharing the most distinctive tokens)
MAX_PARTNERS = 60
#: a token in more mentions of one bucket than this finds no partners (it tells nothing apart)
MAX_TOKEN_BUCKET = 50

Key = tuple  # a date bucket: ("M", year, month), ("Y", year) or ("D", decade)


#: computes the edges of buckets as :func:`bucket_edges` does, maybe in parts elsewhere (``events.parallel``)
Spread = Callable[[list[Mention], "_Buckets", list[Key], Weights, Stories, MergeSettings], list[Edge]]


def cluster(mentions: Iterable[Mention], settings: MergeSettings = MergeSettings(),
            weights: Weights | None = None, spread: Spread | None = None) -> list[list[Mention]]:
    """The mentions that have an interval (and name a time), grouped into happenings (see the
    module docstring). A group's mentions come in the order of their intervals (then article and
    offset), those it gained by anchor after them. ``weights`` are the token weights to compare
    with, by default counted over these mentions. ``spread`` computes the buckets' edges in
    parts elsewhere (``events.parallel``), with the same result as :func:`bucket_edges` here."""
    placed = [m for m in mentions if m.interval is not None and m.expression.timex not in REFERENCE_VALUES]
    placed.sort(key=lambda m: (m.interval.start, m.interval.end, m.article.id, m.expression.start))
    if weights is None:  # counted in one pass; signatures are made again per bucket, not kept (``counted``)
        weights = token_weights(placed)
    edges = _candidate_edges(placed, weights, settings, spread or bucket_edges)
    binding = by_mention(placed, cannot_links(placed, edges, binding=True))  # no later join undoes them
    joined = join_alike_groups_kept_apart(_join_by_anchor(_join_strongest_first(placed, edges, weights)),
                                          weights, binding)
    return detach_writing_years(split_by_act(split_by_actor(joined, weights), weights))


# -- 1. date buckets ------------------------------------------------------------------

def _months(interval: Interval) -> Iterator[Key]:
    year, month = interval.start.year, interval.start.month
    while (year, month) <= (interval.end.year, interval.end.month):
        yield ("M", year, month)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _bucket_keys(interval: Interval) -> list[Key]:
    """The buckets of ``interval`` at its own level (at most 21 decades)."""
    if interval.days <= SHORT_DAYS:
        return list(_months(interval))
    if interval.days <= MEDIUM_DAYS:
        return [("Y", y) for y in range(interval.start.year, interval.end.year + 1)]
    first, last = interval.start.year // 10, interval.end.year // 10
    return [("D", d) for d in range(first, min(last, first + 20) + 1)]


def _widened(interval: Interval) -> Interval:
    """The interval with a week either side, so near (conflicting) readings meet in a bucket."""
    try:
        return Interval(interval.start - timedelta(days=7), interval.end + timedelta(days=7))
    except OverflowError:
        return interval


@dataclass
class _Buckets:
    """Where each placed mention is registered (``own``) and where it looks for partners (``wide``)."""

    own: list[list[Key]]
    wide: list[list[Key]]
    registered: dict[Key, list[int]]
    looking: dict[Key, list[int]]
    #: for each mention, its buckets at its own level (without the months a year mention adds)
    level: list[set[Key]]

    @classmethod
    def of(cls, placed: list[Mention]) -> _Buckets:
        level = [_bucket_keys(m.interval) for m in placed]
        held = [list(_months(m.interval)) if SHORT_DAYS < m.interval.days <= MEDIUM_DAYS else []
                for m in placed]
        own = [keys + months for keys, months in zip(level, held)]
        wide = [_bucket_keys(_widened(m.interval)) + months for m, months in zip(placed, held)]
        registered: dict[Key, list[int]] = {}
        looking: dict[Key, list[int]] = {}
        for i in range(len(placed)):
            for key in own[i]:
                registered.setdefault(key, []).append(i)
            for key in wide[i]:
                looking.setdefault(key, []).append(i)
        return cls(own, wide, registered, looking, [set(keys) for keys in level])

    def keys(self) -> list[Key]:
        """The buckets where someone looks and someone is registered, in order."""
        return sorted(set(self.registered) & set(self.looking))

    def first_shared(self, i: int, j: int) -> Key | None:
        """The first bucket in which ``i`` looking meets ``j`` registered (pairs are scored there only)."""
        return _first_shared(set(self.wide[i]), self.own[j], self.level[i], self.level[j])

    def last(self, i: int) -> Key:
        """Mention ``i``'s last bucket: it is done with once that one is."""
        return max(self.own[i] + self.wide[i])


def _first_shared(wide: set[Key], own: Iterable[Key], level_i: set[Key], level_j: set[Key]) -> Key | None:
    """:meth:`_Buckets.first_shared` of a mention looking in ``wide`` and one registered in ``own``."""
    common = wide.intersection(own)
    own_level = common & (level_i | level_j)  # two years meet under their year
    return min(own_level or common) if common else None


# -- 2. candidate edges ----------------------------------------------------------------

def _candidate_edges(placed: list[Mention], weights: Weights, settings: MergeSettings, spread: Spread) -> list[Edge]:
    """Every edge between the placed mentions, strongest first (ties: by ``i``, then ``j``)."""
    buckets = _Buckets.of(placed)
    stories = corpus_stories({m.article.id: m.article for m in placed}.values())
    edges = spread(placed, buckets, buckets.keys(), weights, stories, settings)
    edges.sort(key=lambda e: (-e.score, e.i, e.j))
    return edges


def bucket_edges(placed: Sequence[Mention], buckets: _Buckets, keys: list[Key], weights: Weights,
                 stories: Stories, settings: MergeSettings,
                 done: Callable[[int], None] = lambda count: None) -> list[Edge]:
    """The edges first met in the buckets ``keys`` (in order), unsorted. Each bucket's edges
    depend on its mentions alone: any run of buckets can be done apart from the others.
    ``done(n)`` is told how many buckets are done as each one is."""
    weighed: dict[int, Weighed] = {}  # only the mentions of the buckets at hand
    # and, made once for each of them: its tokens, its buckets looking (a set) and registered, and
    # the number of its kind of buckets (see :func:`_bucket_kinds`); its ``Reach`` (day numbers)
    facts: dict[int, tuple[set[str], set[Key], set[Key], int]] = {}
    reach: dict[int, Reach] = {}
    kinds = _bucket_kinds(buckets)
    first: dict[tuple[int, int], Key | None] = {}  # see _partners
    ending: list[tuple[Key, int]] = []  # a heap of (last bucket, index) of the weighed mentions

    def facts_of(i: int) -> tuple[set[str], set[Key], set[Key], int]:
        found = facts.get(i)
        if found is None:  # first met: weighed
            weighed[i], reach[i] = Weighed(Evidence.of(placed[i]), weights), Reach.of(placed[i])
            found = facts[i] = (weighed[i].tokens(), set(buckets.wide[i]), set(buckets.own[i]), kinds(i))
            heapq.heappush(ending, (buckets.last(i), i))
        return found

    edges: list[Edge] = []
    for n, key in enumerate(keys, start=1):
        for i, j in _partners(key, buckets, facts_of, first):  # both weighed by then
            if hopeless(reach[i], reach[j], weighed[i], weighed[j], settings):
                continue  # what ``pair_edge`` turns down first, told without it (most pairs: ``reach``)
            edge = pair_edge(placed, i, j, weighed[i], weighed[j], stories, settings, weights)
            if edge is not None:
                edges.append(edge)
        # Mentions whose buckets all come before the next one are done with (found without
        # looking at every kept mention: the year mentions are kept all through the months).
        while ending and ending[0][0] <= key:
            done_with = heapq.heappop(ending)[1]
            del weighed[done_with], facts[done_with], reach[done_with]
        done(n)
    return edges


def _partners(key: Key, buckets: _Buckets, facts: Callable[[int], tuple[set[str], set[Key], set[Key], int]],
              first: dict[tuple[int, int], Key | None] | None = None) -> Iterator[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, to score in bucket ``key``: for each mention looking there,
    the registered ones sharing the most tokens with it, unless they met in an earlier bucket.
    ``facts(i)``: mention ``i`` weighed, and its tokens and buckets (see :func:`bucket_edges`);
    ``first``: the first shared bucket of two kinds of buckets, as found so far."""
    first = {} if first is None else first
    index: defaultdict[str, list[int]] = defaultdict(list)
    registered = {j: facts(j) for j in buckets.registered[key]}  # asked once: each is met by many looking
    for j, (tokens, *_) in registered.items():
        for token in tokens:
            index[token].append(j)
    # a token in too many mentions of the bucket finds none: left out of the index once, not per mention
    index = {token: found for token, found in index.items() if len(found) <= MAX_TOKEN_BUCKET}
    for i in buckets.looking[key]:
        tokens, wide, _, kind = facts(i)
        found: list[int] = []
        for token in tokens & index.keys():
            holding = index[token]  # ascending, as the bucket's registered mentions are
            found += holding[bisect_right(holding, i):]  # only the later mentions are partners
        # counted in C; the most shared first (then by index: each j once, so the pairs are
        # ordered as a key of (-count, j) orders them)
        later = [(-count, j) for j, count in Counter(found).items()]
        ranked = sorted(later)[:MAX_PARTNERS]  # = heapq.nsmallest (the pairs are unique), sorted in C
        for _, j in ranked:
            _, _, own, other = registered[j]
            # ``key`` is in both (i looks there, j is registered there): alone, it is the first shared
            if len(own) == 1:
                yield i, j
                continue
            shared = first.get((kind, other), _UNKNOWN)
            if shared is _UNKNOWN:  # the same for every two mentions of these kinds of buckets
                shared = first[kind, other] = _first_shared(wide, own, buckets.level[i], buckets.level[j])
            if shared == key:
                yield i, j


_UNKNOWN = ("?",)  # no bucket's key


def _bucket_kinds(buckets: _Buckets) -> Callable[[int], int]:
    """A number for each mention's buckets (looking, registered, and at its own level): two mentions
    meet first in a bucket that only their numbers decide, so it is found once per two numbers (most
    mentions of a month share a few)."""
    numbers: dict[tuple, int] = {}

    def kind(i: int) -> int:
        found = (tuple(buckets.wide[i]), tuple(buckets.own[i]), frozenset(buckets.level[i]))
        return numbers.setdefault(found, len(numbers))

    return kind


# -- 3. joining ------------------------------------------------------------------------

@dataclass
class _Group:
    """A happening being built: its mentions (indexes) and what their intervals allow."""

    members: list[int]
    articles: set[str]
    intersection: Interval | None
    union: Interval

    def joined(self, other: _Group) -> _Group:
        a, b = self.intersection, other.intersection
        both = Interval(max(a.start, b.start), min(a.end, b.end)) if a and b and a.overlaps(b) else None
        return _Group(self.members + other.members, self.articles | other.articles, both,
                      Interval(min(self.union.start, other.union.start), max(self.union.end, other.union.end)))


def _join_strongest_first(placed: list[Mention], edges: list[Edge], weights: Weights | None = None) -> list[list[Mention]]:
    """Groups of ``placed`` joined along ``edges`` (strongest first) under the no-chain rule; no
    join puts the two mentions of an ``apart`` edge (alike, but vetoed: ``pairs``), nor two of one
    article told at two clock times (``moments``), in one group;
    with ``weights``, no join at exactly the linked share rests on thin links alone (``thin``)."""
    thin = ThinLinks(placed, weights) if weights is not None else None
    linked = {(e.i, e.j) for e in edges if not e.apart}
    apart = cannot_links(placed, edges)  # the apart edges and ``moments_apart`` (``cannot_link``)
    group_of = list(range(len(placed)))
    groups: dict[int, _Group] = {
        i: _Group([i], {m.article.id}, m.interval, m.interval) for i, m in enumerate(placed)}
    for edge in edges:
        a, b = group_of[edge.i], group_of[edge.j]
        if a == b or edge.apart:
            continue
        if apart and _kept_apart(groups[a].members, groups[b].members, apart):
            continue
        # No chains: most pairs across the two groups must be alike, not just this one.
        pairs = [(min(x, y), max(x, y)) for x in groups[a].members[:LINKED_SAMPLE]
                 for y in groups[b].members[:LINKED_SAMPLE]]
        links = [p for p in pairs if p in linked]
        if len(links) < LINKED_SHARE * len(pairs):
            continue
        if thin is not None and 2 * len(links) <= len(pairs) and all(map(thin, links)):
            continue  # no majority alike, and every link one chance word ("carrying", "meet")
        joined = groups[a].joined(groups[b])
        if joined.intersection is None and not edge.strong:
            continue
        if groups[a].articles & groups[b].articles and (not edge.strong or _apart_in_one_article(
                placed, groups[a], groups[b])):
            continue
        groups[a] = joined
        del groups[b]
        for k in joined.members:
            group_of[k] = a
    return [[placed[k] for k in sorted(g.members)] for g in groups.values()]


def _kept_apart(a: list[int], b: list[int], apart: dict[int, set[int]]) -> bool:
    """Whether a member of ``a`` and one of ``b`` were found alike but two happenings (``apart``)."""
    smaller, other = (a, b) if len(a) <= len(b) else (b, a)
    found = [apart[k] for k in smaller if k in apart]
    return bool(found) and not set(other).isdisjoint(set().union(*found))


def _apart_in_one_article(placed: list[Mention], a: _Group, b: _Group) -> bool:
    """Whether an article of both groups dates one of its mentions in ``a`` and one in ``b`` on
    days apart ("in one operation on Nov. 14 …, in another on Nov. 16 …"; "fell in September after
    a rise in August"), or under two entry stamps ("1136 … tweets", "1126 … is to run a telethon": a
    live page's entries, however a mention between them links both): what one article tells on
    two dates or at two moments is two happenings, however alike its words."""
    shared = a.articles & b.articles
    ours = [placed[k] for k in a.members if placed[k].article.id in shared]
    theirs = [placed[k] for k in b.members if placed[k].article.id in shared]
    return any(x.article.id == y.article.id and (not x.interval.overlaps(y.interval) or two_entries(x, y))
               for x in ours for y in theirs)


def _join_by_anchor(groups: list[list[Mention]]) -> list[list[Mention]]:
    """Join happenings told as the same step from the same happening in different articles:
    "a day after" the awards in one, "nästa kväll" after them in another. Two groups join
    when their intervals overlap and no article is in both."""
    where = {(m.article.id, m.expression.start): n for n, g in enumerate(groups) for m in g}
    first_with_step: dict[tuple[int, int], int] = {}
    for group in groups:
        for m in group:
            anchor = m.anchor
            anchor_group = where.get((m.article.id, anchor.start)) if anchor is not None else None
            if anchor_group is None or anchor.interval is None or m.interval is None:
                continue
            step = (anchor_group, (m.interval.start - anchor.interval.start).days)
            target = first_with_step.setdefault(step, where[(m.article.id, m.expression.start)])
            source = where[(m.article.id, m.expression.start)]
            if target == source:
                continue
            a, b = groups[target], groups[source]
            overlapping = max(x.interval.start for x in a + b) <= min(x.interval.end for x in a + b)
            if overlapping and not {x.article.id for x in a} & {x.article.id for x in b}:
                a.extend(b)
                groups[source] = []
                for x in b:
                    where[(x.article.id, x.expression.start)] = target
    return [g for g in groups if g]

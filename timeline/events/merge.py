"""Merge mentions of the same happening into events, and fuse their intervals.

Mentions are taken most precise first. Each looks for an event it may join
among those in the same date buckets (months for short intervals, years,
decades), so the work grows with the corpus, not with its square. It joins
the most similar one when their dates overlap and their texts are similar
enough (``threshold``); when the dates do not overlap but the texts are
nearly the same (``conflict_threshold``) and the dates are near, it joins as
a conflict. Mentions from the same article must reach ``conflict_threshold``
to merge, with the other mention of their article or with another article's:
an article that names one day twice in different words most often speaks of
two happenings.

An event's interval is the intersection of its mentions' intervals; when
that is empty it is their union and the event is marked as conflicting.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import timedelta
from typing import Iterable, Iterator

from rapidfuzz import fuzz

from ..model import Article, Event, Mention
from ..settings import MergeSettings
from ..temporal import Granularity, Interval, load_grammar
from .similarity import Signature, Vector, Weights, overlap, signature
from .summary import summarise

REFERENCE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
#: members of an event a new mention is compared with (the first ones: the most precise)
MAX_COMPARED = 12
SHORT_DAYS, MEDIUM_DAYS = 62, 3 * 366


@dataclass(frozen=True)
class Evidence:
    """What a mention's text says, twice: its own clause, and its sentence with time-free neighbours."""

    segment: Signature
    context: Signature
    language: str

    @classmethod
    def of(cls, mention: Mention) -> Evidence:
        return cls(segment_signature(mention), context_signature(mention), mention.article.language)


class Weighed:
    """A mention's evidence weighed against a collection, ready for many comparisons."""

    __slots__ = ("language", "segment", "context", "segment_names", "context_names")

    def __init__(self, evidence: Evidence, weights: Weights):
        self.language = evidence.language
        self.segment = Vector.of(evidence.segment, weights)
        self.context = Vector.of(evidence.context, weights)
        self.segment_names = Vector.of(evidence.segment, weights, names_only=True)
        self.context_names = Vector.of(evidence.context, weights, names_only=True)

    def tokens(self) -> set[str]:
        return set(self.context.weights) | set(self.segment.weights)


class Stories:
    """Whether two articles tell the same story: similarity of their whole texts (names,
    titles and numbers only across languages). Word frequencies are counted in one pass;
    each article's vector is made when first needed and a bounded number are kept."""

    KEPT = 4096

    def __init__(self, articles: Iterable[Article]):
        self.articles = {a.id: a for a in articles}
        self.weights = Weights(self._signature(a) for a in self.articles.values())
        self._vectors: dict[str, tuple[Vector, Vector]] = {}
        self._cache: dict[tuple[str, str], float] = {}

    @staticmethod
    def _signature(article: Article) -> Signature:
        grammar = load_grammar(article.language)
        return signature(article.text, grammar.stopwords, grammar.words.get("number", {}))

    def _vector(self, article_id: str) -> tuple[Vector, Vector]:
        vectors = self._vectors.get(article_id)
        if vectors is None:
            if len(self._vectors) >= self.KEPT:
                self._vectors.pop(next(iter(self._vectors)))  # the oldest: buckets move forward in time
            sig = self._signature(self.articles[article_id])
            vectors = (Vector.of(sig, self.weights), Vector.of(Signature(sig.names, frozenset()), self.weights))
            self._vectors[article_id] = vectors
        return vectors

    def similarity(self, a: str, b: str) -> float:
        key = (a, b) if a < b else (b, a)
        if key not in self._cache:
            if len(self._cache) >= 64 * self.KEPT:
                self._cache.clear()  # pairs come bucket by bucket: old ones are rarely asked again
            same_language = self.articles[a].language == self.articles[b].language
            which = 0 if same_language else 1
            self._cache[key] = overlap(self._vector(a)[which], self._vector(b)[which])
        return self._cache[key]


def coarseness(days: int) -> float:
    """How much more alike two mentions must be when their interval is long: a year holds far
    more happenings than a day. 1 up to a week, 1.6 for a month, 2.7 for a year, 3.7 for a decade."""
    return 1.0 + max(0.0, math.log10(days / 7))


def relatedness(a: Weighed, b: Weighed, settings: MergeSettings, days: int = 1, same_story: bool = True
                ) -> tuple[float, float]:
    """(similarity, the threshold it must reach) of two mentions' texts.

    The mean of the clause and the context similarities: the clause keeps two
    happenings told side by side apart, the context finds one happening told
    in other words. Across languages only names, titles and numbers count.
    Mentions in articles that tell different stories (``same_story`` False)
    need ``cross_story_threshold``: one story retold may share few words, but
    two stories share a happening only when their sentences say much the same.
    The threshold grows with the longer interval's length (see coarseness).
    Fuzzy token matching (rapidfuzz) is spent only on pairs that come near.
    """
    across = a.language != b.language
    needed = settings.cross_language_threshold if across else settings.threshold
    if not same_story:
        needed = max(needed, settings.cross_story_threshold)
    needed *= coarseness(days)
    pairs = ((a.segment_names, b.segment_names), (a.context_names, b.context_names)) if across \
        else ((a.segment, b.segment), (a.context, b.context))
    value = sum(overlap(x, y) for x, y in pairs) / 2
    if FUZZY_BAND * needed <= value < needed:
        value = sum(overlap(x, y, fuzzy=True) for x, y in pairs) / 2
    return value, needed


def _signature(mention: Mention, start: int, end: int) -> Signature:
    """The signature of ``article.text[start:end]`` without the mention's own time
    expression, but for its numbers: "seven years ago" and "för sju år sedan" share a 7."""
    text = mention.article.text
    e = mention.expression
    grammar = load_grammar(mention.article.language)
    numbers = grammar.words.get("number", {})
    if start <= e.start and e.end <= end:
        kept = " ".join(w for w in e.text.split() if w.isdigit() or isinstance(numbers.get(w.lower()), int))
        text = text[start:e.start] + " " + kept + " " + text[e.end:end]
    else:
        text = text[start:end]
    return signature(text, grammar.stopwords, numbers)


def context_signature(mention: Mention) -> Signature:
    """What the mention's sentence and its neighbours say: for comparing across articles."""
    if mention.context == (0, 0):
        return segment_signature(mention)
    return _signature(mention, *mention.context)


def segment_signature(mention: Mention) -> Signature:
    """What the mention's own clause says: for comparing mentions of one article."""
    if mention.segment == (0, 0):
        return _signature(mention, mention.sentence_start, mention.sentence_start + len(mention.sentence))
    return _signature(mention, *mention.segment)


@dataclass
class _Group:
    """A happening being built: its mentions and what their intervals allow."""

    members: list[int]
    articles: set[str]
    intersection: Interval | None
    union: Interval

    def joined(self, other: _Group) -> _Group:
        a, b = self.intersection, other.intersection
        both = Interval(max(a.start, b.start), min(a.end, b.end)) if a and b and a.overlaps(b) else None
        return _Group(self.members + other.members, self.articles | other.articles, both,
                      Interval(min(self.union.start, other.union.start), max(self.union.end, other.union.end)))


def _months(interval: Interval) -> Iterator[tuple]:
    year, month = interval.start.year, interval.start.month
    while (year, month) <= (interval.end.year, interval.end.month):
        yield ("M", year, month)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _query_keys(interval: Interval) -> list[tuple]:
    if interval.days <= SHORT_DAYS:
        return list(_months(interval))
    if interval.days <= MEDIUM_DAYS:
        return [("Y", y) for y in range(interval.start.year, interval.end.year + 1)]
    first, last = interval.start.year // 10, interval.end.year // 10
    return [("D", d) for d in range(first, min(last, first + 20) + 1)]


def _near(a: Interval, b: Interval) -> bool:
    gap = max((b.start - a.end).days, (a.start - b.end).days)
    return gap <= max(7, min(a.days, b.days))


#: pairs whose exact-token similarity reaches this share of the threshold are compared fuzzily
FUZZY_BAND = 0.75
#: the share of pairs across two groups that must be alike for the groups to join...
LINKED_SHARE = 0.5
#: ...judged on at most this many members of each (their most precise ones)
LINKED_SAMPLE = 30
#: partners a mention is compared with at most (those sharing the most distinctive tokens)
MAX_PARTNERS = 60
#: a token in more mentions of one bucket than this finds no partners (it tells nothing apart)
MAX_TOKEN_BUCKET = 50


def cluster(mentions: Iterable[Mention], settings: MergeSettings = MergeSettings(),
            weights: Weights | None = None) -> list[list[Mention]]:
    """Group the mentions that have an interval into happenings; see the module docstring.

    Candidate pairs are mentions of the same date bucket (at their own
    level: months, years or decades) that share a token. They are joined
    strongest first, as long as the joined group keeps a common interval (or
    the pair is strong enough to be a conflict), holds no two different
    mentions of one article (unless strong), and at least half of the pairs
    across the two groups are alike (so A~B and B~C do not chain A to C).
    The result does not depend on the order of the input.
    """
    placed = [m for m in mentions if m.interval is not None and m.expression.timex not in REFERENCE_VALUES]
    placed.sort(key=lambda m: (m.interval.start, m.interval.end, m.article.id, m.expression.start))
    if weights is None:  # counted in one pass; signatures are made again per bucket, not kept
        weights = Weights(context_signature(m) for m in placed)
    strong = settings.conflict_threshold
    stories = Stories({m.article.id: m.article for m in placed}.values())

    # Buckets, one at a time: each mention is registered under its own keys and looks for
    # partners under those of its interval widened by a week (so near readings meet).
    own_keys = [_query_keys(m.interval) for m in placed]
    wide_keys = [_query_keys(_widened(m.interval)) for m in placed]
    registered: dict[tuple, list[int]] = {}
    looking: dict[tuple, list[int]] = {}
    for i in range(len(placed)):
        for key in own_keys[i]:
            registered.setdefault(key, []).append(i)
        for key in wide_keys[i]:
            looking.setdefault(key, []).append(i)
    weighed: dict[int, Weighed] = {}  # only the mentions of the buckets at hand

    def weigh(i: int) -> Weighed:
        if i not in weighed:
            weighed[i] = Weighed(Evidence.of(placed[i]), weights)
        return weighed[i]

    edges: list[tuple[float, bool, int, int]] = []
    for key in sorted(set(registered) & set(looking)):
        members = registered[key]
        index: dict[str, list[int]] = {}
        for j in members:
            for token in weigh(j).tokens():
                index.setdefault(token, []).append(j)
        for i in looking[key]:
            shared: dict[int, int] = {}
            for token in weigh(i).tokens():
                bucket = index.get(token, ())
                if len(bucket) > MAX_TOKEN_BUCKET:
                    continue
                for j in bucket:
                    if j > i:
                        shared[j] = shared.get(j, 0) + 1
            for j in sorted(shared, key=lambda j: (-shared[j], j))[:MAX_PARTNERS]:
                if _first_shared_key(wide_keys[i], own_keys[j]) != key:
                    continue  # scored in an earlier bucket they share
                edge = _score(placed[i], placed[j], weigh(i), weigh(j), stories, settings, strong)
                if edge is not None:
                    edges.append((edge[0], edge[1], i, j))
        # Mentions whose intervals end before the next bucket begins are done with.
        for done in [k for k in weighed if max(own_keys[k] + wide_keys[k]) <= key]:
            del weighed[done]
    edges.sort(key=lambda e: (-e[0], e[2], e[3]))

    linked = {(i, j) for _, _, i, j in edges}
    group_of = list(range(len(placed)))
    groups: dict[int, _Group] = {
        i: _Group([i], {m.article.id}, m.interval, m.interval) for i, m in enumerate(placed)}
    for _, is_strong, i, j in edges:
        a, b = group_of[i], group_of[j]
        if a == b:
            continue
        # No chains: most pairs across the two groups must be alike, not just this one.
        pairs = [(min(x, y), max(x, y)) for x in groups[a].members[:LINKED_SAMPLE]
                 for y in groups[b].members[:LINKED_SAMPLE]]
        if sum(p in linked for p in pairs) < LINKED_SHARE * len(pairs):
            continue
        joined = groups[a].joined(groups[b])
        if joined.intersection is None and not is_strong:
            continue
        if groups[a].articles & groups[b].articles and not is_strong:
            continue
        groups[a] = joined
        del groups[b]
        for k in joined.members:
            group_of[k] = a
    members = [[placed[k] for k in sorted(g.members)] for g in groups.values()]
    return _join_by_anchor(members)


def _first_shared_key(a_looks: list[tuple], b_own: list[tuple]) -> tuple | None:
    """The first bucket in which ``a`` looking meets ``b`` registered (pairs are scored there only)."""
    common = set(a_looks) & set(b_own)
    return min(common) if common else None


def _score(m: Mention, other: Mention, a: Weighed, b: Weighed, stories: Stories, settings: MergeSettings,
           strong: float) -> tuple[float, bool] | None:
    """(score, strong) of a candidate pair, or None when it is no edge: see cluster()."""
    overlapping = m.interval.overlaps(other.interval)
    if not overlapping and not _near(m.interval, other.interval):
        return None
    if m.article.id == other.article.id:
        raw, needed = overlap(a.segment, b.segment, fuzzy=True), strong
    else:
        days = max(m.interval.days, other.interval.days)
        one_story = stories.similarity(m.article.id, other.article.id) >= settings.story_threshold
        raw, needed = relatedness(a, b, settings, days, one_story)
    if (overlapping and raw >= needed) or raw >= strong:
        return raw / needed, raw >= strong
    return None


def _widened(interval: Interval) -> Interval:
    """The interval with a week either side, so near (conflicting) readings meet in a bucket."""
    try:
        return Interval(interval.start - timedelta(days=7), interval.end + timedelta(days=7))
    except OverflowError:
        return interval


def _join_by_anchor(groups: list[list[Mention]]) -> list[list[Mention]]:
    """Join happenings told as the same step from the same happening in different articles:
    "a day after" the awards in one, "nästa kväll" after them in another."""
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
            overlapping = fuse(a + b)[4] is False
            if overlapping and not {x.article.id for x in a} & {x.article.id for x in b}:
                a.extend(b)
                groups[source] = []
                for x in b:
                    where[(x.article.id, x.expression.start)] = target
    return [g for g in groups if g]


def fuse(members: list[Mention]) -> tuple[Interval | None, Granularity | None, str | None, str | None, bool]:
    """(interval, granularity, mod, timex, conflict) of an event from its mentions' intervals."""
    intervals = [m.interval for m in members if m.interval is not None]
    if not intervals:
        e = members[0].expression
        return None, e.granularity, e.mod, e.timex, False
    start = max(i.start for i in intervals)
    end = min(i.end for i in intervals)
    if start > end:  # they disagree: keep all the readings
        union = Interval(min(i.start for i in intervals), max(i.end for i in intervals))
        coarsest = max(members, key=lambda m: m.interval.days if m.interval else 0)
        return union, coarsest.expression.granularity, None, None, True
    fused = Interval(start, end)
    exact = [m for m in members if m.interval == fused]
    if exact:
        e = exact[0].expression
        timexes = {m.expression.timex for m in exact}
        timex = e.timex
        if len(timexes) > 1 and e.granularity is Granularity.DAY:  # "Wednesday night", "onsdag kväll": the day
            timex = fused.start.isoformat()
        return fused, e.granularity, e.mod, timex, False
    # A narrower interval than any one mention gives: a range of days.
    return fused, Granularity.DAY, None, None, False


def _summary_rank(mention: Mention, summary: str, support: int) -> tuple:
    words = len(summary.split())
    fits = 6 <= words <= 16 and not summary.endswith("…")
    dated = mention.article.published_source in ("header", "metadata", "config", "path")
    return (fits, support, dated, -abs(words - 11))


def make_event(members: list[Mention]) -> Event:
    """An event of ``members``: fused interval, and the summary most members agree with."""
    members = sorted(members, key=lambda m: (m.article.id, m.expression.start))
    interval, granularity, mod, timex, conflict = fuse(members)
    summaries = [summarise(m) for m in members]
    support = [sum(fuzz.token_set_ratio(a, b) >= 70 for b in summaries) for a in summaries]
    best = max(range(len(members)), key=lambda i: _summary_rank(members[i], summaries[i], support[i]))
    return Event(id="", mentions=members, interval=interval, granularity=granularity, mod=mod,
                 summary=summaries[best], timex=timex, conflict=conflict)


def merge(mentions: list[Mention], settings: MergeSettings = MergeSettings()) -> list[Event]:
    """Events from ``mentions``: merged happenings, then one event per unplaced mention."""
    groups = cluster(mentions, settings)
    unplaced = [[m] for m in mentions if m.interval is None and m.expression.timex not in REFERENCE_VALUES]
    return [make_event(group) for group in groups + unplaced]

"""Give undated articles a publish date from the corpus.

For an undated article: its *neighbours* are the dated articles most like it
(names, quoted titles, numbers and content words, compared as in
``similarity``). Its mentions are matched with the happenings the dated
articles place (``cluster``; texts compared as in ``evidence``). Each day
within ``window_days`` of the neighbours' dates is then tried as its publish
date: the article is resolved against it, and each mention counts its best
match whose interval agrees with its own. The day with the most agreement
wins; among equals, the one nearest the neighbours' dates (their mean,
weighted by likeness), then the earliest. When nothing can be checked the
nearest neighbour's date is taken, with no agreement (unsure). With no
neighbour the article stays undated.

No step compares an undated article with every dated one. Its neighbours are
looked for among the dated articles that share the most of its distinctive
tokens (at most ``MAX_CANDIDATES``; tokens in more than ``MAX_TOKEN_SHARE``
of the dated articles tell nothing apart), and its mentions are compared only
with the happenings that share a token with them (a match needs one: the
texts' exact similarity must come near the threshold before near-identical
tokens count). Token weights are counted once over the dated articles and
happenings, plus the article's own tokens, as when every pair was compared.
"""

from __future__ import annotations

from collections import Counter
import dataclasses
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, NamedTuple

from ..extraction.mentions import extract_mentions
from ..model import Article, Inference, Mention
from ..settings import DatingSettings, MergeSettings
from ..temporal import Candidate, Interval, detect_candidates, load_grammar, resolve
from ..temporal.joined import mentioned
from .cluster import Spread, cluster
from .evidence import Evidence, Weighed, relatedness
from .fusion import fuse
from .similarity import Signature, Weights, signature, similarity

#: members of a dated happening a mention is compared with (the first ones ``cluster`` gives: earliest intervals)
MAX_COMPARED = 12
#: dated articles whose likeness to an undated one is computed (those sharing the most distinctive tokens)
MAX_CANDIDATES = 50
#: a token in more than this share of the dated articles (and more than ``MAX_CANDIDATES``) finds no candidates
MAX_TOKEN_SHARE = 0.1


def steady(score: float) -> float:
    """``score`` rounded to 9 places. Scores are sums over sets of tokens, whose order (and so
    the last bits of the sum) depends on the process's string hashing: rounded, scores equal in
    exact arithmetic are equal in every process, so that ranks and ties do not change from one
    run (or worker process) to the next."""
    return round(score, 9)


def _article_signature(article: Article) -> Signature:
    return signature(article.text, load_grammar(article.language).stopwords)


def _tokens(sig: Signature) -> set[str]:
    return set(sig.names) | set(sig.words)


class _Added:
    """Two token counts read as their sum (only ``get``, all ``Weights`` asks), without copying either."""

    __slots__ = ("base", "extra")

    def __init__(self, base: Counter[str], extra: Counter[str]):
        self.base, self.extra = base, extra

    def get(self, token: str, default: int = 0) -> int:
        return self.base.get(token, 0) + self.extra.get(token, 0) or default


def _plus(counts: Counter[str], total: int, extra: list[Signature]) -> Weights:
    """The weights of a collection whose token counts are ``counts`` over ``total`` signatures,
    and of ``extra``: the same as ``Weights`` over all of them, without counting the collection again."""
    weights = Weights(extra)
    weights.counts = _Added(counts, weights.counts)  # type: ignore[assignment]
    weights.total = max(total + len(extra), 1)
    return weights


def _article_similarity(a: Signature, a_article: Article, b: Signature, b_article: Article,
                        weights: Weights) -> float:
    """Whole articles: across languages on names, titles and numbers, with the ordinary weights
    (in a small corpus on one story every name is everywhere, and that is what makes it one story)."""
    if a_article.language == b_article.language:
        return similarity(a, b, weights)
    return similarity(Signature(a.names, frozenset()), Signature(b.names, frozenset()), weights)


@dataclass
class DatedEvidence:
    """What the dated articles say: their signatures and the happenings they place."""

    dated: list[Article]
    article_signatures: dict[str, Signature]
    #: per happening, the evidence of its first ``MAX_COMPARED`` mentions
    groups: list[list[Evidence]]
    #: per happening, its fused interval (every clustered mention has one)
    group_intervals: list[Interval]
    #: token counts over the dated articles' signatures, and the dated articles (positions) holding each
    article_counts: Counter[str] = field(default_factory=Counter)
    article_index: dict[str, list[int]] = field(default_factory=dict)
    #: token counts over the happenings' members' contexts, and the happenings (numbers) whose members hold each
    context_counts: Counter[str] = field(default_factory=Counter)
    group_index: dict[str, set[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, dated: list[Article], dated_mentions: list[Mention], merge_settings: MergeSettings,
           spread: Spread | None = None) -> DatedEvidence:
        """The evidence of ``dated``; ``spread`` scores the happenings' date buckets in parts
        elsewhere (``parallel.spread_over``), with the same groups."""
        groups = cluster(dated_mentions, merge_settings, spread=spread)
        evidence = cls(
            dated=dated,
            article_signatures={a.id: _article_signature(a) for a in dated},
            groups=[[Evidence.of(m) for m in g[:MAX_COMPARED]] for g in groups],
            group_intervals=[fuse(g).interval for g in groups],
        )
        for position, article in enumerate(dated):
            tokens = _tokens(evidence.article_signatures[article.id])
            evidence.article_counts.update(tokens)
            for token in tokens:
                evidence.article_index.setdefault(token, []).append(position)
        for number, group in enumerate(evidence.groups):
            for member in group:
                evidence.context_counts.update(_tokens(member.context))
                for token in _tokens(member.context) | _tokens(member.segment):
                    evidence.group_index.setdefault(token, set()).add(number)
        return evidence

    def without_texts(self) -> DatedEvidence:
        """The same evidence with the dated articles' texts left out (inferring a date reads only
        their ids, languages and dates): what is sent to other processes."""
        return dataclasses.replace(self, dated=[dataclasses.replace(a, text="") for a in self.dated])

    def candidates(self, own: Signature, weights: Weights) -> list[int]:
        """Positions (ascending) of the dated articles worth comparing with an undated article
        of signature ``own``: those with the largest share of its distinctive tokens, weighed."""
        if len(self.dated) <= MAX_CANDIDATES:
            return list(range(len(self.dated)))
        common = max(MAX_CANDIDATES, MAX_TOKEN_SHARE * len(self.dated))
        shared: Counter[int] = Counter()
        for token, is_name in own.tokens():
            holders = self.article_index.get(token, ())
            if 0 < len(holders) <= common:
                weight = weights.weight(token, is_name)
                for position in holders:
                    shared[position] += weight
        best = sorted(shared, key=lambda p: (-steady(shared[p] / self._length(p)), p))[:MAX_CANDIDATES]
        return sorted(best)

    def _length(self, position: int) -> float:
        """How many tokens a dated article has (at least 1): a long article shares more by chance."""
        sig = self.article_signatures[self.dated[position].id]
        return max(1.0, float(len(sig.names) + len(sig.words)) ** 0.5)


class Neighbour(NamedTuple):
    """A dated article like the undated one, and how alike they are."""

    score: float
    article: Article


class Match(NamedTuple):
    """A dated happening a mention speaks of: its index in ``DatedEvidence.groups``, and how
    alike the texts are (similarity over threshold, 1 or more)."""

    group: int
    score: float


class Trial(NamedTuple):
    """One candidate publish day and how well the article's mentions agree with the corpus then."""

    day: date
    agreement: float  # the sum of the agreeing mentions' match scores
    agreeing: int  # mentions whose interval overlaps a happening they match
    distance: int  # days from the neighbours' weighted mean date


def infer_date(article: Article, evidence: DatedEvidence, settings: DatingSettings = DatingSettings(),
               merge_settings: MergeSettings = MergeSettings()) -> Inference | None:
    """The publish date the corpus suggests for ``article`` (see the module docstring), or None."""
    neighbours = _neighbours(article, evidence, settings)
    if not neighbours:
        return None
    ids = tuple(n.article.id for n in neighbours)
    candidates = detect_candidates(article.text, article.language)
    matches = _matches(article, candidates, evidence, merge_settings)
    trials = _trials(article, candidates, matches, evidence.group_intervals, neighbours, settings) \
        if matches else []
    top = max((t.agreement for t in trials), default=0)
    if top == 0:  # nothing to check: the nearest neighbour's date, said to be unsure
        nearest = neighbours[0].article.published
        assert nearest is not None
        return Inference(nearest, ids, 0, len(matches), nearest, nearest)
    fitting = [t for t in trials if t.agreement == top]
    best = min(fitting, key=lambda t: (t.distance, t.day))
    return Inference(best.day, ids, best.agreeing, len(matches), min(t.day for t in fitting),
                     max(t.day for t in fitting))


def _neighbours(article: Article, evidence: DatedEvidence, settings: DatingSettings) -> list[Neighbour]:
    """The dated articles most like ``article`` (at most ``settings.neighbours``, reaching
    ``settings.threshold``), most alike first."""
    own = _article_signature(article)
    weights = _plus(evidence.article_counts, len(evidence.dated), [own])
    compared = [evidence.dated[p] for p in evidence.candidates(own, weights)]
    signatures = evidence.article_signatures
    scored = sorted((Neighbour(steady(_article_similarity(own, article, signatures[a.id], a, weights)), a)
                     for a in compared), key=lambda n: -n.score)
    return [n for n in scored[:settings.neighbours] if n.score >= settings.threshold]


def _matches(article: Article, candidates: list[Candidate], evidence: DatedEvidence,
             merge_settings: MergeSettings) -> dict[int, list[Match]]:
    """Which of the article's mentions (by offset) speak of happenings the dated articles place:
    a mention matches a happening when its text is related (``evidence.relatedness``) to one of
    the happening's compared members. Texts do not depend on the publish date, so this is done once."""
    probe = extract_mentions(article, candidates)
    probe_evidence = {m.expression.start: Evidence.of(m) for m in probe}
    compared = sum(len(group) for group in evidence.groups)
    weights = _plus(evidence.context_counts, compared, [e.context for e in probe_evidence.values()])
    weighed: dict[int, list[Weighed]] = {}
    exact = min(merge_settings.threshold, merge_settings.cross_language_threshold) > 0
    matches: dict[int, list[Match]] = {}
    for start, own_evidence in probe_evidence.items():
        own = Weighed(own_evidence, weights)
        found = []
        for number in _sharing(own_evidence, evidence) if exact else range(len(evidence.groups)):
            if number not in weighed:
                weighed[number] = [Weighed(e, weights) for e in evidence.groups[number]]
            score = 0.0
            for other in weighed[number]:
                score = max(score, relatedness(own, other, merge_settings).ratio)
            if score >= 1.0:
                found.append(Match(number, score))
        if found:
            matches[start] = found
    return matches


def _sharing(own: Evidence, evidence: DatedEvidence) -> list[int]:
    """The happenings (ascending) with a member that shares a token with ``own``: the only ones
    whose texts can be related (with a threshold above 0, a pair sharing no token scores 0 and
    is never compared fuzzily)."""
    numbers: set[int] = set()
    for token in _tokens(own.context) | _tokens(own.segment):
        numbers.update(evidence.group_index.get(token, ()))
    return sorted(numbers)


def _trials(article: Article, candidates: list[Candidate], matches: dict[int, list[Match]],
            group_intervals: list[Interval], neighbours: list[Neighbour], settings: DatingSettings
            ) -> list[Trial]:
    """Each day within ``settings.window_days`` of the neighbours' dates (inclusive), tried as
    the publish date: the article resolved against it, each mention counting its best match whose
    happening's interval its own overlaps."""
    dates = [n.article.published for n in neighbours if n.article.published]
    total = sum(n.score for n in neighbours)
    centre = min(dates) + timedelta(days=sum((n.article.published - min(dates)).days * n.score
                                             for n in neighbours) / total)
    first = min(dates) - timedelta(days=settings.window_days)
    last = max(dates) + timedelta(days=settings.window_days)
    trials: list[Trial] = []
    day = first
    while day <= last:
        agreement, agreeing = 0.0, 0
        # The mentions ``extract_mentions`` would make against ``day`` are the expressions
        # ``mentioned`` gives; only their starts and intervals count here, so the sentences,
        # segments and furniture are not worked out again for each day.
        expressions = resolve(article.text, day, article.language, candidates).expressions
        for _, e in mentioned(expressions, article.text, article.language):
            best = max((match.score for match in matches.get(e.start, ())
                        if e.interval is not None and e.interval.overlaps(group_intervals[match.group])),
                       default=0.0)
            agreement += best
            agreeing += best > 0
        trials.append(Trial(day, steady(agreement), agreeing, abs((day - centre).days)))
        day += timedelta(days=1)
    return trials


#: infers the publish dates of undated articles as :func:`infer_dates` does, maybe in parts
#: elsewhere (``parallel.dating_over``)
Infer = Callable[[list[Article], DatedEvidence, DatingSettings, MergeSettings, Callable[[int, int], None]],
                 list[Inference | None]]


def infer_dates(undated: list[Article], evidence: DatedEvidence, settings: DatingSettings = DatingSettings(),
                merge_settings: MergeSettings = MergeSettings(),
                progress: Callable[[int, int], None] = lambda done, total: None) -> list[Inference | None]:
    """:func:`infer_date` of each of ``undated``, in order; ``progress(done, total)`` counts them.
    Each depends on its article and the evidence alone: any run of them can be done apart."""
    out: list[Inference | None] = []
    for article in undated:
        out.append(infer_date(article, evidence, settings, merge_settings))
        progress(len(out), len(undated))
    return out


def date_undated(articles: list[Article], mentions: dict[str, list[Mention]],
                 settings: DatingSettings = DatingSettings(),
                 merge_settings: MergeSettings = MergeSettings(),
                 progress: Callable[[int, int], None] = lambda done, total: None,
                 spread: Spread | None = None, infer: Infer | None = None) -> list[Article]:
    """``articles`` with the undated ones dated where the corpus allows (``published_source = inferred``);
    ``progress(done, total)`` counts the undated articles tried. ``spread`` clusters the dated
    articles' happenings in parts elsewhere, ``infer`` dates the undated ones in parts elsewhere
    (``events.parallel``): the same dates."""
    dated = [a for a in articles if a.published is not None]
    undated = [a for a in articles if a.published is None]
    progress(0, len(undated))
    if not dated or not undated:
        progress(len(undated), len(undated))
        return articles
    evidence = DatedEvidence.of(dated, [m for a in dated for m in mentions.get(a.id, [])], merge_settings, spread)
    inferred = iter((infer or infer_dates)(undated, evidence, settings, merge_settings, progress))
    out = []
    for article in articles:
        inference = next(inferred) if article.published is None else None
        out.append(article if inference is None else article.dated_by(inference))
    return out

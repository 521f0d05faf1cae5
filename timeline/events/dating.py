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
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from ..extraction.mentions import extract_mentions
from ..model import Article, Inference, Mention
from ..settings import DatingSettings, MergeSettings
from ..temporal import Candidate, Interval, detect_candidates, load_grammar
from .cluster import cluster
from .evidence import Evidence, Weighed, relatedness
from .fusion import fuse
from .similarity import Signature, Weights, signature, similarity

#: members of a dated happening a mention is compared with (the first ones ``cluster`` gives: earliest intervals)
MAX_COMPARED = 12


def _article_signature(article: Article) -> Signature:
    return signature(article.text, load_grammar(article.language).stopwords)


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

    @classmethod
    def of(cls, dated: list[Article], dated_mentions: list[Mention], merge_settings: MergeSettings
           ) -> DatedEvidence:
        groups = cluster(dated_mentions, merge_settings)
        return cls(
            dated=dated,
            article_signatures={a.id: _article_signature(a) for a in dated},
            groups=[[Evidence.of(m) for m in g[:MAX_COMPARED]] for g in groups],
            group_intervals=[fuse(g).interval for g in groups],
        )


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
    weights = Weights([*evidence.article_signatures.values(), own])
    scored = sorted((Neighbour(_article_similarity(own, article, evidence.article_signatures[a.id], a, weights), a)
                     for a in evidence.dated), key=lambda n: -n.score)
    return [n for n in scored[:settings.neighbours] if n.score >= settings.threshold]


def _matches(article: Article, candidates: list[Candidate], evidence: DatedEvidence,
             merge_settings: MergeSettings) -> dict[int, list[Match]]:
    """Which of the article's mentions (by offset) speak of happenings the dated articles place:
    a mention matches a happening when its text is related (``evidence.relatedness``) to one of
    the happening's compared members. Texts do not depend on the publish date, so this is done once."""
    probe = extract_mentions(article, candidates)
    probe_evidence = {m.expression.start: Evidence.of(m) for m in probe}
    everything = [e for group in evidence.groups for e in group] + list(probe_evidence.values())
    weights = Weights(e.context for e in everything)
    groups = [[Weighed(e, weights) for e in group] for group in evidence.groups]
    matches: dict[int, list[Match]] = {}
    for start, own_evidence in probe_evidence.items():
        own = Weighed(own_evidence, weights)
        found = []
        for number, group in enumerate(groups):
            score = 0.0
            for other in group:
                score = max(score, relatedness(own, other, merge_settings).ratio)
            if score >= 1.0:
                found.append(Match(number, score))
        if found:
            matches[start] = found
    return matches


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
        trial = dataclasses.replace(article, published=day)
        agreement, agreeing = 0.0, 0
        for m in extract_mentions(trial, candidates):
            best = max((match.score for match in matches.get(m.expression.start, ())
                        if m.interval is not None and m.interval.overlaps(group_intervals[match.group])),
                       default=0.0)
            agreement += best
            agreeing += best > 0
        trials.append(Trial(day, agreement, agreeing, abs((day - centre).days)))
        day += timedelta(days=1)
    return trials


def date_undated(articles: list[Article], mentions: dict[str, list[Mention]],
                 settings: DatingSettings = DatingSettings(),
                 merge_settings: MergeSettings = MergeSettings()) -> list[Article]:
    """``articles`` with the undated ones dated where the corpus allows (``published_source = inferred``)."""
    dated = [a for a in articles if a.published is not None]
    undated = [a for a in articles if a.published is None]
    if not dated or not undated:
        return articles
    evidence = DatedEvidence.of(dated, [m for a in dated for m in mentions.get(a.id, [])], merge_settings)
    out = []
    for article in articles:
        inference = infer_date(article, evidence, settings, merge_settings) if article.published is None else None
        if inference is None:
            out.append(article)
        else:
            out.append(article.dated_by(inference))
    return out

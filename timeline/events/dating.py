"""Give undated articles a publish date from the corpus.

For an undated article: its *neighbours* are the dated articles most like it
(names, quoted titles, numbers and content words, compared as in
``similarity``). Each candidate day within ``window_days`` of the
neighbours' dates is tried as its publish date: the article is resolved
against it, and each of its mentions that speaks of a happening the dated
articles already place (similar text) counts when the two intervals agree.
The day with the most agreement wins; among equals, the one nearest the
neighbours' dates. With no neighbour the article stays undated.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta

from ..extraction.mentions import extract_mentions
from ..model import Article, Inference, Mention, PublishSource
from ..settings import DatingSettings, MergeSettings
from ..temporal import Interval, detect_candidates, load_grammar
from .cluster import cluster
from .evidence import Evidence, Weighed, relatedness
from .fusion import fuse
from .similarity import Signature, Weights, signature, similarity


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
    groups: list[list[Evidence]]
    group_intervals: list[Interval]

    @classmethod
    def of(cls, dated: list[Article], dated_mentions: list[Mention], merge_settings: MergeSettings
           ) -> DatedEvidence:
        groups = cluster(dated_mentions, merge_settings)
        return cls(
            dated=dated,
            article_signatures={a.id: _article_signature(a) for a in dated},
            groups=[[Evidence.of(m) for m in g[:12]] for g in groups],
            group_intervals=[fuse(g).interval for g in groups],
        )


def infer_date(article: Article, evidence: DatedEvidence, settings: DatingSettings = DatingSettings(),
               merge_settings: MergeSettings = MergeSettings()) -> Inference | None:
    """The publish date the corpus suggests for ``article`` (see the module docstring), or None."""
    own = _article_signature(article)
    article_weights = Weights([*evidence.article_signatures.values(), own])
    scored = sorted(((_article_similarity(own, article, evidence.article_signatures[a.id], a, article_weights), a)
                     for a in evidence.dated), key=lambda pair: -pair[0])
    neighbours = [(score, a) for score, a in scored[:settings.neighbours] if score >= settings.threshold]
    if not neighbours:
        return None

    # Which of this article's mentions speak of happenings the dated articles place.
    candidates = detect_candidates(article.text, article.language)
    probe = extract_mentions(article, candidates)
    probe_evidence = {m.expression.start: Evidence.of(m) for m in probe}
    everything = [e for group in evidence.groups for e in group] + list(probe_evidence.values())
    weights = Weights(e.context for e in everything)
    groups = [[Weighed(e, weights) for e in group] for group in evidence.groups]
    matches: dict[int, list[tuple[int, float]]] = {}
    for start, own_evidence in probe_evidence.items():
        own = Weighed(own_evidence, weights)
        found = []
        for number, group in enumerate(groups):
            score = 0.0
            for other in group:
                value, needed = relatedness(own, other, merge_settings)
                score = max(score, value / needed)
            if score >= 1.0:
                found.append((number, score))
        if found:
            matches[start] = found

    dates = [a.published for _, a in neighbours if a.published]
    total = sum(score for score, _ in neighbours)
    centre = min(dates) + timedelta(days=sum((a.published - min(dates)).days * score
                                             for score, a in neighbours) / total)
    first = min(dates) - timedelta(days=settings.window_days)
    last = max(dates) + timedelta(days=settings.window_days)
    results: list[tuple[float, int, date, float]] = []
    day = first
    while day <= last:
        trial = dataclasses.replace(article, published=day)
        agreement, agreeing = 0.0, 0
        for m in extract_mentions(trial, candidates):
            best = max((score for number, score in matches.get(m.expression.start, ())
                        if m.interval is not None and m.interval.overlaps(evidence.group_intervals[number])),
                       default=0.0)
            agreement += best
            agreeing += best > 0
        results.append((agreement, agreeing, day, abs((day - centre).days)))
        day += timedelta(days=1)
    top = max(r[0] for r in results)
    fitting = [r for r in results if r[0] == top]
    best = min(fitting, key=lambda r: (r[3], r[2]))
    ids = tuple(a.id for _, a in neighbours)
    if not matches or top == 0:  # nothing to check: the nearest neighbour's date, said to be unsure
        nearest = neighbours[0][1].published
        assert nearest is not None
        return Inference(nearest, ids, 0, len(matches), nearest, nearest)
    return Inference(best[2], ids, best[1], len(matches), min(r[2] for r in fitting), max(r[2] for r in fitting))


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
            out.append(dataclasses.replace(article, published=inference.published, published_source=PublishSource.INFERRED,
                                           inferred_from=inference.neighbours, inference=inference))
    return out

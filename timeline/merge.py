"""Merge mentions of the same happening into events, and fuse their intervals.

Mentions are taken most precise first. Each looks for an event it may join
among those in the same date buckets (months for short intervals, years,
decades), so the work grows with the corpus, not with its square. It joins
the most similar one when their dates overlap and their texts are similar
enough (``threshold``); when the dates do not overlap but the texts are
nearly the same (``conflict_threshold``) and the dates are near, it joins as
a conflict. Mentions from the same article must reach ``conflict_threshold``
to merge: an article that names one day twice in different words most often
speaks of two happenings.

An event's interval is the intersection of its mentions' intervals; when
that is empty it is their union and the event is marked as conflicting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from rapidfuzz import fuzz

from .model import Event, Mention
from .settings import MergeSettings
from .similarity import Signature, Weights, signature, similarity
from .summary import summarise
from .temporal import Granularity, Interval, load_grammar

REFERENCE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
#: members of an event a new mention is compared with (the first ones: the most precise)
MAX_COMPARED = 12
SHORT_DAYS, MEDIUM_DAYS = 62, 3 * 366


def relatedness(a: Signature, a_language: str, b: Signature, b_language: str, weights: Weights,
                settings: MergeSettings) -> tuple[float, float]:
    """(similarity, the threshold it must reach) for two texts, by whether their languages differ."""
    if a_language == b_language:
        return similarity(a, b, weights), settings.threshold
    return similarity(a, b, weights, names_only=True), settings.cross_language_threshold


def context_signature(mention: Mention) -> Signature:
    """The signature of the mention's context. Its own time expression is left
    out but for its numbers: "seven years ago" and "för sju år sedan" share a 7."""
    start, end = mention.context if mention.context != (0, 0) else (mention.sentence_start,
                                                                    mention.sentence_start + len(mention.sentence))
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


@dataclass
class _Cluster:
    members: list[Mention]
    signatures: list[Signature]
    intersection: Interval | None
    union: Interval

    @property
    def interval(self) -> Interval:
        return self.intersection or self.union

    def add(self, mention: Mention, sig: Signature) -> None:
        interval = mention.interval
        assert interval is not None
        self.members.append(mention)
        self.signatures.append(sig)
        if self.intersection is not None and self.intersection.overlaps(interval):
            self.intersection = Interval(max(self.intersection.start, interval.start),
                                         min(self.intersection.end, interval.end))
        else:
            self.intersection = None
        self.union = Interval(min(self.union.start, interval.start), max(self.union.end, interval.end))


def _months(interval: Interval) -> Iterator[tuple]:
    year, month = interval.start.year, interval.start.month
    while (year, month) <= (interval.end.year, interval.end.month):
        yield ("M", year, month)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _register_keys(interval: Interval) -> list[tuple]:
    keys: list[tuple] = []
    if interval.days <= SHORT_DAYS:
        keys.extend(_months(interval))
    if interval.days <= MEDIUM_DAYS:
        keys.extend(("Y", y) for y in range(interval.start.year, interval.end.year + 1))
    first, last = interval.start.year // 10, interval.end.year // 10
    keys.extend(("D", d) for d in range(first, min(last, first + 20) + 1))
    return keys


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


def cluster(mentions: Iterable[Mention], settings: MergeSettings = MergeSettings(),
            weights: Weights | None = None) -> list[list[Mention]]:
    """Group the mentions that have an interval into happenings; see the module docstring."""
    placed = [m for m in mentions if m.interval is not None and m.expression.timex not in REFERENCE_VALUES]
    signatures = {id(m): context_signature(m) for m in placed}
    if weights is None:
        weights = Weights(signatures.values())
    placed.sort(key=lambda m: (m.interval.days, m.interval.start, m.article.id, m.expression.start))
    clusters: list[_Cluster] = []
    index: dict[tuple, list[int]] = {}
    for mention in placed:
        interval, sig = mention.interval, signatures[id(mention)]
        best: tuple[float, int] | None = None
        seen: set[int] = set()
        for key in _query_keys(interval):
            for number in index.get(key, ()):
                if number in seen:
                    continue
                seen.add(number)
                candidate = clusters[number]
                # How far past its threshold the closest member is (1.0 = just at it).
                score, raw = 0.0, 0.0
                for other, sig_other in zip(candidate.members[:MAX_COMPARED], candidate.signatures):
                    value, needed = relatedness(sig, mention.article.language, sig_other, other.article.language,
                                                weights, settings)
                    if value / needed > score:
                        score, raw = value / needed, value
                same_article = any(m.article.id == mention.article.id for m in candidate.members)
                if candidate.interval.overlaps(interval):
                    passes = raw >= settings.conflict_threshold if same_article else score >= 1.0
                elif _near(candidate.interval, interval) and not same_article:
                    passes = raw >= settings.conflict_threshold
                else:
                    continue
                if passes and (best is None or score > best[0]):
                    best = (score, number)
        if best is None:
            clusters.append(_Cluster([mention], [sig], interval, interval))
            number = len(clusters) - 1
        else:
            number = best[1]
            clusters[number].add(mention, sig)
        for key in _register_keys(clusters[number].interval):
            bucket = index.setdefault(key, [])
            if number not in bucket:
                bucket.append(number)
    return [c.members for c in clusters]


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

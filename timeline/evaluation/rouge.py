"""ROUGE-N for timelines: the flavours of Martschat and Markert (2017) that tilse and news-tls report.

A timeline here is a mapping from a day to its summary, a list of sentences.
A summary's n-grams are counted over its words, lowercased, with punctuation
dropped (words are runs of letters and digits, as ROUGE-1.5.5 splits them),
across its sentences as ROUGE-1.5.5 joins a summary's sentences; unlike the
ROUGE-1.5.5 runs of tilse (``-m -s``) there is no stemming and no stop-word
removal, so figures are comparable with each other, not with published ones.

- ``per_date``: the mean of the ROUGE F of each day in both timelines
  (0 when they share no day);
- ``concat``: every summary of a timeline joined, compared as one text;
- ``agreement``: only n-grams of the same day count as hits; precision over
  all system n-grams, recall over all gold n-grams;
- ``align``: tilse's "align+ m:1" (news-tls's figure): each system day is
  paired with the gold day of least cost (date distance times content
  distance, by ROUGE-1), and each gold day with a system day
  the same way; a pair's hits are weighted by 1 / (1 + days apart).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Mapping, Sequence

DayTimeline = Mapping[date, Sequence[str]]

FLAVOURS = ("per_date", "concat", "agreement", "align")
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The lowercased words of ``text`` (runs of letters and digits)."""
    return _WORD.findall(text.lower())


def ngrams(sentences: Sequence[str], n: int) -> Counter:
    """The n-grams of a summary whose sentences are read as one text."""
    tokens = [word for sentence in sentences for word in words(sentence)]
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


@dataclass
class Counts:
    """ROUGE counts: n-grams in common (each counted at most as often as in either), in the system, in the gold."""

    hits: float = 0.0
    system: int = 0
    gold: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.hits += other.hits
        self.system += other.system
        self.gold += other.gold
        return self

    @property
    def precision(self) -> float:
        return self.hits / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 0.0

    @property
    def f(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def counts(system: Sequence[str], gold: Sequence[str], n: int) -> Counts:
    """The ROUGE-n counts of one summary against one gold summary."""
    mine, theirs = ngrams(system, n), ngrams(gold, n)
    hits = sum(min(count, theirs[gram]) for gram, count in mine.items())
    return Counts(hits, sum(mine.values()), sum(theirs.values()))


def per_date(system: DayTimeline, gold: DayTimeline, n: int) -> float:
    """The mean ROUGE-n F over the days both timelines have; 0.0 when they share none."""
    shared = sorted(set(system) & set(gold))
    if not shared:
        return 0.0
    return sum(counts(system[day], gold[day], n).f for day in shared) / len(shared)


def concat(system: DayTimeline, gold: DayTimeline, n: int) -> Counts:
    """Every day's summary of each timeline joined, in date order, and compared as one."""
    return counts([s for day in sorted(system) for s in system[day]],
                  [s for day in sorted(gold) for s in gold[day]], n)


def agreement(system: DayTimeline, gold: DayTimeline, n: int) -> Counts:
    """Hits only between the summaries of the same day; every n-gram of either side counts in its denominator."""
    total = Counts()
    for day in set(system) | set(gold):
        total += counts(system.get(day, ()), gold.get(day, ()), n)
    return total


@dataclass
class Aligned:
    """Precision and recall from two different pairings of days (tilse computes them apart)."""

    precision_side: Counts
    recall_side: Counts

    @property
    def precision(self) -> float:
        return self.precision_side.precision

    @property
    def recall(self) -> float:
        return self.recall_side.recall

    @property
    def f(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _paired(days: list[date], others: list[date], cost, summaries, n: int) -> Counts:
    """Each of ``days`` paired with the one of ``others`` of least cost (the earliest on a tie, as
    numpy's argmin takes), its hits weighted by 1 / (1 + days apart); ``summaries(day, other)`` gives
    the (system, gold) summaries of a pair."""
    total = Counts()
    for day in days:
        other = min(others, key=lambda candidate: cost(day, candidate)) if others else None
        system, gold = summaries(day, other)
        pair = counts(system, gold, n)
        if other is not None:
            total.hits += pair.hits / (abs((day - other).days) + 1)
        total.system += pair.system
        total.gold += pair.gold
    return total


def align(system: DayTimeline, gold: DayTimeline, n: int) -> Aligned:
    """tilse's ``align_date_content_costs_many_to_one``: precision from each system day paired with its
    cheapest gold day, recall from each gold day paired with its cheapest system day. The cost of a
    pair is (1 - 1 / (1 + days apart)) * (1 - ROUGE-1 F of their summaries) (tilse's "approximate"
    ROUGE-1 is this one with one gold timeline, over whitespace tokens)."""
    system_days, gold_days = sorted(system), sorted(gold)

    def cost(mine: date, theirs: date) -> float:
        date_factor = 1 - 1 / (abs((mine - theirs).days) + 1)
        return date_factor * (1 - counts(system[mine], gold[theirs], 1).f)

    precision_side = _paired(system_days, gold_days, cost,
                             lambda day, other: (system[day], gold[other] if other is not None else ()), n)
    recall_side = _paired(gold_days, system_days, lambda day, other: cost(other, day),
                          lambda day, other: (system[other] if other is not None else (), gold[day]), n)
    return Aligned(precision_side, recall_side)


def score(system: DayTimeline, gold: DayTimeline, n: int) -> dict[str, float]:
    """The ROUGE-n F of every flavour, by name (see :data:`FLAVOURS`)."""
    return {"per_date": per_date(system, gold, n), "concat": concat(system, gold, n).f,
            "agreement": agreement(system, gold, n).f, "align": align(system, gold, n).f}

"""The key events of a corpus scored against a journalist's timeline (the Timeline17 format).

A gold timeline is a text file of blocks: a date line (``YYYY-MM-DD``), that
day's sentences one a line, then a line of dashes. A date given in two blocks
is one day with the sentences of both.

Dates are chosen and scored as tilse and news-tls do: K is the number of
distinct gold dates; a timeline may only use days inside the gold's span
(first to last gold date, inclusive); its top K days there are compared with
the gold's as sets (date precision, recall, F1), and its summaries with the
gold sentences by ROUGE-1 and ROUGE-2 (:mod:`.rouge`). Each day's summary has
at most as many sentences as the gold has a day on average (rounded, at
least one), as news-tls allows its summarisers.

- The system: events of one day (an interval of one day). A day ranks by the
  importance of its events taken together (``events.importance.together``:
  a source telling two of them counts once; ties to its best event, then the
  earliest day); its summary is the summaries of its events ranked by
  :func:`importance`. Measured on the development topics, a day's best event
  gave a mean date F1 of 0.742, the plain sum of its events 0.721 (a page
  naming one day ten times wins), the events together 0.769. A day worth no
  more than ``KEY_DAY_FLOOR`` is never chosen, even when fewer than K days
  are left: no journalist singled it out (see there).
- The baseline: the K days inside the span on which most articles were
  published (ties to the earliest), each summarised by the first sentence of
  its articles in id order.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable, TextIO

from ..events.importance import Copies, together
from ..model import Article, Event, Timeline
from ..temporal.sentences import one_line, sentence_bounds
from . import rouge

#: how far into an article its first sentence is looked for (a scraped page may have no break for long)
FIRST_SENTENCE_CHARS = 2000
#: a key date is worth more than one plain source (``events.importance``: one article telling the day
#: in passing, on the day or before it, never told again): it was corroborated by a second source,
#: told in a lead or a chronology entry, or recalled later, the ways a journalist singles a day out.
#: A day at or under it is left out even when fewer than K days are left. On the five development
#: topics none of the 30 such days inside the gold spans (13 of them worth nothing) is a gold date;
#: leaving them out raised Guardian 0.83 -> 0.87 and Reuters 0.76 -> 0.79, the others unchanged
#: (they had K better days).
KEY_DAY_FLOOR = 1.0


class GoldError(Exception):
    """A gold timeline that cannot be used at all (missing, unreadable, no dated block)."""


@dataclass
class Gold:
    """A journalist's timeline: each day's sentences, in date order."""

    path: str
    days: dict[date, list[str]]

    @property
    def k(self) -> int:
        """How many dates a timeline is allowed (the gold's number of distinct dates)."""
        return len(self.days)

    @property
    def span(self) -> tuple[date, date]:
        """The first and last gold date, inclusive."""
        return min(self.days), max(self.days)

    @property
    def sentences_per_day(self) -> int:
        """The gold's mean number of sentences a day, rounded, at least 1."""
        total = sum(len(sentences) for sentences in self.days.values())
        return max(1, round(total / len(self.days)))


def _decode(path: Path, problems: list[str]) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise GoldError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise GoldError(f"{path}: a folder, not a gold timeline file") from None
    except OSError as error:
        raise GoldError(f"{path}: cannot read: {error.strerror or error}") from None
    if b"\0" in data:
        raise GoldError(f"{path}: binary file, not a gold timeline")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append(f"{path}: not UTF-8, read as Windows-1252")
        return data.decode("cp1252", errors="replace")


def read_gold(path: str | Path, problems: list[str] | None = None) -> Gold:
    """The gold timeline at ``path``. A block whose first line is not a date is skipped and said in
    ``problems`` (``FILE:LINE: …``); raises :class:`GoldError` when no dated block is left."""
    problems = problems if problems is not None else []
    path = Path(path)
    days: dict[date, list[str]] = defaultdict(list)
    block: list[tuple[int, str]] = []
    for number, line in enumerate([*_decode(path, problems).splitlines(), "---"], start=1):
        text = " ".join(line.split())
        if text and set(text) <= {"-"} and len(text) >= 3:
            _add_block(path, block, days, problems)
            block = []
        elif text:
            block.append((number, text))
    if not days:
        raise GoldError(f"{path}: no dated block (a YYYY-MM-DD line, its sentences, a line of dashes)")
    return Gold(str(path), {day: days[day] for day in sorted(days)})


def _add_block(path: Path, block: list[tuple[int, str]], days: dict[date, list[str]], problems: list[str]) -> None:
    if not block:
        return
    number, first = block[0]
    try:
        day = date.fromisoformat(first)
    except ValueError:
        problems.append(f"{path}:{number}: not a date (YYYY-MM-DD) at the head of a block; block skipped")
        return
    days[day].extend(text for _, text in block[1:])


# -- choosing dates ------------------------------------------------------------------

def importance(event: Event) -> float:
    """How much an event matters to the corpus (see ``events.importance``): independent sources,
    prominence, being recalled later; the one measure the key dates are ranked by."""
    return event.importance


def day_events(events: Iterable[Event]) -> list[Event]:
    """The events whose interval is one day."""
    return [e for e in events if e.interval is not None and e.interval.start == e.interval.end]


def key_dates(events: Iterable[Event], span: tuple[date, date], k: int, per_day: int,
              story: tuple[str, ...]) -> dict[date, list[str]]:
    """The system's timeline: the ``k`` days inside ``span`` whose one-day events together are most
    important (ties: the best event, then the earlier day) and worth more than ``KEY_DAY_FLOOR``
    (so it may hold fewer), each with the distinct summaries of its ``per_day`` most important
    events. ``story``: the corpus's story words as the build had them (``Timeline.story``)."""
    by_day: dict[date, list[Event]] = defaultdict(list)
    for event in day_events(events):
        if span[0] <= event.interval.start <= span[1]:
            by_day[event.interval.start].append(event)
    copies = Copies(story)
    rank = {day: (together(day_list, copies), max(importance(e) for e in day_list))
            for day, day_list in by_day.items()}
    chosen: dict[date, list[str]] = {}
    kept = [day for day in by_day if rank[day][0] > KEY_DAY_FLOOR]
    for day in sorted(kept, key=lambda d: (-rank[d][0], -rank[d][1], d))[:k]:
        chosen[day] = []
        for event in sorted(by_day[day], key=lambda e: (-importance(e), e.id)):
            if len(chosen[day]) < per_day and event.summary and event.summary not in chosen[day]:
                chosen[day].append(event.summary)
    return chosen


def first_sentence(text: str) -> str:
    """The first sentence of an article's text, on one line ('' when it has none)."""
    head = text[:FIRST_SENTENCE_CHARS]
    for start, end in sentence_bounds(head):
        sentence = one_line(head[start:end])
        if sentence:
            return sentence
    return ""


def busiest_days(articles: Iterable[Article], span: tuple[date, date], k: int,
                 per_day: int) -> dict[date, list[str]]:
    """The baseline timeline: the ``k`` publish days inside ``span`` with most articles (ties: the
    earlier day), each with the first sentences of its first ``per_day`` articles by id."""
    by_day: dict[date, list[Article]] = defaultdict(list)
    for article in articles:
        if article.published is not None and span[0] <= article.published <= span[1]:
            by_day[article.published].append(article)
    days = sorted(by_day, key=lambda day: (-len(by_day[day]), day))[:k]
    chosen: dict[date, list[str]] = {}
    for day in days:
        sentences = [first_sentence(a.text) for a in sorted(by_day[day], key=lambda a: a.id)]
        chosen[day] = [s for s in sentences if s][:per_day]
    return chosen


# -- scoring -------------------------------------------------------------------------

@dataclass
class TimelineScore:
    """How one timeline compares with the gold: its dates as a set, its summaries by ROUGE."""

    name: str
    days: dict[date, list[str]]
    hits: int
    #: ROUGE F by measure ("rouge_1", "rouge_2") and flavour (:data:`.rouge.FLAVOURS`)
    rouge: dict[str, dict[str, float]] = field(default_factory=dict)

    @property
    def date_precision(self) -> float:
        return self.hits / len(self.days) if self.days else 0.0

    def date_recall(self, gold: Gold) -> float:
        return self.hits / gold.k

    def date_f(self, gold: Gold) -> float:
        p, r = self.date_precision, self.date_recall(gold)
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self, gold: Gold) -> dict[str, Any]:
        return {"name": self.name, "dates": len(self.days), "hits": self.hits,
                "date_precision": self.date_precision, "date_recall": self.date_recall(gold),
                "date_f1": self.date_f(gold), "rouge": self.rouge,
                "days": {day.isoformat(): sentences for day, sentences in sorted(self.days.items())}}


def score(name: str, days: dict[date, list[str]], gold: Gold) -> TimelineScore:
    """``days`` (a timeline: each day's summary sentences) scored against ``gold``."""
    hits = len(set(days) & set(gold.days))
    measures = {f"rouge_{n}": rouge.score(days, gold.days, n) for n in (1, 2)}
    return TimelineScore(name, days, hits, measures)


@dataclass
class Evaluation:
    """A corpus's timeline and the baseline, each scored against one gold timeline."""

    gold: Gold
    system: TimelineScore
    baseline: TimelineScore
    articles: int
    events: int
    day_events: int
    day_events_inside: int

    def summary(self) -> dict[str, Any]:
        start, end = self.gold.span
        return {"gold": self.gold.path, "k": self.gold.k, "span": [start.isoformat(), end.isoformat()],
                "gold_days": [day.isoformat() for day in self.gold.days],
                "sentences_per_day": self.gold.sentences_per_day, "articles": self.articles,
                "events": self.events, "day_events": self.day_events,
                "day_events_inside_span": self.day_events_inside,
                "system": self.system.to_dict(self.gold), "baseline": self.baseline.to_dict(self.gold)}


SYSTEM_NAME = "system (one-day events by importance)"
BASELINE_NAME = "baseline (busiest publish days)"


def evaluate_timeline(gold: Gold, timeline: Timeline) -> Evaluation:
    """Score ``timeline``'s key dates and the busiest-publish-days baseline against ``gold``."""
    span, k, per_day = gold.span, gold.k, gold.sentences_per_day
    days = day_events(timeline.events)
    inside = sum(1 for e in days if span[0] <= e.interval.start <= span[1])
    chosen = key_dates(days, span, k, per_day, timeline.story)
    return Evaluation(gold, score(SYSTEM_NAME, chosen, gold),
                      score(BASELINE_NAME, busiest_days(timeline.articles, span, k, per_day), gold),
                      len(timeline.articles), len(timeline.events), len(days), inside)


FLAVOUR_LABELS = {"per_date": "per-date", "concat": "concat", "agreement": "agreement", "align": "align m:1"}


def print_evaluation(summary: dict[str, Any], stream: TextIO, show_days: bool = False) -> None:
    """The summary of :meth:`Evaluation.summary` as two small tables (and each chosen day, if asked)."""
    w = stream.write
    w(f"gold {summary['gold']}: K = {summary['k']} dates, {summary['span'][0]} … {summary['span'][1]}, "
      f"up to {summary['sentences_per_day']} sentences a day\n")
    w(f"corpus: {summary['articles']} articles, {summary['events']} events, {summary['day_events']} of one day "
      f"({summary['day_events_inside_span']} inside the gold's span)\n\n")
    rows = [summary["system"], summary["baseline"]]
    width = max(len(row["name"]) for row in rows)
    w(f"{'':{width}}  {'dates':>5}  {'hits':>4}  {'date P':>6}  {'date R':>6}  {'date F1':>7}\n")
    for row in rows:
        w(f"{row['name']:{width}}  {row['dates']:5}  {row['hits']:4}  {row['date_precision']:6.3f}  "
          f"{row['date_recall']:6.3f}  {row['date_f1']:7.3f}\n")
    labels = [FLAVOUR_LABELS[name] for name in rouge.FLAVOURS]
    w(f"\n{'ROUGE F':{width}}  {'':7}" + "  ".join(f"{label:>9}" for label in labels) + "\n")
    for row in rows:
        for measure, label in (("rouge_1", "ROUGE-1"), ("rouge_2", "ROUGE-2")):
            scores = row["rouge"][measure]
            w(f"{row['name']:{width}}  {label:7}" + "  ".join(f"{scores[f]:9.3f}" for f in rouge.FLAVOURS) + "\n")
    if show_days:
        _print_days(summary, stream)


def _print_days(summary: dict[str, Any], stream: TextIO) -> None:
    for row in (summary["system"], summary["baseline"]):
        stream.write(f"\n{row['name']}: + a gold date, - not\n")
        for day, sentences in row["days"].items():
            mark = "+" if day in summary["gold_days"] else "-"
            stream.write(f"{mark} {day}  {' / '.join(sentences)}\n")

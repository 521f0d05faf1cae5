"""Mentions, events and inferences to and from plain JSON-able data (for the cache and for
worker processes). JSON, not pickle: a cache file from elsewhere must never run code."""

from __future__ import annotations

import sys
from datetime import date
from functools import lru_cache
from typing import Any, Iterable

from ..model import Article, Event, Inference, Mention
from ..temporal import Granularity, Interval, TimeExpression


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


@lru_cache(maxsize=4096)
def _day(value: str | None) -> date | None:
    """The day ``value`` names; one object for the many mentions of a day (a corpus's mentions are
    all held through its build: each reading's days, made anew, took several MB of a large one)."""
    return date.fromisoformat(value) if value else None


def _shared(value: str | None) -> str | None:
    """One string for the many equal short values of a corpus's mentions ("DATE", "2009-05"), kept apart
    when each is read from the cache or from a worker."""
    return None if value is None else sys.intern(value)


def expression_data(e: TimeExpression) -> list[Any]:
    return [e.start, e.end, e.text, e.type, e.timex, e.mod,
            None if e.interval is None else [e.interval.start.isoformat(), e.interval.end.isoformat()],
            None if e.granularity is None else e.granularity.value]


def expression_from(data: list[Any]) -> TimeExpression:
    start, end, text, type_, timex, mod, interval, granularity = data
    return TimeExpression(start, end, _shared(text), _shared(type_), _shared(timex), _shared(mod),
                          None if interval is None else _interval(interval[0], interval[1]),
                          None if granularity is None else Granularity(granularity))


@lru_cache(maxsize=4096)
def _interval(first: str, last: str) -> Interval:
    """The interval of these days, one (immutable) object for the many readings of it (see :func:`_day`)."""
    return Interval(_day(first), _day(last))


def mentions_data(mentions: list[Mention]) -> list[dict[str, Any]]:
    """One article's mentions; the anchor is kept as the (start, end) of the anchoring expression."""
    return [{
        "e": expression_data(m.expression),
        "ref": _iso(m.reference),
        "sentence": m.sentence,
        "sentence_start": m.sentence_start,
        "segment": list(m.segment),
        "context": list(m.context),
        "anchor": None if m.anchor is None else [m.anchor.start, m.anchor.end],
        "furniture": m.furniture,
    } for m in mentions]


def mentions_from(data: list[dict[str, Any]], article: Article,
                  event_of: dict[tuple[str, int], str] | None = None) -> list[Mention]:
    """An article's mentions from ``mentions_data``; ``event_of`` maps (article id, start) to event ids."""
    event_of = event_of or {}
    expressions = [expression_from(item["e"]) for item in data]
    by_span = {(e.start, e.end): e for e in expressions}
    sentences: dict[str, str] = {}  # one string for the mentions of one sentence
    return [Mention(
        article=article,
        expression=expression,
        reference=_day(item["ref"]),
        sentence=sentences.setdefault(item["sentence"], item["sentence"]),
        sentence_start=item["sentence_start"],
        segment=tuple(item["segment"]),
        context=tuple(item["context"]),
        anchor=None if item["anchor"] is None else by_span.get(tuple(item["anchor"])),
        event_id=event_of.get((article.id, expression.start)),
        furniture=item.get("furniture"),
    ) for item, expression in zip(data, expressions)]


def extraction_data(mentions: list[Mention], furniture: Iterable[tuple[int, int, str]] | None,
                    prepared: list[Any] | None = None) -> dict[str, Any]:
    """What extracting one article gives (cached, and sent back by worker processes): its mentions
    (``mentions_data``), its page's furniture spans as (start, end, reason), or None if not found,
    and what merging asks of each mention that the article alone decides (``events.prepared``), if known."""
    return {"mentions": mentions_data(mentions),
            "furniture": None if furniture is None else [[start, end, reason] for start, end, reason in furniture],
            "prepared": prepared}


def extraction_from(data: dict[str, Any], article: Article,
                    event_of: dict[tuple[str, int], str] | None = None) -> list[Mention]:
    """An article's mentions from ``extraction_data`` (see ``mentions_from``), with what was prepared
    for merging (``events.prepared``); the article is marked with its furniture (``Article.furniture``)
    when the data holds it."""
    from ..events.prepared import attach  # the events' rules, loaded when first needed (keys read them all the same)

    spans = data.get("furniture")
    if spans is not None:
        article.furniture = tuple((int(start), int(end), str(reason)) for start, end, reason in spans)
    return attach(mentions_from(data["mentions"], article, event_of), data.get("prepared"))


def event_data(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "members": [[m.article.id, m.expression.start] for m in event.mentions],
        "interval": None if event.interval is None else [_iso(event.interval.start), _iso(event.interval.end)],
        "granularity": None if event.granularity is None else event.granularity.value,
        "mod": event.mod,
        "summary": event.summary,
        "timex": event.timex,
        "conflict": event.conflict,
        "outliers": sorted([article_id, start] for article_id, start in event.outliers),
        "importance": event.importance,
    }


def event_from(data: dict[str, Any], mentions: dict[tuple[str, int], Mention]) -> Event:
    interval = data["interval"]
    return Event(
        id=data["id"],
        mentions=[mentions[(article_id, start)] for article_id, start in data["members"]],
        interval=None if interval is None else Interval(_day(interval[0]), _day(interval[1])),
        granularity=None if data["granularity"] is None else Granularity(data["granularity"]),
        mod=data["mod"],
        summary=data["summary"],
        timex=data["timex"],
        conflict=data["conflict"],
        outliers=frozenset((article_id, start) for article_id, start in data.get("outliers", ())),
        importance=data.get("importance", 0.0),
    )


def inference_data(inference: Inference) -> dict[str, Any]:
    return {"published": _iso(inference.published), "neighbours": list(inference.neighbours),
            "agreeing": inference.agreeing, "considered": inference.considered,
            "earliest": _iso(inference.earliest), "latest": _iso(inference.latest)}


def inference_from(data: dict[str, Any]) -> Inference:
    return Inference(_day(data["published"]), tuple(data["neighbours"]), data["agreeing"], data["considered"],
                     _day(data["earliest"]), _day(data["latest"]))

"""From articles to a Timeline: mentions, dates for undated articles, events."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Callable, Iterable

from .corpus import Article, Problem
from .dating import date_undated
from .mentions import extract_mentions
from .merge import merge
from .model import Event, Mention, Timeline
from .settings import BuildSettings


def _sort_key(event: Event) -> tuple:
    interval = event.interval
    first = event.mentions[0]
    return (interval is None, interval.start if interval else date.min, interval.end if interval else date.min,
            first.article.id, first.expression.start)


def number_events(events: list[Event]) -> list[Event]:
    """Sort events by date (undated last) and give them ids in that order: E0001, E0002, ..."""
    events.sort(key=_sort_key)
    width = max(4, len(str(len(events))))
    for number, event in enumerate(events, start=1):
        event.id = f"E{number:0{width}d}"
    return events


def build_timeline(articles: Iterable[Article], problems: Iterable[Problem] = (),
                   settings: BuildSettings = BuildSettings(),
                   progress: Callable[[int, int], None] | None = None) -> Timeline:
    """The timeline of ``articles``; ``progress(done, total)`` is called as articles are read."""
    articles = list(articles)
    mentions = {}
    for done, article in enumerate(articles, start=1):
        mentions[article.id] = extract_mentions(article)
        if progress is not None and (done % 25 == 0 or done == len(articles)):
            progress(done, len(articles))
    dated = date_undated(articles, mentions, settings.dating, settings.merge)
    for before, after in zip(articles, dated):
        if after is not before:  # newly dated: resolve again against its inferred date
            mentions[after.id] = extract_mentions(after)
    all_mentions = [m for a in dated for m in mentions[a.id]]
    events = number_events(merge(all_mentions, settings.merge))
    event_of = {id(m): event.id for event in events for m in event.mentions}
    for event in events:
        event.mentions = [_with_event(m, event.id) for m in event.mentions]
    all_mentions = [_with_event(m, event_of.get(id(m))) for m in all_mentions]
    return Timeline(dated, all_mentions, events, list(problems))


def _with_event(mention: Mention, event_id: str | None) -> Mention:
    return dataclasses.replace(mention, event_id=event_id)

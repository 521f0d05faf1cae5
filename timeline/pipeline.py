"""The one path from files to a Timeline: read, extract, date the undated, merge, number.

::

    open_timeline(inputs, config)            every command and the app start here
      ├─ ingest.load                        files → Articles (+ Problems)
      └─ build_timeline                     Articles → Timeline (cached whole when a cache is given)
           ├─ extraction.Extractor          each article's Mentions (cached per article, in processes)
           ├─ events.dating.date_undated    publish dates for undated articles, then re-extract them
           └─ events.merge.merge            Mentions → Events, numbered by date

Nothing here imports Textual; the app runs :func:`open_timeline` in a
worker thread and only draws the result.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import IO, Any, Callable, Iterable

from .config import Config
from .events.dating import date_undated
from .events.merge import merge
from .extraction.extractor import Extractor, Progress
from .ingest import load
from .model import Article, BuildStats, Event, Mention, Problem, Timeline
from .settings import BuildSettings
from .store.cache import Cache, CacheError
from .store.keys import timeline_key
from .store.serialize import event_data, event_from, inference_data, inference_from, mentions_from


class NothingToRead(Exception):
    """No article could be read from the inputs; ``problems`` says what was wrong with each."""

    def __init__(self, inputs: list[str], problems: list[Problem]):
        super().__init__(f"no article could be read from {', '.join(inputs)}")
        self.problems = problems


def open_timeline(inputs: Iterable[str | Path], config: Config, *, use_cache: bool = True, jobs: int = 1,
                  progress: Progress | None = None, warn: Callable[[str], None] = lambda message: None,
                  on_problem: Callable[[Problem], None] = lambda problem: None,
                  stdin: IO[str] | None = None) -> Timeline:
    """The timeline of the articles at ``inputs`` (files, folders, or "-" for ``stdin``).

    Each bad input is passed to ``on_problem`` as soon as it is found (those
    found while reading, before the build starts) and kept in the
    timeline's ``problems``. With ``use_cache`` the build cache is opened
    (and closed) here; a cache that cannot be used is said through ``warn``
    and the build goes on without it. ``jobs`` processes extract in
    parallel; ``progress(done, total)`` follows extraction. Raises
    :class:`NothingToRead` when no article could be read.
    """
    inputs = [str(item) for item in inputs]
    result = load(inputs, config, stdin=stdin)
    for problem in result.problems:
        on_problem(problem)
    if not result.articles:
        raise NothingToRead(inputs, result.problems)
    cache = open_cache(warn) if use_cache else None
    try:
        timeline = build_timeline(result.articles, result.problems, config.build, progress=progress, cache=cache,
                                  jobs=jobs, timeout=config.timeout)
    finally:
        if cache is not None:
            cache.close()
    for problem in timeline.problems[len(result.problems):]:  # the build's own (an article too slow)
        on_problem(problem)
    return timeline


def open_cache(warn: Callable[[str], None] = lambda message: None) -> Cache | None:
    """The build cache, or None (said through ``warn``) when it cannot be used: never fatal."""
    try:
        return Cache(warn=warn)
    except CacheError as error:
        warn(f"{error}; building without a cache")
        return None


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
                   settings: BuildSettings = BuildSettings(), progress: Progress | None = None,
                   cache: Cache | None = None, jobs: int = 1, timeout: float | None = None) -> Timeline:
    """The timeline of ``articles``.

    ``progress(done, total)`` is called as articles are read; ``cache``
    reuses earlier work; ``jobs`` processes extract in parallel; an article
    whose extraction takes over ``timeout`` seconds is kept without dates and
    added to the timeline's problems.
    """
    articles = list(articles)
    problems = list(problems)
    extractor = Extractor(cache, jobs, progress, timeout)
    whole_key = None
    if cache is not None:
        whole_key = timeline_key(articles, extractor.keys(articles), settings)
        cached = cache.get_timeline(whole_key)
        if cached is not None:
            timeline = _from_cache(cached, articles, problems, extractor)
            if timeline is not None:
                timeline.stats.key = whole_key
                return timeline

    mentions = extractor.run(articles)
    dated = date_undated(articles, mentions, settings.dating, settings.merge)
    newly_dated = [after for before, after in zip(articles, dated) if after is not before]
    if newly_dated:  # resolve again against the inferred dates
        again = Extractor(cache, jobs, None, timeout)
        mentions.update(again.run(newly_dated))
        extractor.problems += again.problems
    timeline = _assemble(dated, mentions, merge([m for a in dated for m in mentions[a.id]], settings.merge),
                         problems + extractor.problems)
    timeline.stats = BuildStats(extracted=extractor.computed, reused=extractor.reused)
    if cache is not None and whole_key is not None:
        cache.put_timeline(whole_key, {
            "events": [event_data(e) for e in timeline.events],
            "inferred": {a.id: inference_data(a.inference) for a in timeline.articles if a.inference is not None},
        }, excerpts=((e.id, " ".join([e.summary, *(m.sentence for m in e.mentions)])) for e in timeline.events))
        timeline.stats.key = whole_key
    return timeline


def _assemble(articles: list[Article], mentions: dict[str, list[Mention]], events: list[Event],
              problems: list[Problem]) -> Timeline:
    number_events(events)
    event_of = {id(m): event.id for event in events for m in event.mentions}
    for event in events:
        event.mentions = [dataclasses.replace(m, event_id=event.id) for m in event.mentions]
    all_mentions = [dataclasses.replace(m, event_id=event_of.get(id(m))) for a in articles for m in mentions[a.id]]
    return Timeline(articles, all_mentions, events, problems)


def _from_cache(data: dict[str, Any], articles: list[Article], problems: list[Problem],
                extractor: Extractor) -> Timeline | None:
    """The cached timeline of these articles, or None if a piece of it is missing."""
    inferred = data.get("inferred", {})
    articles = [a.dated_by(inference_from(inferred[a.id])) if a.id in inferred else a for a in articles]
    keys = extractor.keys(articles)
    assert extractor.cache is not None
    found = extractor.cache.get_extractions(list(keys.values()))
    if len(found) < len(set(keys.values())):
        return None
    try:
        event_of = {(article_id, start): item["id"] for item in data["events"] for article_id, start in item["members"]}
        mentions = {a.id: mentions_from(found[keys[a.id]], a, event_of) for a in articles}
        by_ref = {(m.article.id, m.expression.start): m for ms in mentions.values() for m in ms}
        events = [event_from(item, by_ref) for item in data["events"]]
    except (KeyError, TypeError, ValueError):
        return None
    timeline = Timeline(articles, [m for a in articles for m in mentions[a.id]], events, problems)
    extractor.reused += len(articles)
    timeline.stats = BuildStats(reused=len(articles), cached_timeline=True)
    return timeline

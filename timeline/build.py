"""From articles to a Timeline: mentions, dates for undated articles, events.

Extraction is a pure function of each article (text, publish date,
language), so it is cached per article and run across processes; dating and
merging are redone on the whole corpus, and the finished timeline is cached
too, keyed by all its articles' keys and the settings.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, Any, Callable, Iterable

from . import workers
from .corpus import Article, Problem
from .dating import date_undated
from .mentions import extract_mentions
from .merge import merge
from .model import Event, Mention, Timeline
from .serialize import event_data, event_from, inference_data, inference_from, mentions_data, mentions_from
from .settings import BuildSettings

if TYPE_CHECKING:
    from .cache import Cache

Progress = Callable[[int, int], None]
#: below this many articles to extract, starting worker processes costs more than it saves
PARALLEL_MINIMUM = 64


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


def _extract_payload(fields: tuple[str, str, str, str | None, str, str]) -> list[dict[str, Any]]:
    """The per-article work, for a worker process: article fields in, plain mention data out."""
    article_id, path, text, published, source, language = fields
    article = Article(article_id, path, text, date.fromisoformat(published) if published else None, source, language)
    return mentions_data(extract_mentions(article))


def _prepare_worker() -> None:
    """Compile every language's grammar before the worker's first (timed) article."""
    from .temporal import available_languages, load_grammar

    for language in available_languages():
        load_grammar(language)


def _fields(article: Article) -> tuple[str, str, str, str | None, str, str]:
    return (article.id, article.path, article.text, article.published.isoformat() if article.published else None,
            article.published_source, article.language)


class Extractor:
    """Mentions for articles: from the cache, else computed (in ``jobs`` processes) and cached.

    With a ``timeout`` (seconds), each article is extracted in a worker
    process that is stopped when it runs over; the article is then kept
    without mentions and reported in ``problems`` (and not cached).
    """

    def __init__(self, cache: Cache | None, jobs: int, progress: Progress | None, timeout: float | None = None):
        self.cache, self.jobs, self.progress, self.timeout = cache, max(1, jobs), progress, timeout
        self.computed = self.reused = 0
        self.problems: list[Problem] = []

    def keys(self, articles: list[Article]) -> dict[str, str]:
        from .cache import extraction_key

        return {a.id: extraction_key(a) for a in articles}

    def run(self, articles: list[Article]) -> dict[str, list[Mention]]:
        keys = self.keys(articles) if self.cache else {}
        found = self.cache.get_extractions(list(keys.values())) if self.cache else {}
        out: dict[str, list[Mention]] = {}
        todo = []
        for article in articles:
            data = found.get(keys.get(article.id, ""))
            if data is None:
                todo.append(article)
            else:
                out[article.id] = mentions_from(data, article)
        self.reused += len(articles) - len(todo)
        done = len(articles) - len(todo)
        self._report(done, len(articles))
        computed: list[tuple[str, Any]] = []
        for index, data in self._compute(todo):
            article = todo[index]
            failed = isinstance(data, workers.Failure)
            if failed:
                setting = " (corpus.article_timeout)" if data.timed_out else ""
                self.problems.append(Problem(article.path, f"extraction {data.reason}{setting}; "
                                             "the article is kept without dates", line=article.line, skipped=False))
                data = []
            out[article.id] = mentions_from(data, article)
            if self.cache and not failed:
                computed.append((keys[article.id], data))
                if len(computed) >= 500:  # written as they come: a huge corpus is not held twice
                    self.cache.put_extractions(computed)
                    computed = []
            done += 1
            if done % 25 == 0:
                self._report(done, len(articles))
        self._report(len(articles), len(articles))
        self.computed += len(todo)
        if self.cache and computed:
            self.cache.put_extractions(computed)
        return out

    def _compute(self, articles: list[Article]) -> Iterable[tuple[int, list[dict[str, Any]] | workers.Failure]]:
        """(index in ``articles``, mention data or Failure), in the order they are done."""
        jobs = self.jobs if len(articles) >= PARALLEL_MINIMUM else 1
        if self.timeout is None and jobs == 1:  # nothing to watch over: no worker to start
            return ((n, mentions_data(extract_mentions(a))) for n, a in enumerate(articles))
        return workers.run(_extract_payload, (_fields(a) for a in articles), jobs, self.timeout,
                           prepare=_prepare_worker)

    def _report(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)


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
        from .cache import timeline_key

        whole_key = timeline_key(articles, extractor.keys(articles), settings)
        cached = cache.get_timeline(whole_key)
        if cached is not None:
            timeline = _from_cache(cached, articles, problems, extractor)
            if timeline is not None:
                timeline.stats["key"] = whole_key
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
    timeline.stats = {"extracted": extractor.computed, "reused": extractor.reused, "cached_timeline": False}
    if cache is not None and whole_key is not None:
        cache.put_timeline(whole_key, {
            "events": [event_data(e) for e in timeline.events],
            "inferred": {a.id: inference_data(a.inference) for a in timeline.articles if a.inference is not None},
        }, excerpts=((e.id, " ".join([e.summary, *(m.sentence for m in e.mentions)])) for e in timeline.events))
        timeline.stats["key"] = whole_key
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
    from .corpus import INFERRED

    inferred = data.get("inferred", {})
    articles = [dataclasses.replace(a, published=inference_from(inferred[a.id]).published,
                                    published_source=INFERRED,
                                    inferred_from=inference_from(inferred[a.id]).neighbours,
                                    inference=inference_from(inferred[a.id]))
                if a.id in inferred else a for a in articles]
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
    timeline.stats = {"extracted": 0, "reused": len(articles), "cached_timeline": True}
    return timeline

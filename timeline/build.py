"""From Articles to a Timeline: extract each article's mentions, date the undated articles,
merge mentions into events, number them; the whole result cached under one key.

Extraction is cached per article (``extraction.Extractor``); dating and
merging are redone on the whole corpus unless the finished timeline of the
same articles, settings and code is in the cache (``store.keys.timeline_key``).
"""

from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from datetime import date
from typing import TYPE_CHECKING, Any, Iterable

from . import collector, gc_pause
from .events.dating import date_undated
from .events.memos import forget
from .events.merge import merge
from .events.parallel import Mapper, dating_over, events_over, spread_over
from .events.unrelated import mark_unrelated, story_words, unrelated_articles
from .extraction.extractor import Extractor, preparing
from .extraction.scheduler import mapper
from .extraction.workers import Pool
from .model import Article, BuildStats, Event, Mention, Problem, Timeline
from .progress import Report, Stages
from .settings import BuildSettings
from .store.keys import timeline_key
from .store.serialize import event_data, event_from, extraction_from, inference_data, inference_from
from .temporal.calendar import time_of_day

if TYPE_CHECKING:
    from .extraction.scheduler import DaskScheduler
    from .store.cache import Cache


def _sort_key(event: Event) -> tuple:
    """Date order; within a day, happenings without a time first, then by their time of day
    (a live blog's newest-first stamps read in the order they came), then as the articles tell."""
    interval = event.interval
    first = event.mentions[0]
    return (interval is None, interval.start if interval else date.min, interval.end if interval else date.min,
            time_of_day(event.timex), first.article.id, first.expression.start)


def number_events(events: list[Event]) -> list[Event]:
    """Sort events by date (undated last) and give them ids in that order: E0001, E0002, ..."""
    events.sort(key=_sort_key)
    width = max(4, len(str(len(events))))
    for number, event in enumerate(events, start=1):
        event.id = f"E{number:0{width}d}"
    return events



def build_timeline(articles: Iterable[Article], problems: Iterable[Problem] = (),
                   settings: BuildSettings = BuildSettings(), progress: Report | None = None,
                   cache: Cache | None = None, jobs: int = 1, timeout: float | None = None,
                   scheduler: DaskScheduler | None = None, pool: Pool | None = None) -> Timeline:
    """The timeline of ``articles``.

    ``progress(stage, done, total)`` follows each stage as it runs
    ("extracting", "dating", "merging", "summaries", "saving": see
    ``timeline.progress``; none when the whole timeline comes from the
    cache); ``cache`` reuses earlier work; ``jobs`` processes extract in
    parallel (and date the undated articles, score the merge's date buckets
    and make its events); an
    article whose extraction takes over ``timeout`` seconds is kept without
    dates and added to the timeline's problems. With a Dask ``scheduler``,
    extraction and those parts of the merge run there instead (the same result). A ``pool``
    (``workers.Pool`` of ``jobs`` processes prepared with ``extractor.prepare_worker``, maybe started
    already) is used instead of one of its own, and left open.
    """
    articles = list(articles)
    problems = list(problems)
    stages = Stages(progress)
    extractor = Extractor(cache, jobs, stages.counter("extracting"), timeout, scheduler)
    whole_key = None
    if cache is not None:
        whole_key = timeline_key(articles, extractor.keys(articles), settings)
        cached = cache.get_timeline(whole_key)
        if cached is not None:
            with collector.paused():  # many objects, no cycles: the collector's passes would only cost
                timeline = _from_cache(cached, articles, problems, extractor)
            if timeline is not None:
                timeline.stats.key = whole_key
                return timeline

    # One set of local worker processes for every stage (each costs about a second to start).
    # The collector kept off the articles, grammars and growing heap of mentions (``gc_pause``).
    with gc_pause.building(), Pool(jobs, preparing(a.language for a in articles)) as own:
        pool = pool or own
        extractor.pool = pool if scheduler is None else None
        elsewhere = mapper(jobs, scheduler, pool)
        return _build(articles, problems, settings, stages, cache, whole_key, extractor, elsewhere,
                      jobs if scheduler is None else max(2, jobs))


def _build(articles: list[Article], problems: list[Problem], settings: BuildSettings, stages: Stages,
           cache: Cache | None, whole_key: str | None, extractor: Extractor, elsewhere: Mapper | None,
           workers: int) -> Timeline:
    """The timeline of ``articles`` built (not from the cache): ``elsewhere`` dates, scores the buckets' pairs
    and makes the events in ``workers`` parts where extraction runs."""
    # What the story is and which pages are unlike it depends on the texts alone: worked out here
    # while the articles are extracted elsewhere (one job in this process: nothing to overlap).
    beside = extractor.scheduler is not None or (extractor.pool is not None
                                                 and (extractor.jobs > 1 or bool(extractor.timeout)))
    with ThreadPoolExecutor(1) if beside else nullcontext() as thread:
        storied = thread.submit(_story, articles) if thread is not None else None
        mentions = extractor.run(articles)
        story, unrelated = storied.result() if storied is not None else _story(articles)
    dated = date_undated(articles, mentions, settings.dating, settings.merge, progress=stages.counter("dating"),
                         spread=spread_over(elsewhere, workers), infer=dating_over(elsewhere, workers))
    newly_dated = [after for before, after in zip(articles, dated) if after is not before]
    if newly_dated:  # resolve again against the inferred dates
        again = Extractor(cache, extractor.jobs, None, extractor.timeout, extractor.scheduler, extractor.pool)
        mentions.update(again.run(newly_dated))
        extractor.problems += again.problems
    mentions = mark_unrelated(mentions, unrelated)
    events = merge([m for a in dated for m in mentions[a.id]], settings.merge,
                   spread_over(elsewhere, workers, stages.counter("merging")), story,
                   progress=stages.counter("summaries"), make=events_over(elsewhere, workers))
    forget()  # the rules' memos of mentions and texts: not asked again
    timeline = _assemble(dated, mentions, events, problems + extractor.problems, story)
    # The merged mentions (with what was prepared for merging) are now copied into the timeline's own:
    # let go of before the timeline is stored, rather than held beside its copies and stored data.
    del mentions, events
    timeline.stats = BuildStats(extracted=extractor.computed, reused=extractor.reused)
    if cache is not None and whole_key is not None:
        stages.start("saving", 1)
        cache.put_timeline(whole_key, {
            "events": (event_data(e) for e in timeline.events),  # encoded one by one (``store.streamed``)
            "inferred": {a.id: inference_data(a.inference) for a in timeline.articles if a.inference is not None},
            "unrelated": sorted(unrelated),
            "story": list(story),
        }, excerpts=((e.id, " ".join([e.summary, *(m.sentence for m in e.mentions)])) for e in timeline.events))
        stages.finish()
        timeline.stats.key = whole_key
    return timeline


def _story(articles: list[Article]) -> tuple[tuple[str, ...], set[str]]:
    """The words most articles share (they also say what counts toward importance) and the pages
    unlike the folder's story (furniture, like comments): of the texts alone, so the same before and
    after undated articles are dated."""
    story = story_words(articles)
    return story, unrelated_articles(articles, story)


def _assemble(articles: list[Article], mentions: dict[str, list[Mention]], events: list[Event],
              problems: list[Problem], story: tuple[str, ...]) -> Timeline:
    """The timeline of the merged ``events``: each mention made once more with its event's id, one object
    shared by its event and the timeline's list (a copy for each took a tenfold corpus's build tens of MB),
    and without what was prepared for merging (``events.prepared``: done with, and never stored, so a
    built timeline holds what one read back from the cache holds)."""
    number_events(events)
    final: dict[int, Mention] = {}  # by the id of the merged mention (each alive in ``mentions``)
    for event in events:
        merged, event.mentions = event.mentions, [dataclasses.replace(m, event_id=event.id, prepared=None)
                                                  for m in event.mentions]
        final.update(zip(map(id, merged), event.mentions))
    all_mentions = [final.get(id(m)) or dataclasses.replace(m, event_id=None, prepared=None)
                    for a in articles for m in mentions[a.id]]
    return Timeline(articles, all_mentions, events, problems, story=story)


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
        # what was prepared for merging is not read: the events are merged already (see ``_assemble``)
        mentions = mark_unrelated({a.id: extraction_from({**found[keys[a.id]], "prepared": None}, a, event_of)
                                   for a in articles},
                                  set(data.get("unrelated", [])))
        by_ref = {(m.article.id, m.expression.start): m for ms in mentions.values() for m in ms}
        events = [event_from(item, by_ref) for item in data["events"]]
        story = tuple(str(word) for word in data["story"]) if "story" in data else story_words(articles)
    except (KeyError, TypeError, ValueError):
        return None
    timeline = Timeline(articles, [m for a in articles for m in mentions[a.id]], events, problems, story=story)
    extractor.reused += len(articles)
    timeline.stats = BuildStats(reused=len(articles), cached_timeline=True)
    return timeline

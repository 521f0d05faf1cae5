"""The one path from files to a Timeline: read, open the cache, build.

::

    open_timeline(inputs, config)            every command and the app start here
      ├─ store.inputs.inputs_key            the input files' bytes hashed: the whole result stored
      │                                     under that key is read back (store.snapshot), or else
      ├─ ingest.load                        files → Articles (+ Problems)
      └─ build.build_timeline               Articles → Timeline (cached whole when a cache is given)
           ├─ extraction.Extractor          each article's Mentions (cached per article, in processes)
           ├─ events.dating.date_undated    publish dates for undated articles, then re-extract them
           └─ events.merge.merge            Mentions → Events, numbered by date

Nothing here imports Textual; the app runs :func:`open_timeline` in a
worker thread and only draws the result.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any, Callable, Iterable

from . import collector
from .config import Config
from .extraction.scheduler import open_scheduler
from .model import Problem, Timeline
from .progress import Report, Stages
from .store.cache import Cache, CacheError
from .store.inputs import inputs_key
from .store.snapshot import SnapshotError, timeline_from


class NothingToRead(Exception):
    """No article could be read from the inputs; ``problems`` says what was wrong with each."""

    def __init__(self, inputs: list[str], problems: list[Problem]):
        super().__init__(f"no article could be read from {', '.join(inputs)}")
        self.problems = problems


def open_timeline(inputs: Iterable[str | Path], config: Config, *, use_cache: bool = True, jobs: int = 1,
                  progress: Report | None = None, warn: Callable[[str], None] = lambda message: None,
                  on_problem: Callable[[Problem], None] = lambda problem: None,
                  stdin: IO[str] | None = None, scheduler: str | None = None) -> Timeline:
    """The timeline of the articles at ``inputs`` (files, folders, or "-" for ``stdin``).

    Each bad input is passed to ``on_problem`` as soon as it is found (those
    found while reading, before the build starts) and kept in the
    timeline's ``problems``. With ``use_cache`` the build cache is opened
    (and closed) here; a cache that cannot be used is said through ``warn``
    and the build goes on without it. ``jobs`` processes extract in
    parallel, or ``scheduler`` (default: ``config.scheduler``) names where
    (see ``extraction.scheduler``); ``progress(stage, done, total)`` follows
    every stage ("reading" its files, then those of
    :func:`build.build_timeline`; see ``timeline.progress``). Raises
    :class:`NothingToRead` when no article could be read, ``SchedulerError``
    when the scheduler cannot be used.
    """
    dask = open_scheduler(scheduler or config.scheduler, jobs)  # before reading: a missing Dask is said at once
    inputs = [str(item) for item in inputs]
    cache = open_cache(warn) if use_cache else None
    try:
        key = inputs_key(inputs, config) if cache is not None else None
        stored = _stored(cache, key) if cache is not None and key is not None else None
        if stored is not None:
            count = Stages(progress).counter("reading")
            count(0, len(inputs))
            count(len(inputs), len(inputs))
            for problem in stored.problems:
                on_problem(problem)
            return stored
        timeline = _build(inputs, config, cache, key, jobs=jobs, progress=progress, on_problem=on_problem,
                          stdin=stdin, dask=dask)
        if cache is not None:
            cache.bound(config.cache_max_bytes)
    finally:
        if dask is not None:
            dask.close()
        if cache is not None:
            cache.close()
    return timeline


def _stored(cache: Cache, key: str) -> Timeline | None:
    """The whole result stored under ``key``, or None (not there, or not of this form)."""
    try:
        with collector.paused():  # parsing and making many objects, no cycles
            found = cache.get_result(key)
            if found is None:
                return None
            timeline_key, data = found
            timeline = timeline_from(data)
    except SnapshotError:
        return None
    timeline.stats.key = timeline_key
    return timeline


def _build(inputs: list[str], config: Config, cache: Cache | None, key: str | None, *, jobs: int,
           progress: Report | None, on_problem: Callable[[Problem], None], stdin: IO[str] | None,
           dask: Any) -> Timeline:
    """Read the inputs and build; the whole result is stored under ``key`` when the build had no
    problem of its own (an article too slow may be quicker next time) and the inputs did not change
    while it ran."""
    from .build import build_timeline
    from .extraction.extractor import preparing
    from .extraction.workers import Pool
    from .ingest.loader import load
    from .store.keys import extraction_key
    from .store.snapshot import timeline_json

    # The articles' languages are not known until they are read (the processes start meanwhile): they
    # prepare the default, first configured language; an article in another compiles its grammar there.
    with Pool(jobs, preparing(config.languages[:1])) as pool:
        if dask is None and (jobs > 1 or config.timeout):
            pool.start()  # the processes import and prepare while the files are read
        result = load(inputs, config, stdin=stdin, progress=Stages(progress).counter("reading"))
        for problem in result.problems:
            on_problem(problem)
        if not result.articles:
            raise NothingToRead(inputs, result.problems)
        timeline = build_timeline(result.articles, result.problems, config.build, progress=progress,
                                  cache=cache, jobs=jobs, timeout=config.timeout, scheduler=dask, pool=pool)
    own = timeline.problems[len(result.problems):]
    for problem in own:  # the build's own (an article too slow)
        on_problem(problem)
    if cache is not None and key is not None and timeline.stats.key is not None and not own \
            and inputs_key(inputs, config) == key:
        extractions = sorted({extraction_key(a) for a in [*result.articles, *timeline.articles]})
        cache.put_result(key, timeline.stats.key, extractions, timeline_json(timeline))
    return timeline


def open_cache(warn: Callable[[str], None] = lambda message: None) -> Cache | None:
    """The build cache, or None (said through ``warn``) when it cannot be used: never fatal."""
    try:
        return Cache(warn=warn)
    except CacheError as error:
        warn(f"{error}; building without a cache")
        return None

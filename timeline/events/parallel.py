"""Merging spread over processes: the candidate edges of date buckets, computed in parts.

Once mentions are blocked into date buckets (``cluster``), the edges first
met in one bucket depend on that bucket's mentions, the corpus's token
weights and their articles' stories, not on the other buckets. :func:`spread_over`
cuts the sorted bucket keys into contiguous runs of about equal work, sends
each run with only the mentions and articles it needs to a worker (local
processes or Dask, through a :data:`Mapper`), and gathers the edges;
``cluster`` sorts them as it sorts its own, so the groups are the same as
those of one process, byte for byte. Joining the groups (a walk over the
edges, strongest first) stays in this process. The groups' events (each one's
date, summary and importance, which depend on its group alone) are then made
in parts the same way (:func:`events_over`) and come back as plain data naming
their mentions. Dating undated articles is spread the same way: the dated
articles' happenings are clustered with :func:`spread_over`, and runs of undated
articles are dated apart (:func:`dating_over`), each against the same evidence.
"""

from __future__ import annotations

import pickle
import threading
import uuid
from typing import Any, Callable, Sequence

from ..model import Article, Event, Inference, Mention
from ..settings import DatingSettings, MergeSettings
from ..store.serialize import event_data, event_from
from .cluster import MAX_PARTNERS, Edge, Key, Spread, _Buckets, bucket_edges
from .dating import DatedEvidence, Infer, infer_dates
from .memos import forget
from .merge import Make, make_events
from .evidence import Stories
from .similarity import Weights

#: runs a module-level function over items elsewhere: the results, in the order of the items;
#: ``each(index)`` (if given) is called as each item's result comes back
Mapper = Callable[..., list[Any]]
#: parts per worker: enough that one slow part does not leave the others idle at the end
PARTS_PER_WORKER = 4
#: below this many placed mentions, sending the parts costs more than it saves
MINIMUM = 2000
#: below this many undated articles, dating stays here (each takes a good part of a second)
DATING_MINIMUM = 8

#: in a worker thread: the stories of the build at hand, kept from part to part (an article's
#: vector, made from its whole text, is the dearest thing a part needs, and parts share articles)
_kept = threading.local()


def spread_over(mapper: Mapper | None, workers: int,
                progress: Callable[[int, int], None] = lambda done, total: None) -> Spread:
    """A ``cluster`` spread that computes the buckets' edges in ``workers`` × PARTS_PER_WORKER
    parts through ``mapper`` (in this process when there are few mentions, or no ``mapper``);
    ``progress(done, total)`` counts the buckets done."""

    def spread(placed: list[Mention], buckets: _Buckets, keys: list[Key], weights: Weights, stories: Stories,
               settings: MergeSettings) -> list[Edge]:
        progress(0, len(keys))
        if mapper is None or len(placed) < MINIMUM or workers < 2:
            return bucket_edges(placed, buckets, keys, weights, stories, settings,
                                done=lambda count: progress(count, len(keys)))
        build = uuid.uuid4().hex
        runs = _runs(buckets, keys, workers * PARTS_PER_WORKER)
        parts = [(build, *_part(placed, buckets, run, weights, stories, settings)) for run in runs]
        finished = [0]

        def each(index: int) -> None:
            finished[0] += len(runs[index])
            progress(finished[0], len(keys))

        return [edge for edges in mapper(part_edges, parts, each) for edge in edges]

    return spread


def events_over(mapper: Mapper | None, workers: int) -> Make:
    """A ``merge`` make that makes the groups' events (date, summary, importance) in ``workers`` ×
    PARTS_PER_WORKER parts through ``mapper`` (here when there are few mentions, or no ``mapper``).
    The events come back as plain data naming their mentions, which are then this process's own."""

    def make(groups: list[list[Mention]], progress: Callable[[int, int], None],
             story: tuple[str, ...] = ()) -> list[Event]:
        if mapper is None or workers < 2 or sum(len(group) for group in groups) < MINIMUM:
            return make_events(groups, progress, story)
        runs = _cut([len(group) + 1 for group in groups], workers * PARTS_PER_WORKER)
        parts = [(groups[start:end], story) for start, end in runs]
        finished = [0]
        progress(0, len(groups))

        def each(index: int) -> None:
            finished[0] += len(parts[index][0])
            progress(finished[0], len(groups))

        by_ref = {(m.article.id, m.expression.start): m for group in groups for m in group}
        forget()  # the groups are joined: this process asks the rules nothing more while they are made elsewhere
        made = mapper(part_events, parts, each)
        events: list[Event] = []
        for n, items in enumerate(made):
            made[n] = None  # each part's plain data let go as its events are made: never all of both at once
            events += [event_from(item, by_ref) for item in items]
        return events

    return make


def part_events(part: tuple[list[list[Mention]], tuple[str, ...]]) -> list[dict[str, Any]]:
    """In a worker: the events of a part's groups with the corpus's story words, as plain data
    (``store.serialize.event_data``)."""
    groups, story = part
    return [event_data(event) for event in make_events(groups, story=story)]


def dating_over(mapper: Mapper | None, workers: int) -> Infer:
    """A ``date_undated`` infer that dates the undated articles in ``workers`` × PARTS_PER_WORKER
    runs through ``mapper`` (here when there are few of them, or no ``mapper``). The dated
    articles' evidence is pickled once (without their texts) and each worker unpickles it once."""

    def infer(undated: list[Article], evidence: DatedEvidence, settings: DatingSettings,
              merge_settings: MergeSettings, progress: Callable[[int, int], None]) -> list[Inference | None]:
        if mapper is None or workers < 2 or len(undated) < DATING_MINIMUM:
            return infer_dates(undated, evidence, settings, merge_settings, progress)
        build, shipped = uuid.uuid4().hex, pickle.dumps(evidence.without_texts(), pickle.HIGHEST_PROTOCOL)
        runs = _cut([len(a.text) + 1 for a in undated], workers * PARTS_PER_WORKER)  # each day tried resolves it
        parts = [(build, shipped, undated[start:end], settings, merge_settings) for start, end in runs]
        finished = [0]
        progress(0, len(undated))

        def each(index: int) -> None:
            finished[0] += len(parts[index][2])
            progress(finished[0], len(undated))

        return [inference for inferences in mapper(part_dates, parts, each) for inference in inferences]

    return infer


def part_dates(part: tuple) -> list[Inference | None]:
    """In a worker: the inferred dates of one run of undated articles (see :func:`dating_over`)."""
    build, shipped, undated, settings, merge_settings = part
    if getattr(_kept, "dating", None) != build:
        _kept.dating, _kept.evidence = build, pickle.loads(shipped)  # our own bytes, from the builder
    return infer_dates(undated, _kept.evidence, settings, merge_settings)


def _cut(costs: list[int], count: int) -> list[tuple[int, int]]:
    """(start, end) of at most ``count`` contiguous runs of about equal cost."""
    share = sum(costs) / max(1, count)
    runs: list[tuple[int, int]] = []
    spent = 0.0
    for n, cost in enumerate(costs):
        if not runs or spent + cost / 2 > share * len(runs):
            runs.append((n, n))
        runs[-1] = (runs[-1][0], n + 1)
        spent += cost
    return runs


def part_edges(part: tuple) -> list[Edge]:
    """In a worker: the edges of one part of build ``part[0]`` (the rest: see :func:`_part`)."""
    build, placed, buckets, keys, weights, stories, settings = part
    if getattr(_kept, "build", None) != build:
        _kept.build, _kept.stories = build, stories
    else:  # the same weights: the vectors made for earlier parts hold; only this part's articles are
        # looked up (an article met is a vector already), so those of earlier parts (texts) are let go
        _kept.stories.articles = stories.articles
        _kept.stories.signatures = stories.signatures
    try:
        return bucket_edges(placed, buckets, keys, weights, _kept.stories, settings)
    finally:
        # The rules' memos hold this part's mentions (and through them their articles' texts): the next
        # part's are other objects, so they are never asked again; kept, they would pile up part by part.
        forget()


def _cost(buckets: _Buckets, key: Key) -> int:
    """About how many pairs bucket ``key`` scores."""
    return len(buckets.looking[key]) * min(len(buckets.registered[key]), MAX_PARTNERS) + len(buckets.registered[key])


def _runs(buckets: _Buckets, keys: list[Key], count: int) -> list[list[Key]]:
    """``keys`` cut into at most ``count`` contiguous runs of about equal cost."""
    return [keys[start:end] for start, end in _cut([_cost(buckets, key) for key in keys], count)]


def _part(placed: Sequence[Mention], buckets: _Buckets, keys: list[Key], weights: Weights, stories: Stories,
          settings: MergeSettings) -> tuple:
    """The arguments of :func:`bucket_edges` for the buckets ``keys``, with only their mentions
    (by their indexes in ``placed``, which the edges name) and their articles."""
    involved = sorted({i for key in keys for i in buckets.registered[key] + buckets.looking[key]})
    # Mappings by index stand in for the lists: bucket_edges only looks up the mentions involved.
    part_buckets = _Buckets(own={i: buckets.own[i] for i in involved},  # type: ignore[arg-type]
                            wide={i: buckets.wide[i] for i in involved},  # type: ignore[arg-type]
                            registered={key: buckets.registered[key] for key in keys},
                            looking={key: buckets.looking[key] for key in keys},
                            level={i: buckets.level[i] for i in involved})  # type: ignore[arg-type]
    part_placed = {i: placed[i] for i in involved}
    articles = {m.article.id: m.article for m in part_placed.values()}
    # the signatures this process made for the weights go with them: the dearest part of an article's vector
    part_stories = Stories(articles.values(), stories.weights,
                           {a: stories.signatures[a] for a in articles if a in stories.signatures})
    return (part_placed, part_buckets, keys, weights, part_stories, settings)

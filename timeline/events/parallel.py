"""Merging spread over processes: the candidate edges of date buckets, computed in parts.

Once mentions are blocked into date buckets (``cluster``), the edges first
met in one bucket depend on that bucket's mentions, the corpus's token
weights and their articles' stories, not on the other buckets. :func:`spread_over`
cuts the sorted bucket keys into contiguous runs of about equal work, sends
each run with only the mentions and articles it needs to a worker (local
processes or Dask, through a :data:`Mapper`), and gathers the edges;
``cluster`` sorts them as it sorts its own, so the groups are the same as
those of one process, byte for byte. Joining the groups (a walk over the
edges, strongest first) stays in this process.
"""

from __future__ import annotations

import threading
import uuid
from typing import Any, Callable, Sequence

from ..model import Mention
from ..settings import MergeSettings
from .cluster import MAX_PARTNERS, Edge, Key, Spread, _Buckets, bucket_edges
from .evidence import Stories
from .similarity import Weights

#: runs a module-level function over items elsewhere: the results, in the order of the items
Mapper = Callable[[Callable[[Any], Any], list[Any]], list[Any]]
#: parts per worker: enough that one slow part does not leave the others idle at the end
PARTS_PER_WORKER = 4
#: below this many placed mentions, sending the parts costs more than it saves
MINIMUM = 2000

#: in a worker thread: the stories of the build at hand, kept from part to part (an article's
#: vector, made from its whole text, is the dearest thing a part needs, and parts share articles)
_kept = threading.local()


def spread_over(mapper: Mapper, workers: int) -> Spread:
    """A ``cluster`` spread that computes the buckets' edges in ``workers`` × PARTS_PER_WORKER
    parts through ``mapper`` (in this process when there are few mentions)."""

    def spread(placed: list[Mention], buckets: _Buckets, keys: list[Key], weights: Weights, stories: Stories,
               settings: MergeSettings) -> list[Edge]:
        if len(placed) < MINIMUM or workers < 2:
            return bucket_edges(placed, buckets, keys, weights, stories, settings)
        build = uuid.uuid4().hex
        parts = [(build, *_part(placed, buckets, run, weights, stories, settings))
                 for run in _runs(buckets, keys, workers * PARTS_PER_WORKER)]
        return [edge for edges in mapper(part_edges, parts) for edge in edges]

    return spread


def part_edges(part: tuple) -> list[Edge]:
    """In a worker: the edges of one part of build ``part[0]`` (the rest: see :func:`_part`)."""
    build, placed, buckets, keys, weights, stories, settings = part
    if getattr(_kept, "build", None) != build:
        _kept.build, _kept.stories = build, stories
    else:  # the same weights: the vectors made for earlier parts hold
        _kept.stories.articles.update(stories.articles)
    return bucket_edges(placed, buckets, keys, weights, _kept.stories, settings)


def _cost(buckets: _Buckets, key: Key) -> int:
    """About how many pairs bucket ``key`` scores."""
    return len(buckets.looking[key]) * min(len(buckets.registered[key]), MAX_PARTNERS) + len(buckets.registered[key])


def _runs(buckets: _Buckets, keys: list[Key], count: int) -> list[list[Key]]:
    """``keys`` cut into at most ``count`` contiguous runs of about equal cost."""
    costs = [_cost(buckets, key) for key in keys]
    share = sum(costs) / max(1, count)
    runs: list[list[Key]] = []
    spent = 0.0
    for key, cost in zip(keys, costs):
        if not runs or spent + cost / 2 > share * len(runs):
            runs.append([])
        runs[-1].append(key)
        spent += cost
    return runs


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
    part_stories = Stories({m.article.id: m.article for m in part_placed.values()}.values(), stories.weights)
    return (part_placed, part_buckets, keys, weights, part_stories, settings)

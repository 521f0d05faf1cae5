"""Python's cycle collector kept off the build's long-lived heap.

A cold build allocates a great many small objects that live until it ends
(the articles, the compiled grammars and resources, every mention with what
was prepared for merging) and makes no cycles worth collecting before then.
The collector does not know this: as the heap of mentions grows, each full
collection walks all of it again (on a full-silver build, full collections
were three quarters of the collector's ~4 CPU s, most of them in the merge).
Here what is alive when the build starts is frozen (``gc.freeze``: never
traced again until it is thawed) and the collector runs less often while the
build runs; both are undone when it ends, so the caller's process (the app,
a test) collects as before, and its garbage, frozen or not, is freed.

Worker processes freeze what they prepared (:func:`settled`) and are never
thawed: they live only to extract, and die with the pool.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

#: young collections this many allocations apart (Python's default: 700): each one then finds
#: more garbage to free and moves fewer survivors up, so fewer full collections follow
YOUNG_THRESHOLD = 20_000


@contextmanager
def building() -> Iterator[None]:
    """What is alive now frozen, and the collector run less often, for the block; the thresholds
    restored and (unless something was frozen before, by a caller of its own) everything thawed after."""
    thresholds = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    gc.freeze()
    gc.set_threshold(max(thresholds[0], YOUNG_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if not frozen_before:
            gc.unfreeze()  # back into the oldest generation: collected again (a long-lived app's garbage)


def settled() -> None:
    """In a worker process once it has prepared (its grammars compiled, its modules imported): what is
    alive is kept for the worker's life, never traced again; its articles' garbage is collected, less often."""
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], YOUNG_THRESHOLD), *thresholds[1:])

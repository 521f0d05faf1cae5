"""Python's cycle collector paused while many objects with no cycles are made (a timeline from the
cache, a stored result): its passes would only cost."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused() -> Iterator[None]:
    """The cycle collector off (if it was on) for the block; what the block made, and kept, joins the
    oldest generation when it ends.

    Left young, the objects made would all be traced by the first young collection after the block
    (every one of a stored corpus's, some 30 ms on a warm build's 0.3 s), then again by the middle
    one, though they live as long as the timeline. Freezing and thawing moves every tracked object
    to the oldest generation at once (``gc.freeze`` then ``gc.unfreeze`` only link lists): traced
    by the next full collection, as long-lived objects are. Not when something was frozen already
    (``gc_pause``): thawing would thaw that too."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()

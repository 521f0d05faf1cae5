"""Python's cycle collector paused while many objects with no cycles are made (a timeline from the
cache, a stored result): its passes would only cost."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused() -> Iterator[None]:
    """The cycle collector off (if it was on) for the block."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()

"""The Textual app (``timeline`` with no arguments, or ``timeline browse PATHS``).

It only reads a :class:`timeline.Timeline` and draws it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from timeline.config import Config


def run(inputs: Iterable[str | Path], config: Config, use_cache: bool = True, jobs: int = 1) -> None:
    from .app import TimelineApp

    TimelineApp(inputs, config, use_cache=use_cache, jobs=jobs).run()

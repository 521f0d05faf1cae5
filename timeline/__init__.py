"""timeline: what happened when, and who says so.

The library API: :func:`extract` finds and resolves time expressions in a
text; :func:`open_timeline` reads files and folders into a Timeline (what
the CLI and the app do); :func:`load` reads articles and
:func:`build_timeline` turns articles into mentions and events. Nothing
here imports Textual.
"""

from __future__ import annotations

from .build import build_timeline
from .config import Config, ConfigError, load_config
from .ingest import load
from .model import Article, Event, Mention, Problem, Timeline
from .pipeline import open_timeline
from .temporal import Granularity, Interval, TimeExpression, extract
from .version import __version__

__all__ = [
    "extract", "TimeExpression", "Interval", "Granularity", "Article", "Problem", "load", "Config",
    "ConfigError", "load_config", "Mention", "Event", "Timeline", "build_timeline", "open_timeline", "__version__",
]

"""timeline: what happened when, and who says so.

The library API: :func:`extract` finds and resolves time expressions in a
text; :func:`load` reads articles; :func:`build_timeline` turns articles
into mentions and events. Nothing here imports Textual.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .pipeline import build_timeline, open_timeline
from .config import Config, ConfigError, load_config
from .ingest import load
from .model import Article, Event, Mention, Problem, Timeline
from .temporal import Granularity, Interval, TimeExpression, extract

__all__ = [
    "extract", "TimeExpression", "Interval", "Granularity", "Article", "Problem", "load", "Config",
    "ConfigError", "load_config", "Mention", "Event", "Timeline", "build_timeline", "open_timeline", "__version__",
]

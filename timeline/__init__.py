"""timeline: what happened when, and who says so.

The library API: :func:`extract` finds and resolves time expressions in a
text; :func:`open_timeline` reads files and folders into a Timeline (what
the CLI and the app do); :func:`load` reads articles and
:func:`build_timeline` turns articles into mentions and events. Nothing
here imports Textual.

The names are imported when first used, so that a command that needs
little of the package (a warm build reads one stored result) does not
import all of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lazy import lazy_names
from .version import __version__

if TYPE_CHECKING:
    from .build import build_timeline
    from .config import Config, ConfigError, load_config
    from .ingest import load
    from .model import Article, Event, Mention, Problem, Timeline
    from .pipeline import open_timeline
    from .temporal import Granularity, Interval, TimeExpression, extract

#: each public name -> the module that defines it
_WHERE = {
    "extract": "temporal", "TimeExpression": "temporal", "Interval": "temporal", "Granularity": "temporal",
    "Article": "model", "Problem": "model", "Mention": "model", "Event": "model", "Timeline": "model",
    "load": "ingest", "Config": "config", "ConfigError": "config", "load_config": "config",
    "build_timeline": "build", "open_timeline": "pipeline",
}

__all__ = [
    "extract", "TimeExpression", "Interval", "Granularity", "Article", "Problem", "load", "Config",
    "ConfigError", "load_config", "Mention", "Event", "Timeline", "build_timeline", "open_timeline", "__version__",
]


__getattr__ = lazy_names(__name__, _WHERE)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

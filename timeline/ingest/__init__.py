"""Reading inputs into Articles: files and folders of every format, stdin, publish dates,
languages; bad input becomes a Problem and never stops the rest."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .language import detect_language
    from .loader import LoadResult, load

__all__ = ["load", "LoadResult", "detect_language"]
_WHERE = {"load": "loader", "LoadResult": "loader", "detect_language": "language"}


def __getattr__(name: str) -> Any:
    """The names are imported when first used: what only walks folders (``walk``) needs no reader."""
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value

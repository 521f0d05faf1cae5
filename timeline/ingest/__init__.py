"""Reading inputs into Articles: files and folders of every format, stdin, publish dates,
languages; bad input becomes a Problem and never stops the rest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names

if TYPE_CHECKING:
    from .language import detect_language
    from .loader import LoadResult, load

__all__ = ["load", "LoadResult", "detect_language"]
_WHERE = {"load": "loader", "LoadResult": "loader", "detect_language": "language"}


#: imported when first used: what only walks folders (``walk``) needs no reader
__getattr__ = lazy_names(__name__, _WHERE)

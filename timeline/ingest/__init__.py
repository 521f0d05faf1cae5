"""Reading inputs into Articles: files and folders of every format, stdin, publish dates,
languages; bad input becomes a Problem and never stops the rest."""

from __future__ import annotations

from .language import detect_language
from .loader import LoadResult, load

__all__ = ["load", "LoadResult", "detect_language"]

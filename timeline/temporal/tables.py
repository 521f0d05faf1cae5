"""A language resource's tables, parsed once per process for every module that reads them.

A resource file is a quarter of a megabyte of TOML; the grammar and each module reading its own cues
from it used to parse it again (a dozen parses, some 25 ms each, in every process that extracts).
"""

from __future__ import annotations

import sys
from functools import lru_cache
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


@lru_cache(maxsize=8)
def resource_tables(source: str) -> dict[str, Any]:
    """The tables of the resource text ``source`` (shared by every caller: never change them)."""
    return tomllib.loads(source)

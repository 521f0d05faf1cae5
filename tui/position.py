"""Where the app was in a corpus seen before: a small JSON file beside the build cache.

Keyed by the corpus's inputs (their absolute paths, sorted), it keeps the date
and id of the event under the cursor and the zoom level. A file that cannot
be read or written is ignored: the app then opens where the news is.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from timeline.store.cache import default_directory

FILE_NAME = "app-positions.json"
#: corpora remembered; the oldest are forgotten first
KEPT = 50


def corpus_key(inputs: list[str]) -> str:
    paths = sorted(str(Path(p).expanduser().resolve()) if p != "-" else p for p in inputs)
    return hashlib.sha256("\0".join(paths).encode("utf-8")).hexdigest()[:24]


def _file(directory: Path | None) -> Path:
    return (directory or default_directory()) / FILE_NAME


def _read(directory: Path | None) -> dict[str, Any]:
    try:
        data = json.loads(_file(directory).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def recall(inputs: list[str], directory: Path | None = None) -> dict[str, Any] | None:
    """What :func:`remember` kept for these inputs: {"event", "date", "zoom"}, or None."""
    if not inputs or "-" in inputs:
        return None
    found = _read(directory).get(corpus_key(inputs))
    return found if isinstance(found, dict) else None


def remember(inputs: list[str], place: dict[str, Any], directory: Path | None = None) -> None:
    """Keep ``place`` for these inputs (never for stdin, whose content changes)."""
    if not inputs or "-" in inputs:
        return
    data = _read(directory)
    key = corpus_key(inputs)
    data.pop(key, None)
    data[key] = place
    for old in list(data)[:-KEPT]:
        del data[old]
    try:
        target = _file(directory)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(data), encoding="utf-8")
        temporary.replace(target)
    except OSError:
        pass  # a read-only cache folder: the app opens where the news is next time

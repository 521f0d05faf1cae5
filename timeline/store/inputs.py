"""The key of a whole build's result: a hash of every input file's bytes, of what reads and builds them
(the code, the settings that shape articles and events), so that an unchanged corpus is seen to be
unchanged without reading its articles.

The bytes are hashed, not the files' sizes and times: a file rewritten within the same second, or
copied with its times kept, is still seen. Hashing is cheap beside reading (decompressing, parsing,
cleaning, identifying the language); a file that cannot be hashed means no key (then the build reads
its inputs as usual and reports what is wrong).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Iterable

from ..config import Config
from ..ingest.walk import walk
from .keys import library_version, pipeline_fingerprint
from .snapshot import FORM

HTML = (".html", ".htm")
CHUNK = 1 << 20


def _config_part(config: Config) -> str:
    """What of ``config`` can change a build's articles, problems or events (not where it runs)."""
    return repr((config.languages, sorted(config.articles.items()), asdict(config.build),
                 config.max_article_chars, sorted(config.columns.items())))


def _library(name: str) -> str:
    try:
        return library_version(name)
    except ModuleNotFoundError:  # importlib.metadata's PackageNotFoundError: not installed
        return "none"


def inputs_key(inputs: Iterable[str], config: Config) -> str | None:
    """The key of the result of building ``inputs`` with ``config`` by this code, or None when there is
    none: stdin among the inputs, or a file that cannot be read."""
    digest = hashlib.sha256(f"result {FORM}\x00{pipeline_fingerprint()}\x00{_config_part(config)}".encode())
    inputs = list(inputs)
    if "-" in inputs:
        return None
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        digest.update(b"\x01" + item.encode("utf-8", "surrogateescape"))
        if path.is_dir():
            found = walk(path)
            digest.update(repr([str(p) for p in found.problems]).encode("utf-8", "surrogateescape"))
            files.extend(found.files)
            digest.update(repr([str(p) for p in found.files]).encode("utf-8", "surrogateescape"))
        elif path.exists():
            files.append(path)
        else:
            digest.update(b"\x02missing")
    if any(p.name.lower().endswith(HTML) for p in files):  # a page's date is never taken from after today
        digest.update(f"\x03{date.today()}\x00trafilatura {_library('trafilatura')}".encode())
    for path in files:
        content = hashlib.sha256()
        try:
            with path.open("rb") as stream:
                while chunk := stream.read(CHUNK):
                    content.update(chunk)
        except OSError:
            return None
        digest.update(b"\x04" + str(path).encode("utf-8", "surrogateescape") + b"\x00" + content.digest())
    return digest.hexdigest()

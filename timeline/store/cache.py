"""The build cache: an SQLite file of per-article extractions and of whole built timelines.

Rows are found by the keys of ``keys.py`` and hold JSON, never pickles. The file runs in
WAL mode and writes in transactions, so two builders can share it; a file
that is corrupt or not ours is reported, set aside, and rebuilt.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterable

from .keys import resolver_fingerprint

SCHEMA_VERSION = "1"
FILE_NAME = "timeline.sqlite3"


class CacheError(Exception):
    """The cache could not be used at all (it is then bypassed, never fatal)."""


def default_directory() -> Path:
    """``$TIMELINE_CACHE_DIR``, else the platform's cache directory."""
    override = os.environ.get("TIMELINE_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "timeline"
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "timeline" / "Cache"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "timeline"


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS extractions (key TEXT PRIMARY KEY, data TEXT NOT NULL, used REAL NOT NULL);
CREATE TABLE IF NOT EXISTS timelines (key TEXT PRIMARY KEY, data TEXT NOT NULL, used REAL NOT NULL);
"""


class Cache:
    """One cache file; open it in the thread that uses it (sqlite3 connections stay in theirs)."""

    def __init__(self, directory: Path | None = None, warn: Callable[[str], None] = lambda message: None):
        self.directory = directory or default_directory()
        self.path = self.directory / FILE_NAME
        self.warn = warn
        self.connection = self._open()
        self.fts = self._fts_table()

    def _open(self) -> sqlite3.Connection:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CacheError(f"cannot create cache folder {self.directory}: {error.strerror or error}") from None
        try:
            return self._connect()
        except sqlite3.DatabaseError as error:
            self.warn(f"cache {self.path} is corrupt or not timeline's ({error}); starting a new one")
            self._set_aside()
            try:
                return self._connect()
            except sqlite3.DatabaseError as again:
                raise CacheError(f"cannot use cache {self.path}: {again}") from None

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=30)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            with connection:
                connection.executescript(_SCHEMA)
                row = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
                if row is None:
                    connection.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
                elif row[0] != SCHEMA_VERSION:
                    raise sqlite3.DatabaseError(f"schema {row[0]!r}, expected {SCHEMA_VERSION!r}")
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    def _fts_table(self) -> bool:
        """Whether this SQLite has FTS5 (then excerpts are indexed for search)."""
        try:
            with self.connection:
                self.connection.execute("CREATE VIRTUAL TABLE IF NOT EXISTS excerpts "
                                        "USING fts5(timeline UNINDEXED, event UNINDEXED, text)")
            return True
        except sqlite3.OperationalError:
            return False

    def _set_aside(self) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(self.path) + suffix)
            if source.exists():
                try:
                    source.replace(Path(f"{self.path}.broken-{stamp}{suffix}"))
                except OSError:
                    source.unlink(missing_ok=True)

    def close(self) -> None:
        self.connection.close()

    # -- reading and writing (a database error mid-run disables the cache, never the build) ------

    def _guard(self, action: Callable[[], Any], default: Any) -> Any:
        try:
            return action()
        except sqlite3.DatabaseError as error:
            self.warn(f"cache {self.path} failed ({error}); continuing without it")
            return default

    def get_extractions(self, keys: list[str]) -> dict[str, Any]:
        def read() -> dict[str, Any]:
            found: dict[str, Any] = {}
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for key, data in self.connection.execute(
                        f"SELECT key, data FROM extractions WHERE key IN ({marks})", chunk):
                    found[key] = json.loads(data)
            return found

        return self._guard(read, {})

    def put_extractions(self, items: Iterable[tuple[str, Any]]) -> None:
        now = time.time()
        rows = [(key, json.dumps(data, ensure_ascii=False), now) for key, data in items]

        def write() -> None:
            with self.connection:
                self.connection.executemany("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?)", rows)

        self._guard(write, None)

    def get_timeline(self, key: str) -> Any | None:
        def read() -> Any | None:
            row = self.connection.execute("SELECT data FROM timelines WHERE key = ?", (key,)).fetchone()
            return None if row is None else json.loads(row[0])

        return self._guard(read, None)

    def put_timeline(self, key: str, data: Any, excerpts: Iterable[tuple[str, str]] = ()) -> None:
        """Store a built timeline, and index its ``(event id, text)`` excerpts when FTS5 is there."""
        def write() -> None:
            with self.connection:
                self.connection.execute("INSERT OR REPLACE INTO timelines VALUES (?, ?, ?)",
                                        (key, json.dumps(data, ensure_ascii=False), time.time()))
                if self.fts:
                    self.connection.execute("DELETE FROM excerpts WHERE timeline = ?", (key,))
                    self.connection.executemany("INSERT INTO excerpts VALUES (?, ?, ?)",
                                                ((key, event, text) for event, text in excerpts))

        self._guard(write, None)

    def search(self, key: str, query: str) -> set[str] | None:
        """Ids of the events of timeline ``key`` with a word starting like one of ``query``'s,
        or None when this SQLite has no FTS5 (then the caller searches everything itself)."""
        if not self.fts:
            return None
        return self._guard(lambda: _search(self.connection, key, query), None)

    def info(self) -> dict[str, Any]:
        counts = {table: self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("extractions", "timelines")}
        counts["fts5"] = self.fts
        size = sum(Path(str(self.path) + s).stat().st_size for s in ("", "-wal") if Path(str(self.path) + s).exists())
        return {"path": str(self.path), "bytes": size, "resolver": resolver_fingerprint(), **counts}

    def clear(self) -> None:
        with self.connection:
            self.connection.execute("DELETE FROM extractions")
            self.connection.execute("DELETE FROM timelines")
            if self.fts:
                self.connection.execute("DELETE FROM excerpts")
        self.connection.execute("VACUUM")


def _search(connection: sqlite3.Connection, key: str, query: str) -> set[str]:
    words = [w for w in "".join(c if c.isalnum() else " " for c in query).split() if w]
    if not words:
        return set()
    match = " OR ".join(f'"{w}"*' for w in words)
    rows = connection.execute("SELECT event FROM excerpts WHERE timeline = ? AND excerpts MATCH ?", (key, match))
    return {event for (event,) in rows}


def full_text_search(key: str, query: str, directory: Path | None = None) -> set[str] | None:
    """:meth:`Cache.search` for a thread other than the builder's, on a read-only connection of
    its own that changes nothing in the file; None when there is no cache file, no FTS5 index,
    or it cannot be read (the caller then searches everything itself)."""
    path = (directory or default_directory()) / FILE_NAME
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        return _search(connection, key, query)
    except sqlite3.Error:  # no excerpts table (an SQLite without FTS5), or a file being set aside
        return None
    finally:
        connection.close()

"""The build cache: an SQLite file of per-article extractions and of whole built timelines.

Rows are found by the keys of ``keys.py`` and hold JSON, never pickles. The file runs in
WAL mode and writes in transactions, so two builders can share it; a file
that is corrupt or not ours is reported, set aside, and rebuilt.

Each row also holds the fingerprint of the code that made it (``code``), its
size in bytes, and when a build last wrote or read it (``used``, seconds
since the epoch): :meth:`Cache.prune` drops rows made by other code or
unused for some days, :meth:`Cache.bound` the least recently used beyond a
size. A file of schema 1 (without them) is migrated in place: its rows get
no fingerprint until a build reads them, so a prune drops the ones no build
has read since.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterable

from . import streamed
from .keys import builder_fingerprint, one_reading, pipeline_fingerprint, remember_imports, resolver_fingerprint
from .snapshot import cleaned, unclean

SCHEMA_VERSION = "2"
#: a stored result read again within this many seconds of its last use is not marked used anew (marking
#: rewrites its rows and its articles' extractions, megabytes; the bound keeps what a run read anyway)
TOUCH_SECONDS = 3600
FILE_NAME = "timeline.sqlite3"
#: the import statements of the code, kept so that fingerprinting it need not parse it (``keys``)
IMPORTS_FILE = "imports.json"


def _loads(text: str) -> Any:
    """A stored row's JSON; a row from a file made elsewhere may hold characters that must not
    reach a terminal: what was cleaned on load is cleaned again."""
    data = json.loads(text)
    return cleaned(data) if unclean(text) else data


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
CREATE TABLE IF NOT EXISTS extractions (key TEXT PRIMARY KEY, data TEXT NOT NULL, used REAL NOT NULL,
                                        code TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS timelines (key TEXT PRIMARY KEY, data TEXT NOT NULL, used REAL NOT NULL,
                                      code TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, data TEXT NOT NULL, used REAL NOT NULL,
                                    code TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL DEFAULT 0);
"""
#: extractions: one article's mentions; timelines: a built timeline's events (by its articles' keys);
#: results: a whole timeline with its articles (by its input files' bytes: ``inputs``), read without
#: reading the inputs. A file of schema 2 gets the results table when it is opened.
TABLES = ("extractions", "timelines", "results")
_MIGRATE_1 = [f"ALTER TABLE {t} ADD COLUMN {c}" for t in TABLES[:2]
              for c in ("code TEXT NOT NULL DEFAULT ''", "size INTEGER NOT NULL DEFAULT 0")] + \
             [f"UPDATE {t} SET size = length(CAST(data AS BLOB))" for t in TABLES[:2]]
_INDEXES = [f"CREATE INDEX IF NOT EXISTS {t}_used ON {t} (used)" for t in TABLES]


def _code(table: str) -> str:
    """The fingerprint of the code whose rows ``table`` holds, as it is today."""
    return {"extractions": resolver_fingerprint, "timelines": builder_fingerprint,
            "results": pipeline_fingerprint}[table]()


class Cache:
    """One cache file; open it in the thread that uses it (sqlite3 connections stay in theirs)."""

    def __init__(self, directory: Path | None = None, warn: Callable[[str], None] = lambda message: None):
        self.directory = directory or default_directory()
        self.path = self.directory / FILE_NAME
        self.warn = warn
        # The code is fingerprinted as the cache opens, before anything is built: a file edited
        # while a long build runs must not file the old code's results under the new code's key.
        save_imports = remember_imports(self.directory / IMPORTS_FILE)
        with one_reading():
            resolver_fingerprint()
            builder_fingerprint()
            pipeline_fingerprint()
        self.connection = self._open()
        save_imports()
        self.fts = self._fts_table()
        #: rows used since then are this run's: :meth:`bound` keeps them
        self.opened = time.time()

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
                elif row[0] == "1":
                    for statement in _MIGRATE_1:
                        connection.execute(statement)
                    connection.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (SCHEMA_VERSION,))
                elif row[0] != SCHEMA_VERSION:
                    raise sqlite3.DatabaseError(f"schema {row[0]!r}, expected {SCHEMA_VERSION!r}")
                for statement in _INDEXES:
                    connection.execute(statement)
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
        except sqlite3.Error as error:  # a full disk, a locked file, a broken one
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
                    found[key] = _loads(data)
            return found

        found = self._guard(read, {})
        self._touch("extractions", list(found))
        return found

    def _touch(self, table: str, keys: list[str]) -> None:
        """Mark rows just read as used now by today's code (their key says they are its)."""
        if not keys:
            return
        now, code = time.time(), _code(table)

        def write() -> None:
            with self.connection:
                self.connection.executemany(f"UPDATE {table} SET used = ?, code = ? WHERE key = ?",
                                            ((now, code, key) for key in keys))

        self._guard(write, None)

    def put_extractions(self, items: Iterable[tuple[str, Any]]) -> None:
        now, code = time.time(), _code("extractions")
        texts = [(key, json.dumps(data, ensure_ascii=False)) for key, data in items]
        rows = [(key, text, now, code, len(text.encode("utf-8", "surrogatepass"))) for key, text in texts]

        def write() -> None:
            with self.connection:
                self.connection.executemany("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?, ?)", rows)

        self._guard(write, None)

    def get_timeline(self, key: str) -> Any | None:
        def read() -> Any | None:
            row = self.connection.execute("SELECT data FROM timelines WHERE key = ?", (key,)).fetchone()
            return None if row is None else _loads(row[0])

        found = self._guard(read, None)
        if found is not None:
            self._touch("timelines", [key])
        return found

    def put_timeline(self, key: str, data: Any, excerpts: Iterable[tuple[str, str]] = ()) -> None:
        """Store a built timeline, and index its ``(event id, text)`` excerpts when FTS5 is there. A
        top-level value of ``data`` may be an iterator: it is stored as the list of its items (``streamed``)."""
        text = streamed.dumps(data)
        excerpts = list(excerpts) if self.fts else []
        size = sum(len(part.encode("utf-8", "surrogatepass")) for part in [text, *(t for _, t in excerpts)])

        def write() -> None:
            with self.connection:
                self.connection.execute("INSERT OR REPLACE INTO timelines VALUES (?, ?, ?, ?, ?)",
                                        (key, text, time.time(), _code("timelines"), size))
                if self.fts:
                    self.connection.execute("DELETE FROM excerpts WHERE timeline = ?", (key,))
                    self.connection.executemany("INSERT INTO excerpts VALUES (?, ?, ?)",
                                                ((key, event, text) for event, text in excerpts))

        self._guard(write, None)

    def get_result(self, key: str) -> tuple[str, Any] | None:
        """The stored result ``key`` as (its timeline's key, its data), or None: not there, or its
        timeline's row is gone (its excerpts with it). Its rows (the result's, the timeline's, its
        articles' extractions) are marked used, so that the bound and prune keep them together."""
        def read() -> tuple[str, Any] | None:
            row = self.connection.execute("SELECT data, used FROM results WHERE key = ?", (key,)).fetchone()
            if row is None:
                return None
            stored, used = json.loads(row[0]), row[1]
            timeline = stored["timeline"]
            if not self.connection.execute("SELECT 1 FROM timelines WHERE key = ?", (timeline,)).fetchone():
                return None
            if time.time() - used > TOUCH_SECONDS:
                self._touch("results", [key])
                self._touch("timelines", [timeline])
                self._touch("extractions", stored["extractions"])
            return timeline, cleaned(stored["data"]) if unclean(row[0]) else stored["data"]

        try:
            return self._guard(read, None)
        except (ValueError, KeyError, TypeError):  # not JSON, or not of this form: built again
            return None

    def put_result(self, key: str, timeline: str, extractions: list[str], data: Iterable[str]) -> None:
        """Store a whole result under ``key``: the ``timeline`` key of its events' row, its articles'
        ``extractions`` keys, and ``data``: the pieces of its JSON text (``snapshot.timeline_json``),
        written as they come, so that the result's data is never held whole beside its text."""
        # ASCII: one byte a character in memory (a str holding one non-ASCII character takes two or
        # four for every character), and its length is its size; the tenfold corpus's result is
        # about 100 MB of JSON.
        try:
            text = "".join([f'{{"timeline": {json.dumps(timeline)}, "extractions": {json.dumps(extractions)}, '
                            '"data": ', *data, "}"])
        except MemoryError:
            self.warn(f"cache {self.path} could not store the whole result (out of memory); the timeline is built")
            return
        row = (key, text, time.time(), _code("results"), len(text))

        def write() -> None:
            with self.connection:
                self.connection.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?)", row)

        self._guard(write, None)

    def search(self, key: str, query: str) -> set[str] | None:
        """Ids of the events of timeline ``key`` with a word starting like one of ``query``'s,
        or None when this SQLite has no FTS5 (then the caller searches everything itself)."""
        if not self.fts:
            return None
        return self._guard(lambda: _search(self.connection, key, query), None)

    def info(self) -> dict[str, Any]:
        """The file's path and size, and per kind of row (``extractions``, ``timelines``): how
        many (``count``), their bytes, and how many today's code made or has read (``current``)."""
        kinds = {}
        for table in TABLES:
            count, size, current = self.connection.execute(
                f"SELECT count(*), coalesce(sum(size), 0), coalesce(sum(code = ?), 0) FROM {table}",
                (_code(table),)).fetchone()
            kinds[table] = {"count": count, "bytes": size, "current": current}
        return {"path": str(self.path), "bytes": self._file_bytes(), "resolver": resolver_fingerprint(),
                "builder": builder_fingerprint(), "fts5": self.fts, "kinds": kinds}

    def _file_bytes(self) -> int:
        return sum(Path(str(self.path) + s).stat().st_size for s in ("", "-wal") if Path(str(self.path) + s).exists())

    def prune(self, unused_days: float | None = None) -> dict[str, int]:
        """Drop the rows no current key can reach (made by code other than today's) and, with
        ``unused_days``, those no build has used for that long; then compact the file. Returns
        the rows dropped per table and the file's bytes ``before`` and ``after``."""
        before = self._file_bytes()
        cutoff = time.time() - unused_days * 86400 if unused_days is not None else float("-inf")
        dropped = {}
        with self.connection:
            for table in TABLES:
                dropped[table] = self.connection.execute(
                    f"DELETE FROM {table} WHERE code != ? OR used < ?", (_code(table), cutoff)).rowcount
            self._drop_orphan_excerpts()
        self.connection.execute("VACUUM")
        self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return {**dropped, "before": before, "after": self._file_bytes()}

    def _drop_orphan_excerpts(self) -> None:
        if self.fts:
            self.connection.execute("DELETE FROM excerpts WHERE timeline NOT IN (SELECT key FROM timelines)")

    def bound(self, max_bytes: int | None) -> int:
        """Drop the least recently used rows until the rows hold at most ``max_bytes`` (None: no
        bound), never one this run has used; returns how many were dropped. The file keeps its
        size (SQLite reuses the space); ``prune`` compacts it."""
        if max_bytes is None:
            return 0
        return self._guard(lambda: self._bound(max_bytes), 0)

    def _bound(self, max_bytes: int) -> int:
        total = sum(self.connection.execute(f"SELECT coalesce(sum(size), 0) FROM {t}").fetchone()[0] for t in TABLES)
        if total <= max_bytes:
            return 0
        doomed: dict[str, list[str]] = {t: [] for t in TABLES}
        rows = self._oldest_first()
        for table, key, size in rows:
            if total <= max_bytes:
                break
            doomed[table].append(key)
            total -= size
        rows.close()
        with self.connection:
            for table, keys in doomed.items():
                self.connection.executemany(f"DELETE FROM {table} WHERE key = ?", ((k,) for k in keys))
            self._drop_orphan_excerpts()
        return sum(len(keys) for keys in doomed.values())

    def _oldest_first(self) -> sqlite3.Cursor:
        """(table, key, size) of the rows used before this run, least recently used first."""
        return self.connection.execute(
            "SELECT kind, key, size FROM (SELECT 'extractions' AS kind, key, size, used FROM extractions "
            "UNION ALL SELECT 'timelines', key, size, used FROM timelines "
            "UNION ALL SELECT 'results', key, size, used FROM results) WHERE used < ? ORDER BY used, kind, key",
            (self.opened,))

    def clear(self) -> None:
        with self.connection:
            self.connection.execute("DELETE FROM extractions")
            self.connection.execute("DELETE FROM timelines")
            self.connection.execute("DELETE FROM results")
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

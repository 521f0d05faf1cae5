"""A stored result is untrusted like an input (its strings cleaned when it may hold control
characters), and a cache that fails to store one never fails the build that made it."""

import json
import shutil
import sqlite3
from pathlib import Path

from timeline import pipeline
from timeline.config import Config
from timeline.pipeline import open_timeline
from timeline.store.cache import FILE_NAME
from timeline.store.snapshot import cleaned, unclean

ROOT = Path(__file__).resolve().parent.parent


def corpus(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", folder)
    return folder


def test_escaped_and_raw_control_characters_are_seen_in_a_row():
    assert not unclean(json.dumps({"text": "Föreningen \u00e9t\u00e9\n\t😀"}))  # non-ASCII, a pair, tab, newline
    for bad in ("\x1b[31m", "\x9b2J", "\ufeff", "\ud83d", "\ude00", "\x7f"):
        assert unclean(json.dumps({"text": f"a{bad}b"})), repr(bad)  # escaped, as the cache writes it
        assert unclean(f'{{"text": "é{bad}"}}'), repr(bad)  # raw, in a row written by another program


def test_cleaned_blanks_every_string_keeping_lengths():
    data = [2, ["a\x1b[31mred", None, 3], {"k": "\x07bell"}]
    assert cleaned(data) == [2, ["a     red", None, 3], {"k": " bell"}]


def test_a_stored_result_with_control_characters_is_cleaned_when_read(tmp_path, monkeypatch):
    folder = corpus(tmp_path, monkeypatch)
    built = open_timeline([folder], Config())
    article = built.articles[0]
    connection = sqlite3.connect(tmp_path / "cache" / FILE_NAME)
    with connection:
        (text,) = connection.execute("SELECT data FROM results").fetchone()
        stored = json.loads(text)
        stored["data"][1][0][2] = "\x1b]0;owned\x07" + stored["data"][1][0][2][10:]  # the same length
        connection.execute("UPDATE results SET data = ?", (json.dumps(stored),))
    connection.close()
    warm = open_timeline([folder], Config())
    assert warm.stats.cached_timeline
    assert warm.articles[0].id == article.id
    assert warm.articles[0].text == " " * 10 + article.text[10:]
    assert all("\x1b" not in m.sentence for m in warm.mentions)


class _FullDisk:
    """A connection whose every write of a whole result fails as on a full disk."""

    def __init__(self, real):
        self.real = real

    def execute(self, sql, *args):
        if sql.startswith("INSERT OR REPLACE INTO results"):
            raise sqlite3.OperationalError("database or disk is full")
        return self.real.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self.real, name)

    def __enter__(self):
        return self.real.__enter__()

    def __exit__(self, *exc):
        return self.real.__exit__(*exc)


def test_a_result_that_cannot_be_stored_still_gives_the_timeline(tmp_path, monkeypatch):
    folder = corpus(tmp_path, monkeypatch)
    real_open = pipeline.open_cache

    def failing(warn):
        cache = real_open(warn)
        cache.connection = _FullDisk(cache.connection)
        return cache

    monkeypatch.setattr(pipeline, "open_cache", failing)
    warnings = []
    timeline = open_timeline([folder], Config(), warn=warnings.append)
    assert timeline.events and not timeline.stats.cached_timeline
    assert len(warnings) == 1 and "disk is full" in warnings[0] and "\n" not in warnings[0]
    again = open_timeline([folder], Config(), warn=warnings.append)  # nothing was stored: built again
    assert [e.summary for e in again.events] == [e.summary for e in timeline.events]


def test_stored_extractions_and_timelines_with_control_characters_are_cleaned_when_read(tmp_path):
    from timeline.store.cache import Cache

    cache = Cache(tmp_path / "c")
    cache.put_extractions([("k", {"sentence": "a\x1b[31mred"})])
    cache.put_timeline("t", {"summary": "\x07bell", "n": 3})
    assert cache.get_extractions(["k"]) == {"k": {"sentence": "a     red"}}
    assert cache.get_timeline("t") == {"summary": " bell", "n": 3}

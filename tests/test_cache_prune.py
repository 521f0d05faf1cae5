"""The cache at scale: prune keeps what today's keys reach, the size bound drops the least recently used."""

import io
import json
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from timeline import build_timeline
from timeline.cli import main
from timeline.config import Config, ConfigError, parse_config
from timeline.ingest import load
from timeline.store.cache import FILE_NAME, Cache

ROOT = Path(__file__).resolve().parent.parent
DAY = 86400


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", folder)
    return folder


def build(folder, cache_dir):
    cache = Cache(cache_dir)
    try:
        return build_timeline(load([folder], Config()).articles, cache=cache)
    finally:
        cache.close()


def rows(cache_dir, table):
    connection = sqlite3.connect(Path(cache_dir) / FILE_NAME)
    try:
        return {key: (used, code) for key, used, code in connection.execute(f"SELECT key, used, code FROM {table}")}
    finally:
        connection.close()


def put_foreign(cache_dir, table, key, used, code="older-code"):
    """A row made by other code (or long ago), as another version of timeline would leave it."""
    connection = sqlite3.connect(Path(cache_dir) / FILE_NAME)
    with connection:
        connection.execute(f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?)", (key, json.dumps([]), used, code, 2))
    connection.close()


def test_prune_keeps_what_current_keys_need_and_drops_the_rest(corpus, tmp_path):
    cache_dir = tmp_path / "c"
    build(corpus, cache_dir)
    needed = {t: set(rows(cache_dir, t)) for t in ("extractions", "timelines")}
    cache = Cache(cache_dir)
    current_code = {t: next(iter(rows(cache_dir, t).values()))[1] for t in needed}
    cache.close()
    put_foreign(cache_dir, "extractions", "other-resolver", time.time())
    put_foreign(cache_dir, "timelines", "other-builder", time.time())
    put_foreign(cache_dir, "extractions", "gone-article", time.time() - 40 * DAY, current_code["extractions"])

    cache = Cache(cache_dir)
    done = cache.prune(unused_days=30)
    cache.close()
    assert (done["extractions"], done["timelines"]) == (2, 1)
    assert {t: set(rows(cache_dir, t)) for t in needed} == needed
    again = build(corpus, cache_dir)  # everything today's build needs is still there
    assert again.stats.cached_timeline and again.stats.extracted == 0


def test_rows_read_by_a_build_count_as_used(corpus, tmp_path):
    cache_dir = tmp_path / "c"
    build(corpus, cache_dir)
    connection = sqlite3.connect(cache_dir / FILE_NAME)
    with connection:
        connection.execute("UPDATE extractions SET used = ?", (time.time() - 40 * DAY,))
        connection.execute("UPDATE timelines SET used = ?", (time.time() - 40 * DAY,))
    connection.close()
    build(corpus, cache_dir)  # warm: reads the timeline and the extractions it is made of
    cache = Cache(cache_dir)
    done = cache.prune(unused_days=30)
    cache.close()
    # Only the two undated seeds' first extractions (before dating) were not read: a warm build
    # needs their extractions against the inferred dates.
    assert (done["extractions"], done["timelines"]) == (2, 0)
    again = build(corpus, cache_dir)
    assert again.stats.cached_timeline and again.stats.extracted == 0


def test_a_schema_1_file_is_migrated_and_its_rows_still_serve(corpus, tmp_path):
    cache_dir = tmp_path / "c"
    build(corpus, cache_dir)
    before = rows(cache_dir, "extractions")
    connection = sqlite3.connect(cache_dir / FILE_NAME)
    with connection:  # back to schema 1: the same rows without code and size
        for table in ("extractions", "timelines"):
            connection.execute(f"CREATE TABLE old AS SELECT key, data, used FROM {table}")
            connection.execute(f"DROP TABLE {table}")
            connection.execute(f"ALTER TABLE old RENAME TO {table}")
        connection.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    connection.close()
    again = build(corpus, cache_dir)
    assert again.stats.cached_timeline and again.stats.extracted == 0
    after = rows(cache_dir, "extractions")
    assert set(after) == set(before)
    read = {key for key, (_, code) in after.items() if code}  # a row read gets today's code
    assert len(read) == len(before) - 2  # all but the undated seeds' extractions before dating
    cache = Cache(cache_dir)
    info = cache.info()["kinds"]
    cache.close()
    assert (info["extractions"]["current"], info["extractions"]["count"]) == (len(read), len(before))
    assert info["extractions"]["bytes"] > 0


def test_the_size_bound_drops_least_recently_used_first_never_this_runs(tmp_path):
    cache = Cache(tmp_path / "c")
    cache.put_extractions([("old", ["x" * 1000])])
    cache.put_extractions([("newer", ["y" * 1000])])
    connection = cache.connection
    with connection:
        connection.execute("UPDATE extractions SET used = used - 100 WHERE key = 'old'")
        connection.execute("UPDATE extractions SET used = used - 50 WHERE key = 'newer'")
    cache.close()

    cache = Cache(tmp_path / "c")  # a new run
    cache.put_extractions([("this-run", ["z" * 1000])])
    assert cache.bound(2500) == 1  # three rows of about 1 KB: the oldest goes
    assert set(rows(tmp_path / "c", "extractions")) == {"newer", "this-run"}
    assert cache.bound(10) == 1  # never what this run used, however small the bound
    assert set(rows(tmp_path / "c", "extractions")) == {"this-run"}
    assert cache.bound(None) == 0
    cache.close()


def test_a_build_applies_the_bound_from_config(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "c"))
    config = tmp_path / "config.toml"
    config.write_text("[cache]\nmax_megabytes = 0.001\n")  # 1 KB: smaller than one build
    err = io.StringIO()
    assert main(["--config", str(config), "build", str(corpus)], stdout=io.StringIO(), stderr=err) == 0
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(sorted(corpus.iterdir())[0], other / "one.txt")
    assert main(["--config", str(config), "build", str(other)], stdout=io.StringIO(), stderr=err) == 0
    # The second build drops the first's rows (least recently used), never its own.
    assert len(rows(tmp_path / "c", "timelines")) == 1
    assert len(rows(tmp_path / "c", "extractions")) == 1


def test_cache_prune_and_info_commands(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "c"))
    assert main(["build", str(corpus)], stdout=io.StringIO(), stderr=io.StringIO()) == 0
    put_foreign(tmp_path / "c", "extractions", "other-resolver", time.time())
    out = io.StringIO()
    assert main(["cache", "info"], stdout=out, stderr=io.StringIO()) == 0
    assert "8 article extractions" in out.getvalue() and "1 of them made by other code" in out.getvalue()
    out = io.StringIO()
    assert main(["cache", "prune", "--unused-days", "7"], stdout=out, stderr=io.StringIO()) == 0
    assert out.getvalue().startswith("timeline: dropped 1 article extractions, 0 built timelines and 0 whole results")
    with pytest.raises(SystemExit):  # argparse: a usage error, exit 2
        main(["cache", "prune", "--unused-days", "x"], stdout=io.StringIO(), stderr=io.StringIO())


@pytest.mark.parametrize("value", [-1, "big", True])
def test_cache_max_megabytes_is_checked(value):
    with pytest.raises(ConfigError, match="cache.max_megabytes"):
        parse_config({"cache": {"max_megabytes": value}}, "c.toml", Path("."))

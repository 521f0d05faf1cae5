"""Whole stored results: an unchanged corpus is read back without reading its files, with the same
export byte for byte; any changed input, setting or code builds again."""

import io
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.ingest import loader
from timeline.store.cache import FILE_NAME
from timeline.store.keys import code_closure

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", folder)
    return folder


@pytest.fixture
def reads(monkeypatch):
    """How many times the loader read the inputs."""
    calls = []
    original = loader.Loader.load

    def counted(self, *args, **kwargs):
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(loader.Loader, "load", counted)
    return calls


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    assert main(list(argv), stdout=out, stderr=err) == 0, err.getvalue()
    return out.getvalue(), err.getvalue()


def stored_rows(tmp_path):
    connection = sqlite3.connect(tmp_path / "cache" / FILE_NAME)
    try:
        return connection.execute("SELECT count(*) FROM results").fetchone()[0]
    finally:
        connection.close()


@pytest.mark.parametrize("level, form", [("mention", "json"), ("event", "csv"), ("event", "markdown")])
def test_a_stored_result_exports_what_a_cold_build_does(corpus, reads, level, form):
    cold, _ = run("export", str(corpus), "--no-cache", "--level", level, "--format", form)
    first, _ = run("export", str(corpus), "--level", level, "--format", form)
    assert len(reads) == 2
    warm, _ = run("export", str(corpus), "--level", level, "--format", form)
    assert len(reads) == 2  # the files were not read again
    assert warm == first == cold


def test_a_warm_build_says_all_from_the_cache(corpus, reads):
    run("build", str(corpus))
    out, _ = run("build", str(corpus))
    assert "all from the cache" in out and len(reads) == 1


def test_a_changed_file_is_read_again_even_with_its_size_and_time_kept(corpus, reads, tmp_path):
    run("build", str(corpus))
    changed = corpus / "003_6641de5ea90b4dcb.txt"
    text = changed.read_text(encoding="utf-8")
    stamp = changed.stat()
    swapped = text.replace("2013", "2012") if "2013" in text else text.replace("a", "e", 1)
    assert swapped != text and len(swapped) == len(text)
    changed.write_text(swapped, encoding="utf-8")
    os.utime(changed, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    out, _ = run("export", str(corpus), "--level", "mention", "--format", "json")
    assert len(reads) == 2
    cold, _ = run("export", str(corpus), "--no-cache", "--level", "mention", "--format", "json")
    assert out == cold


def test_an_added_or_removed_file_is_seen(corpus, reads):
    run("build", str(corpus))
    (corpus / "new.txt").write_text("date 2020-10-20 The mayor resigned on Monday.", encoding="utf-8")
    out, _ = run("export", str(corpus), "--level", "mention", "--format", "json")
    assert len(reads) == 2 and '"new"' in out
    (corpus / "new.txt").unlink()
    out, _ = run("export", str(corpus), "--level", "mention", "--format", "json")
    assert len(reads) == 2 and '"new"' not in out  # the first build's result again: read back, not built


def test_an_edited_config_builds_again(corpus, reads, tmp_path):
    run("build", str(corpus))
    config = tmp_path / "config.toml"
    config.write_text("[events]\nmerge_threshold = 0.5\n")
    run("--config", str(config), "build", str(corpus))
    assert len(reads) == 2
    run("--config", str(config), "build", str(corpus))
    assert len(reads) == 2
    config.write_text("[corpus]\nlanguages = [\"sv\", \"en\"]\n")
    run("--config", str(config), "build", str(corpus))
    assert len(reads) == 3


def test_new_code_builds_again(corpus, reads, monkeypatch):
    import timeline.store.inputs as inputs

    run("build", str(corpus))
    monkeypatch.setattr(inputs, "pipeline_fingerprint", lambda: "other code")
    run("build", str(corpus))
    assert len(reads) == 2


def test_the_key_covers_reading_building_and_the_stored_form():
    names = {p.relative_to(ROOT / "timeline").as_posix()
             for p in code_closure("timeline.pipeline", "timeline.store.inputs", "timeline.store.snapshot")}
    assert {"ingest/loader.py", "ingest/clean.py", "ingest/walk.py", "build.py", "events/merge.py",
            "store/snapshot.py", "store/inputs.py", "temporal/resources/en.toml"} <= names


def test_problems_are_said_again_from_a_stored_result(corpus, reads):
    (corpus / "empty.txt").write_text("")
    (corpus / "notes.odt").write_bytes(b"x")
    _, first = run("build", str(corpus))
    _, again = run("build", str(corpus))
    assert len(reads) == 1
    assert again == first and "empty.txt: empty file, skipped" in again and "of other kinds skipped" in again


def test_stdin_is_never_stored(corpus, tmp_path):
    text = (corpus / "003_6641de5ea90b4dcb.txt").read_text(encoding="utf-8")
    for _ in range(2):
        out, err = io.StringIO(), io.StringIO()
        assert main(["build", "-"], stdin=io.StringIO(text), stdout=out, stderr=err) == 0, err.getvalue()
    assert stored_rows(tmp_path) == 0


def test_a_damaged_stored_result_is_built_again(corpus, reads, tmp_path):
    first, _ = run("export", str(corpus), "--level", "mention", "--format", "json")
    connection = sqlite3.connect(tmp_path / "cache" / FILE_NAME)
    with connection:
        connection.execute("UPDATE results SET data = json_set(data, '$.data', json('[1, 2]'))")
    connection.close()
    again, _ = run("export", str(corpus), "--level", "mention", "--format", "json")
    assert again == first and len(reads) == 2
    connection = sqlite3.connect(tmp_path / "cache" / FILE_NAME)
    with connection:
        connection.execute("UPDATE results SET data = '[not json'")
    connection.close()
    again, _ = run("export", str(corpus), "--level", "mention", "--format", "json")
    assert again == first and len(reads) == 3


def test_a_build_with_its_own_problem_stores_no_whole_result(corpus, reads, monkeypatch, tmp_path):
    """An article stopped for its time limit may be quicker next time: that build is not kept whole."""
    import timeline.build as build
    from timeline.model import Problem

    original = build.build_timeline

    def slow_article(articles, problems=(), *args, **kwargs):
        timeline = original(articles, problems, *args, **kwargs)
        timeline.problems.append(Problem("x.txt", "took longer than 30 s", skipped=False))
        return timeline

    monkeypatch.setattr(build, "build_timeline", slow_article)
    _, err = run("build", str(corpus))
    assert "x.txt: took longer than 30 s" in err and stored_rows(tmp_path) == 0
    monkeypatch.setattr(build, "build_timeline", original)
    run("build", str(corpus))
    run("build", str(corpus))
    assert stored_rows(tmp_path) == 1 and len(reads) == 2



def test_a_stored_result_keeps_the_story_words(tmp_path, monkeypatch, reads):
    """The story words (what key dates read) come back with a stored result, as built."""
    from timeline.config import load_config
    from timeline.pipeline import open_timeline

    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "story"
    folder.mkdir()
    told = ["engineers met families", "the reservoir was drained", "critics wrote to the minister",
            "insurers asked for the report", "walkers avoided the footpath", "workers went home early",
            "pumps were checked", "divers inspected the wall", "farmers asked for water", "the inquiry opened"]
    for n, what in enumerate(told):  # ten articles of one story (fewer make no story words)
        (folder / f"2021-03-{n + 1:02}-{n}.txt").write_text(
            f"Valley news\n\nAt the Quillon dam {what} on {n + 1} March 2021.\n\nMore news\n", encoding="utf-8")
    built = open_timeline([folder], load_config())
    stored = open_timeline([folder], load_config())
    assert len(reads) == 1  # the second came whole from the cache
    assert built.story  # a folder of one story: words that could be lost
    assert stored.story == built.story


def test_the_key_covers_the_modules_behind_lazily_imported_names():
    """A package's lazily imported names (its ``_WHERE`` table) count as imports: the reader is in
    the ingest package's closure though nothing there imports it by a statement."""
    names = {p.relative_to(ROOT / "timeline").as_posix() for p in code_closure("timeline.ingest")}
    assert {"ingest/loader.py", "ingest/language.py", "lazy.py"} <= names

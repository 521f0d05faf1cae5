"""The build cache: hits, invalidation, recovery, concurrency, and parallel builds that agree."""

import io
import multiprocessing
import shutil
import sqlite3
from pathlib import Path

import pytest

from timeline import build_timeline
from timeline.store.cache import FILE_NAME, Cache, full_text_search
from timeline.store.keys import EXTRACTION_MODULES, resolver_fingerprint
from timeline.cli import main
from timeline.config import Config
from timeline.ingest import load
from timeline.settings import BuildSettings, MergeSettings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", folder)
    return folder


def build(folder, cache_dir, settings=BuildSettings(), jobs=1):
    cache = Cache(cache_dir)
    try:
        return build_timeline(load([folder], Config()).articles, settings=settings, cache=cache, jobs=jobs)
    finally:
        cache.close()


def counts(timeline):
    stats = timeline.stats
    return {"extracted": stats.extracted, "reused": stats.reused, "cached_timeline": stats.cached_timeline}


def export(folder, cache_dir, *flags):
    out, err = io.StringIO(), io.StringIO()
    env_flags = list(flags)
    code = main(["export", str(folder), *env_flags], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    return out.getvalue()


def test_second_build_is_a_cache_hit(corpus, tmp_path):
    first = build(corpus, tmp_path / "c")
    assert counts(first) == {"extracted": 5, "reused": 0, "cached_timeline": False}
    second = build(corpus, tmp_path / "c")
    assert second.stats.cached_timeline is True
    assert [(e.id, e.label, e.summary, e.articles) for e in second.events] == \
        [(e.id, e.label, e.summary, e.articles) for e in first.events]
    assert [a.published for a in second.articles] == [a.published for a in first.articles]


def test_a_changed_file_is_the_only_one_extracted(corpus, tmp_path):
    build(corpus, tmp_path / "c")
    changed = corpus / "003_6641de5ea90b4dcb.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe couple married in 2013.", encoding="utf-8")
    (corpus / "new.txt").write_text("date 2020-10-20 The mayor resigned on Monday.", encoding="utf-8")
    again = build(corpus, tmp_path / "c")
    assert counts(again) == {"extracted": 2, "reused": 4, "cached_timeline": False}
    assert any(m.article.id == "new" for m in again.mentions)


def test_a_setting_that_shapes_events_misses_the_timeline_but_not_the_extractions(corpus, tmp_path):
    build(corpus, tmp_path / "c")
    strict = BuildSettings(merge=MergeSettings(threshold=0.9))
    again = build(corpus, tmp_path / "c", settings=strict)
    assert counts(again) == {"extracted": 0, "reused": 5, "cached_timeline": False}


def test_a_pinned_date_is_a_new_extraction(corpus, tmp_path):
    from timeline.config import ArticlePin

    build(corpus, tmp_path / "c")
    pinned = Config(articles={"000_e0547175e613560b": ArticlePin(published=__import__("datetime").date(2020, 10, 20))})
    cache = Cache(tmp_path / "c")
    timeline = build_timeline(load([corpus], pinned).articles, cache=cache)
    cache.close()
    assert timeline.stats.extracted >= 1


def test_a_new_resolver_misses_everything(corpus, tmp_path, monkeypatch):
    build(corpus, tmp_path / "c")
    resolver_fingerprint.cache_clear()
    monkeypatch.setattr("timeline.temporal.RESOLVER_VERSION", "changed")
    try:
        again = build(corpus, tmp_path / "c")
    finally:
        resolver_fingerprint.cache_clear()
    assert again.stats.extracted == 5


def test_new_merging_code_misses_the_timeline_but_not_the_extractions(corpus, tmp_path, monkeypatch):
    import timeline.store.keys

    build(corpus, tmp_path / "c")
    monkeypatch.setattr(timeline.store.keys, "builder_fingerprint", lambda: "another version of merge.py")
    again = build(corpus, tmp_path / "c")
    assert counts(again) == {"extracted": 0, "reused": 5, "cached_timeline": False}


def test_a_corrupt_cache_is_reported_and_rebuilt(corpus, tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / FILE_NAME).write_bytes(b"this is not an sqlite file" * 100)
    warnings = []
    cache = Cache(folder, warn=warnings.append)
    timeline = build_timeline(load([corpus], Config()).articles, cache=cache)
    cache.close()
    assert warnings and "corrupt or not timeline's" in warnings[0]
    assert len(timeline.events) == 8
    assert list(folder.glob(f"{FILE_NAME}.broken-*"))
    assert build(corpus, folder).stats.cached_timeline is True


def test_a_foreign_sqlite_file_is_set_aside(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    other = sqlite3.connect(folder / FILE_NAME)
    other.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    other.execute("INSERT INTO meta VALUES ('schema', 'someone else')")
    other.commit()
    other.close()
    warnings = []
    Cache(folder, warn=warnings.append).close()
    assert warnings and "schema" in warnings[0]


def _build_in_process(args):
    folder, cache_dir = args
    timeline = build(Path(folder), Path(cache_dir))
    return len(timeline.events)


def test_concurrent_builders_share_the_cache(corpus, tmp_path):
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        results = pool.map(_build_in_process, [(str(corpus), str(tmp_path / "c"))] * 4)
    assert results == [8, 8, 8, 8]
    cache = Cache(tmp_path / "c")
    assert cache.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert cache.info()["kinds"]["timelines"]["count"] == 1
    cache.close()


def test_jobs_1_and_jobs_2_export_the_same(tmp_path, monkeypatch):
    import timeline.extraction.extractor

    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setattr(timeline.extraction.extractor, "PARALLEL_MINIMUM", 1)  # the seeds are few: use the processes anyway
    folder = ROOT / "seeds"
    assert export(folder, None, "--jobs", "2", "--no-cache") == export(folder, None, "--jobs", "1", "--no-cache")
    assert export(folder, None, "--jobs", "2") == export(folder, None, "--jobs", "1", "--no-cache")


def test_cache_commands(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "c"))
    out, err = io.StringIO(), io.StringIO()
    assert main(["build", str(ROOT / "seeds")], stdout=out, stderr=err) == 0
    assert "8 events" in out.getvalue() and "5 extracted" in out.getvalue()
    out = io.StringIO()
    assert main(["cache", "info"], stdout=out, stderr=err) == 0
    assert str(tmp_path / "c") in out.getvalue() and "1 built timelines" in out.getvalue()
    out = io.StringIO()
    assert main(["cache", "clear"], stdout=out, stderr=err) == 0
    out = io.StringIO()
    main(["cache", "info"], stdout=out, stderr=err)
    assert "0 article extractions" in out.getvalue()


def test_an_unusable_cache_folder_is_not_fatal(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(blocker / "sub"))
    out, err = io.StringIO(), io.StringIO()
    assert main(["export", str(ROOT / "seeds")], stdout=out, stderr=err) == 0
    assert "building without a cache" in err.getvalue() and out.getvalue().startswith("event_id")


def test_full_text_search_over_excerpts(corpus, tmp_path):
    from timeline.output.view import Filters, visible

    timeline = build(corpus, tmp_path / "c")
    cache = Cache(tmp_path / "c")
    try:
        found = cache.search(timeline.stats.key, "grocer")
        if not cache.fts:
            assert found is None  # no FTS5 in this SQLite: callers fall back to fuzzy search
            return
    finally:
        cache.close()
    assert found and all("grocery" in e.summary for e in timeline.events if e.id in found)
    shown = visible(timeline, Filters(query="grocery"), candidates=found)
    assert [timeline.events[i].id for i in shown] == sorted(found)
    # The app's search thread reads the same on a read-only connection that writes no row.
    before = (tmp_path / "c" / FILE_NAME).read_bytes()
    assert full_text_search(timeline.stats.key, "grocer", tmp_path / "c") == found
    assert full_text_search(timeline.stats.key, "grocer", tmp_path / "nowhere") is None
    assert (tmp_path / "c" / FILE_NAME).read_bytes() == before


def test_cache_keys_cover_every_module_the_build_runs():
    """Fingerprints follow the imports, so a module added or split cannot drop out of a key."""
    import subprocess
    import sys

    from timeline.store.keys import ROOT as PACKAGE
    from timeline.store.keys import code_closure

    def code_run_by(setup: str, call: str) -> set[Path]:
        """The timeline source files whose functions run while a fresh interpreter runs ``call``."""
        code = (f"import sys\n{setup}\nran = set()\n"
                "sys.setprofile(lambda frame, event, arg: ran.add(frame.f_code.co_filename))\n"
                f"{call}\nsys.setprofile(None)\nprint('\\n'.join(ran))")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        return {Path(f).resolve() for f in out.split() if Path(f).is_file() and PACKAGE in Path(f).resolve().parents}

    articles = load([ROOT / "seeds"], Config()).articles
    assert any(a.published is None for a in articles)  # so dating runs too
    built = code_run_by("from timeline.ingest import load\nfrom timeline.config import Config\n"
                        "from timeline.build import build_timeline\n"
                        f"articles = load([{str(ROOT / 'seeds')!r}], Config()).articles",
                        "build_timeline(articles)")
    assert PACKAGE / "events" / "merge.py" in built
    assert built <= set(code_closure("timeline.build"))
    extracted = code_run_by("from timeline.extraction.mentions import extract_mentions\n"
                            "from timeline.store.serialize import mentions_data\n"
                            "from timeline.model import Article, PublishSource\nimport datetime\n"
                            "article = Article('a', 'a', 'He left on Monday. Två dagar senare. It rained two weeks "
                            "ago.', datetime.date(2020, 10, 15), PublishSource.HEADER, 'en')",
                            "mentions_data(extract_mentions(article))")
    resolver = set(code_closure(*EXTRACTION_MODULES))
    assert PACKAGE / "temporal" / "anaphora.py" in extracted and extracted <= resolver
    names = {p.relative_to(PACKAGE).as_posix() for p in resolver}
    assert {"temporal/resources/en.toml", "temporal/resources/sv.toml"} <= names
    # The rules of what is prepared beside each article's mentions (its summaries, roles, signatures) are in
    # the key; nothing else that cannot change them: new joining or caching code keeps extractions.
    assert {"events/prepared.py", "events/summary.py", "events/dependent.py", "events/evidence.py"} <= names
    assert not {f"events/{n}.py" for n in ("merge", "cluster", "pairs", "regroup", "fusion", "importance")} & names
    assert not [n for n in names if n.startswith(("store/cache", "ingest/", "cli/"))]
    # (settings.py comes in with ``evidence``, whose thresholds compare mentions: nothing prepared reads them)
    # The per-article step that decides what is cached beside the mentions (furniture, prepared answers) is in it.
    assert "extraction/extractor.py" in names


def test_an_edited_extractor_misses_the_cached_extractions(monkeypatch):
    """``extraction.extractor`` puts together what is cached for an article (its mentions, its page's
    furniture, the prepared answers): a change to it must not read the old code's extractions."""
    from timeline.store.keys import ROOT as PACKAGE

    edited = PACKAGE / "extraction" / "extractor.py"
    read_bytes = Path.read_bytes
    resolver_fingerprint.cache_clear()
    try:
        before = resolver_fingerprint()
        monkeypatch.setattr(Path, "read_bytes",
                            lambda path: read_bytes(path) + (b"\n# edited\n" if path == edited else b""))
        resolver_fingerprint.cache_clear()
        assert resolver_fingerprint() != before
    finally:
        resolver_fingerprint.cache_clear()


def test_a_new_module_changes_the_fingerprint(tmp_path, monkeypatch):
    import timeline.store.keys as keys

    package = tmp_path / "timeline"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("from .a import f\n")
    (package / "sub" / "a.py").write_text("def f(): return 1\n")
    monkeypatch.setattr(keys, "ROOT", package)
    before = keys.fingerprint("timeline.sub")
    (package / "sub" / "a.py").write_text("from .b import g\ndef f(): return g()\n")
    (package / "sub" / "b.py").write_text("def g(): return 1\n")
    split = keys.fingerprint("timeline.sub")
    (package / "sub" / "b.py").write_text("def g(): return 2\n")
    changed = keys.fingerprint("timeline.sub")
    (package / "sub" / "data").mkdir()
    (package / "sub" / "data" / "__init__.py").write_text("")  # a data folder that is a package too
    (package / "sub" / "data" / "words.toml").write_text("a = 1\n")
    assert len({before, split, changed, keys.fingerprint("timeline.sub")}) == 4


def test_the_code_is_fingerprinted_when_the_cache_opens(tmp_path, monkeypatch):
    """A file edited while a build runs must not file the old code's results under the new key."""
    from timeline.store.keys import builder_fingerprint

    resolver_fingerprint.cache_clear(), builder_fingerprint.cache_clear()
    try:
        cache = Cache(tmp_path / "c")
        monkeypatch.setattr("timeline.store.keys.fingerprint", lambda *modules, libraries=(): "edited")
        assert builder_fingerprint() != "edited"  # the code as it was when the cache opened
        fresh = resolver_fingerprint()
        resolver_fingerprint.cache_clear()
        assert resolver_fingerprint() != fresh
        cache.close()
    finally:
        resolver_fingerprint.cache_clear(), builder_fingerprint.cache_clear()

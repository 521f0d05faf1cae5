"""What a warm build costs before the cache answers: the code fingerprinted in one reading of its
files, and none of the heavy modules (the reader, the resolver, the events' rules) imported."""

from collections import Counter
from pathlib import Path

from timeline.store import keys
from timeline.store.cache import Cache


def _fresh_fingerprints():
    for fingerprint in (keys.resolver_fingerprint, keys.builder_fingerprint, keys.pipeline_fingerprint):
        fingerprint.cache_clear()


def test_the_cache_opening_reads_each_source_once(tmp_path, monkeypatch):
    """Its three fingerprints cover mostly the same few hundred files: one reading serves them all."""
    reads = Counter()
    read_bytes = Path.read_bytes

    def counted(path):
        reads[path] += 1
        return read_bytes(path)

    _fresh_fingerprints()
    try:
        monkeypatch.setattr(Path, "read_bytes", counted)
        Cache(tmp_path / "c").close()
    finally:
        monkeypatch.undo()
        _fresh_fingerprints()
    assert len(reads) > 100  # the whole pipeline's code
    assert max(reads.values()) == 1


def test_one_reading_gives_the_fingerprints_of_separate_ones():
    roots = [keys.EXTRACTION_MODULES, ("timeline.build",), ("timeline.pipeline", "timeline.store.inputs")]
    apart = [keys.fingerprint(*modules) for modules in roots]
    with keys.one_reading():
        together = [keys.fingerprint(*modules) for modules in roots]
        closure = keys.code_closure("timeline.pipeline")
    assert together == apart and closure == keys.code_closure("timeline.pipeline")


def test_an_edit_after_one_reading_is_seen(tmp_path, monkeypatch):
    root = tmp_path / "timeline"
    (root / "sub").mkdir(parents=True)
    (root / "__init__.py").write_text("", "utf-8")
    (root / "sub" / "__init__.py").write_text("from .a import f\n", "utf-8")
    (root / "sub" / "a.py").write_text("def f():\n    return 1\n", "utf-8")
    monkeypatch.setattr(keys, "ROOT", root)
    monkeypatch.setattr(keys, "_known_imports", {})
    monkeypatch.setattr(keys, "_used_imports", set())
    with keys.one_reading():
        before = keys.fingerprint("timeline.sub")
        (root / "sub" / "a.py").write_text("from .b import g\ndef f():\n    return g()\n", "utf-8")
        (root / "sub" / "b.py").write_text("def g():\n    return 2\n", "utf-8")
        assert keys.fingerprint("timeline.sub") == before  # the code as the reading first saw it
    assert keys.fingerprint("timeline.sub") != before
    assert root / "sub" / "b.py" in keys.code_closure("timeline.sub")

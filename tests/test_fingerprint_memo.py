"""The code's imports remembered between runs: the same fingerprints, and a bad memo is ignored."""

import json

from timeline.store import keys


def test_remembered_imports_give_the_same_fingerprint(tmp_path, monkeypatch):
    memo = tmp_path / "imports.json"
    monkeypatch.setattr(keys, "_known_imports", {})
    monkeypatch.setattr(keys, "_used_imports", set())
    save = keys.remember_imports(memo)
    parsed = keys.fingerprint("timeline.build")
    save()
    stored = json.loads(memo.read_text("utf-8"))
    assert len(stored) > 20  # every module of the build's closure
    monkeypatch.setattr(keys, "_known_imports", {})
    monkeypatch.setattr(keys, "_used_imports", set())
    keys.remember_imports(memo)
    monkeypatch.setattr(keys, "_parsed_imports", lambda *args: (_ for _ in ()).throw(AssertionError("parsed")))
    assert keys.fingerprint("timeline.build") == parsed  # from the memo, without parsing a source


def test_a_changed_source_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setattr(keys, "_known_imports", {})
    monkeypatch.setattr(keys, "_used_imports", set())
    source = tmp_path / "fake.py"
    source.write_text("from timeline import model\n", "utf-8")
    assert "timeline.model" in keys._imports("timeline.fake", source)
    source.write_text("from timeline import settings\n", "utf-8")
    found = keys._imports("timeline.fake", source)
    assert "timeline.settings" in found and "timeline.model" not in found


def test_an_unreadable_memo_is_ignored(tmp_path, monkeypatch):
    memo = tmp_path / "imports.json"
    memo.write_text("{not json", "utf-8")
    monkeypatch.setattr(keys, "_known_imports", {})
    monkeypatch.setattr(keys, "_used_imports", set())
    save = keys.remember_imports(memo)
    assert keys.fingerprint("timeline.build")
    save()
    assert isinstance(json.loads(memo.read_text("utf-8")), dict)  # written anew

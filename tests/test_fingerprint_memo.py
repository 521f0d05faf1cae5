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


NESTED = '''
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    from timeline import settings
else:
    from timeline import lazy
class Holder:
    def method(self):
        try:
            from timeline import model
        except ImportError:
            from timeline import version
        finally:
            pass
        with open("x") as handle:
            for line in handle:
                while line:
                    if line:
                        pass
                    else:
                        import timeline.config
        match self:
            case 1:
                from timeline.store import cache
_WHERE = {"Name": "progress"}
value = [lambda: 1, {"a": (1, 2)}]
'''


def test_imports_are_found_in_every_statement_body_without_walking_expressions(tmp_path):
    source = tmp_path / "nested.py"
    source.write_text(NESTED, "utf-8")
    found = keys._parsed_imports("timeline.nested", source, source.read_bytes())
    assert {"timeline.lazy", "timeline.model", "timeline.version", "timeline.config", "timeline.store.cache",
            "timeline.progress"} <= found
    assert "timeline.settings" not in found  # for annotations only
    # only statements are visited: the expressions (most of a tree) hold no import
    import ast
    assert all(isinstance(node, (ast.Module, ast.stmt, ast.excepthandler, ast.match_case))
               for node in keys._runtime_nodes(ast.parse(NESTED)))


def test_a_changed_rule_module_changes_the_extraction_fingerprint(tmp_path, monkeypatch):
    """The cache's protection kept: a rule module the extraction imports, edited, gives another key."""
    root = tmp_path / "timeline"
    (root / "events").mkdir(parents=True)
    (root / "__init__.py").write_text("", "utf-8")
    (root / "events" / "__init__.py").write_text("", "utf-8")
    (root / "events" / "prepared.py").write_text("def f():\n    from .rule import decide\n", "utf-8")
    rule = root / "events" / "rule.py"
    rule.write_text("def decide():\n    return 1\n", "utf-8")
    monkeypatch.setattr(keys, "ROOT", root)
    monkeypatch.setattr(keys, "_known_imports", {})
    monkeypatch.setattr(keys, "_used_imports", set())
    before = keys.fingerprint("timeline.events.prepared")
    rule.write_text("def decide():\n    return 2\n", "utf-8")
    assert keys.fingerprint("timeline.events.prepared") != before

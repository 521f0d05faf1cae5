"""Worker processes compile only the grammars of the languages a corpus is in (issue #16: a cold build
compiled every language's grammar in every worker, an English corpus's Swedish one too)."""

from __future__ import annotations

import pickle
from types import SimpleNamespace

from timeline.extraction import extractor


def _compiled(monkeypatch) -> list[str]:
    asked: list[str] = []

    def load_grammar(language: str) -> SimpleNamespace:
        asked.append(language)
        return SimpleNamespace(rules=())

    monkeypatch.setattr(extractor, "load_grammar", load_grammar)
    return asked


def test_a_worker_compiles_only_the_corpus_languages(monkeypatch):
    asked = _compiled(monkeypatch)
    extractor.preparing(["en", "en", "en"])()
    assert asked == ["en"]


def test_languages_are_prepared_once_each_in_order(monkeypatch):
    asked = _compiled(monkeypatch)
    extractor.preparing(["sv", "en", "sv"])()
    assert asked == ["en", "sv"]


def test_a_language_without_resources_is_not_prepared(monkeypatch):
    asked = _compiled(monkeypatch)
    extractor.preparing(["xx", "en"])()  # its articles are found to have no grammar where they are read
    assert asked == ["en"]


def test_without_languages_every_grammar_is_prepared(monkeypatch):
    asked = _compiled(monkeypatch)
    extractor.prepare_worker()
    assert asked == extractor.available_languages()


def test_the_preparation_can_be_sent_to_a_spawned_process():
    again = pickle.loads(pickle.dumps(extractor.preparing(["sv"])))
    assert again.func is extractor.prepare_worker and again.args == (("sv",),)


def test_a_prepared_worker_has_its_rules_compiled():
    from timeline.temporal import load_grammar

    extractor.preparing(["en"])()
    assert load_grammar("en").rules.compiled

"""A grammar's rules are compiled when first read (issue #16: the build's own process asks the grammar
only for its words while workers extract, and compiled every rule for nothing)."""

from __future__ import annotations

import pickle
import threading

import pytest

from timeline.temporal import GrammarError
from timeline.temporal.grammar import parse_grammar
from timeline.temporal.lazy_rules import LazyRules
from timeline.temporal.resolvers import RESOLVERS

_SOURCE = """
stopwords.words = ["the"]
[words.unit]
fortnights = 14
[[rules]]
name = "units"
kind = "duration"
pattern = "(?P<n>\\\\d+) (?P<unit>{unit})"
"""


def test_words_are_read_without_compiling_the_rules():
    grammar = parse_grammar(_SOURCE, "xx", RESOLVERS.keys())
    assert grammar.stopwords == frozenset({"the"}) and "fortnights" in grammar.words["unit"]
    assert not grammar.rules.compiled


def test_the_rules_are_compiled_when_first_read():
    grammar = parse_grammar(_SOURCE, "xx", RESOLVERS.keys())
    assert [rule.name for rule in grammar.rules] == ["units"]
    assert grammar.rules.compiled and len(grammar.rules) == 1
    assert grammar.rules[0].regex.search("in 3 fortnights").group("unit") == "fortnights"


def test_a_bad_pattern_is_refused_when_the_rules_are_read():
    grammar = parse_grammar(_SOURCE.replace("(?P<n>", "(?P<n"), "xx", RESOLVERS.keys())
    with pytest.raises(GrammarError, match="bad pattern"):
        list(grammar.rules)


def test_an_unknown_kind_is_still_refused_at_once():
    with pytest.raises(GrammarError, match="unknown kind 'weekly'"):
        parse_grammar(_SOURCE.replace('"duration"', '"weekly"'), "xx", RESOLVERS.keys())


def test_made_once_whichever_threads_ask():
    made = []

    def make():
        made.append(1)
        return ("a", "b")

    rules = LazyRules(make)  # type: ignore[arg-type]
    threads = [threading.Thread(target=lambda: list(rules)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert made == [1] and tuple(rules) == ("a", "b") and rules == ("a", "b")


def test_sent_to_another_process_as_a_plain_tuple():
    grammar = parse_grammar(_SOURCE, "xx", RESOLVERS.keys())
    sent = pickle.loads(pickle.dumps(grammar.rules))
    assert isinstance(sent, tuple) and sent[0].name == "units"

"""The rule prefilter (literals a text must hold for a rule to match) and the word-class tries:
both make detection cheaper and must never change what it finds."""

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import detect_candidates, load_grammar
from timeline.temporal.detect import detect
from timeline.temporal.grammar import Grammar, Rule, _alternation, _flat_alternation
from timeline.temporal.prefilter import fold, may_match, requirement

I = re.IGNORECASE


def clauses(pattern: str) -> list[set[str]]:
    return [set(c) for c in requirement(pattern, I)]


def test_a_required_word_is_a_clause():
    assert clauses(r"(?:about\s+)?\d+\s+days\s+ago") == [{"days"}, {"ago"}]


def test_an_optional_part_is_not_required():
    assert clauses(r"(?:very\s+)?late") == [{"late"}]


def test_alternatives_make_one_clause():
    assert clauses(r"(?:last|next)\s+week") == [{"week"}, {"last", "next"}]


def test_adjacent_parts_join_into_longer_literals():
    assert clauses(r"mid-(?:may|june)") == [{"mid-june", "mid-may"}]


def test_a_lookahead_is_required_too():
    assert {"ago"} in clauses(r"\d+(?=\s+years\s+ago)")


def test_a_literal_containing_another_adds_nothing():
    assert clauses(r"(?:sept|september|sep)\s+\d+") == [{"sep"}]


@pytest.mark.parametrize("pattern", [r"\d{4}", r"(?:ago)?\d+", r"[a-z]+ ?\d", r".ago|\d"])
def test_a_pattern_without_a_required_literal_has_no_clause(pattern):
    assert requirement(pattern, I) == ()


def test_may_match():
    required = requirement(r"(?:last|next)\s+week", I)
    assert may_match(required, fold("See you NEXT Week."), {})
    assert not may_match(required, fold("See you next month."), {})
    assert may_match((), "", {})


@pytest.mark.parametrize("text", ["3 DAYS AGO", "3 dayſ ago", "it ended 3 days ago"])
def test_case_folding_keeps_what_ignorecase_matches(text):
    # The long s is an "s" to re.IGNORECASE, but not to str.lower().
    pattern = r"\d+\s+days\s+ago"
    assert re.search(pattern, text, I)
    assert may_match(requirement(pattern, I), fold(text), {})


class SpyPattern:
    """A compiled pattern that records whether detection ran it."""

    def __init__(self, pattern: str):
        self.regex = re.compile(pattern, I)
        self.groupindex = self.regex.groupindex
        self.pattern = pattern
        self.runs = 0

    def finditer(self, text):
        self.runs += 1
        return self.regex.finditer(text)


def grammar_of(*rules: Rule) -> Grammar:
    return dataclasses.replace(load_grammar("en"), rules=rules)


def spy_rule(pattern: str) -> tuple[Rule, SpyPattern]:
    spy = SpyPattern(pattern)
    return Rule("spy", "ago", spy, required=requirement(pattern, I)), spy  # type: ignore[arg-type]


def test_a_rule_whose_literal_is_absent_is_not_run():
    rule, spy = spy_rule(r"(?P<num>\d+) (?P<unit>days) ago")
    assert detect("Three weeks later, 4 days on.", grammar_of(rule)) == []
    assert spy.runs == 0
    assert [c.values for c in detect("It was 4 days ago.", grammar_of(rule))] == [{"num": 4, "unit": "D"}]
    assert spy.runs == 1


def test_a_rule_without_a_literal_is_always_run():
    rule, spy = spy_rule(r"(?P<year>\d{4})")
    assert rule.required == ()
    detect("Nothing here.", grammar_of(rule))
    assert spy.runs == 1


WORDS = ["last", "next", "week", "weeks", "month", "year", "years", "ago", "two", "Friday", "night", "Aug.",
         "Sept.", "7", "1998", "the", "weekend", "early", "May", "quarter", "noon", "midnight", "at", "3:30",
         "p.m.", "GMT", "(", ")", "-LRB-", "på", "onsdag", "kväll", "för", "sju", "år", "sedan", "den",
         "december", "fredags", ",", ".", "\n", "’s", "-", "/", "dayſ", "AGO", "İn", "ıt", "K", "\u00a0"]
texty = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=30).map(" ".join)


def every_rule(grammar: Grammar) -> Grammar:
    return dataclasses.replace(grammar, rules=tuple(dataclasses.replace(r, required=()) for r in grammar.rules))


@settings(max_examples=200, deadline=None)
@given(text=texty, language=st.sampled_from(["en", "sv"]))
def test_the_prefilter_changes_no_candidate(text, language):
    grammar = load_grammar(language)
    assert detect_candidates(text, language) == detect(text, every_rule(grammar))


PHRASES = ["sep", "sept", "sept.", "september", "a", "an", "new year", "new year's day", "may", "mayday",
           "mid", "mid-may", "s", "ſ"]


@settings(max_examples=200, deadline=None)
@given(phrases=st.lists(st.sampled_from(PHRASES), min_size=1, unique=True),
       text=st.lists(st.sampled_from(PHRASES + ["x", "  ", "Sept", "MAY", "-"]), max_size=12).map(" ".join))
def test_a_word_class_trie_matches_what_its_phrases_match(phrases, text):
    for wrap in ("{}", r"(?<!\w){}(?!\w)", r"{}\s+\d|{}"):
        trie = re.compile(wrap.replace("{}", _alternation(phrases)), I)
        flat = re.compile(wrap.replace("{}", _flat_alternation(phrases)), I)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_a_word_class_trie_tries_the_longest_phrase_first():
    pattern = re.compile(_alternation(["sep", "sept", "sept.", "september"]), I)
    assert pattern.match("Sept. 3").group() == "Sept."
    assert pattern.match("September 3").group() == "September"

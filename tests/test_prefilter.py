"""The rule prefilter (literals a text must hold for a rule to match), the first-character
lookahead and the word-class tries: they make detection cheaper and must never change what it
finds."""

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import detect_candidates, load_grammar
from timeline.temporal.detect import detect
from timeline.temporal.grammar import Grammar, Rule, _alternation, _flat_alternation
from timeline.temporal.prefilter import first_characters, fold, may_match, requirement, skipping

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


@pytest.mark.parametrize(("pattern", "first"), [
    (r"(?:about\s+)?\d+\s+days", r"[a\d]"),
    (r"(?<!\w)(?:jan|feb)(?!\w)", "[jf]"),
    (r"(?-i:[A-Z])x", "[A-Z]"),
    (r"(?:x)?y?", None),  # may be empty
    (r"(?=a)", None),
    (r".ago", None),  # any character
    (r"\w+", None),  # nearly any character
    (r"[^a]b", None),
])
def test_first_characters(pattern, first):
    assert first_characters(pattern, I) == first


GUARD = re.compile(r"\(\?=(\[(?:\\.|[^\]\\])*\])\)")


def unguarded(rule: Rule) -> re.Pattern[str]:
    guard = GUARD.match(rule.regex.pattern)
    return re.compile(rule.regex.pattern[guard.end():] if guard else rule.regex.pattern, rule.regex.flags)


def test_most_rules_have_a_first_character_lookahead():
    rules = load_grammar("en").rules
    assert sum(GUARD.match(r.regex.pattern) is not None for r in rules) > len(rules) * 3 // 4


SENTENCES = [
    ("en", "Three days ago, at 7 p.m. on Friday, Aug. 7, 1998 (1530 GMT), the 2nd quarter closed."),
    ("en", "On 12/25 and 1998-08-07, in the 1990s and the '80s, early May, mid-June: 2 weeks later."),
    ("en", "The next day, each Monday, 10:30 EST Tuesday, Christmas 2001, the first half of 2002."),
    ("sv", "Den 3 maj 2001 kl. 14.30, i fredags, för två år sedan, 2001-05-03, på onsdag kväll."),
]


def assert_lookahead_changes_nothing(text: str, language: str) -> None:
    for rule in load_grammar(language).rules:
        plain = [(m.span(), m.groupdict()) for m in unguarded(rule).finditer(text)]
        assert [(m.span(), m.groupdict()) for m in rule.regex.finditer(text)] == plain, rule.name


@pytest.mark.parametrize(("language", "text"), SENTENCES)
def test_neither_speed_up_changes_anything_in_sentences(language, text):
    assert detect_candidates(text, language)
    assert detect_candidates(text, language) == detect(text, every_rule(load_grammar(language)))
    assert_lookahead_changes_nothing(text, language)


@settings(max_examples=100, deadline=None)
@given(text=texty, language=st.sampled_from(["en", "sv"]))
def test_the_first_character_lookahead_changes_no_match(text, language):
    assert_lookahead_changes_nothing(text, language)


#: patterns guarded as the grammar guards its rules, over letters that IGNORECASE folds beyond
#: ASCII (the long s, the Kelvin sign, the dotted and dotless i) and characters a search skips
SKIPPED = [r"(?=[ks])(?<!\w)(?:kilo|s(?:un|ix))\w*", r"(?=[i\d])(?<!\w)(?:in|\d+)(?!\w)", r"(?=[(])\(\w+\)"]


@pytest.mark.parametrize("pattern", SKIPPED)
def test_skipping_finds_every_match_re_finds(pattern):
    text = "Kilo SUN \u017fun \u212ailo kilo xsun six (one) \u0130n \u0131n in 12 a12 (two"
    first = first_characters(pattern, I)
    fast = skipping(pattern, I, first)
    found = [(m.span(), m.group()) for m in fast.finditer(text)]
    assert found == [(m.span(), m.group()) for m in re.compile(pattern, I).finditer(text)]
    assert found and fast.pattern == pattern and fast.flags == re.compile(pattern, I).flags


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="kKsS\u017f\u212aiI\u0130\u0131nNuUxX19 ._(-)", max_size=40))
def test_skipping_changes_no_match(text):
    for pattern in SKIPPED:
        fast = skipping(pattern, I, first_characters(pattern, I))
        assert [(m.span(), m.group()) for m in fast.finditer(text)] == \
            [(m.span(), m.group()) for m in re.compile(pattern, I).finditer(text)]


def test_skipping_compiles_with_plain_int_flags(monkeypatch):
    """``re.RegexFlag`` arithmetic runs in Python at every node the compiler visits: the flags
    reach it as the int ``re.compile`` would give it, and the pattern matches as before."""
    from timeline.temporal import prefilter

    seen = []
    real = prefilter.sre_compile._compile

    def spy(code, pattern, flags):
        seen.append(type(flags))
        return real(code, pattern, flags)

    monkeypatch.setattr(prefilter.sre_compile, "_compile", spy)
    regex = skipping("(?=[mt])(?:monday|tuesday)", re.IGNORECASE, "[mt]")
    assert seen and set(seen) == {int}
    assert [m.group() for m in regex.finditer("Tuesday, then MONDAY")] == ["Tuesday", "MONDAY"]

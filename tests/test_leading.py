"""Where a rule's matches can begin (temporal/leading.py): a rule is tried only where one of its
opening literals stands, and that must never change what detection finds."""

import dataclasses
import re
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import load_grammar
from timeline.temporal.detect import detect
from timeline.temporal.grammar import Rule
from timeline.temporal import leading as leading_module
from timeline.temporal.leading import Openings, leading
from timeline.temporal.prefilter import fold, requirement

I = re.IGNORECASE


@pytest.mark.parametrize(("pattern", "openings"), [
    (r"(?<!\w)(?:last|next)\s+week", {"last", "next"}),
    (r"(?<!\w)(?:mid-)?(?:june|july)\b", {"mid-", "june", "july"}),
    (r"(?<!\w)(?:sept|sep)\b", {"sep"}),  # "sept" begins with "sep": its places are among those
    (r"(?:the\s+)?(?:spring|fall)", {"the", "spri", "fall"}),  # read as far as LONG characters
    (r"[Qq]uarter", {"quar"}),
    (r"(?:about\s+)*noon", {"abou", "noon"}),  # a repeated part, or what follows it
])
def test_the_literals_every_match_begins_with(pattern, openings):
    assert leading(pattern, I) == openings


@pytest.mark.parametrize("pattern", [r"\d+\s+days", r"(?:\w+\s+)?noon", r"(?:x|\w)mas", r"(?:eve)?"])
def test_a_pattern_that_may_begin_anywhere_has_no_openings(pattern):
    assert leading(pattern, I) is None


class SpyPattern:
    """A compiled pattern that counts the searches over the whole text and the tries at one place."""

    def __init__(self, pattern: str):
        self.regex = re.compile(pattern, I)
        self.groupindex, self.pattern = self.regex.groupindex, pattern
        self.searches, self.tries = 0, 0

    def finditer(self, text):
        self.searches += 1
        return self.regex.finditer(text)

    def match(self, text, pos):
        self.tries += 1
        return self.regex.match(text, pos)


def test_a_rule_is_tried_only_where_its_opening_stands():
    pattern = r"(?<!\w)(?P<rel>last|next) (?P<unit>week)"
    spy = SpyPattern(pattern)
    rule = Rule("spy", "relative", spy, required=requirement(pattern, I), opens=leading(pattern, I))  # type: ignore[arg-type]
    text = "Our plan went wrong; " * 20 + "the next week brought rain, and so did the last week of the season."
    grammar = dataclasses.replace(load_grammar("en"), rules=(rule,))
    found = [(c.start, c.end) for c in detect(text, grammar)]
    assert found == [m.span() for m in re.finditer(pattern, text, I)] and len(found) == 2
    assert (spy.searches, spy.tries) == (0, 2)


def test_openings_in_many_places_are_searched_plainly():
    text = "a a a a a a a a a a a a a a a a a a a a week"
    spy = SpyPattern(r"a week")
    assert [m.span() for m in Openings(text, fold(text)).finditer(spy, frozenset({"a"}))] == [(38, 44)]
    assert spy.searches == 1 and spy.tries == 0


def test_overlapping_openings_are_each_tried():
    text = "x" * 200 + " aaab"
    found = Openings(text, fold(text)).finditer(re.compile(r"aab", I), frozenset({"aa"}))
    assert [m.span() for m in found] == [(202, 205)]


def anywhere(grammar):
    return dataclasses.replace(grammar, rules=tuple(dataclasses.replace(r, opens=None) for r in grammar.rules))


WORDS = ["last", "next", "week", "month", "ago", "two", "Friday", "Aug.", "Sept.", "7", "1998", "the", "May",
         "mid-June", "noon", "at", "3:30", "p.m.", "på", "onsdag", "kväll", "december", ",", ".", "\n", "İn",
         "ıt", "\u212a", "ſept.", "Christmas", "Easter", "in", "a", "between", "and", "-"]
texty = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=40).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(text=texty, language=st.sampled_from(["en", "sv"]))
def test_openings_change_no_candidate(text, language):
    grammar = load_grammar(language)
    with mock.patch.object(leading_module, "SHARE", 1.0):  # a short text: try the openings however many
        assert detect(text, grammar) == detect(text, anywhere(grammar))


@pytest.mark.parametrize("language", ["en", "sv"])
def test_most_rules_have_openings(language):
    rules = load_grammar(language).rules
    assert sum(r.opens is not None for r in rules) > len(rules) / 2

"""Where a rule's matches can lie (temporal/runs.py): a rule that may begin anywhere is searched only
in the runs of characters it can read that hold a literal it requires, and that must never change
what it finds."""

import dataclasses
import re
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import load_grammar, runs
from timeline.temporal.detect import detect
from timeline.temporal.grammar import Rule
from timeline.temporal.leading import Openings
from timeline.temporal.prefilter import fold, requirement

I = re.IGNORECASE


def spans(matches):
    return [(m.span(), m.groups()) for m in matches]


def searched(pattern, text, share=1.0):
    """The matches found by runs (None: searched plainly), with the share of anchors let as high as asked."""
    with mock.patch.object(runs, "SHARE", share):
        found = runs.finditer(Openings(text, fold(text)), re.compile(pattern, I), requirement(pattern, I),
                              runs.apart(pattern, I))
    return None if found is None else spans(found)


def test_the_characters_a_pattern_never_reads():
    stops = runs.apart(r"(?<!\w)(\d+)\s+(?:days|weeks)(?!\w)", I)
    assert {".", ",", ";", "(", "\u201c"} <= stops and " " not in stops and "\n" not in stops


@pytest.mark.parametrize(("pattern", "read"), [
    (r"\d+ days(?!\.)", "."),  # a negative lookahead reads what follows the match
    (r"(?<=\()\d+ days", "("),  # a positive lookbehind holds what the text must hold
    (r"\d+[.,]\d+ days", ","),  # a class
    (r"\bdays\b", "_"),  # a boundary reads word characters, "_" among them
])
def test_what_a_pattern_reads_does_not_end_a_run(pattern, read):
    assert read not in runs.apart(pattern, I)


def test_a_negated_class_reads_all_but_its_own():
    assert runs.apart(r"[^;]days", I) == {";"} and runs.apart(r"[^;:]days", I) == {";", ":"}


def test_a_negative_lookbehind_reads_before_the_search_and_ends_no_run():
    assert "." in runs.apart(r"(?<![\d.])\d+ days", I)


@pytest.mark.parametrize("pattern", [r"\d+ days$", r"\d+.days", r"(\d+) days \1", r"(?:days)?", r"^\d+ days"])
def test_a_pattern_not_searched_by_runs(pattern):
    assert runs.apart(pattern, I) is None


@pytest.mark.parametrize("text", [
    "It took 3 days. Then (4 days) and 5,000 days; 6 days",  # a run at the start and at the very end
    "Wait.3 days. 4 days..",  # a lookbehind reads across the start of a run
    "7 days, 8 weeks; 9 days! 10 days? 11 days",
])
def test_runs_find_what_the_whole_text_finds(text):
    pattern = r"(?<![\w.])(\d+)\s+(?:days|weeks)(?![\w-])"
    assert searched(pattern, text) == spans(re.finditer(pattern, text, I)) != []


def test_a_run_ends_where_a_boundary_is_what_it_is_at_the_end_of_the_text():
    pattern = r"\d+ days\b"
    text = "2 days_ and 3 days."
    assert searched(pattern, text) == spans(re.finditer(pattern, text, I)) == [((12, 18), ())]


def test_anchors_in_many_places_are_searched_plainly():
    assert searched(r"\d+ days", "1 days " * 5 + "x" * 20, share=0.02) is None


class SpyPattern:
    """A compiled pattern that records the stretches of text it was searched over."""

    def __init__(self, pattern: str):
        self.regex = re.compile(pattern, I)
        self.groupindex, self.pattern = self.regex.groupindex, pattern
        self.stretches = []

    def finditer(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        self.stretches.append((pos, endpos))
        return self.regex.finditer(text, pos, endpos)


def test_a_rule_that_may_begin_anywhere_is_searched_only_in_the_runs_holding_its_literal():
    pattern = r"(?<!\w)(?P<num>\d+) (?P<unit>days) ago(?!\w)"
    spy = SpyPattern(pattern)
    rule = Rule("spy", "ago", spy, required=requirement(pattern, I), apart=runs.apart(pattern, I))  # type: ignore[arg-type]
    text = "The pier was closed. " * 30 + "It opened 3 days ago; the rest waits."
    grammar = dataclasses.replace(load_grammar("en"), rules=(rule,))
    found = [(c.start, c.end) for c in detect(text, grammar)]
    assert found == [m.span() for m in re.finditer(pattern, text, I)] == [(640, 650)]
    assert spy.stretches == [(629, 650)]  # from the space after the full stop


WORDS = ["last", "next", "week", "days", "ago", "two", "Friday", "Aug.", "Sept.", "7", "1998", "the", "May",
         "mid-June", "noon", "at", "3:30", "p.m.", "på", "onsdag", "kväll", "december", ",", ".", "\n", "İn",
         "ıt", "\u212a", "ſept.", "Christmas", "in", "a", "per", "hour", "(", ")", "\u201c", "\u201d", "'s", "-",
         "years", "1,500", "a half", "later", "before", "2008-09-10", "4/5/2001", "GMT", "BST", "0900", "a.m."]
texty = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=3)),
                 max_size=40).flatmap(lambda words: st.sampled_from([" ", "", ". "]).map(lambda sep: sep.join(words)))


@settings(max_examples=300, deadline=None)
@given(text=texty, language=st.sampled_from(["en", "sv"]))
def test_runs_change_no_rule_match(text, language):
    openings = Openings(text, fold(text))
    with mock.patch.object(runs, "SHARE", 1.0):  # a short text: search the runs however many
        for rule in load_grammar(language).rules:
            if rule.apart:
                found = runs.finditer(openings, rule.regex, rule.required, rule.apart)
                plain = spans(rule.regex.finditer(text))
                assert found is None or spans(found) == plain, rule.name


@pytest.mark.parametrize("language", ["en", "sv"])
def test_most_rules_that_may_begin_anywhere_are_searched_by_runs(language):
    anywhere = [r for r in load_grammar(language).rules if r.opens is None]
    assert sum(r.apart is not None for r in anywhere) > len(anywhere) / 2

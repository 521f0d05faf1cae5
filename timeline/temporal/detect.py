"""Detection: every rule of a grammar matched over a text, as candidates with values.

A rule's named groups carry values: a group named after a word class is
looked up in it, a number group is read as digits (or as a number word).
Detection does not depend on a reference date, so its result can be reused
to resolve one text against many dates.
"""

from __future__ import annotations

import re
from typing import Any

from .expressions import Candidate
from .grammar import Grammar, Rule, normalise
from .leading import Openings
from .numbers import spelled_number
from .prefilter import fold, may_match
from . import runs

# Named groups of a rule pattern, and the word class each is looked up in.
# A trailing digit lets a pattern repeat a group in alternatives ("month2"), or a second
# time in one match ("num2"/"unit2": the second amount of a compound offset).
WORD_GROUPS = {
    "month": "month", "weekday": "weekday", "num": "number", "unit": "unit", "pod": "part_of_day",
    "season": "season", "mod": "mod", "rel": "relative", "deictic": "deictic", "ref": "ref",
    "ordinal": "ordinal", "ampm": "ampm", "day": "ordinal", "holiday": "holiday", "yrel": "relative",
    "wrel": "relative", "mrel": "relative", "end_month": "month", "end_weekday": "weekday",
}
NUMBER_GROUPS = {"year", "month", "day", "hour", "minute", "decade", "century", "hundreds", "num", "ordinal",
                 "lead", "trail", "end_day", "year_lead", "year_pair", "end_year", "end_year_digit"}
SPAN_GROUP = "t"  # when present, the expression's span (context words outside it)


def _two_digit_year(value: int, text_len: int) -> int:
    """A year written with two digits: 30-99 in the 1900s, 00-29 in the 2000s."""
    if text_len > 2:
        return value
    return 1900 + value if value >= 30 else 2000 + value


def _values(match: re.Match[str], rule: Rule, grammar: Grammar) -> dict[str, Any] | None:
    """The rule's constants overlaid with the matched groups' values, or None to reject."""
    values = dict(rule.constants)
    matched: set[str] = set()
    for key, raw in match.groupdict().items():
        if raw is None or key == SPAN_GROUP:
            continue
        name = key.rstrip("0123456789")
        if name in rule.capital and not raw[:1].isupper() and normalise(raw) in grammar.capital_words:
            return None
        value: Any = None
        word_class = rule.group_classes.get(key) or WORD_GROUPS.get(name)
        if word_class:
            value = grammar.lookup(word_class, raw)
        if value is None and name in NUMBER_GROUPS:
            digits = raw.strip("'’").replace(",", "").replace("\u00a0", "").replace(" ", "")  # 1,500 / 1 500
            if digits.isdecimal():
                value = int(digits)
                if name == "year":
                    value = _two_digit_year(value, len(digits))
            else:
                value = grammar.lookup("number", raw)
                if value is None:
                    value = spelled_number(raw, grammar.words.get("number", {}))
        if value is None:
            return None
        # A repeated group ("num2" after "num" in "2 years and 3 months ago") keeps its own key;
        # alone (one alternative of a pattern) it stands for its class.
        values[key if name in matched else name] = value
        matched.add(name)
    if "year_lead" in values:  # a year read in two parts: "nineteen" "eighty-four" is 1984
        lead, pair = values.pop("year_lead"), values.pop("year_pair", 0)
        if not (isinstance(lead, int) and isinstance(pair, int) and 0 <= pair < 100):
            return None
        values["year"] = lead * 100 + pair
    return values


def detect(text: str, grammar: Grammar) -> list[Candidate]:
    """Every rule match in ``text``, longest first (ties: the earlier rule, then the earlier start)."""
    candidates = []
    folded, seen = fold(text), {}
    openings = Openings(text, folded)
    for priority, rule in enumerate(grammar.rules):
        if not may_match(rule.required, folded, seen):
            continue  # a literal every match holds is not in the text
        matches = runs.finditer(openings, rule.regex, rule.required, rule.apart) if rule.apart else None
        if matches is None:
            matches = openings.finditer(rule.regex, rule.opens)  # tried only where a match can begin
        for match in matches:
            values = _values(match, rule, grammar)
            if values is None:
                continue
            start, end = match.span(SPAN_GROUP) if SPAN_GROUP in rule.regex.groupindex else match.span()
            if start < 0 or start == end:
                continue
            candidates.append(Candidate(start, end, match.end() - match.start(), priority, rule.kind, values))
    candidates.sort(key=lambda c: (-c.length, c.priority, c.start))
    return candidates

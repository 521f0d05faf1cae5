"""Sentences and clauses: where they start and end in a text.

Offsets are character offsets into the text given, end exclusive.

A sentence ends at . ! ? or … (and any closing quotes or brackets) before
whitespace and a character a sentence may start with (an opening quote or
bracket may come first), unless the period closes an abbreviation or an
initial ("Mr.", "U.S."), or it closes a dotted abbreviation ("a.m.", "p.m.")
before a word that goes on with a clock time: a time zone or a weekday ("4 a.m.
EDT Thursday", "at 8 p.m. Friday"), maybe after the time on another clock in brackets
("at 1:24 p.m. (0424 GMT)"); or it ends at a blank line. The
abbreviations and the characters a sentence may start with are language data
(``[sentences]`` of each resource, which also names the word classes that go on
with a clock time: ``clock_classes``); a clause may begin at a conjunction
(``[clauses]``) or a punctuation mark. Since one article may mix languages
(English names in a Swedish text), the one splitter uses the data of every
language at once: adding a language adds its words here without code.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from .grammar import GrammarError, available_languages, resource_data


#: A break: the (start, end) offsets of the punctuation (or blank line) that ends a sentence.
Break = tuple[int, int]

#: a dotted abbreviation of single letters ending where the search ends ("a.m.", "p.m.", "e.m.")
DOTTED = re.compile(r"(?<![\w.])[^\W\d_](?:\.[^\W\d_])+\.$")


@dataclass(frozen=True)
class SentenceSplitter:
    """Sentence and clause breaks by one set of abbreviations, sentence starts and conjunctions."""

    end: re.Pattern[str]
    abbreviation: re.Pattern[str]
    #: how many characters before a period the abbreviation test looks at
    reach: int
    clause_break: re.Pattern[str]
    #: a period and closing quotes that stand apart, as in tokenised text ("halt it . '' Then"), or
    #: tokenised closing quotes alone before a capital ("in autumn '' The"): the end of a quote,
    #: which only the tense window stops at (sentences stay whole)
    spaced_quote_end: re.Pattern[str] | None = None
    #: a word that goes on with a clock time ("EDT", "Thursday") after a dotted abbreviation
    clock_continuation: re.Pattern[str] | None = None

    @classmethod
    def from_words(cls, abbreviations: set[str], starts: set[str], conjunctions: set[str],
                   clock_words: set[str] = frozenset()) -> SentenceSplitter:
        """``abbreviations`` as written before their period (case matters: "No." but not "no.");
        ``starts``: the characters a sentence may start with; ``conjunctions``: words that begin a clause;
        ``clock_words``: words that go on with a clock time ("EDT", "Thursday": "4 a.m. EDT Thursday")."""
        if not starts:
            raise GrammarError("no language says which characters a sentence may start with ([sentences] starts)")
        start_class = "".join(sorted(re.escape(c) for c in starts))
        capitals = "".join(sorted(re.escape(c) for c in starts if c.isupper()))
        words = "|".join(re.escape(a) for a in sorted(abbreviations, key=lambda a: (-len(a), a)))
        # a sentence may open with a quote or bracket, tokenised ("`` We", "-LRB- ID") or not
        end = re.compile(r"[.!?…][\"'”’)\]]*(?=\s+(?:[\"'“‘(\[]|``\s?|-LRB-\s)?[" + start_class + r"])|\n\s*\n")
        abbreviation = re.compile(
            (r"(?:\b(?:" + words + r")|" if words else r"(?:") + r"\b[" + capitals + r"](?:\.[" + capitals + r"])*)\.$")
        joined = "|".join(re.escape(c) for c in sorted(conjunctions, key=lambda c: (-len(c), c)))
        clause_break = re.compile(r"[,;:—–]" + (r"|\s(?:" + joined + r")\s" if joined else ""))
        spaced_quote_end = re.compile(r"(?:[.!?…] [\"'”’]+| (?:''|”))(?=\s+[\"'“‘(\[]?[" + start_class + r"])")
        clocks = "|".join(re.escape(w) for w in sorted(clock_words, key=lambda w: (-len(w), w)))
        # the word may follow the same time told on another clock in brackets: "1:24 p.m. (0424 GMT)"
        continuation = re.compile(r"\s+[(\[]?(?:\d{1,2}[:.]?\d{2}\s+)?(?:" + clocks + r")(?!\w)",
                                  re.IGNORECASE) if clocks else None
        return cls(end, abbreviation, max(map(len, abbreviations), default=0) + 2, clause_break, spaced_quote_end,
                   continuation)

    def breaks(self, text: str) -> list[Break]:
        """Every sentence break of ``text``, in order."""
        found = []
        for match in self.end.finditer(text):
            end = match.end()
            if match.group().strip() and self.abbreviation.search(text[max(0, end - self.reach):end]):
                continue
            if self._goes_on_with_a_clock_time(text, end):
                continue
            found.append(match.span())
        return found

    def _goes_on_with_a_clock_time(self, text: str, end: int) -> bool:
        """Whether the period before ``end`` closes a dotted abbreviation ("a.m.") followed by a word
        that goes on with a clock time ("EDT", "Thursday")."""
        return (self.clock_continuation is not None and DOTTED.search(text, max(0, end - 12), end) is not None
                and self.clock_continuation.match(text, end) is not None)

    def clause_breaks(self, text: str, start: int, end: int) -> list[int]:
        """Offsets in ``text[start:end]`` where a clause may begin: at a punctuation mark
        (",", ";", ":", a dash) or at a conjunction (after the space before it)."""
        return [m.start() + (1 if m.group()[0].isspace() else 0)
                for m in self.clause_break.finditer(text, start, end)]


def _strings(table: dict[str, object], key: str, language: str) -> list[str]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = list(value)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise GrammarError(f"{language}: {key} must be a list of words (or a string of characters)")
    return value


@lru_cache(maxsize=None)
def splitter() -> SentenceSplitter:
    """The splitter built from the ``[sentences]`` and ``[clauses]`` tables of every language."""
    abbreviations: set[str] = set()
    starts: set[str] = set()
    conjunctions: set[str] = set()
    clock_words: set[str] = set()
    for language in available_languages():
        data = resource_data(language)
        abbreviations.update(_strings(data.get("sentences", {}), "abbreviations", language))
        starts.update(_strings(data.get("sentences", {}), "starts", language))
        conjunctions.update(_strings(data.get("clauses", {}), "conjunctions", language))
        words = data.get("words", {})
        for name in _strings(data.get("sentences", {}), "clock_classes", language):
            # whole words only: "EDT", "Thursday" (not "Thu.")
            clock_words.update(w for w in words.get(name, {}) if w.replace(" ", "").isalpha())
    return SentenceSplitter.from_words(abbreviations, starts, conjunctions, clock_words)


@lru_cache(maxsize=8)
def sentence_breaks(text: str) -> tuple[Break, ...]:
    """The sentence breaks of ``text`` (kept for the last few texts: every time expression
    of a text asks for them)."""
    return tuple(splitter().breaks(text))


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the sentences of ``text``, whitespace trimmed."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for _, end in sentence_breaks(text):
        _append_trimmed(text, start, end, bounds)
        start = end
    _append_trimmed(text, start, len(text), bounds)
    return bounds


@lru_cache(maxsize=4096)  # events come in date order, their articles in any: room for a corpus's articles
def article_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`sentence_bounds` of an article's whole text, kept: each of its mentions asks (the splitter
    keeps only the last few texts' breaks)."""
    return tuple(sentence_bounds(text))


def sentence_window(text: str, start: int, end: int, before: int, after: int) -> tuple[int, int]:
    """The part of the sentence around ``text[start:end]`` that lies at most ``before``
    characters before ``start`` and ``after`` characters after ``end``."""
    breaks = sentence_breaks(text)
    lo = max(0, start - before)
    i = bisect_left(breaks, (start,))  # breaks[:i] start before ``start``
    if i and breaks[i - 1][0] >= lo:
        lo = min(breaks[i - 1][1], start)
    hi = end + after
    j = bisect_left(breaks, (end,))  # breaks[j:] start at or after ``end``
    if j < len(breaks) and breaks[j][0] < hi:
        hi = breaks[j][0]
    return lo, min(hi, len(text))


#: A quote a speech frame opens with a colon ("He added: `` These viruses ..."): its tense is its
#: own, not the frame's.
_FRAMED_QUOTE = re.compile(r":\s*(?:``|[\"“])")
#: A closing quote, after which the frame's sentence goes on.
_QUOTE_CLOSE = re.compile(r"''|[\"”]")


def quote_window(text: str, lo: int, start: int, end: int, hi: int) -> tuple[int, int]:
    """``(lo, hi)`` narrowed to the quote ends (a period and closing quotes that stand apart:
    "halt it . '' On Tuesday") nearest before ``start`` and after ``end``, and to the opening of a
    quote a colon frames, when the expression lies inside it."""
    for match in _FRAMED_QUOTE.finditer(text, lo, start):
        if not _QUOTE_CLOSE.search(text, match.end(), start):
            lo = match.end()
    pattern = splitter().spaced_quote_end
    if pattern is None:
        return lo, hi
    for match in pattern.finditer(text, lo, start):
        lo = match.end()
    after = pattern.search(text, end, hi)
    return lo, after.start() if after else hi


def clause_breaks(text: str, start: int, end: int) -> list[int]:
    """Offsets in ``text[start:end]`` where a clause may begin (see :meth:`SentenceSplitter.clause_breaks`)."""
    return splitter().clause_breaks(text, start, end)


def _append_trimmed(text: str, start: int, end: int, bounds: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        bounds.append((start, end))


def sentence_at(bounds: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence containing ``offset`` (or the nearest one before it)."""
    lo, hi = 0, len(bounds)
    while lo < hi:
        mid = (lo + hi) // 2
        if bounds[mid][0] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return bounds[lo - 1] if lo else (bounds[0] if bounds else (offset, offset))


def one_line(text: str) -> str:
    """Whitespace runs (newlines included) collapsed to single spaces."""
    return " ".join(text.split())

"""Sentences: where they start and end in a text, and the sentence around an offset.

Offsets are character offsets into the text given, end exclusive.
"""

from __future__ import annotations

import re

# A sentence ends at . ! or ? (and any closing quotes or brackets) before
# whitespace and a capital, a digit or an opening quote; or at a blank line.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-ZÅÄÖÉ0-9])|\n\s*\n")
# Abbreviations that end with a period but rarely end a sentence.
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|"
    r"bl\.a|t\.ex|d\.v\.s|kl|ca|resp)|\b[A-Z](?:\.[A-Z])*)\.$"
)


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the sentences of ``text``, whitespace trimmed."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group().strip() and _ABBREVIATION.search(text[max(start, end - 12):end]):
            continue
        _append_trimmed(text, start, end, bounds)
        start = end
    _append_trimmed(text, start, len(text), bounds)
    return bounds


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

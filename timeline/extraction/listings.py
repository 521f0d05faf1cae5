"""Page furniture in lines: link lists under a heading and programme schedules.

Two of :func:`~timeline.extraction.furniture.furniture`'s kinds, found by the shape of their
lines once the language's cue has matched:

- ``links``: a heading line (the cue and at most a few words) and the short, unpunctuated lines
  after it ("Related stories" and its headlines).
- ``schedule``: a sentence with a listing cue and a clock time ("repeated on Sunday at 2pm on
  Radio 3"), within the cue's line.

``span(start, end, reason)`` makes each span (furniture's ``Span``). Offsets index the text, end
exclusive.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable, Iterator

from ..temporal.sentences import sentence_bounds
from .notices import Found

#: a line after a link heading is a link while it has at most this many words
LINK_WORDS = 14
_LINK_END = re.compile(r"[.!?:;]['\"”’)]*\s*$")


def _lines_from(text: str, start: int) -> Iterable[tuple[int, int]]:
    """(start, end) of each line of ``text`` from offset ``start`` (a line start) on, without its newline."""
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 1


def links(text: str, heading: re.Pattern[str] | None, span: Found) -> Iterator:
    """A heading line (the cue and at most a few words) and the link lines after it."""
    if heading is None:
        return
    for match in heading.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        if len(text[line_start:line_end].split()) > len(match.group().split()) + 3:
            continue  # a sentence that uses the words, not a heading
        end = line_end
        for start, stop in _lines_from(text, min(line_end + 1, len(text))):
            line = text[start:stop]
            if not line.strip():
                continue
            if len(line.split()) > LINK_WORDS or _LINK_END.search(line):
                break
            end = stop
        yield span(line_start, end, "links")


def schedules(text: str, cue: re.Pattern[str] | None, clock: re.Pattern[str], span: Found) -> Iterator:
    """Sentences with a listing cue and a clock time ("repeated on Sunday at 2pm on Radio 3")."""
    if cue is None:
        return
    bounds = sentence_bounds(text)
    starts = [b[0] for b in bounds]
    seen: set[tuple[int, int]] = set()
    for match in cue.finditer(text):
        index = bisect_right(starts, match.start()) - 1
        if index < 0:
            continue
        # the sentence, but within the cue's line: a listing line has no full stop to end it
        line_end = text.find("\n", match.end())
        sentence = (max(bounds[index][0], text.rfind("\n", 0, match.start()) + 1),
                    min(bounds[index][1], len(text) if line_end < 0 else line_end))
        if sentence not in seen and clock.search(text, sentence[0], sentence[1]):
            seen.add(sentence)
            yield span(sentence[0], sentence[1], "schedule")

"""Page furniture in lines: link lists under a heading and programme schedules.

Two of :func:`~timeline.extraction.furniture.furniture`'s kinds, found by the shape of their
lines once the language's cue has matched:

- ``links``: a heading line (the cue and at most a few words) and the short, unpunctuated lines
  after it ("Related stories" and its headlines).
- ``schedule``: a sentence with a listing cue and a clock time ("repeated on Sunday at 2pm on
  Radio 3"), within the cue's line.
- ``links`` too: a link list's headlines and standfirsts scraped into one line with no stop between them, which
  reads as one "sentence" far longer than a story's, with many seams where a headline ends in a lower-case word
  and the next opens with a capital ("… the festival row Northport council has set up …"), with an acronym
  ("… the expenses row WHO says …") or with its own date heading ("… after discharge 4 June 2009 : Council …");
  no cue needed. (Not a list bullet: a wire story's starred highlights run into its lead.)

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


#: a "sentence" of more words than this, with no stop between its headlines, may be a list of them run together
RUN_WORDS = 85
#: ... when it holds at least this many seams (and one per RUN_SPACING words) where one headline ends and the next
#: opens ("… the festival row | Northport council has set up …"; see ``_seams``)
RUN_SEAMS = 4
RUN_SPACING = 25


def run_together(text: str, span: Found, joining: frozenset[str] = frozenset()) -> Iterator:
    """The sentences (each line of one) that are headlines and standfirsts of a link list run together with no stop
    between them: longer than ``RUN_WORDS`` words, with at least ``RUN_SEAMS`` seams where one ends and the next
    begins, and one in every ``RUN_SPACING`` words. ``joining`` are the language's words that join what follows
    them into their own clause (see :func:`_seams`)."""
    for start, end in sentence_bounds(text):
        for piece in re.finditer(r"[^\n]+", text[start:end]):  # a link list is one line of the page
            words = piece.group().split()
            if len(words) > RUN_WORDS and _seams(words, joining) >= max(RUN_SEAMS, len(words) / RUN_SPACING):
                yield span(start + piece.start(), start + piece.end(), "links")


def _seams(words: list[str], joining: frozenset[str]) -> int:
    """How many words stand right before a capitalised word where a headline ends and the next begins: a lower-case
    word of more than three letters that is none of ``joining`` (a preposition, a verb of saying, a title: "from |
    Oslo", "said | Monday", "mayor | Anna Berg" take the name into their clause, as a story names people and places),
    or a shorter one before a capitalised one of ``joining``, which opens a clause no story's sentence opens in its
    middle ("… the new flu | In Bergen …")."""
    return sum(1 for i, (a, b) in enumerate(zip(words, words[1:]))
               if a.isalpha() and a.islower() and a.lower() not in joining
               and (b[:1].isupper() and b[1:2].islower() and (len(a) > 3 or b.lower() in joining)
                    or len(a) > 3 and _acronym(b) or _date_heading(words[i + 1:i + 5])))


def _acronym(word: str) -> bool:
    """Whether ``word`` is an acronym in capitals ("WHO", "IAEA"): a headline's first word after the last one's end."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def _date_heading(words: list[str]) -> bool:
    """Whether ``words`` open with a link's date heading: a day, a capitalised month, a year and a colon ("4 June
    2009 :"); a story writes "on 4 June 2009", the preposition joining the date to its clause."""
    return (len(words) == 4 and words[0].isdigit() and len(words[0]) <= 2 and words[1][:1].isupper()
            and words[2].isdigit() and len(words[2]) == 4 and words[3] == ":")

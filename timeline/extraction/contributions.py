"""Page furniture sent in by readers: a page of their accounts, told in their own first person.

A news site gathers readers' (or aid workers') accounts on a page of their own and says so near its
top ("Readers have been sending their accounts to us", "Haiti earthquake : Your stories"). What
follows are first-person contributions ("I was driving home when …", "On Monday they told us …"):
no reporter stands behind them, a time in them is dated against the page's publish date though
the writer sent it days before, and a timeline's reader cannot tell who "I" is. One of
:func:`~timeline.extraction.furniture.furniture`'s kinds, ``contribution``, found by the language's
``[furniture] contribution`` cues (case-insensitive patterns); the structure is here:

- a cue among the page's first :data:`OPENING_LINES` non-empty lines makes the page, from the cue's
  line to its end, a contribution section when the lines after it are told in the first person
  (at least :data:`VOICED_SHARE` of them); the lead lines above it (the editor's summary of the
  news) stay story. The same words further down a story ("Readers have been sharing their
  stories on social media") are the story's own.

Offsets index the text, end exclusive.
"""

from __future__ import annotations

import re
from typing import Iterable

from .notices import Found

#: a contributions cue counts among this many non-empty lines at the top of a page
OPENING_LINES = 4


#: at least this share of the non-empty lines after the cue speak in the first person
VOICED_SHARE = 0.5


def contributions(text: str, cue: re.Pattern[str] | None, span: Found,
                  voice: re.Pattern[str] | None = None) -> Iterable[object]:
    """The contribution section of ``text``: from the line of a ``cue`` among its opening lines to
    its end, or nothing. With ``voice`` (the language's first-person words), the lines after the cue
    must be accounts: at least :data:`VOICED_SHARE` of them in the first person ("Museum collects your
    stories" over a reporter's story of the museum is the story's own title)."""
    if cue is None:
        return []
    start, seen = 0, 0
    while start < len(text) and seen < OPENING_LINES:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            seen += 1
            if cue.search(text, start, end):
                return [span(start, len(text), "contribution")] if told_in_first_person(text[end:], voice) else []
        start = end + 1
    return []


def told_in_first_person(rest: str, voice: re.Pattern[str] | None) -> bool:
    """Whether the lines of ``rest`` are told in the first person, as readers' accounts are."""
    if voice is None:
        return True
    lines = [line for line in rest.split("\n") if line.strip()]
    return bool(lines) and sum(1 for line in lines if voice.search(line)) >= VOICED_SHARE * len(lines)

"""A sentence read for a "He"'s name without the heading in capitals a page ran into it.

A page's section heading often runs into the next sentence when the text is read without its markup:
"EXTRA STORIES : SEA RESCUE Tom Berg always dreamt of the sea ." The words in capitals are no part of the
sentence; read with them, its subject is not where a subject stands, and the "he" of the next sentence
finds no one. :func:`without_heading` takes off a run of at least ``HEADING_WORDS`` words in capitals (and
the colons and dashes between them: "ANNA BERG - FIRST CASE Anna Berg , a nurse , fell ill") that opens a
sentence before a word that is not in capitals; a shorter run is more often a name or an acronym ("US
officials", "WHO chief Anna Berg").
"""

from __future__ import annotations

__all__ = ["without_heading", "HEADING_WORDS"]

#: a heading run into a sentence is at least this many words in capitals
HEADING_WORDS = 3
#: the marks that stand between a heading's words ("SEA STORIES : NORTH ROUTE", "ANNA BERG - FIRST CASE")
_BETWEEN = (":", "-", "--", "–", "—")


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def without_heading(sentence: str) -> str:
    """``sentence`` without the heading in capitals that opens it (see the module's docstring)."""
    texts = sentence.split()
    k = 0
    while k < len(texts) and (_capitals(texts[k]) or texts[k] in _BETWEEN):
        k += 1
    if sum(_capitals(t) for t in texts[:k]) < HEADING_WORDS or k >= len(texts) or not texts[k][:1].isupper():
        return sentence
    return " ".join(texts[k:])

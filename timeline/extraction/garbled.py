"""A page whose text a broken character set garbled: no story can be read from it.

A scraped page in another script, or in letters with diacritics a wrong encoding dropped, comes out
as runs of one-letter pieces ("Ch ng c m n y tuy c c t nh kh ng cao"). Its dates still resolve
("1918", "2009"), but no sentence around them tells a happening a reader could follow, and a
summary cut from one is no headline. The page is furniture (``garbled``) when, of its words of
letters, at least ``GARBLED_SHARE`` are one letter long and none of the language's one-letter words
(the ``[furniture] one_letter_words`` of its resource: "a", "I"), over at least ``GARBLED_WORDS``
words; prose in the language writes few such words (initials carry a stop: "J. Doe"), and a short
page of results ("Valencia v Alaves") is below the count. A language without the list is not
judged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..temporal import load_grammar
from ..temporal.grammar import GrammarError
from .notices import Found

__all__ = ["GARBLED_SHARE", "GARBLED_WORDS", "garbled"]

#: a page is garbled when at least this share of its words of letters are stray single letters
GARBLED_SHARE = 0.25
#: ... over at least this many words of letters (a short page of results or scores is not judged)
GARBLED_WORDS = 60
_LETTERS = re.compile(r"(?<!\S)[^\W\d_]+(?!\S)")


@lru_cache(maxsize=None)
def _one_letter_words(language: str) -> frozenset[str]:
    """The language's ``[furniture] one_letter_words`` (none without a resource)."""
    try:
        table = load_grammar(language).furniture
    except GrammarError:
        return frozenset()
    return frozenset(w.lower() for w in table.get("one_letter_words", []))


def garbled(text: str, language: str, span: Found) -> Iterable[object]:
    """The whole of ``text`` as one ``garbled`` span when a broken character set garbled it (see the module)."""
    words = _one_letter_words(language)
    if not words:
        return []
    letters = _LETTERS.findall(text)
    if len(letters) < GARBLED_WORDS:
        return []
    stray = sum(1 for w in letters if len(w) == 1 and w.lower() not in words)
    return [span(0, len(text), "garbled")] if stray >= GARBLED_SHARE * len(letters) else []

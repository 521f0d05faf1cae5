"""The ``[situated]`` word lists and the small readings the naming steps share.

Each step that names a summary's subject (:mod:`.pronoun`, :mod:`.sentence_named`, :mod:`.it_named`,
:mod:`.reported_pronoun`, :mod:`.owned_person`, …) reads a union of ``[situated]`` lists ("which words are a
person", "which are a body") and asks whether a capitalised word is a name or a common word the text also writes
small. Each once loaded its own lists and had its own copy of that test; they are here once, so a list added to a
union or a change to the test reaches every step alike.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .headline import bare
from .headline_words import Lexicon, lowered, resource_table

__all__ = ["situated_set", "situated_table", "thing_name", "written_small"]


def situated_table(language: str) -> dict:
    """The language's ``[situated]`` table (empty for a language without it)."""
    return resource_table(language, "situated")


@lru_cache(maxsize=None)
def situated_set(language: str, *keys: str) -> frozenset[str]:
    """The union of the language's ``[situated]`` lists named ``keys``, in lower case (empty for a language
    without them)."""
    table = resource_table(language, "situated")
    return frozenset().union(*(lowered(table, key) for key in keys))


def thing_name(name: str, lex: Lexicon) -> bool:
    """Whether the capitalised run ``name`` names a broadcaster, a paper, a place or a thing, no person: it opens
    with a word of ``[thing_names] thing_openings`` ("Old Trafford") or holds one of its ``thing_words`` ("Sky
    Sports News", "Air Force One"), a possessive's clitic aside."""
    words = [_unowned(bare(w), lex) for w in name.split()]
    words = [w for w in words if w]
    return bool(words) and (words[0] in lex.thing_openings or any(w in lex.thing_words for w in words))


def _unowned(word: str, lex: Lexicon) -> str:
    """``word`` without its possessive's clitic ("news's" -> "news")."""
    return next((word[:-len(e)] for e in lex.possessive_endings if e and word.endswith(e)), word)


def written_small(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case as a whole word (no part of a longer one): a word a
    sentence capitalises only for opening it ("Local school …", "Many believe …") is a common word, no name."""
    core = word.lower()
    return re.search(rf"(?<![\w'’-]){re.escape(core)}(?![\w'’-])", text) is not None

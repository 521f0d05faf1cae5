"""Where a quote's ellipsis ends a summary: before a new clause the quote was joined to across words left out.

A writer who shortens a quote marks the words left out with an ellipsis, and what follows it often opens a
clause of its own with a conjunction ("the old boats were the ones that sank first ... and I think every
skipper knows"). Run on past the ellipsis, a summary splices two pieces of a quote that were never one sentence;
it ends where the ellipsis stands instead, when the words before it are at least ``MIN_WORDS`` and tell a
predicate. An ellipsis inside a clause ("the ferry in 1951 ... was sold to a shipyard") is no such end: the words
after it go on with the clause before.
"""

from __future__ import annotations

from .headline import MIN_WORDS, Word, bare, count, has_predicate
from .headline_words import Lexicon

__all__ = ["before_ellipsis"]

_ELLIPSES = ("...", "…")


def before_ellipsis(texts: list[str], lex: Lexicon) -> list[str]:
    """``texts`` (a summary's words) up to the first ellipsis after which a lower-case conjunction opens a clause,
    without the ellipsis, when the words before it tell a predicate of at least ``MIN_WORDS`` words; else ``texts``."""
    for k, text in enumerate(texts[:-1]):
        if not text.rstrip("\"'”’").endswith(_ELLIPSES):
            continue
        nxt = texts[k + 1]
        if not nxt[:1].islower() or bare(nxt) not in lex.conjunctions:
            continue
        head = texts[:k] + [text.rstrip("\"'”’").rstrip(".…").rstrip()]
        head = [t for t in head if t]
        words = [Word(t) for t in head]
        if count(words) >= MIN_WORDS and has_predicate(words, lex):
            return head
    return texts

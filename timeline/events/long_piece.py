"""A piece of text far longer than any sentence, read only near its date.

A page with no sentence ends (a listing, a transcript pasted as one line) can make a "sentence" of
thousands of words and hundreds of dates. Choosing a headline weighs every run of clauses against
the whole piece, so each of its dates would cost time in the square of its length, and the piece
as many times as it has dates: minutes for one such page. A headline is a run of a few clauses that
holds its date, so only the clauses within ``REACH`` words on each side of the date are read; a real
sentence (the longest in the dev sets is under 250 words) is read whole, as before.
"""

from __future__ import annotations

from .headline import Word

__all__ = ["REACH", "near_the_date"]

#: words read on each side of the date's gap in a piece longer than twice this
REACH = 150


def near_the_date(words: list[Word]) -> list[Word]:
    """``words`` (a piece with its date cut out, see :mod:`.gap`) whole when at most ``2 * REACH`` long, else
    the clauses from ``REACH`` words before its gap to ``REACH`` after it, cut at clause ends so that every
    run still opens where a clause does (the same Word objects: a run is still found in the piece by them); with no
    gap (the date heads the piece from a heading before it), the piece's first ``REACH`` words."""
    if len(words) <= 2 * REACH:
        return words
    gap = next((k for k, w in enumerate(words) if w.gap), 0)  # none: a date heading the piece from before it
    start = next((k + 1 for k in range(max(0, gap - REACH), gap) if words[k].ends_clause), max(0, gap - REACH))
    end = next((k for k in range(min(len(words), gap + REACH), gap, -1) if words[k - 1].ends_clause),
               min(len(words), gap + REACH))
    return words[start:end]

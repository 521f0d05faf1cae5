"""Capitalised runs that name a place or a building, not a person, by the lower-case word beside them.

Before a "he" may stand for the one person a sentence tells of, the sentence's other capitalised runs
must be no one (see :mod:`.antecedent`). A run right before a lower-case head of ``[situated]``
``body_heads`` or ``institution_heads`` names that body or building ("at Lund Vik airport", "the
Holm Memorial hospital"); a run right after a lower-case place word and "of" names that place ("the
island of Velbo", "the city of Lund"). Both are taken out of the words a person is looked for in.
"""

from __future__ import annotations

from .headline import bare
from .headline_words import Lexicon
from .speaker_names import capital, owns

__all__ = ["without_place_names"]


def without_place_names(texts: list[str], lex: Lexicon, heads: frozenset[str]) -> list[str]:
    """``texts`` without the capitalised runs a lower-case word of ``heads`` follows, or a lower-case place
    word and "of" precede (see the module's docstring)."""
    kept: list[str] = []
    k = 0
    while k < len(texts):
        end = k
        while end < len(texts) and capital(texts[end]) and not owns(texts[end], lex) and texts[end][-1:] not in ",;:.":
            end += 1
        if end > k and end < len(texts) and texts[end][:1].islower() and bare(texts[end]) in heads:
            k = end  # "Lund Vik airport": the building's name
            continue
        placed = (k >= 2 and bare(texts[k - 1]) == "of" and texts[k - 2][:1].islower()
                  and bare(texts[k - 2]) in lex.place_words)
        if placed and capital(texts[k]):  # "the island of Velbo": the place's name
            while k < len(texts) and capital(texts[k]):
                k += 1
                if texts[k - 1][-1:] in ",;:.":
                    break
            continue
        kept.append(texts[k])
        k += 1
    return kept

"""The sentences an opening "He"/"She" may be named by when its paragraph names no one: on into the paragraph before.

A profile goes on about its person in a new paragraph: "Karl Olsen was active in the town for years.\\n\\nHe led
the revolt of 1931.", "… Lula learned to read.\\n\\nAs a child, he worked as a shoeshine boy. He lost a finger …".
:func:`.referent.earlier_sentences` stops at a blank line (but for wire copy's one-sentence paragraphs), so
:func:`.pronoun.named_person` finds no one there. This gives it the sentences of the pronoun's own paragraph
before it and then those of the paragraph before (``REFERENT_SENTENCES`` in all, nearest first), and how many
of them are its own paragraph's: a name found beyond them is taken only where the text before tells it is a
person's (:func:`.antecedent.person_cue`), and all of ``named_person``'s doubts still hold (two people, the
other sex, a quotation). The paragraph before must end as a sentence does and hold a lower-case word: a
heading, a byline or a dateline names no one the story goes on about.
"""

from __future__ import annotations

import re

from .pronoun import named_person
from .referent import REFERENT_SENTENCES

__all__ = ["across_break", "named_across"]

#: a sentence's end: a stop, maybe inside a closing quote or bracket
_ENDED = re.compile(r"[.!?][\"”’')]*$")


def _parted(gap: str) -> bool:
    """Whether ``gap`` (the text between two sentences) holds a blank line."""
    return "\n\n" in gap.replace(" ", "").replace("\r", "").replace("\t", "")


def across_break(text: str, bounds: list[tuple[int, int]], start: int) -> tuple[list[str], int]:
    """The sentences before ``start`` (nearest first) through one paragraph break, and how many of them are in
    ``start``'s own paragraph; ([], 0) when no break is crossed or the paragraph before is no story's."""
    before = [bound for bound in bounds if bound[1] <= start]
    found: list[str] = []
    own, crossed, edge = 0, False, start
    for a, b in reversed(before):
        if len(found) == REFERENT_SENTENCES:
            break
        if _parted(text[b:edge]):
            if crossed:
                break
            sentence = text[a:b].strip()
            if "\n" in sentence or not _ENDED.search(sentence) or not any(w[:1].islower() for w in sentence.split()):
                break
            crossed, own = True, len(found)
        found.append(text[a:b])
        edge = a
    return (found, own) if crossed else ([], 0)


def named_across(summary: str, text: str, bounds: list[tuple[int, int]], start: int, end: int, told: str,
                 language: str) -> str:
    """``summary`` with its opening "He"/"She" (of the sentence ``text[start:end]``) named through the paragraph
    break before (see the module's docstring); else ``summary``."""
    sentences, own = across_break(text, bounds, start)
    return named_person(summary, text[start:end], sentences, told, language, own) if sentences else summary

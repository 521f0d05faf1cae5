"""Who "The man" is when the story never names him: the description the sentence before gave him.

Health and crime reports often keep a person anonymous: "Morocco confirmed its first case in a
19-year-old woman … The woman arrived on Wednesday …". :mod:`.situated` names "The <head>" of a person
only by a name the article binds to it; with none, a timeline row reading "The woman arrived on board a
flight" tells no one who. The sentences right before the summary's (nearest first, those
:func:`.referent.earlier_sentences` gives) are read for the head, as :mod:`.nearest_name` reads them
for a school:

- the first sentence that uses the head after an indefinite determiner ("a", "an") with at most
  ``DESCRIBING_WORDS`` describing words between ("a 25-year-old Mexican man", "a 19-year-old woman")
  gives those words, when it uses the head once: the summary opens "The 25-year-old Mexican man …";
- a sentence that uses the head after a definite article only ("the woman") goes on about her, and
  the one before is read; one that uses it twice, or after another determiner, or with no describing
  word ("a man"), gives nothing.

Heads are the language's ``[situated] described_heads`` (person nouns a story keeps anonymous). A
description is no name, but it tells which one; any doubt leaves the summary as it was.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..temporal.grammar import GrammarError, resource_data
from .headline import EDGE, bare, verb_like
from .headline_words import Lexicon, lexicon, lowered

__all__ = ["described", "DESCRIBING_WORDS"]

#: describing words between the indefinite article and the head ("25-year-old Mexican") at most
DESCRIBING_WORDS = 3


@lru_cache(maxsize=None)
def _lists(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The language's ``[situated] described_heads``, definite articles (``the``), indefinite ones
    (``apposition_describing``) and its ordinals (the grammar's ``[words.ordinal]``)."""
    try:
        data = resource_data(language)
    except GrammarError:
        return frozenset(), frozenset(), frozenset(), frozenset()
    table = data.get("situated", {})
    ordinals = frozenset(w.lower() for w in data.get("words", {}).get("ordinal", {}))
    return lowered(table, "described_heads"), lowered(table, "the"), lowered(table, "apposition_describing"), ordinals


def described(summary: str, sentences: list[str], language: str) -> str:
    """``summary`` with its opening "The <head>" (before a verb or a comma) given the words that described the
    head in the nearest of ``sentences`` (nearest first) that did (see the module's docstring); else ``summary``."""
    heads, articles, indefinite, ordinals = _lists(language)
    opening = re.match(r"(\w+)\s+(\w+)(?=[\s,])", summary)
    if not heads or not opening or opening.group(1).lower() not in articles or opening.group(2) not in heads:
        return summary
    lex = lexicon(language)
    rest = summary[opening.end():].split(maxsplit=1)
    if not rest or not (rest[0].startswith(",") or verb_like(bare(rest[0]), lex)):
        return summary  # "The man from Barnet …": the phrase goes on describing him
    head = opening.group(2)
    for sentence in sentences:
        texts = sentence.split()
        uses = [k for k, text in enumerate(texts) if bare(text) == head and text.strip(EDGE) == head]
        if not uses:
            return summary  # another sentence between: who is "the man" there?
        if len(uses) > 1:
            return summary
        words = _describing(texts, uses[0], heads, articles, indefinite, lex)
        if words is None:
            return summary
        if words and any(bare(w) in ordinals or re.fullmatch(r"\d+[a-z]{2}", bare(w)) for w in words):
            return summary  # "a second man had fled … The man died": which man, the text does not say
        if words:
            return f"{opening.group(1)} {' '.join(words)} {head}{summary[opening.end():]}"
    return summary


def _describing(texts: list[str], at: int, heads: frozenset[str], articles: frozenset[str],
                indefinite: frozenset[str], lex: Lexicon) -> list[str] | None:
    """The describing words between an indefinite article and the head ``texts[at]`` (none of them one of
    ``heads``); [] when a definite article stands before the head (the sentence goes on about them); None
    otherwise."""
    k = at
    while k > 0 and at - k < DESCRIBING_WORDS + 1 and bare(texts[k - 1]) not in articles | indefinite | lex.determiners:
        word = texts[k - 1]
        if word[-1:] in ",;:." or not re.fullmatch(r"[\w-]+", word) or bare(word) in lex.pronouns | lex.dangling:
            return None
        k -= 1
    if k == 0 or at - k > DESCRIBING_WORDS:
        return None
    article = bare(texts[k - 1])
    if article in articles:
        return [] if k == at else None
    if article not in indefinite or k == at or any(bare(w) in heads for w in texts[k:at]):
        return None  # "a Mozambican man suspect": a compound of person nouns, no description
    return texts[k:at]

"""A relative clause of an owner ("The party, whose split in 2019 left it weak, said …"): its noun, then its verb.

A relative word of ``relatives`` ("whose") is followed by the noun it owns, never by the clause's verb: in "The
Harbour Party, whose split in 2019 left it weak, said on Tuesday …" the clause's verb is "left", and "split" a
noun, though [past_forms] lists "split" as a verb ("IPF, which split from its parent in 2019"). Read as the
verb, the clause told "The Harbour Party split left it weak". :func:`.dated.dated_clause` looks for the verb
after the owned noun (:data:`NOUN_WORDS` words at most: "whose lead singer sang") and writes the antecedent as its
owner with the first of ``[headline] possessive_endings``: "The Harbour Party's split left it weak". The words
are the resource's ``[owner_relative]`` table.
"""

from __future__ import annotations

from functools import lru_cache

from ..temporal.grammar import word_list
from .headline import Word
from .headline_words import Lexicon, resource_table

__all__ = ["NOUN_WORDS", "owner_relatives", "as_owner"]

#: the owned noun phrase after the relative word is at most this many words ("whose lead singer | sang")
NOUN_WORDS = 2


@lru_cache(maxsize=None)
def owner_relatives(language: str) -> frozenset[str]:
    """The language's relative words of an owner ("whose"); none for a language without them."""
    return frozenset(word_list(resource_table(language, "owner_relative"), "relatives"))


def as_owner(noun: list[Word], lex: Lexicon) -> list[Word]:
    """``noun`` (the antecedent's words) written as the owner of what follows ("The Harbour Party's"); [] when
    the language writes no possessive ending or the noun has no last word to carry it."""
    last = max((k for k, w in enumerate(noun) if w.text), default=-1)  # "The woman ,": the comma's word is empty
    if last < 0 or not lex.possessive_endings:
        return []
    return noun[:last] + [Word(noun[last].text + lex.possessive_endings[0], gap=noun[last].gap)]

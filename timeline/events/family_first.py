"""Full names written with the family name first ("Liu Yang", "Kim Sun-ho"), for :mod:`.antecedent`.

A lone capitalised subject ("Liu cleared every hurdle") stands for the person the article named in full only
when one full name holds it. Most names the articles write put the family name last ("Anna Berg" … "Berg
said"), but Chinese, Korean or Vietnamese ones put it first ("Liu Yang" … "Liu said"), and a few people go by
their first name ("Saddam"). When no full name ends with the word, the full names that open with it are
read: the word after it tells whose it is, and two different ones ("Liu Yang", "Liu Qi") leave it.
"""

from __future__ import annotations

import re

from .headline import bare
from .headline_words import Lexicon
from .speaker_names import function_word

__all__ = ["family_first"]


def family_first(word: str, told: str, lex: Lexicon, unlike: frozenset[str]) -> set[str]:
    """The words after ``word`` in the full names of ``told`` that open with it ("Liu Yang" -> {"yang"}), in
    lower case; a name whose next word is of ``unlike`` (titles, bodies: "Liu Hospital"), a place word, a
    month or a function word ("Liu and") is none. ``word`` after a capitalised word ("Dr Liu") opens none."""
    found: set[str] = set()
    for match in re.finditer(rf"(?<![\w'’.-])(\S*\s)?{re.escape(word)} ([A-Z][\w'’-]*)", told):
        before, after = (match.group(1) or "").strip(), match.group(2)
        if before[:1].isupper() and not before.endswith((".", ",", ":", ";")) or function_word(after, lex):
            continue  # "Tom Liu Yang": not opened by the word
        if bare(after) in unlike | lex.place_words | lex.calendar | lex.months:
            continue
        found.add(bare(after))
    return found

"""The speaker of a credit that tells where they are: "Anna Berg in Bergen says :", "Ivar Holm , in Tromso , Norway e-mails :".

Live pages and readers' letters credit a quote to someone with their place between the name and the
verb of saying. The capitalised run right before the verb is then the place, not the speaker: a
headline "Norway: I worked there for five years" reads as a country's voice (or a dateline) and
names no one. Two forms are read:

- the run follows one of ``[situated] place_prepositions`` ("Anna Berg in Bergen says", "A-cui from
  Beijing e-mails"): the speaker is the name of capitalised words right before the preposition
  ("The BBC 's Anna Berg in Bergen says" gives "Anna Berg");
- the run follows a comma and the words between it and the name that opens the credit (after a live
  page's clock stamp) are an apposition opened by such a preposition or a comma ("Ivar Holm , in
  Tromso , Norway e-mails", "Ivar Holm , Oslo , Norway e-mails"): the opening name.

Anything else is no place's credit, and the run stays the speaker; a place whose speaker cannot be
found credits no one (the quote is left uncredited rather than credited to a place).
"""

from __future__ import annotations

from .headline import EDGE, bare
from .headline_words import Lexicon
from .speaker_names import NAME_WORDS, capital, function_word, name_from

__all__ = ["speaker_beyond_place"]

#: the apposition between an opening name and the place before the verb is at most this many words
APPOSITION_WORDS = 8


def speaker_beyond_place(texts: list[str], start: int, lex: Lexicon) -> str | None:
    """The speaker when ``texts[start:]`` (a capitalised run right before a verb of saying) is where the
    speaker is (see the module's docstring): their name, or "" when none can be read; None when the run is
    no place's (it may be the speaker's own name)."""
    if start < 1 or not lex.place_prepositions:
        return None
    before = texts[start - 1]
    if bare(before) in lex.place_prepositions and before[:1].islower():
        end = start - 1  # the name ends right before the preposition
        first = end
        while first > 0 and end - first < NAME_WORDS and capital(texts[first - 1]) and not function_word(texts[first - 1], lex):
            first -= 1
        return name_from(texts, first, lex) if first < end else ""
    if not (before == "," or before.endswith(",")):
        return None
    opening = 0
    while opening < start and texts[opening].strip(EDGE).replace(".", "").isdigit():  # a live page's stamp: "0915"
        opening += 1
    name = name_from(texts, opening, lex)
    after = opening + len(name.split())
    if not name or after >= start:
        return None
    aside = [t for t in texts[after:start] if t != ","]
    opened = texts[after] == "," or texts[after - 1].endswith(",")
    if not (opened and 0 < len(aside) <= APPOSITION_WORDS):
        return None
    return name if bare(aside[0]) in lex.place_prepositions or capital(aside[0]) else None

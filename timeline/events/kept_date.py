"""Whether a date cut out of its sentence would leave its clause wanting, so that it stays with all its words.

A date is cut with the words that only served it ("on", "in", "a little over"), but some clauses need the
date's phrase to be whole, and then the date stays, with those words too (a preposition cut while its date
stays would leave "freedom of the seas was the 19th century" for "was in the 19th century"):

- the word before it, once the date's own words are gone, is a preposition or an auxiliary ("received after
  [21 April] will", "the last such meeting was [in 1966]"): the clause would stop on a word that wants more;
- that word is a lone past participle opening the sentence, the date its only complement before the comma
  ("Founded [in 1989], the school …", "Adopted [in October], the law …"): cut, "Founded, the school …" says
  founded when and by whom? Only a capitalised first word with one of the language's ``object_endings``.
"""

from __future__ import annotations

from .headline import Word, bare
from .headline_words import Lexicon

__all__ = ["leaves_gap"]

#: a participle is at least this long ("Ted", "Fred" are names)
PARTICIPLE_LETTERS = 5


def leaves_gap(head: list[Word], lex: Lexicon, ends: bool = False) -> bool:
    """Whether cutting the date out leaves ``head`` (the words before it, those that only served it gone)
    wanting it (see the module); ``ends``: the date closed its clause with a comma."""
    word = bare(head[-1].text) if head and head[-1].text[-1:].isalnum() else ""
    if word and (word in lex.cut_before_phrase or word in lex.dated_noun_after or word in lex.auxiliaries):
        return True
    return ends and len(head) == 1 and _participle(head[0].text, lex)


def _participle(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` is a capitalised past participle by its ending ("Founded", "Adopted")."""
    return (text[:1].isupper() and text[1:].islower() and text.isalpha() and len(text) >= PARTICIPLE_LETTERS
            and text.lower().endswith(lex.object_endings or ("\0",)))

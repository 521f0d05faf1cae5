"""Whether a sentence's "he" or "she" is its subject after a fronted clause that ends in a comma.

:func:`.fronted_pronoun.fronted_pronoun` takes a short phrase of when and where before the pronoun ("On
Tuesday , he inspected …"). A story often fronts a whole clause, and the clause is about the same person:
"When he returned to the hotel on Saturday , he was told …", "In November , when the second wave swept
through the country , he went a stage further …", "Unable to settle after university , he joined up".
The "he" after the comma is still the subject of the sentence, and the one the sentences before name.

:func:`clause_pronoun` allows it when, after any words of ``[headline] leading``, the pronoun follows a comma
within ``CLAUSE_WORDS`` words of the start, the summary's next word follows it, and every word of the
fronted part names no one else, as :func:`.fronted_pronoun.fronted_pronoun` reads a word (no person noun,
no "him"/"her", no pronoun of the other sex, no first person, no verb of saying, no relative word, no
capitalised word but the first, a weekday, a month, a word after a place's preposition), but for the
pronoun itself ("When he returned …, he": the clause's own subject is the same person) and a country or a
people (``[places]``, ``[situated] people_words``: "through Britain"). A quotation in it is another voice: no.
"""

from __future__ import annotations

from .fronted_pronoun import PLAIN_WORDS, _plain as plain_word  # one reading of a fronted word, shared
from .headline import EDGE, bare
from .headline_words import Lexicon

__all__ = ["clause_pronoun", "subject_start", "CLAUSE_WORDS"]

#: a fronted clause before the pronoun's comma is at most this many words
CLAUSE_WORDS = 18
#: marks of a quotation, as written or tokenised
_QUOTES = frozenset({'"', "“", "”", "``", "''"})


def clause_pronoun(pronoun: str, following: str, sentence: str, lex: Lexicon, own: frozenset[str],
                   other: frozenset[str], places: frozenset[str], nations: frozenset[str]) -> bool:
    """Whether ``pronoun`` is the subject of ``sentence`` after a fronted clause ending in a comma (see the
    module's docstring), with ``following`` (the summary's word after it) right after it; ``own`` and
    ``other`` are the pronoun's and the other sex's forms, ``places`` the prepositions before a place,
    ``nations`` the words of countries and peoples."""
    texts = sentence.split()
    start = 0
    while start < len(texts) and texts[start].strip(EDGE).lower() in lex.leading:
        start += 1
    key = pronoun.lower()
    at = next((k for k in range(start + 1, min(len(texts) - 1, start + CLAUSE_WORDS + 2))
               if texts[k].strip(EDGE).lower() == key and texts[k - 1] == ","), -1)
    if at < 0 or bare(texts[at + 1]) != bare(following):
        return False
    fronted = [k for k in range(start, at) if texts[k] != ","]
    if len(fronted) > CLAUSE_WORDS or any(texts[k] in _QUOTES or texts[k][:1] in "\"“”" for k in fronted):
        return False
    return all(bare(texts[k]) == key or bare(texts[k]) in nations
               or plain_word(texts, k, start, lex, own, other, places) for k in fronted)


def subject_start(texts: list[str], lex: Lexicon, places: frozenset[str], nations: frozenset[str]) -> int:
    """Where the subject of a sentence (its words ``texts``) starts after a fronted phrase of when and where
    that names no one, for a lone surname's reading (:func:`.antecedent.surname_chain`): after the comma that
    ends a phrase of at most ``CLAUSE_WORDS`` words, at a capitalised word ("Born on October 6 , 1945 , in the
    northeast of Norland , Berg learned …"), or after a phrase of at most ``PLAIN_WORDS`` words with no comma
    opened by a word of ``[headline] opening_prepositions`` ("In 1988 Berg lost …"); its words are read as
    :func:`clause_pronoun` reads them, with no pronoun allowed. -1 when there is none."""
    if not texts or bare(texts[0]) not in lex.opening_prepositions | lex.leading and not texts[0][:1].isupper():
        return -1
    none: frozenset[str] = frozenset()
    for k in range(1, min(len(texts) - 1, CLAUSE_WORDS + 2)):
        text = texts[k]
        named = text[:1].isupper() and bare(text) not in nations and not plain_word(texts, k, 0, lex, none, none, places)
        if named and (texts[k - 1] == "," or k <= PLAIN_WORDS and bare(texts[0]) in lex.opening_prepositions
                      and "," not in texts[:k]):
            return k
        if text != "," and not (bare(text) in nations or plain_word(texts, k, 0, lex, none, none, places)):
            return -1
    return -1

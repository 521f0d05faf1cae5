"""Whether a sentence's "he" or "she" is its subject after a phrase of time or place it opens with.

:func:`.pronoun.opens_with` takes a "he" as the subject a name may replace when it opens its sentence or
follows a short fronted phrase ending in a comma that holds no capitalised word ("Earlier , he had said").
Wire biographies and court reports more often open with when and where, with capitals and often with no
comma: "A year later he decreed …", "On Monday he was released …", "But in January he called off …",
"In December 2002 , his absence was …", "On Tuesday , he inspected …". The "he" there is still the
subject of the sentence, and whoever the sentences before name is who it is.

:func:`fronted_pronoun` allows it when, after any words of ``[headline] leading`` ("But", "And"), the
pronoun (or its possessive) comes after a phrase of at most ``PLAIN_WORDS`` words, or ``COMMA_WORDS``
words ending in a comma, that

- holds no capitalised word but its first, a weekday or a month (maybe shortened: "Nov."), or a word
  right after one of ``[situated] place_prepositions`` ("In Xi'an , he …": a place);
- holds no word of a person: no "him", "her" or pronoun of the other sex (its own possessive may stand:
  "In his appeal , he …"), no person noun ("I spoke to a surgeon , and he was …": he is the surgeon),
  no first person, no verb of saying and no relative word ("Told by the man who found him , he …");
- is followed, after the pronoun, by the summary's next word (the summary's "He" is this "he").

A wrong name is worse than none: any doubt says no.
"""

from __future__ import annotations

from .headline import EDGE, bare
from .headline_words import Lexicon

__all__ = ["fronted_pronoun", "PLAIN_WORDS", "COMMA_WORDS"]

#: a fronted phrase with no comma before the pronoun ("The following night he") is at most this many words
PLAIN_WORDS = 4
#: a fronted phrase ending in a comma ("On the morning of Nov. 16 , he") is at most this many words
COMMA_WORDS = 10


def fronted_pronoun(pronoun: str, following: str, sentence: str, lex: Lexicon, own: frozenset[str],
                    other: frozenset[str], places: frozenset[str]) -> bool:
    """Whether ``pronoun`` ("he", "his", …) is the subject of ``sentence`` after a fronted phrase (see the
    module's docstring), with ``following`` (the summary's word after it, "" for any) right after it; ``own``
    are the pronoun's own sex's forms ("his" for "he"), ``other`` the other sex's, ``places`` the
    prepositions before a place."""
    texts = sentence.split()
    start = 0
    while start < len(texts) and texts[start].strip(EDGE).lower() in lex.leading:
        start += 1
    at = next((k for k in range(start, min(len(texts), start + COMMA_WORDS + 2))
               if texts[k].strip(EDGE).lower() == pronoun.lower()), -1)
    if at < 0 or at + 1 >= len(texts) or following and bare(texts[at + 1]) != bare(following):
        return False
    phrase = [t for t in texts[start:at] if t != ","]
    comma = at > start and texts[at - 1] == ","
    if len(phrase) > (COMMA_WORDS if comma else PLAIN_WORDS) or "," in texts[start:at - 1] and not comma:
        return False
    return all(_plain(texts, k, start, lex, own, other, places) for k in range(start, at) if texts[k] != ",")


def _plain(texts: list[str], k: int, start: int, lex: Lexicon, own: frozenset[str], other: frozenset[str],
           places: frozenset[str]) -> bool:
    """Whether the fronted phrase's word ``texts[k]`` names no one and says nothing of its own."""
    text, word = texts[k], bare(texts[k])
    if word in own - lex.person_pronouns:
        return True  # "In his appeal , he …": his own
    persons = lex.person_heads | lex.person_nouns | lex.first_person | lex.speech | lex.relative
    if word in other | lex.person_pronouns | persons:
        return False
    if not text.strip(EDGE)[:1].isupper() or k == start:
        return True
    return _calendar(word.rstrip("."), lex) or bare(texts[k - 1]) in places


def _calendar(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a weekday or a month, maybe shortened ("nov")."""
    return word in lex.calendar or len(word) >= 3 and any(name.startswith(word) for name in lex.calendar)

"""Where a sentence's one person stands as the subject of a clause inside it, not of the sentence.

A story often names its person again inside a frame that has no subject of its own: "It is not the first
time Berg has helped out in a disaster. In 2005, he flew in food …", "That was when Berg decided to
stay." The next sentence's "he" is Berg: no one else is there. :mod:`.antecedent` reads a surname
subject where a sentence opens; this finds the one such surname further in, so that it is read the same
way (with the same care: a verb right after it, one person of that name in the story, no one else in
what follows it). It is taken only when nothing before it may be a person: no other capitalised word
after the sentence's opening function word ("It", "That"), no "he" or "she" or their possessives, and no
person's noun anywhere in the sentence ("the officer said Berg had left": whose "he"?).
"""

from __future__ import annotations

from .headline import bare, verb_like
from .headline_words import Lexicon
from .speaker_names import capital, function_word

__all__ = ["embedded_surname"]


def embedded_surname(texts: list[str], lex: Lexicon, persons: frozenset[str]) -> int:
    """The index in ``texts`` (a sentence's words) of its one capitalised word after the first that a
    lower-case verb follows, when the sentence opens with a function word or a lower-case word, holds no
    other capitalised word, no person pronoun or possessive before it and no word of ``persons`` (person
    nouns and titles); else -1."""
    if not texts or capital(texts[0]) and not function_word(texts[0], lex):
        return -1
    found = [k for k in range(1, len(texts)) if capital(texts[k])]
    if len(found) != 1 or any(bare(t) in persons for t in texts):
        return -1
    at = found[0]
    following = texts[at + 1] if at + 1 < len(texts) else ""
    before = {bare(t) for t in texts[:at]}
    if before & (lex.person_pronouns | lex.person_possessives | lex.first_person) or not texts[at - 1][:1].islower():
        return -1
    if not (following[:1].islower() and (verb_like(bare(following), lex) or bare(following) in lex.auxiliaries)):
        return -1
    return at

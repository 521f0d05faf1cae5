"""Where a sentence's one person stands as the subject of a clause inside it, not of the sentence.

A story often names its person again inside a frame that has no subject of its own: "It is not the first
time Berg has helped out in a disaster. In 2005, he flew in food …", "That was when Berg decided to
stay." The next sentence's "he" is Berg: no one else is there. :mod:`.antecedent` reads a surname
subject where a sentence opens; this finds the one such surname further in, so that it is read the same
way (with the same care: a verb right after it, one person of that name in the story, no one else in
what follows it). It is taken only when nothing before it may be a person: no other capitalised word
after the sentence's opening function word ("It", "That"), no "he" or "she" or their possessives, and no
person's noun anywhere in the sentence ("the officer said Berg had left": whose "he"?). The surname must be the
doer of its clause, with no one else beside it: no role of a person anywhere, singular or plural ("… Berg has
clashed with the referee. In 2005 he sent him off": the referee's act), no person as an object ("… Berg has
thanked him"), and no passive with an agent ("… Berg has been sacked by a manager"). When unsure, "He" stays.
"""

from __future__ import annotations

from .headline import bare, verb_like
from .headline_words import Lexicon
from .speaker_names import capital, function_word
from .thing_runs import person_word

__all__ = ["embedded_surname"]


def embedded_surname(texts: list[str], lex: Lexicon, persons: frozenset[str]) -> int:
    """The index in ``texts`` (a sentence's words) of its one capitalised word after the first that a
    lower-case verb follows, when the sentence opens with a function word or a lower-case word, holds no
    other capitalised word, no person pronoun or possessive before it and no word of ``persons`` (person
    nouns and titles); else -1."""
    if not texts or capital(texts[0]) and not function_word(texts[0], lex):
        return -1
    found = [k for k in range(1, len(texts)) if capital(texts[k])]
    if len(found) != 1 or any(person_word(bare(t), lex, persons) for t in texts):
        return -1
    at = found[0]
    after = [bare(t) for t in texts[at + 1:]]
    if set(after) & lex.person_objects or _passive_with_agent(after, lex):
        return -1
    following = texts[at + 1] if at + 1 < len(texts) else ""
    before = {bare(t) for t in texts[:at]}
    if before & (lex.person_pronouns | lex.person_possessives | lex.first_person) or not texts[at - 1][:1].islower():
        return -1
    if not (following[:1].islower() and (verb_like(bare(following), lex) or bare(following) in lex.auxiliaries)):
        return -1
    return at


def _passive_with_agent(after: list[str], lex: Lexicon) -> bool:
    """Whether the words after the surname hold a passive form followed later by an agent word ("has been
    sacked by a manager"): the surname suffers the act; someone else does it."""
    first = next((k for k, word in enumerate(after) if word in lex.passive), -1)
    return first >= 0 and any(word in lex.agent for word in after[first + 1:])

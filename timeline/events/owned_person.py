"""Whether an owner's thing is a person: "Haddad 's coach was pleased" speaks of the coach, not of Haddad.

:func:`.said_speaker.possessor` names a "he" after a sentence whose subject is an owner's thing ("Berg 's new
film won the prize. Speaking afterwards, he said …"): the owner is the one person in sight. When the owned
thing is itself a person ("Berg 's lawyer spoke to reporters", "Berg 's coach was pleased"), that person is in
sight too, and is the nearer "he": the next sentence's "He filed a complaint" may be the lawyer's act. A wrong
name is worse than none, so such a sentence gives no owner.

The owned words are the lower-case ones after the owner, up to ``OWNED_WORDS`` of them and before the verb;
a person is one of the language's person lists (``[situated] person_heads``, ``person_nouns``, ``role_nouns``,
``described_heads``, ``epithet_heads``, ``person_like``, ``he_nouns``, ``she_nouns``), with a plural's ending
dropped only as the lists write their plurals (no guessing).
"""

from __future__ import annotations

from functools import lru_cache

from .headline import bare, verb_like
from .headline_words import Lexicon
from .situated_lists import situated_set

__all__ = ["owns_a_person", "OWNED_WORDS"]

#: the owned thing's words before its verb ("new film", "long-time personal trainer") at most
OWNED_WORDS = 3

#: the ``[situated]`` lists of persons an owner may own
_PERSON_LISTS = ("person_heads", "person_nouns", "role_nouns", "described_heads", "epithet_heads", "person_like",
                 "he_nouns", "she_nouns")


@lru_cache(maxsize=None)
def _persons(language: str) -> frozenset[str]:
    """The language's words for a person (see the module's docstring)."""
    return situated_set(language, *_PERSON_LISTS)


def owns_a_person(texts: list[str], end: int, lex: Lexicon, language: str) -> bool:
    """Whether the owned thing that starts at ``texts[end]`` (right after its owner's possessive) is a person:
    a word of the person lists among its first ``OWNED_WORDS`` lower-case words, before a verb."""
    persons = _persons(language)
    for text in texts[end:end + OWNED_WORDS]:
        word = bare(text)
        if word in persons:
            return True
        if not text[:1].islower() or verb_like(word, lex) or text[-1:] in ",;:":
            return False
    return False

"""Whether the sentence that names a "He"/"She" speaks, after the name, of someone else of the pronoun's sex.

:func:`.speaker.another_person` sees a person noun after a determiner or a possessive ("said his client
was …"); the caller first takes out the nouns of the other sex ("Anna Berg said her uncle had died": no
"she"). But that leaves kin of the pronoun's own sex the person lists do not hold, and with the other-sex
noun gone the phrase that led to them is no longer seen: "Ms Berg said the man 's widow had called. She
…" may be the widow, and "Mr Berg said his wife and father-in-law had left. He …" the father-in-law. So a
noun of the pronoun's sex (``[situated] he_nouns`` / ``she_nouns``) after the name, or a compound led by one
("father-in-law", "mother-in-law"), leaves the pronoun as it is when a determiner or a possessive leads to it
(as :func:`.speaker.another_person` reads its nouns): "Ola Berg , founder and chairman of …" describes Berg.
"""

from __future__ import annotations

from .headline import bare
from .headline_words import Lexicon
from .speaker import OBJECT_WORDS, after_word, another_person
from .speaker_names import owns

__all__ = ["someone_else_beside"]


def someone_else_beside(sentence: str, name: str, same: frozenset[str], other: frozenset[str], lex: Lexicon) -> bool:
    """Whether ``sentence`` speaks after ``name`` of another person the pronoun may be: a person noun
    :func:`.speaker.another_person` sees once the nouns of ``other`` sex are out, or a noun of the pronoun's
    own sex (``same``), alone or as a compound's part ("father-in-law"), within ``OBJECT_WORDS`` words after a
    determiner or a possessive ("the man 's widow", "his wife and father-in-law")."""
    without_other = " ".join(w for w in sentence.split() if not _parts(bare(w)) & other)
    if another_person(without_other, name, lex):
        return True
    after = after_word(sentence, name.split()[-1]).split() if name else sentence.split()
    leads = lex.determiners | lex.possessive_pronouns
    return any((bare(text) in leads or owns(text, lex))
               and any(_parts(bare(w)) & same for w in after[k + 1:k + 2 + OBJECT_WORDS]) for k, text in enumerate(after))


def _parts(word: str) -> set[str]:
    """``word`` and the parts of it a hyphen joins ("father-in-law": "father", "in", "law")."""
    return {word, *word.split("-")} if "-" in word else {word}

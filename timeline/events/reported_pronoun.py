"""Who the "he" is in "Reports suggest he filed for bankruptcy": a pronoun a source that is no one reports on.

A summary may open with a source and its verb of saying or believing before the person it reports on: "Reports
suggest he filed for bankruptcy", "The authorities say she travelled to Port Vell", "Many believe he will quit".
The "he" is no part of the source (reports, the authorities, many people are no "he"): it is the person the
sentences before speak of, as an opening "He filed …" is (:func:`.pronoun.named_person`). So the summary is
parted into the source with its verb ("Reports suggest") and the clause that opens with the pronoun, which
``named_person`` names as it names an opening pronoun, with all its doubts, reading the sentence from the
pronoun on: "Reports suggest Dr Tom Berg filed for bankruptcy".

Only when the source names no one the pronoun may be: at most ``SOURCE_WORDS`` words, no capitalised word but
its first (no name: "Tom Berg said he …" is named already; "The Velorian Post reported he …" is left), no pronoun,
possessive or first person ("His lawyer said he …": whose?), no person's noun or title (``[headline]``'s and
``[situated]``'s person lists: "A witness said he …" may speak of himself), and a first word that is a determiner
or one the article also writes small (a common word, no name: "Many"), or one of ``[reported_pronoun] sources``
("Reports", "Officials": a sentence's first word is all some stories write them as). The verb is one of ``[headline]
speech`` or ``[reported_pronoun] verbs``, maybe followed by one of ``speech_content`` ("that"). In its sentence the
words before the pronoun must name no one either (no capitalised word but the first, no person's noun, no
pronoun of the other sex: "Police arrested Tom Berg and reports suggest he …" reports on him), and the source
and verb stand there once right before the pronoun. A wrong name is worse than none: any doubt leaves it.
"""

from __future__ import annotations

from functools import lru_cache

from .headline import EDGE, bare
from .headline_words import Lexicon, lexicon, lowered, resource_table
from .situated_lists import situated_set, written_small

__all__ = ["reported_split", "SOURCE_WORDS"]

#: a source before its verb ("A local newspaper", "The health authorities") is at most this many words
SOURCE_WORDS = 4


@lru_cache(maxsize=None)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The language's ``[reported_pronoun] verbs`` and ``sources``, its ``[situated]`` person words (``he_nouns``, ``she_nouns``,
    ``described_heads``, ``person_titles``, ``he_titles``, ``she_titles``) and its pronouns' forms (``he_forms``,
    ``she_forms``)."""
    table = resource_table(language, "reported_pronoun")
    persons = situated_set(language, "he_nouns", "she_nouns", "described_heads", "person_titles", "he_titles", "she_titles")
    return (lowered(table, "verbs"), persons, situated_set(language, "he_forms", "she_forms"), lowered(table, "sources"))


def reported_split(summary: str, sentence: str, told: str, pronouns: frozenset[str],
                   language: str) -> tuple[str, str, str] | None:
    """(the source and its verb, the rest of ``summary`` opening with the pronoun written capitalised, and
    ``sentence`` from the pronoun on) when ``summary`` reports on one of ``pronouns`` after a source that names
    no one (see the module's docstring; ``told``: the text before the sentence); else None."""
    verbs, persons, forms, sources = _words(language)
    if not verbs:
        return None
    lex = lexicon(language)
    words = summary.split()
    at = next((k for k, w in enumerate(words[:SOURCE_WORDS + 2]) if k > 1 and w in pronouns), -1)
    if at < 0 or at + 1 >= len(words):
        return None
    verb = at - 2 if bare(words[at - 1]) in lex.speech_content else at - 1
    if verb < 1 or bare(words[verb]) not in verbs | lex.speech or verb > SOURCE_WORDS:
        return None
    article = f"{told} {' '.join(sources)} {sentence}"  # a listed source is a common word too
    if not _no_one(words[:verb], lex, persons, forms) or not _common(words[0], article, lex):
        return None
    texts = sentence.split()
    opening = [bare(w) for w in words[:at + 2]]
    found = [k for k in range(len(texts)) if [bare(t) for t in texts[k:k + at + 2]] == opening]
    if len(found) != 1 or not _no_one(texts[:found[0]], lex, persons, forms, words[at]):
        return None
    if found[0] and texts[0].strip(EDGE)[:1].isupper() and not _common(texts[0], article, lex):
        return None  # "Berg was arrested and reports suggest he …": a name before
    head = " ".join(words[:at])
    return head, f"{words[at].capitalize()} {' '.join(words[at + 1:])}", " ".join(texts[found[0] + at:])


def _no_one(texts: list[str], lex: Lexicon, persons: frozenset[str], forms: frozenset[str],
            pronoun: str = "") -> bool:
    """Whether ``texts`` name no one: no capitalised word but the first, no person's noun or title, no pronoun,
    possessive or first person but ``pronoun`` itself (the same person, said again), no possessive's ending."""
    nouns = lex.person_nouns | lex.person_heads | persons
    people = lex.pronouns | lex.person_pronouns | lex.possessive_pronouns | lex.first_person | forms
    for k, text in enumerate(texts):
        core = bare(text)
        if not core:
            continue
        if k and text.strip(EDGE)[:1].isupper() or core in nouns or core in people and core != pronoun.lower():
            return False
        if lex.possessive_endings and (text.endswith(lex.possessive_endings) or text in lex.possessive_endings):
            return False
    return True


def _common(first: str, text: str, lex: Lexicon) -> bool:
    """Whether ``first`` (a sentence's or a source's first word) is a determiner, a word of ``[headline] leading``
    or one ``text`` (the article up to the summary's sentence's end) writes small: no name."""
    core = bare(first)
    return core in lex.determiners | lex.subject | lex.leading or written_small(core, text)

"""Who "He" or "She" is when the story never names them: the description the sentences before gave.

Health and crime reports keep their people anonymous: "The Mexican boy had arrived in the border city on
4 April. He was later transferred to a hospital, where he died." :mod:`.pronoun` puts a name in place of
an opening "He"; with no name, a timeline row "He was later transferred to a hospital" tells no one who.
The person the sentences before describe is put in its place instead:

- the sentences before the summary's (nearest first, those :func:`.referent.earlier_sentences` gives) are
  read; one that opens with the same pronoun goes on about the same person ("She was seven months
  pregnant …"), and the one before it is read;
- the first other sentence must speak of exactly one person by a description: a determiner
  (``[situated] the`` or ``apposition_describing``), at most ``DESCRIBING_WORDS`` describing words and a
  person's head (``[situated] described_heads``, ``person_nouns``, ``person_heads`` other than a company's,
  an institution's or a happening's) that may be the pronoun's sex (not one of ``she_nouns`` for "he"),
  as a subject (a verb or a comma after it): "The Mexican boy had …", "The Velorian prime minister
  arrived …"; it gives "The <words> <head>";
- a description with no describing word ("The woman , who had asthma ,") takes the words an earlier
  sentence gave the head (:mod:`.described`); with none it tells no one and the summary stays.

A second description, a name with a title (``person_titles``, ``he_titles``, ``she_titles``), a run of
capitalised words that may be a person's name (not after a word of ``place_prepositions``: "in Port Miro"),
or a form of the other sex's pronoun in that sentence makes the "he" anyone's: the summary stays as it was.
So does any other person-like word (``person_like``, the lists above: "by a masked stranger", "a youth"), an
age standing for its person ("by a 23-year-old,": ``age_nouns``) in the sentences read or the one before them
("A 19-year-old student punched a pensioner. The elderly man died …"), or an object form of the pronoun's sex
(``he_objects``) in the described person's own clause ("The man punched him"): another man "he" may be.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .described import described
from .headline import EDGE, bare, verb_like
from .headline_words import Lexicon, lexicon, lowered, resource_table

__all__ = ["described_person", "DESCRIBING_WORDS"]

#: describing words between the determiner and the head ("20-year-old Moroccan") at most
DESCRIBING_WORDS = 3
#: the marks that open a quotation (a lone "'" is an apostrophe too): "he" inside one may be anyone
_QUOTE_MARKS = ('"', "“", "”", "``", "‘")


@dataclass(frozen=True)
class _Words:
    he: frozenset[str]
    she: frozenset[str]
    heads: frozenset[str]
    he_nouns: frozenset[str]
    she_nouns: frozenset[str]
    his: frozenset[str]
    hers: frozenset[str]
    the: frozenset[str]
    indefinite: frozenset[str]
    titles: frozenset[str]
    before_place: frozenset[str]  # "in Port Miro", "of the Grain Board": no person's name after these
    outer: frozenset[str]
    definite: str  # the first of ``[situated] the``: "The Velorian boy"
    person_like: frozenset[str]  # any word that speaks of a person ("stranger", "youth", "officer")
    ages: tuple[str, ...]  # an age standing for its person ends with one of these ("a 23-year-old")
    objects: frozenset[str]  # the object forms of "he" and of "she" ("him")


@lru_cache(maxsize=None)
def _words(language: str) -> _Words | None:
    """The language's ``[situated]`` lists this module reads, or None without ``described_heads``."""
    table = resource_table(language, "situated")
    heads = lowered(table, "described_heads")
    if not heads:
        return None
    things = (lowered(table, "company_heads") | lowered(table, "institution_heads") | lowered(table, "happening_heads")
              | lowered(table, "body_heads"))
    heads |= lowered(table, "person_nouns") | lowered(table, "person_heads") - things
    return _Words(lowered(table, "he"), lowered(table, "she"), heads, lowered(table, "he_nouns"),
                  lowered(table, "she_nouns"), lowered(table, "he_forms"), lowered(table, "she_forms"),
                  lowered(table, "the"), lowered(table, "apposition_describing"),
                  lowered(table, "person_titles") | lowered(table, "he_titles") | lowered(table, "she_titles"),
                  lowered(table, "place_prepositions") | lowered(table, "apposition_inner") | lowered(table, "the"),
                  lowered(table, "name_outer"), (table.get("the") or [""])[0],
                  heads | lowered(table, "he_nouns") | lowered(table, "she_nouns") | lowered(table, "person_like"),
                  tuple(lowered(table, "age_nouns")), lowered(table, "he_objects") | lowered(table, "she_objects"))


def described_person(summary: str, sentence: str, sentences: list[str], language: str) -> str:
    """``summary`` with its opening "He"/"She" (which opens its ``sentence``) replaced by the one person
    ``sentences`` (nearest first) describe (see the module's docstring); else ``summary``."""
    words = _words(language)
    parts = summary.split(maxsplit=1)
    if words is None or len(parts) < 2:
        return summary
    pronoun = parts[0].lower()
    opener = sentence.split()[:1]
    if pronoun not in words.he | words.she or not opener or opener[0].lower() != pronoun:
        return summary  # a pronoun inside a quotation, or after a fronted phrase: the speaker's or another's
    if any(q in s for s in sentences[:2] + [sentence] for q in _QUOTE_MARKS):
        return summary  # quotations about: "he" may be anyone the speaker talks of
    lex = lexicon(language)
    own, other = (words.he_nouns, words.she_nouns) if pronoun in words.he else (words.she_nouns, words.he_nouns)
    for k, before in enumerate(sentences):
        first = before.split()[:1]
        if first and first[0].lower() == pronoun and not _persons(before, words, other, lex):
            continue  # "She was seven months pregnant …": still about her
        found = _persons(before, words, other, lex)
        if _named_someone(before, words):
            return summary  # "Tom Berg met the Velorian president": whose "he"?
        if len(found) != 1 or found[0] is None or any(
                bare(w) in (words.hers if pronoun in words.he else words.his) for w in before.split()):
            return summary
        described_words, head = found[0]
        if _someone_else(sentences[:k + 2], before, found[0], pronoun, words, lex):
            return summary  # "… stabbed by a 23-year-old", "… a youth had attacked him": whose "he"?
        the = words.definite
        name = f"{the[:1].upper()}{the[1:]} {' '.join(described_words + [head])}"
        if not described_words:
            name = described(f"{name} {parts[1]}", sentences[k + 1:], language).rsplit(" " + parts[1], 1)[0]
            if name.lower() == f"{the} {head}":
                return summary  # "The woman": no more than "She"
        return f"{name} {parts[1]}"
    return summary


def _verb(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` reads as the verb after a subject ("had", "arrived", "said")."""
    return word in lex.auxiliaries or word in lex.verbs or word in lex.speech or verb_like(word, lex)


def _persons(sentence: str, words: _Words, other: frozenset[str], lex: Lexicon) -> list[tuple[list[str], str] | None]:
    """The persons ``sentence`` describes: (describing words, head) for each head of ``described_heads`` after a
    determiner; None for one of the other sex (``other``), one with a title or a head with no determiner."""
    texts = sentence.split()
    found: list[tuple[list[str], str] | None] = []
    for k, text in enumerate(texts):
        word = bare(text)
        if k and word in words.titles and text[:1].isupper() and texts[k - 1][-1:] not in ".!?":
            found.append(None)  # "Dr Anna Berg": a named one beside
            continue
        if word not in words.heads | other or text.strip(EDGE).lower() != word:
            continue
        if word in other:
            found.append(None)
            continue
        at = k
        while at > 0 and k - at < DESCRIBING_WORDS and bare(texts[at - 1]) not in words.the | words.indefinite:
            if not re.fullmatch(r"[\w-]+", texts[at - 1]):
                break
            at -= 1
        if at == 0 or bare(texts[at - 1]) not in words.the | words.indefinite:
            found.append(None)
            continue
        describing = texts[at:k]
        following = bare(texts[k + 1]) if k + 1 < len(texts) else ""
        if any(bare(w) in words.heads or bare(w) in other for w in describing) or not (
                text.endswith(",") or following in ("", ",") or _verb(following, lex)):
            found.append(None)  # "a Mozambican man suspect"; "the president 's plane": no subject
            continue
        found.append((describing, word))
    return found


def _capital(text: str) -> bool:
    """Whether ``text`` is a capitalised word as a name writes it ("Berg"; not "HEADLINE" in capitals)."""
    return text[:1].isupper() and any(c.islower() for c in text)


def _named_someone(sentence: str, words: _Words) -> bool:
    """Whether ``sentence`` names a person: a run of two capitalised words or more (not after a word of
    ``before_place``: "in Port Miro", "of the Grain Board"; a heading in capitals is none)."""
    texts = sentence.split()
    k = 0
    while k < len(texts) - 1:
        run = 0
        while k + run < len(texts) and _capital(texts[k + run]) and bare(texts[k + run]) not in words.outer:
            run += 1
        if run >= 2 and not (k and bare(texts[k - 1]) in words.before_place):
            return True
        k += max(run, 1)
    return False


def _someone_else(read: list[str], decided: str, person: tuple[list[str], str], pronoun: str, words: _Words,
                  lex: Lexicon) -> bool:
    """Whether the sentences ``read`` (those read back to ``decided``, which describes ``person``, and the one
    before it) speak of a person besides ``person``: a word of ``person_like`` other than its head ("by a masked
    stranger", "a pensioner"; not a speaker before a word of saying), an age standing alone ("by a 23-year-old,"), or in ``decided`` an object form of
    the pronoun in the person's own clause ("The man stabbed him"): that one may be the "he" as well."""
    describing, head = person
    for sentence in read:
        texts = sentence.split()
        for k, text in enumerate(texts):
            word = bare(text)
            speaks = bare(texts[k + 1]) in lex.speech if k + 1 < len(texts) else False
            if word in words.person_like and word != head and not speaks:
                return True  # "a government spokesman said": a speaker's credit, no one in the happening
            if words.ages and word.endswith(words.ages) and word not in (bare(w) for w in describing) and not any(
                    bare(w) in words.person_like for w in texts[k + 1:k + 1 + DESCRIBING_WORDS]):
                return True  # "by a 23-year-old,": an age that describes no head stands for a person
    texts = [bare(w) for w in decided.split()]
    at = texts.index(head) if head in texts else len(texts)
    for word in texts[at + 1:]:
        if word in lex.speech or word in lex.relative or word in lex.not_subject or word in words.person_like:
            return False  # "… told police a youth had attacked him": another clause, its "him" may be the man
        if word in words.objects:
            return word in (words.his if pronoun in words.he else words.hers)  # "him" for "he": another man
    return False

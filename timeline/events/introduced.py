"""Who "The woman" is when the story introduced her under another noun: "a Filipina nurse", "a 21-year-old Canadian".

A report names its anonymous person once, by what she is ("Norland confirmed its first case in a Velorian
nurse"), and goes on with the plain noun of her sex or state: "The woman arrived on Friday …". A timeline row
"The woman arrived on Friday" tells no one who; :mod:`.described` gives the words only when the story used the
same noun before ("a 19-year-old woman … The woman"). This module takes the other noun:

- the summary opens "The <head>" before a verb or a comma, its head one of ``[introduced] heads`` (the plain
  nouns a story calls its person by: "man", "woman", "child", "patient");
- the sentences right before the summary's (nearest first, :func:`.referent.earlier_sentences`) are read: one
  that speaks of no single person (no word of the person lists, no "he"/"she" form) is passed over, at most
  ``PASSED_OVER`` of them; the first one that does decides;
- it must introduce exactly one person: an indefinite article (``[situated] apposition_describing``), at most
  ``DESCRIBING_WORDS`` describing words and a person's noun of ``[introduced] persons`` or a country's people
  ("a 21-year-old Canadian", a form of ``[places]``) ending the phrase (not "a member of …");
- that person must be one the summary's head may be: not of the other sex (``[situated] he_nouns``,
  ``she_nouns``), a child only for a child's head and an adult only for an adult's (``[introduced] young``, an
  age under ``ADULT_AGE`` in "N-year-old"), no carer for "the patient" (``[introduced] carers``);
- any doubt leaves the summary as it was: the same head in the sentence (:mod:`.described` reads that), a
  second person (any word of the person lists that is not a speaker's credit: "the health minister said"), a
  name that may be a person's (a run of capitalised words that is no place and not a speaker's), an ordinal
  among the describing words ("a second man").

The summary then opens "The <describing words> <noun>": "The Velorian nurse arrived on Friday …". A wrong person
is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..temporal.grammar import GrammarError, resource_data
from .described import described
from .headline import EDGE, bare, verb_like
from .headline_words import Lexicon, lexicon, lowered
from .places import places

__all__ = ["introduced", "described_anyhow", "DESCRIBING_WORDS", "PASSED_OVER", "ADULT_AGE"]

#: describing words between the indefinite article and the person's noun ("32-year-old Velorian") at most
DESCRIBING_WORDS = 3
#: sentences that speak of no single person passed over before the one that introduces the person, at most
PASSED_OVER = 1
#: an age from which "N-year-old" is an adult's
ADULT_AGE = 18
#: an age as a describing word writes it ("21-year-old")
_AGE = re.compile(r"(\d+)-year-old")
#: the person lists of ``[situated]`` that name someone: any of them beside the introduced person is a rival
_PERSON_LISTS = ("described_heads", "person_nouns", "person_heads", "role_nouns", "person_like", "he_nouns",
                 "she_nouns", "epithet_heads")


@dataclass(frozen=True)
class _Words:
    heads: frozenset[str]
    persons: frozenset[str]
    young: frozenset[str]
    carers: frozenset[str]
    patient: frozenset[str]
    adult: frozenset[str]
    anyone: frozenset[str]  # every word that speaks of one person
    he: frozenset[str]  # the nouns and pronoun forms of a man or boy
    she: frozenset[str]
    the: frozenset[str]
    indefinite: frozenset[str]
    ordinals: frozenset[str]
    place_before: frozenset[str]
    part_links: frozenset[str]  # a word after the noun that goes on with the phrase ("a member of")
    sources: frozenset[str]  # a word before a source's phrase ("according to a nurse")


@lru_cache(maxsize=None)
def _words(language: str) -> _Words | None:
    """The language's ``[introduced]`` lists and the ``[situated]`` ones they lean on, or None without them."""
    try:
        data = resource_data(language)
    except GrammarError:
        return None
    table, situated = data.get("introduced", {}), data.get("situated", {})
    if not table or not situated:
        return None
    anyone = frozenset().union(*(lowered(situated, name) for name in _PERSON_LISTS)) | lowered(table, "persons")
    return _Words(lowered(table, "heads"), lowered(table, "persons"), lowered(table, "young"),
                  lowered(table, "carers"), lowered(table, "patient"), lowered(table, "adult"),
                  anyone,
                  lowered(situated, "he_nouns") | lowered(situated, "he_forms"),
                  lowered(situated, "she_nouns") | lowered(situated, "she_forms"),
                  lowered(situated, "the"), lowered(situated, "apposition_describing"),
                  frozenset(w.lower() for w in data.get("words", {}).get("ordinal", {})),
                  lowered(situated, "place_prepositions") | lowered(situated, "the")
                  | lowered(situated, "apposition_describing"), lowered(table, "part_links"),
                  lowered(table, "sources"))


def described_anyhow(summary: str, sentences: list[str], language: str) -> str:
    """``summary`` with its opening "The <head>" given the words that described that person in ``sentences``
    (nearest first): under the same noun (:mod:`.described`), else under another (:func:`introduced`)."""
    named = described(summary, sentences, language)
    return named if named != summary else introduced(summary, sentences, language)


def introduced(summary: str, sentences: list[str], language: str) -> str:
    """``summary`` with its opening "The <head>" told as the one person ``sentences`` (nearest first) introduced
    under another noun (see the module's docstring); else ``summary``."""
    words = _words(language)
    opening = re.match(r"(\w+)\s+(\w+)(?=[\s,])", summary)
    if words is None or not opening or opening.group(1).lower() not in words.the or opening.group(2) not in words.heads:
        return summary
    lex = lexicon(language)
    rest = summary[opening.end():].split(maxsplit=1)
    if not rest or not (_aged(rest) or verb_like(bare(rest[0]), lex)):
        return summary  # "The man from Barnet …", "The woman, his wife, …": the summary describes him or her itself
    head = opening.group(2)
    if any(bare(w) == head.lower() for sentence in sentences for w in sentence.split()):
        return summary  # "A man fell ill . A nurse was worried . The man …": the story told of a "man" before
    for sentence in sentences[:PASSED_OVER + 1]:
        texts = sentence.split()
        people = [n for n in range(len(texts)) if _one_person(texts, n, words, lex, language)]
        if not people:
            continue  # "The government has been warning citizens for weeks": no one "the woman" may be
        if any(bare(texts[n]) == head for n in people):
            return summary  # the same noun: :mod:`.described` reads it
        found = [_introduction(texts, n, words, lex, language) for n in people if not _speaker(texts, n, lex, words.sources)]
        if len(found) != 1 or found[0] is None or _named(texts, words, lex, language):
            return summary  # another person beside, or one the summary may be named by
        describing, noun = found[0]
        if not _fits(head, describing, noun, words):
            return summary
        return f"{opening.group(1)} {' '.join(describing + [noun])}{summary[opening.end():]}"
    return summary


def _one_person(texts: list[str], at: int, words: _Words, lex: Lexicon, language: str) -> bool:
    """Whether the token ``texts[at]`` speaks of one person: a word of the person lists, a "he"/"she" form, or a
    country's people written as a noun (:func:`_people`)."""
    word = bare(texts[at])
    return word in words.anyone or word in words.he or word in words.she or _people(texts, at, words, lex, language)


def _people(texts: list[str], at: int, words: _Words, lex: Lexicon, language: str) -> bool:
    """Whether ``texts[at]`` names one of a country's people as a noun (``[places]``: "a 21-year-old Canadian has"):
    after an article and at most ``DESCRIBING_WORDS`` words, and ending its phrase (a verb, a relative, a
    preposition or a mark after it); not the country itself ("mainland Norland 's"), nor a word describing another
    noun ("a Canadian tourist", "a British Airways flight"), nor its people in the plural."""
    core = texts[at].strip(EDGE)
    found = places(language)
    if not (core[:1].isupper() and found is not None and found.pattern.fullmatch(core)):
        return False
    if core.endswith("s") and found.pattern.fullmatch(core[:-1]):
        return False  # "Singaporeans": many, no one person
    following = bare(texts[at + 1]) if at + 1 < len(texts) and texts[at][-1:] not in EDGE else ""
    if following and texts[at + 1][:1].isupper():
        return False  # "a British Airways flight": a name goes on
    if following and not (following in lex.auxiliaries or following in lex.relative or following in lex.conjunctions
                          or following in lex.cut_before_phrase or verb_like(following, lex)):
        return False
    before = [bare(w) for w in texts[max(0, at - DESCRIBING_WORDS - 1):at]]
    return any(w in words.indefinite | words.the for w in before)


def _introduction(texts: list[str], at: int, words: _Words, lex: Lexicon,
                  language: str) -> tuple[list[str], str] | None:
    """(describing words, noun) when ``texts[at]`` ends a phrase that introduces a person: an indefinite article,
    at most ``DESCRIBING_WORDS`` plain words and a noun of ``persons`` or a country's people; else None."""
    noun = texts[at].strip(EDGE)
    if not (noun.lower() in words.persons and noun.islower() or _people(texts, at, words, lex, language)):
        return None
    following = bare(texts[at + 1]) if at + 1 < len(texts) and texts[at][-1:] not in EDGE else ""
    if following and following in words.part_links:
        return None  # "a member of the crew": the phrase goes on
    k = at
    while k > 0 and at - k < DESCRIBING_WORDS and bare(texts[k - 1]) not in words.indefinite | words.the | lex.determiners:
        if not re.fullmatch(r"[\w-]+", texts[k - 1]) or bare(texts[k - 1]) in words.anyone | lex.pronouns:
            return None
        k -= 1
    if k == 0 or bare(texts[k - 1]) not in words.indefinite:
        return None  # "the nurse": one the story had introduced before, maybe another
    describing = texts[k:at]
    if any(bare(w) in words.ordinals or re.fullmatch(r"\d+(st|nd|rd|th)", bare(w)) for w in describing):
        return None  # "a second nurse": which one, the text does not say
    return describing, noun


def _aged(rest: list[str]) -> bool:
    """Whether what follows "The <head>" opens with an age between commas ("The woman, 32, died"), the one
    aside that leaves the person undescribed."""
    return bool(re.match(r",\s*\d{1,3}\s*,", " ".join(rest)))


def _speaker(texts: list[str], at: int, lex: Lexicon, sources: frozenset[str]) -> bool:
    """Whether the person word ``texts[at]`` is a speaker's credit or a source: a word of saying right after it
    ("the kingdom 's health minister said"), or one right before its phrase when the phrase ends its clause
    ("said a spokesman .", "according to a nurse ,"), not when it goes on as the subject of a reported clause
    ("officials said a nurse had treated …": the nurse is someone the story tells of)."""
    after = bare(texts[at + 1]) if at + 1 < len(texts) else ""
    if after in lex.speech:
        return True
    before = [bare(w) for w in texts[max(0, at - DESCRIBING_WORDS - 2):at]]
    ends_clause = at + 1 == len(texts) or not texts[at + 1][:1].isalnum() or texts[at][-1:] in EDGE
    return ends_clause and any(w in lex.speech or w in sources for w in before)


def _named(texts: list[str], words: _Words, lex: Lexicon, language: str) -> bool:
    """Whether the sentence names someone the summary's person may be: a run of two capitalised words or more
    that is no place (``[places]``), not after a determiner or a place's preposition ("a British Airways flight",
    "from Mexico City"), and not a speaker's credit; a sentence's opening word of grammar ("The", "In") is no part of one."""
    opening = lex.determiners | words.the | words.indefinite | lex.cut_before_phrase | lex.conjunctions | lex.pronouns
    k = 1 if texts and bare(texts[0]) in opening | lex.not_subject else 0  # "In London": no name opens with "In"
    while k < len(texts):
        run = 0
        while k + run < len(texts) and texts[k + run][:1].isupper() and any(c.islower() for c in texts[k + run]):
            run += 1
        if run >= 2:
            name = " ".join(w.strip(EDGE) for w in texts[k:k + run])
            found = places(language)
            place = found is not None and found.pattern.search(name) is not None
            before = bare(texts[k - 1]) if k else ""
            credit = _speaker(texts, k + run - 1, lex, words.sources) or before in lex.speech
            if not (place or credit or before in words.place_before | lex.determiners):
                return True
        k += max(run, 1)
    return False


def _fits(head: str, describing: list[str], noun: str, words: _Words) -> bool:
    """Whether the person introduced as ``describing`` + ``noun`` may be "the <head>": not of the other sex, a
    child for a child's head and an adult for an adult's, no carer for "the patient"."""
    lowered_words = {bare(w) for w in describing} | {noun.lower()}
    if head in words.he and lowered_words & words.she or head in words.she and lowered_words & words.he:
        return False
    ages = [int(m.group(1)) for w in describing if (m := _AGE.fullmatch(bare(w)))]
    young = bool(lowered_words & words.young) or any(age < ADULT_AGE for age in ages)
    adult = bool(lowered_words & words.adult) or any(age >= ADULT_AGE for age in ages)
    if head in words.young and not (young and not adult):
        return False  # "a Velorian nurse" is no "the child"
    if head in words.adult and young:
        return False
    return not (head in words.patient and lowered_words & words.carers)

"""Who "The man" is when the sentence before named him with a describing apposition: "Anna Berg, a Velorian, …".

A wire report names its person once and says in apposition what he is ("Police arrested Tomas Vrin , a
Velorian , at the border ."), then goes on with the plain noun: "The man admitted …". :mod:`.introduced` gives
"the man" the noun of an introduction ("a Velorian nurse"), but refuses whenever a name stands in the sentence,
for a name beside the introduced person may be a rival. A name IN APPOSITION to the introduction is no rival:
it is that very person, and a better referent than the noun, so "The man admitted …" reads "Tomas Vrin
admitted …". The rules are those of :mod:`.introduced` (same heads, same nearest sentences, same fit of sex and
age, the same doubts), and besides:

- the introduction ("a Velorian", "a 40-year-old nurse") is set off by commas or stands last in the sentence,
  right after a run of at most ``NAME_WORDS`` capitalised words that is no place (``[places]``) and that no
  determiner or place's preposition leads ("the Velorian Lines", "in Port Vrin");
- with that name taken away, the sentence names no one else (:func:`.introduced._named`) and speaks of no
  other person than speakers' credits.

A wrong person is worse than none: on any doubt the summary stays as it was.
"""

from __future__ import annotations

import re

from .described_back import described_back
from .headline import EDGE, bare, verb_like
from .headline_words import Lexicon, lexicon
from .introduced import (PASSED_OVER, _fits, _introduction, _named, _one_person, _speaker, _Words,
                         _words, described_anyhow)
from .places import places

__all__ = ["introduced_name", "described_or_named", "described_further", "NAME_WORDS"]

#: capitalised words in a person's name set before the apposition, at most ("Anna Maria Berg")
NAME_WORDS = 4
#: a token standing in for the apposed name when the rest of the sentence is searched for other names
_NOBODY = "someone"


def described_further(summary: str, sentences: list[str], language: str) -> str:
    """``summary`` with its opening "The <head>" told by the words that described that person in ``sentences``
    (nearest first): in the nearest that speaks of a person (:func:`.introduced.described_anyhow`), else past
    sentences of persons the head cannot be (:func:`.described_back.described_back`). A description, no name:
    a caller tells the two apart by it."""
    named = described_anyhow(summary, sentences, language)
    return named if named != summary else described_back(summary, sentences, language)


def described_or_named(summary: str, sentences: list[str], language: str) -> str:
    """``summary`` with its opening "The <head>" described (:func:`described_further`), else named by the name set
    in apposition to its introduction (:func:`introduced_name`)."""
    named = described_further(summary, sentences, language)
    return named if named != summary else introduced_name(summary, sentences, language)


def introduced_name(summary: str, sentences: list[str], language: str) -> str:
    """``summary`` with its opening "The <head>" replaced by the name the sentences before (nearest first) set
    in apposition to the one person they introduce (see the module's docstring); else ``summary``."""
    words = _words(language)
    opening = re.match(r"(\w+)\s+(\w+)(?=[\s,])", summary)
    if words is None or not opening or opening.group(1).lower() not in words.the or opening.group(2) not in words.heads:
        return summary
    lex = lexicon(language)
    rest = summary[opening.end():].split(maxsplit=1)
    if not rest or not (rest[0].startswith(",") or verb_like(bare(rest[0]), lex)):
        return summary  # "The man from Barnet …": the phrase goes on describing him
    head = opening.group(2)
    for sentence in sentences[:PASSED_OVER + 1]:
        texts = _split_commas(sentence.split())
        people = [n for n in range(len(texts)) if _one_person(texts, n, words, lex, language)]
        if not people:
            continue  # a sentence of no one: passed over, as :mod:`.introduced` does
        if any(bare(texts[n]) == head for n in people):
            return summary  # the same noun: :mod:`.described` reads it
        others = [n for n in people if not _speaker(texts, n, lex, words.sources)]
        if len(others) != 1:
            return summary
        name = _name_before(texts, others[0], words, lex, language)
        if name is None or not _fits(head, *name[2], words):
            return summary
        begin, end, _ = name
        if _named(texts[:begin] + [_NOBODY] + texts[end:], words, lex, language):
            return summary  # another name beside the apposed one: maybe the summary's person
        return " ".join(w.strip(EDGE) for w in texts[begin:end]) + summary[opening.end():]
    return summary


def _split_commas(texts: list[str]) -> list[str]:
    """``texts`` with a comma glued to a word ("Berg," as untokenised copy writes it) made a token of its own,
    so that the apposition reads alike in "Berg , a Velorian ," and "Berg, a Velorian,"."""
    split: list[str] = []
    for word in texts:
        if len(word) > 1 and word.endswith(","):
            split += [word[:-1], ","]
        else:
            split.append(word)
    return split


def _name_before(texts: list[str], at: int, words: _Words, lex: Lexicon,
                 language: str) -> tuple[int, int, tuple[list[str], str]] | None:
    """(start, end, (describing words, noun)) of the name set in apposition before the introduction ending at
    ``texts[at]``: ", a <describing> <noun> ," right after a run of capitalised words that is no place; else None."""
    introduction = _introduction(texts, at, words, lex, language)
    if introduction is None:
        return None
    describing, noun = introduction
    article = at - len(describing) - 1
    if at + 1 < len(texts) and texts[at + 1] != "," and texts[at + 1] not in (".", ";"):
        return None  # "Berg , a Velorian nurse who …": not a plain apposition
    if article < 2 or texts[article - 1] != ",":
        return None
    end = article - 1
    begin = end
    while begin > 0 and end - begin < NAME_WORDS and _capitalised(texts[begin - 1]):
        begin -= 1
    if end - begin < 2 or (begin > 0 and _capitalised(texts[begin - 1])):
        return None  # one word ("Berg"), or a longer run: maybe no person's name
    before = bare(texts[begin - 1]) if begin else ""
    if before in words.place_before | lex.determiners | lex.speech:
        return None  # "the Velorian Lines , a …", "in Port Vrin , a …", "said Anna Berg , a …"
    name = " ".join(texts[begin:end])
    found = places(language)
    if found is not None and found.pattern.search(name):
        return None  # "Port Vrin": a place
    return begin, end, (describing, noun)


def _capitalised(word: str) -> bool:
    """Whether ``word`` is written as a part of a name: a capital, then a lower-case letter ("Berg", "McRae")."""
    return word[:1].isupper() and any(c.islower() for c in word) and re.fullmatch(r"[\w'.-]+", word) is not None

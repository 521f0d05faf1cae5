"""Who "The prime minister" is: the one person the story named with that title in capitals.

:mod:`.situated` names "The <head>" by a name holding the head ("The president" -> "President Anna Berg"); a
title of two words ("The prime minister", "The foreign minister", "The health secretary") opens with a word that
is no head, and a name holding the head alone may hold another office ("Deputy Minister Tom Berg" is no foreign
minister). So the title is looked for whole: a summary that opens "The <word> <head>" (the head one of
``[situated] name_heads``, the word written small and no determiner) takes the one name the text a reader has
been told before (title first) writes right after that title in capitals ("Foreign Minister Ali Berg said …"),
not after a word of ``name_former`` ("former Prime Minister Tom Berg" is no longer the prime minister). Names
that are parts of one another are one name ("Prime Minister Tom Berg" … "Prime Minister Berg"); two different
ones, or none, or the title written with no name after it but "the" ("Anna Lind, Prime Minister of …", "a prime
minister"), leave the summary as it was. The summary then opens with the title and the name, as a headline
writes them: "Foreign Minister Ali Berg said …".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .epithet import _CAP, NAME_WORDS  # a person's name: the same capitalised words as after "the singer"
from .headline import bare, verb_like
from .headline_words import lexicon, lowered, resource_table

__all__ = ["titled_named"]


@dataclass(frozen=True)
class _Words:
    heads: frozenset[str]
    the: frozenset[str]
    former: frozenset[str]
    outer: frozenset[str]
    small: frozenset[str]  # words that are no title's first word ("The new minister", "The other minister")
    endings: tuple[str, ...]


@lru_cache(maxsize=None)
def _words(language: str) -> _Words | None:
    """The ``[situated]`` lists this module reads, or None without ``name_heads``."""
    table = resource_table(language, "situated")
    heads = lowered(table, "name_heads")
    if not heads:
        return None
    lex = lexicon(language)
    small = lex.determiners | lowered(table, "first_named_others") | lowered(table, "name_former")
    return _Words(heads, lowered(table, "the"), lowered(table, "name_former"),
                  frozenset(table.get("name_outer", [])), small, tuple(lex.possessive_endings))


def titled_named(summary: str, told: str, language: str) -> str:
    """``summary`` with its opening "The <word> <head>" named by the one person ``told`` gives that title in
    capitals (see the module's docstring), else ``summary``."""
    words = _words(language)
    if words is None:
        return summary
    opening = re.match(r"(\w+)\s+([a-z][\w-]*)\s+([a-z]\w*)(?=[\s,])", summary)
    if (not opening or opening.group(1).lower() not in words.the or opening.group(3) not in words.heads
            or opening.group(2) in words.small or opening.group(2)[:1].isdigit()):
        return summary
    rest = summary[opening.end():].split(maxsplit=1)
    if not rest or not (rest[0].startswith(",") or _verb(bare(rest[0]), language)):
        return summary  # "The prime minister of …", "The health minister's …": the phrase goes on
    title = f"{opening.group(2).capitalize()} {opening.group(3).capitalize()}"
    names: list[list[str]] = []
    for match in re.finditer(rf"(?<![\w'’-])(?i:{re.escape(title)})((?:[^\S\n]+{_CAP}){{0,{NAME_WORDS}}})", told):
        before = told[:match.start()].split()
        if before and bare(before[-1]) in words.former:
            continue  # "former Prime Minister Tom Berg": no longer
        if not match.group(1).strip():
            if before and bare(before[-1]) in words.the:
                continue  # "the prime minister": the one the story means
            return summary  # "Tom Berg, Prime Minister of Norway", "a prime minister": another may hold it
        name = [w.rstrip(",.;:") for w in match.group(1).split()]
        if any(w.endswith(words.endings) for w in name[:-1]):
            return summary  # "Prime Minister Tom Berg's office Chief": a name runs on
        name = [w.removesuffix(e) for w in name for e in [next((e for e in words.endings if w.endswith(e)), "")]]
        while name and name[-1] in words.outer:
            name.pop()
        if name and name[0] not in words.outer:
            names.append(name)
    if not names:
        return summary
    longest = max(names, key=len)
    if any(not set(n) <= set(longest) for n in names):
        return summary  # two people with the title: which one?
    return f"{title} {' '.join(longest)}" + summary[opening.end():]


def _verb(word: str, language: str) -> bool:
    """Whether ``word`` reads as a verb after the subject ("said", "has", "visited")."""
    lex = lexicon(language)
    return word in lex.auxiliaries or word in lex.verbs or word in lex.speech or verb_like(word, lex)

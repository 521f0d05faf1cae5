"""Whose "The trial" is: the happening named with its owner where the story first told it whole.

A story tells a happening whole once ("A jury has been chosen for the trial of Dr Anna Berg") and from then
on calls it by its kind: "The trial is due to start on Tuesday." A timeline row "The trial is due to start"
tells no one whose trial. The text a reader has been told before the summary's sentence (title first) is
read for the first time it names a happening of ``[situated] owned_happenings`` with its owner:

- "the trial of|against <Name>" (a link of ``owned_links``), the name maybe a possessive with up to
  ``DESCRIBING_WORDS`` words of its own ("the trial of Tom Berg's doctor");
- "<Name>'s trial", "<Name> trial" ("Jury chosen for Dr Anna Berg trial");
- "<Name> … to stand trial" (one of ``owned_verbs`` right before the head, at most ``BETWEEN_WORDS`` auxiliaries or
  words of ``owned_between`` after the name, which is no object of a preposition: "the doctor of Tom Berg to
  stand trial" tells another's trial).

A name is a run of capitalised words that is no country. The text before must use the head after no other
determiner than the definite article ("a trial", "another trial" tell of more than one), and with no other
owner than the first one's (nor one of its words: "Dr Berg's trial" is "the trial of Dr Anna Berg"): two
owners leave the summary as it was. The summary then opens as the story first wrote it: "The trial of <Name>",
"<Name>'s trial", "The <Name> trial" ("stand trial" gives "The trial of <Name>").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .epithet import _determiner
from .first_named import _QUOTED
from .headline import bare, verb_like
from .headline_words import lexicon, lowered, resource_table
from .places import places

__all__ = ["owned_happening", "DESCRIBING_WORDS", "BETWEEN_WORDS"]

#: words a possessive owner may hold after its "'s" ("Tom Berg's personal doctor")
DESCRIBING_WORDS = 3
#: words between the owner and "stand trial" ("Anna Berg is ordered to stand trial")
BETWEEN_WORDS = 3
#: an owner's name is at most this many capitalised words
NAME_WORDS = 5
_NAME = r"(?:[A-Z][\w'’.-]*[^\S\n]+){0,%d}[A-Z][\w'’-]*" % (NAME_WORDS - 1)
_POSSESSIVE = r"\s*(?:'s|’s|')"


@dataclass(frozen=True)
class _Words:
    heads: frozenset[str]
    links: frozenset[str]
    verbs: frozenset[str]
    between: frozenset[str]
    stand_link: str  # the link "stand trial" is told with ("the trial of Anna Berg")
    the: frozenset[str]
    others: frozenset[str]
    outer: frozenset[str]


@lru_cache(maxsize=None)
def _words(language: str) -> _Words | None:
    """The ``[situated]`` lists this module reads, or None without ``owned_happenings``."""
    table = resource_table(language, "situated")
    heads = lowered(table, "owned_happenings")
    if not heads:
        return None
    lex = lexicon(language)
    the = lowered(table, "the")
    others = (lex.determiners | lowered(table, "first_named_others") | lowered(table, "apposition_describing")) - the
    return _Words(heads, lowered(table, "owned_links"), lowered(table, "owned_verbs"),
                  lowered(table, "owned_between") | lex.auxiliaries, next(iter(lowered(table, "owned_stand_link")), ""),
                  the, others,
                  frozenset(table.get("name_outer", [])))


def owned_happening(summary: str, told: str, language: str) -> str:
    """``summary`` with its opening "The <head>" told whole as the story first told it (see the module's
    docstring), else ``summary``."""
    words = _words(language)
    opening = re.match(r"(\w+)\s+(\w+)(?=[\s,])", summary)
    if words is None or not opening or opening.group(1).lower() not in words.the:
        return summary
    head = opening.group(2).lower()
    rest = summary[opening.end():].split(maxsplit=1)
    if head not in words.heads or not rest or not (rest[0].startswith(",") or _verb(bare(rest[0]), language)):
        return summary  # "The trial of …", "The trial judge …": the phrase names its own
    told = _QUOTED.sub(lambda m: " " * len(m.group(0)), told)
    owners: list[tuple[str, str]] = []
    for use in re.finditer(rf"(?<![\w-]){head}(?![\w-])", told, re.I):
        before = told[max(0, use.start() - 200):use.start()]
        owner, link = _owner(before, told[use.end():use.end() + 200], words, language)
        if not owner and _determiner(told, use.start()) in words.others:
            return summary  # "a trial", "another trial": which one?
        if owner:
            owners.append((owner, link))
    if not owners:
        return summary
    (owner, link), written = owners[0], opening.group(2)
    if any(not set(o.split()) & set(owner.split()) for o, _ in owners[1:]):
        return summary  # two owners: whose?
    if link in words.links:
        told_whole = f"{opening.group(1)} {written} {link} {owner}"  # "The trial of Anna Berg"
    elif link:
        told_whole = f"{owner}{link} {written}"  # "Anna Berg's trial"
    else:
        told_whole = f"{opening.group(1)} {owner} {written}"  # "The Anna Foods case"
    return told_whole + summary[opening.end():]


def _owner(before: str, after: str, words: _Words, language: str) -> tuple[str, str]:
    """Whose the head between ``before`` and ``after`` is, as written, and how the text joins them: its link word
    ("of", "against"), a possessive's ending, or "" for a name before the head ("the Anna Foods case"); ("", "")
    when the text does not say."""
    linked = re.match(rf"\s+(\w+)\s+({_NAME})((?:{_POSSESSIVE})(?:\s+[a-z][\w-]*){{1,{DESCRIBING_WORDS}}})?", after)
    if linked and linked.group(1).lower() in words.links:
        name = _name(linked.group(2), words, language)
        if name and linked.group(3):  # "of Tom Berg's doctor": his doctor's, or no one's said
            described = _described(linked.group(3), language)
            return (name + described, linked.group(1).lower()) if described else ("", "")
        return (name, linked.group(1).lower()) if name and not re.match(_POSSESSIVE, after[linked.end(2):]) else ("", "")
    owned = re.search(rf"(?<![\w'’.-])({_NAME})({_POSSESSIVE})?\s*$", before)
    if owned:
        name = _name(owned.group(1), words, language)
        ahead = before[:owned.start()].rstrip()
        if name and (" " in name or ahead[-1:].isalpha() and ahead.split()[-1][:1].islower()):
            return name, "'s" if owned.group(2) else ""  # "Dr Anna Berg trial", "for Berg's trial"; not "Murder trial"
    tokens = before.split()
    if tokens and bare(tokens[-1]) in words.verbs:
        stand = re.search(rf"(?<![\w'’.-])({_NAME})((?:\s+[a-z]+){{0,{BETWEEN_WORDS}}})\s+\S+\s*$", before)
        if stand and all(w in words.between for w in stand.group(2).split()):
            previous = bare((before[:stand.start()].split() or [""])[-1])
            if previous not in lexicon(language).cut_before_phrase | words.links:  # not "the doctor of Tom Berg to stand trial"
                return _name(stand.group(1), words, language), words.stand_link
    return "", ""


def _name(run: str, words: _Words, language: str) -> str:
    """``run`` without the words that open or end no name ("The", "Monday"), or "" when it is a country or nothing."""
    names = run.split()
    while names and names[0] in words.outer:
        names = names[1:]
    while names and names[-1] in words.outer:
        names = names[:-1]
    name = " ".join(names)
    found = places(language)
    if not name or found is not None and found.pattern.fullmatch(name):
        return ""
    return name


def _described(possessive: str, language: str) -> str:
    """The possessive and the words that describe the owner ("'s personal doctor"), up to the first that opens
    another phrase or reads as a verb ("'s doctor is expected": "'s doctor")."""
    lex = lexicon(language)
    mark, *rest = possessive.split()
    kept = []
    for word in rest:
        if word in lex.auxiliaries or word in lex.cut_before_phrase or word in lex.conjunctions or _verb(word, language):
            break
        kept.append(word)
    return ("'s" if mark in ("'s", "’s") else "'") + "".join(f" {w}" for w in kept) if kept else ""


def _verb(word: str, language: str) -> bool:
    """Whether ``word`` reads as a verb after the subject ("is", "was", "began")."""
    lex = lexicon(language)
    return word in lex.auxiliaries or word in lex.verbs or word in lex.speech or verb_like(word, lex)

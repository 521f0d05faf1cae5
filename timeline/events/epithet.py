"""Who "The singer" is: the one person named where the story first called someone so.

A story names its person once and from then on calls them by what they do: "Fans gathered outside
the home of Tom Berg, where the singer lived … The singer was buried in May." A timeline row
"The singer was buried in May" tells no one which singer. :mod:`.situated` finds a name holding the
head ("President Anna Berg") or set beside it ("the singer Anna Berg", :mod:`.apposed`); a person
called by an epithet that no name holds is found by neither. :mod:`.first_named` does this for bodies
("the charity"); this module does it for persons, with the heads of ``[situated] epithet_heads``.

The text a reader has been told before the summary's sentence (title first) is read for the first
"the <head>"; the text before must use the head only after the definite article ("a singer", "another
singer" tell of more than one). The part of that sentence before the head, else the sentence before
it, must name exactly one person (:func:`_persons`): a run of at least two capitalised words that is no
country, no body (its last word one of ``body_heads``, ``institution_heads`` or ``company_heads``) and
not a place after one of ``place_prepositions`` ("in Los Angeles"). Another such run, or a lone
capitalised word mid-sentence that is no part of the person's name, no country and no listed word, is
a rival ("Dr Lee met Tom Berg when the singer …": whose?) and leaves the summary as it was. Names inside
quotation marks are the speaker's, never the story's.

The summary then opens with the person's name ("Tom Berg was buried in May", "Tom Berg's daughter …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .first_named import _QUOTED, _SENTENCE_END, listed_words
from .headline import bare, verb_like
from .headline_words import lexicon, lowered, resource_table
from .places import places

__all__ = ["epithet_named", "NAME_WORDS"]

#: a person's name is at most this many capitalised words
NAME_WORDS = 4
#: a name's word: a capital, then letters, an initial's dot, an apostrophe or hyphen inside
_CAP = r"[A-Z][\w'’.-]*"


@dataclass(frozen=True)
class _Words:
    heads: frozenset[str]
    the: frozenset[str]
    others: frozenset[str]  # "a singer", "another singer": more than one
    not_persons: frozenset[str]  # a run ending in one of these is a body or a place of work
    places_before: frozenset[str]  # "in Los Angeles": a place
    outer: frozenset[str]  # never in a name ("The", "Monday")
    common: frozenset[str]  # the language's listed words: "Police" alone names no one
    endings: tuple[str, ...]
    determiners: frozenset[str]


@lru_cache(maxsize=None)
def _words(language: str) -> _Words | None:
    """The ``[situated]`` lists this module reads, or None without ``epithet_heads``."""
    table = resource_table(language, "situated")
    heads = lowered(table, "epithet_heads")
    if not heads:
        return None
    lex = lexicon(language)
    the = lowered(table, "the")
    others = (lex.determiners | lowered(table, "first_named_others") | lowered(table, "apposition_describing")) - the
    bodies = lowered(table, "body_heads") | lowered(table, "institution_heads") | lowered(table, "company_heads")
    return _Words(heads, the, others, bodies | lowered(table, "place_nouns"), lowered(table, "place_prepositions"),
                  frozenset(table.get("name_outer", [])), listed_words(language) | lex.place_words,
                  tuple(lex.possessive_endings), lex.determiners | the)


def epithet_named(summary: str, told: str, language: str) -> str:
    """``summary`` with its opening "The <head>" (or "The <head>'s") named by the person the story first
    called so (see the module's docstring), else ``summary``."""
    words = _words(language)
    if words is None:
        return summary
    endings = "|".join(re.escape(e) for e in words.endings) or "(?!)"
    opening = re.match(rf"(\w+)\s+(\w+)(\s*(?:{endings}))?(?=[\s,])", summary)
    if not opening or opening.group(1).lower() not in words.the or opening.group(2).lower() not in words.heads:
        return summary
    head = opening.group(2).lower()
    rest = summary[opening.end():].split(maxsplit=1)
    if not opening.group(3) and not (rest and (rest[0].startswith(",") or _verb(bare(rest[0]), language))):
        return summary  # "The singer songwriter …": the phrase goes on naming its own
    uses = [m.start() for m in re.finditer(rf"(?<![\w-]){head}(?![\w-])", told, re.I)]
    determiners = [_determiner(told, at) for at in uses]
    if not uses or determiners[0] not in words.the or any(d in words.others for d in determiners):
        return summary  # "a singer … the singer", "another singer": which one?
    before = _QUOTED.sub(lambda m: " " * len(m.group(0)), told[:uses[0]])  # offsets kept
    sentences = [s for s in _SENTENCE_END.split(before) if s and s.strip()]
    for window in (sentences[-1:], sentences[-2:-1]):
        found = _persons(" ".join(window), words, language, told)
        if found is None:
            return summary  # a rival: whose?
        if found:
            possessive = opening.group(3).strip() if opening.group(3) else ""
            return found + possessive + summary[opening.end():]
    return summary


def _determiner(text: str, at: int) -> str:
    """The word right before the head at ``at`` (past one word that describes it: "the pop singer"), lower case."""
    before = text[max(0, at - 60):at].split()
    word = bare(before[-1]) if before else ""
    if len(before) > 1 and word and word.isalpha() and before[-1][:1].islower() and not before[-1][-1:] in ",;:":
        return bare(before[-2]) if bare(before[-2]) in ("the", "a", "an") else word
    return word


def _persons(text: str, words: _Words, language: str, told: str) -> str | None:
    """The one person ``text`` names, "" when it names none, None when it names more than one (a lone
    capitalised word counts as someone when ``told`` writes it as a surname, :func:`_surname`)."""
    found = places(language)
    names: list[list[str]] = []
    lone: list[str] = []
    opens = {m.end() for m in _SENTENCE_END.finditer(text)} | {0}
    for match in re.finditer(rf"(?<![\w'’.-]){_CAP}(?:[^\S\n]+{_CAP})*", text):
        clipped = [w.rstrip(".,;:") for w in match.group(0).split()]
        while clipped and clipped[0] in words.outer:
            clipped = clipped[1:]
        while clipped and clipped[-1] in words.outer:
            clipped = clipped[:-1]
        if not clipped:
            continue
        name = " ".join(clipped)
        previous = text[:match.start()].split()[-1:]
        if found is not None and found.pattern.fullmatch(name) or previous and bare(previous[0]) in words.places_before:
            continue  # a country, "in Los Angeles": a place
        if previous and bare(previous[0]) in words.determiners:
            continue  # "the Los Angeles coroner", "the BBC": no person takes an article
        if all(w.isupper() for w in clipped):
            continue  # "GMT", "UK", "WHO": an acronym, no one's name
        if len(clipped) == 1:
            at_open = match.start() in opens or previous and previous[0][-1:] in ".!?:"
            if not at_open and _surname(clipped[0], told, words):
                lone.append(clipped[0])
            continue
        if clipped[-1].lower() in words.not_persons or len(clipped) > NAME_WORDS:
            return None  # a body, or a run of words no name: maybe the one called so
        names.append(clipped)
    if not names:
        return None if lone else ""  # "… Berg's fans, where the singer …": a surname alone is no whole name
    if len({" ".join(n) for n in names}) > 1 or any(w not in names[0] for w in lone):
        return None
    return " ".join(names[0])


def _surname(word: str, told: str, words: _Words) -> bool:
    """Whether ``word`` is someone's surname in ``told``: the last word of a run of capitalised words ("Conrad
    Murray" makes "Murray" someone; "Propofol", "Paris" written alone are no one), and no word of the lists."""
    if word.lower() in words.common:
        return False
    return re.search(rf"[A-Z][\w'’.-]*[^\S\n]+{re.escape(word)}(?![\w'’-])", told) is not None


def _verb(word: str, language: str) -> bool:
    """Whether ``word`` reads as a verb after the subject ("has", "was", "said", "won")."""
    lex = lexicon(language)
    return word in lex.auxiliaries or word in lex.verbs or word in lex.speech or verb_like(word, lex)

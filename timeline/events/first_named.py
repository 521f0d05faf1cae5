"""Which body "The charity" is: the one named where the story first called it so.

A story names a body once and from then on calls it by its kind: "Anna Berg, of the Northern Lifeboat
Trust (NLT), said the charity could not pay for the trip. … The charity was founded in 1990." A
timeline row "The charity was founded in 1990" tells no one which charity. :mod:`.situated` names
"The <head>" by a name holding the head ("Welford Primary School"), by an apposition ("Anna Foods, the
company,", :mod:`.apposed`) or by the nearest sentences (:mod:`.nearest_name`); a body whose name does
not hold its kind ("… Lifeboat Trust", called "the charity") is found by none of them.

So the text a reader has been told before the summary's sentence (title first) is read for the first
"the <head>" (the head one of ``[situated] first_named_heads``: kinds of bodies, never of persons):

- the part of its sentence before it, else the sentence before that, must name exactly one body: a
  run of capitalised words with its acronym in brackets after it ("Northern Lifeboat Trust (NLT)"), or
  ending in the head itself or a word ``[situated.head_kinds]`` or ``[situated.first_named_kinds]`` lists for
  it ("Anna Foods Corp" for "the company"). Any other body there is a rival that leaves the summary as it was: a run after "the" or ending
  in a word of ``body_heads`` / ``institution_heads`` ("the Red Cross", "Health Ministry"), an acronym
  that is not the body's own ("… told the BBC the charity …"); a country is none ("the United States").
  A lone capitalised word opening a sentence before its verb ("Seaward was founded …") is a body only when
  it is no word of the language's lists ("Police said …") and the story also writes it capitalised
  mid-sentence (the title's words, a sentence's first word have a capital anyway: "Strike called").
  Names inside quotation marks are the speaker's (a rival he accuses), never the body's; a name never runs
  across a blank line (the title is no part of the first sentence).
- the text before must use the head only after the definite article: "a charity", "another charity"
  tell of more than one, and "The charity" may be any of them.

The summary then opens with the body's name (after "The" when the text wrote it so). Doubt leaves the
summary as it was: a wrong name is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .headline import bare, verb_like
from .headline_words import lexicon, lowered, resource_table
from .places import places

__all__ = ["first_named", "listed_words", "NAME_WORDS", "MODIFIER_WORDS"]

#: a body's name is at most this many capitalised (or joining) words
NAME_WORDS = 6
#: words that may describe a head between its determiner and it ("a Scottish-based rescue charity")
MODIFIER_WORDS = 3
_CAP = r"[A-Z][\w&'’.-]*"
#: the space between a name's words: never a blank line ("Fine\n\nApple" is a title and a sentence, no name)
_SPACE = r"(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)"
#: a quotation: a name inside one is the speaker's ("… said: \"Anna Foods Corp copied our recipe.\""), an
#: unclosed one runs to its line's end
_QUOTED = re.compile(r"\"[^\"\n]*(?:\"|$)|“[^”\n]*(?:”|$)|‘[^’\n]*(?:’|$)|``.*?(?:''|$)", re.M)
#: an acronym in brackets, as written or tokenised ("(NLT)", "-LRB- NLT -RRB-")
_ACRONYM = r"\s*(?:\(|-LRB-\s*)(?P<acronym>[A-Z][A-Z&]{1,6})\s*(?:\)|-RRB-)"
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘`']*\s*[A-Z])|\n\s*\n")


#: the ``[situated]`` lists of common nouns: none of their words is a body's name alone ("Police said …")
_COMMON_LISTS = ("first_named_heads", "body_heads", "institution_heads", "company_heads", "happening_heads",
                 "group_nouns", "plural_bodies", "described_heads", "person_heads", "person_nouns", "he_nouns",
                 "she_nouns", "place_nouns")


@dataclass(frozen=True)
class _Words:
    heads: frozenset[str]
    bodies: frozenset[str]  # words ending a body's name (``body_heads``, ``institution_heads``)
    kinds: dict[str, frozenset[str]]
    inner: frozenset[str]
    outer: frozenset[str]
    the: frozenset[str]
    common: frozenset[str]  # words of the language's lists: "Police said …" opens with no body's name
    indefinite: frozenset[str]  # "a charity": once, it brings one in; again, it is another
    others: frozenset[str]  # other determiners: "another charity", "its charity" are another one


@lru_cache(maxsize=None)
def _words(language: str) -> _Words | None:
    """The language's ``[situated]`` lists this module reads, or None without ``first_named_heads``."""
    table = resource_table(language, "situated")
    heads = lowered(table, "first_named_heads")
    if not heads:
        return None
    the, indefinite = lowered(table, "the"), lowered(table, "apposition_describing")
    others = (lexicon(language).determiners | lowered(table, "first_named_others")) - the - indefinite
    lex = lexicon(language)
    common = (lex.determiners | lex.subject | lex.not_subject | lex.pronouns | lex.auxiliaries | lex.verbs
              | frozenset().union(*(lowered(table, key) for key in _COMMON_LISTS)))
    return _Words(heads, lowered(table, "body_heads") | lowered(table, "institution_heads"),
                  {h.lower(): lowered(table["head_kinds"], h) | lowered(table.get("first_named_kinds", {}), h)
                   for h in set(table.get("head_kinds", {})) | set(table.get("first_named_kinds", {}))},
                  frozenset(table.get("name_inner", [])) - lexicon(language).conjunctions, frozenset(table.get("name_outer", [])), the, common, indefinite, others)


def listed_words(language: str) -> frozenset[str]:
    """The words of the language's lists (determiners, pronouns, verbs, the ``[situated]`` common nouns), lower
    case: none of them alone is a body's name ("Police said …"); none when the language has no such lists."""
    words = _words(language)
    return words.common if words is not None else frozenset()


def first_named(summary: str, told: str, language: str) -> str:
    """``summary`` with its opening "The <head>" named by the body the story first called so (see the
    module's docstring), else ``summary``."""
    words = _words(language)
    opening = re.match(r"(\w+)\s+(\w+)(?=[\s,])", summary)
    if words is None or not opening or opening.group(1).lower() not in words.the:
        return summary
    head = opening.group(2)
    rest = summary[opening.end():].split(maxsplit=1)
    if head not in words.heads or not rest or not (rest[0].startswith(",") or _verb(bare(rest[0]), language)):
        return summary  # "The charity concert …": the phrase goes on naming its own
    uses = [_determiner(told, m.start(), words) for m in re.finditer(rf"(?<![\w-]){head}(?![\w-])", told, re.I)]
    if not uses or uses[0][0] not in words.the | words.indefinite or any(
            d in words.others or d in words.indefinite for d, _ in uses[1:]):
        return summary  # "a rescue charity … another charity", "… a charity … The charity": which one?
    before = _QUOTED.sub(lambda m: " " * len(m.group(0)), told[:uses[0][1]])  # offsets kept
    beside = re.search(rf"(?<![\w&'’.-])(?P<name>{_CAP}(?:{_SPACE}(?:{_inner(words)}){_CAP}){{0,{NAME_WORDS - 1}}})"
                       r"\s*(?:,|-+|–|—)\s*$", before)
    if beside and not _country(beside.group("name"), language):  # "Healing Hands for Haiti - a US-based charity"
        return _named(beside.group("name"), before[:beside.start()], summary, opening.end(), words)
    sentences = [s for s in _SENTENCE_END.split(before) if s and s.strip()]
    for window in (sentences[-1:], sentences[-2:-1]):
        names = _bodies(" ".join(window), head, words, language, told)
        if names:
            if len(names) > 1 or names[0] is None:
                return summary  # two bodies, or a rival: whose?
            return _named(names[0], "", summary, opening.end(), words)
    return summary


def _named(name: str, before: str, summary: str, at: int, words: _Words) -> str:
    """``summary`` with its first ``at`` characters replaced by ``name`` (after "The" when ``before`` ends with it)."""
    names = name.split()
    while names and names[0] in words.outer:
        names = names[1:]
    article = before.split()[-1:]
    own = article and bare(article[0]) in words.the  # the text's own definite article, as it wrote it
    name = (f"{bare(article[0])} " if own else "") + " ".join(names)
    return name[:1].upper() + name[1:] + summary[at:]


def _inner(words: _Words) -> str:
    """The joining words a name may hold, as a pattern's alternatives each with its space after."""
    return "".join(rf"{re.escape(w)}{_SPACE}|" for w in sorted(words.inner))


def _country(name: str, language: str) -> bool:
    """Whether ``name`` is a country of ``[places]`` as a whole ("the United States", not "Healing Hands for Haiti")."""
    found = places(language)
    return found is not None and found.pattern.fullmatch(name) is not None


def _determiner(text: str, at: int, words: _Words) -> tuple[str, int]:
    """The determiner of the head at ``at``, past at most ``MODIFIER_WORDS`` words that describe it ("a
    Scottish-based rescue charity"), and where it starts; ("", ``at``) when none stands there."""
    for found in reversed(list(re.finditer(r"\S+", text[max(0, at - 120):at]))[-MODIFIER_WORDS - 1:]):
        word = bare(found.group(0))
        if word in words.the or word in words.others or word in words.indefinite:
            return word, max(0, at - 120) + found.start()
        if not word or found.group(0)[-1:] in ",;:.!?()":
            break
    return "", at


def _verb(word: str, language: str) -> bool:
    """Whether ``word`` reads as a verb after the subject ("has", "was", "said", "accelerated")."""
    lex = lexicon(language)
    return word in lex.auxiliaries or word in lex.verbs or word in lex.speech or verb_like(word, lex)


def _bodies(text: str, head: str, words: _Words, language: str, told: str) -> list[str | None]:
    """The bodies ``text`` names, each as its name ("the Northern Lifeboat Trust") or None for a rival; a lone
    name opening a sentence before a verb ("Seaward was founded …") is one, unless ``told`` (all the story
    before) writes it as the last word of a longer name (a person's surname: "Tom Berg" … "Berg said")."""
    inner = _inner(words)
    run = re.compile(rf"(?:(?P<the>\b(?i:{'|'.join(sorted(words.the))}))\s+)?"
                     rf"(?P<name>{_CAP}(?:{_SPACE}(?:{inner})?{_CAP}){{0,{NAME_WORDS - 1}}})(?:{_ACRONYM})?")
    found: list[str | None] = []
    own: set[str] = set()  # the acronyms of the bodies found: "IRC" after "International Rescue Corps" is no rival
    lone: list[str] = []
    opens = {m.end() for m in _SENTENCE_END.finditer(text)} | {0}
    for match in run.finditer(text):
        name = match.group("name").split()
        while name and (name[0] in words.outer or match.start("name") in opens and name[0].lower() in words.the):
            name = name[1:]
        if not name or _country(" ".join(name), language):
            continue
        acronym = match.group("acronym")
        last = name[-1].lower().rstrip(".")
        kind = last == head.lower() or last in words.kinds.get(head.lower(), frozenset())
        if len(name) > 1 and (acronym or kind):
            own.update(a for a in (acronym, "".join(w[0] for w in name if w[:1].isupper())) if a)
            found.append(" ".join(([match.group("the").lower()] if match.group("the") else []) + name))
        elif len(name) == 1 and name[0].isupper() and len(name[0]) > 1:
            lone.append(name[0])
        elif (len(name) == 1 and match.start() in opens and not match.group("the") and not acronym
              and _verb(bare((text[match.end():].split() or [""])[0]), language)
              and not re.search(rf"[A-Z][\w.'’-]*\s+{re.escape(name[0])}(?![\w-])", told)
              and _lone_name(name[0], told, words)):
            found.append(name[0])  # "Seaward was founded in 1990 … A charity …"
        elif match.group("the") or last in words.bodies:
            found.append(None)
    return found + [None for a in lone if a not in own]


def _lone_name(word: str, told: str, words: _Words) -> bool:
    """Whether ``word``, opening a sentence alone, is a body's name: no word of the language's lists ("Police
    said …") and written capitalised mid-sentence in the story's text too ("… fans of Seaward …"), where only
    a name has a capital; the title ("Strike called") and a sentence's first word have one anyway."""
    if word.lower() in words.common:
        return False
    text = told.split("\n\n", 1)[-1]  # the title's words are capitalised anyway
    return re.search(rf"[a-z,;][^\S\n]+{re.escape(word)}(?![\w-])", text) is not None

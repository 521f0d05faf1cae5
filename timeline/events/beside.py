"""A name set beside its head in the summary's own sentence: "the charity, Oxfam, tells" reads
"the charity Oxfam tells", so that dropping the apposition or stopping before it does not leave
"the charity" unnamed.

Only a head of ``[situated]`` ``name_heads``, ``body_heads`` or ``person_heads`` after the definite
article (``apposition_articles``), a name of at most ``MAX_WORDS`` capitalised words (joined by a word
of ``name_inner`` or ``beside_inner``), and a name that ends its sentence or is followed by a comma and a sure verb (the
name is then the subject's: "Penny Lawrence of the charity, Oxfam, tells"; the comma before the verb
goes unless an aside opened before the article, which it closes): "after the meeting,
Tom Berg, the minister, said" holds no head, and "the court, Tom Berg, the lawyer," is left as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..temporal.grammar import GrammarError, resource_data
from .headline import bare, verb_like
from .headline_words import Lexicon, lowered

__all__ = ["named_beside", "MAX_WORDS"]

#: a name longer than this is a run of capitalised words, not one name
MAX_WORDS = 5
#: a description before a person's name ("the British government's chief medical officer") is at most this many words
DESCRIBED_WORDS = 7


@lru_cache(maxsize=None)
def _pattern(language: str) -> re.Pattern[str] | None:
    try:
        table = resource_data(language).get("situated", {})
    except GrammarError:
        return None
    heads = lowered(table, "name_heads") | lowered(table, "body_heads") | lowered(table, "person_heads")
    articles = lowered(table, "apposition_articles")
    if not heads or not articles:
        return None
    word = r"[A-Z][\w&'’.-]*"
    inner = "|".join(re.escape(w) for w in sorted(lowered(table, "name_inner") | lowered(table, "beside_inner")))
    name = rf"{word}(?:\s+(?:(?:{inner})\s+)?{word}){{0,{MAX_WORDS - 1}}}"
    return re.compile(rf"(?<![\w'’-])((?i:{'|'.join(map(re.escape, sorted(articles)))})\s+"
                      rf"(?:{'|'.join(map(re.escape, sorted(heads)))}))\s*,\s+({name})"
                      rf"(?=\s*(?:[.;]?\s*$|,\s+(?P<verb>[a-z][\w'’-]*)))")


def named_beside(text: str, lex: Lexicon, language: str) -> str:
    """``text`` with each name set beside its head as in the module's docstring joined to it."""
    pattern = _pattern(language) if "," in text else None
    if pattern is None:
        return text
    out, at = [], 0
    for match in pattern.finditer(text):
        verb = match.group("verb")
        if verb is not None and not (verb in lex.speech or verb in lex.auxiliaries or verb in lex.verbs):
            continue
        if len(match.group(2).split()) > MAX_WORDS or bare(match.group(2)) in lex.pronouns:
            continue
        out += [text[at:match.start()], f"{match.group(1)} {match.group(2)}"]
        at = match.end()
        # "the charity Oxfam, tells": the comma before the verb goes too, unless an aside opened before the
        # article ("Tom Berg, founder of the charity, Helpwell, tells": the aside closes there)
        if verb is not None and "," not in text[:match.start()]:
            comma = text.index(",", at)
            out.append(text[at:comma])
            at = comma + 1
    return described_beside("".join(out) + text[at:] if out else text, lex, language)


@lru_cache(maxsize=None)
def _described_pattern(language: str) -> re.Pattern[str] | None:
    """"the <words> <head> [of the <Name>] , <Person Name> ," (see :func:`described_beside`), or None."""
    try:
        table = resource_data(language).get("situated", {})
    except GrammarError:
        return None
    articles, links = lowered(table, "apposition_articles"), lowered(table, "beside_links")
    if not articles or not links:
        return None
    word = r"[A-Z][\w&'’.-]*"
    small = r"(?:[a-z][\w'’-]*|['’]s)"
    link = rf"(?:{'|'.join(map(re.escape, sorted(links)))})\s+(?:(?i:{'|'.join(map(re.escape, sorted(articles)))})\s+)?"
    return re.compile(rf"(?<![\w'’-])(?P<said>(?i:{'|'.join(map(re.escape, sorted(articles)))})"
                      rf"(?P<words>(?:\s+(?:{word}|{small})){{0,{DESCRIBED_WORDS - 1}}}\s+{small}"
                      rf"(?:\s+{link}{word}(?:\s+{word}){{0,{MAX_WORDS - 1}}})?))"
                      rf"\s*,\s+(?P<name>{word}(?:\s+{word}){{1,{MAX_WORDS - 1}}})\s*,"
                      rf"(?=\s*$|\s+(?P<verb>[a-z][\w'’-]*))")


def described_beside(text: str, lex: Lexicon, language: str) -> str:
    """``text`` with a person's name set between commas after the description that opens its clause joined to it:
    "the unit's head, Anna Berg, tells" reads "the unit's head Anna Berg tells", so that dropping the aside does
    not leave "The unit's head" unnamed. The description opens with the definite article (``apposition_articles``),
    which follows no preposition ("head of the operation, Col Tom Berg, said" is the head's name, not the
    operation's), holds at most ``DESCRIBED_WORDS`` words, none a verb, a preposition or a conjunction (maybe
    "of [the] <Name>" after its head: a word of ``[situated] beside_links``; then only when the head is an office,
    ``beside_offices`` or ``person_nouns``, and the description opens the clause, with nothing before it but a fronted
    date's comma: "the trial of Tom Berg's doctor, Anna Lind," is hers, and '"…," the wife of Tom Roe, Anna Berg,
    said' is a credit); the name is at least two capitalised
    words, and a verb follows it, or the end of ``text`` maybe after a preposition (the date cut out stands between:
    "…, Anna Berg, [today] said", "…, Anna Berg, on [Monday] said")."""
    pattern = _described_pattern(language) if text.count(",") > 1 else None
    if pattern is None:
        return text
    links = lowered_links(language)
    out, at = [], 0
    match = pattern.search(text)
    while match is not None:
        before = [w for w in text[:match.start()].split() if w.strip(",")]  # a fronted date's comma is nothing before
        verb = match.group("verb")
        said = match.group("words").split()
        words = [w for w in said if w[:1].islower() and w not in links]
        named = any(w[:1].isupper() for w in said[1:])
        link = next((k for k, w in enumerate(said) if k and w in links), 0)
        if link and bare(said[-1]) in offices(language) or named and not (link and said[link - 1] in offices(language)):
            # "the lawyer of the harbour master, Ola Berg,": whose name?
            match = pattern.search(text, match.start() + 1)  # "the trial of Tom Berg's doctor, Anna Lind,": hers
            continue
        if (before and bare(before[-1]) in lex.cut_before_phrase | lex.lists | links | lex.subordinators
                or named and before  # "the wife of Tom Roe, Anna Berg,": two names glued, unless it opens the clause
                or verb is not None and not (verb in lex.speech or verb_like(verb, lex)
                                             or text[match.end():].split() == [verb] and verb in lex.cut_before_phrase)
                or any(w in lex.verbs | lex.auxiliaries | lex.speech | lex.conjunctions | lex.relative | lex.pronouns
                       or w in lex.cut_before_phrase or w.endswith(lex.object_endings or ("\0",)) for w in words)):
            match = pattern.search(text, match.start() + 1)  # a later "the" may open the description
            continue
        out += [text[at:match.start()], f"{match.group('said')} {match.group('name')}"]
        at = match.end()
        match = pattern.search(text, at)
    return "".join(out) + text[at:] if out else text


@lru_cache(maxsize=None)
def offices(language: str) -> frozenset[str]:
    """The ``[situated] beside_offices`` and ``person_nouns``: a description of one of them before a link and a name
    ("the commander of the Blue Star") is a person's, whom the name after it names."""
    try:
        table = resource_data(language).get("situated", {})
    except GrammarError:
        return frozenset()
    return lowered(table, "beside_offices") | lowered(table, "person_nouns")


@lru_cache(maxsize=None)
def lowered_links(language: str) -> frozenset[str]:
    """The ``[situated] beside_links`` and the definite articles: the words of "head of the operation"."""
    try:
        table = resource_data(language).get("situated", {})
    except GrammarError:
        return frozenset()
    return lowered(table, "beside_links") | lowered(table, "apposition_articles")

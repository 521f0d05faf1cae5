"""A year that names a thing: a title's, a data set's or an occasion's year, not the sentence's act.

A bare year written before a noun is often part of the noun's name, and the act of the sentence is of
another time: "asked if the record would include 2009 Pop Star winner Ola Berg" (the asking is now, the
title was won in 2009), "said in a report published on Thursday, based on 2009 data" (the report is of
Thursday), "the Rangers beat Orsk here on Saturday in 2011 women's hockey World Championship" (the match is
Saturday's), "as the host of the Harbour Year 2011" (a name). Three shapes:

- a title or a data set: the year, then at most ``RUN`` words of a name (capitalised words, "'s", lower-case
  words that read as no verb) and a word of ``heads`` ("winner", "champions", "runner-up", "data",
  "figures"). Not after one of ``time_links`` ("In 2009 data showed a rise": the year opens the clause);
- an occasion's name after one of ``occasion_links``: the year, then a name (a capitalised word and one of ``occasions``:
  "Championship", "Cup", "Games") running to its clause's end with no verb, when the sentence names a day of
  its news before it (:func:`.news_day.names_news_day`): the act has its own day, the year only names the
  occasion ("won the title in 2011 World Championship" alone keeps its year: the act's only date);
- a year right after a capitalised word of ``name_words`` ("the Harbour Year 2011").

Such a mention joins an event others found but makes none alone (``dependent.role`` via
:func:`.side_nouns.dates_side_noun`). The words are the resource's ``[name_year]`` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..temporal import Granularity, TimeExpression
from ..temporal.grammar import word_list
from .compared import TOKEN
from .headline import verb_like
from .headline_words import Lexicon, lexicon, resource_table
from .news_day import names_news_day

__all__ = ["names_a_thing"]

#: at most this many words of a name between the year and its head ("2009 | Britain 's Got Talent | runner-up")
RUN = 5
#: at most this many words of an occasion's name after the year, up to its clause's end
OCCASION_RUN = 7
_YEAR = re.compile(r"\d{4}")
_CLAUSE_MARKS = frozenset(",;:()\"“”«»—–.!?")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True)
class Words:
    """The ``[name_year]`` words of one language."""

    heads: frozenset[str] = frozenset()
    time_links: frozenset[str] = frozenset()
    occasions: frozenset[str] = frozenset()
    occasion_links: frozenset[str] = frozenset()
    name_words: frozenset[str] = frozenset()
    lex: Lexicon | None = None


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (no year is read as a name's) for a language without them."""
    table = resource_table(language, "name_year")
    if not table:
        return Words()

    def listed(name: str) -> frozenset[str]:
        return frozenset(word_list(table, name))

    return Words(heads=listed("heads"), time_links=listed("time_links"), occasions=listed("occasions"),
                 occasion_links=listed("occasion_links"), name_words=listed("name_words"), lex=lexicon(language))


def _name_word(token: str, lex: Lexicon) -> bool:
    """A word a name or a noun phrase may hold: a capitalised word, a possessive, a lower-case word that reads
    as no verb (nor an auxiliary, a subordinator or a relative word: those open a clause) and is no function
    word of ``[headline] not_subject`` (a preposition, a conjunction)."""
    if token in _POSSESSIVE or token[:1].isupper() or token[:1].isdigit():
        return True
    lower = token.lower()
    return (token[:1].isalpha() and not verb_like(lower, lex) and lower not in lex.auxiliaries
            and lower not in lex.subordinators and lower not in lex.relative and lower not in lex.verbs
            and lower not in lex.not_subject)  # "for the year 2004 to winners": a preposition ends the name


def _titled(after: list[str], w: Words) -> bool:
    """"2009 | Pop Star winner": name words, then a head, within ``RUN`` words."""
    for token in after[:RUN + 1]:
        if token.lower() in w.heads:
            return True
        if token in _CLAUSE_MARKS or not _name_word(token, w.lex):
            return False
    return False


def _occasion(after: list[str], w: Words) -> bool:
    """"2011 | women's hockey World Championship.": a name with a capitalised word of ``occasions``, no verb,
    up to its clause's end."""
    run: list[str] = []
    for token in after[:OCCASION_RUN + 1]:
        lower = token.lower()
        if token in _CLAUSE_MARKS or lower in w.lex.relative or lower in w.lex.subordinators:
            break
        if not _name_word(token, w.lex):
            return False
        run.append(token)
    else:
        return False  # a longer run: no name
    return any(t[:1].isupper() and t.lower() in w.occasions for t in run)


def names_a_thing(text: str, language: str, e: TimeExpression) -> bool:
    """Whether the bare year ``e`` names a title, a data set or an occasion rather than dating its sentence's
    act (see the module)."""
    w = words(language)
    if w.lex is None or e.granularity != Granularity.YEAR or not _YEAR.fullmatch(e.text.strip()):
        return False
    before = TOKEN.findall(text[max(0, e.start - 80):e.start])
    after = TOKEN.findall(text[e.end:e.end + 160])
    if before and before[-1][:1].isupper() and before[-1].lower() in w.name_words:
        return True  # "the Harbour Year 2011"
    last = before[-1].lower() if before else ""
    if last not in w.time_links and _titled(after, w):
        return True
    return last in w.occasion_links and _occasion(after, w) and names_news_day(text, e.start, language)

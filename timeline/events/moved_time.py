"""The time a plan or an expectation is moved from: no act of that time is told.

"We expect any recovery to be pushed from the third quarter into the fourth", "the vote was moved from May to
June", "the launch, postponed from Friday until next week": the old time is what was expected or planned, and
nothing told happens then (the moving is now, the new time is the plan's). Read from the words around the
date: one of ``links`` ("from") right before it, a verb of ``moved`` ("pushed", "postponed") right before that
(or one word before it, one of ``particles``: "pushed back from"), and after the date, within ``REACH`` words and
no clause mark, one of ``to_links`` ("to", "into", "until") with a time after it (a number, a month's or a
weekday's name or a time noun within ``TIME_REACH`` words: "into the fourth quarter"; not "moved from Monday's
session to the main hall"). Such a mention joins an event others found but makes none alone (``dependent.role``
via :func:`.side_nouns.dates_side_noun`). The words are the resource's ``[moved_time]`` table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..temporal import TimeExpression
from ..temporal.grammar import word_list
from .compared import TOKEN
from .headline_words import Lexicon, lexicon, resource_table

__all__ = ["moved_from"]

#: at most this many words after the date before the new time's link ("from the third quarter of '09 | into")
REACH = 6
#: the new time's word stands at most this many words after its link ("into the fourth quarter")
TIME_REACH = 3
_CLAUSE_MARKS = frozenset(",;:()\"“”«»—–.!?")


@dataclass(frozen=True)
class Words:
    """The ``[moved_time]`` words of one language."""

    links: frozenset[str] = frozenset()
    moved: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    to_links: frozenset[str] = frozenset()
    lex: Lexicon | None = None


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (nothing is read) for a language without them."""
    table = resource_table(language, "moved_time")
    if not table:
        return Words()

    def listed(name: str) -> frozenset[str]:
        return frozenset(word_list(table, name))

    return Words(links=listed("links"), moved=listed("moved"), particles=listed("particles"),
                 to_links=listed("to_links"), lex=lexicon(language))


def _time_word(token: str, lex: Lexicon) -> bool:
    lower = token.lower()
    return token[:1].isdigit() or lower in lex.calendar or lower in lex.time_nouns or lower in lex.months


def moved_from(text: str, language: str, e: TimeExpression) -> bool:
    """Whether ``e`` is the time a plan or an expectation is moved from (see the module)."""
    w = words(language)
    if w.lex is None:
        return False
    before = [t.lower() for t in TOKEN.findall(text[max(0, e.start - 60):e.start])]
    if len(before) < 2 or before[-1] not in w.links:
        return False
    verb = before[-2] if before[-2] not in w.particles or len(before) < 3 else before[-3]
    if verb not in w.moved:
        return False
    after = TOKEN.findall(text[e.end:e.end + 120])
    for k, token in enumerate(after[:REACH + 1]):
        if token in _CLAUSE_MARKS:
            return False
        if token.lower() in w.to_links:
            return any(_time_word(t, w.lex) for t in after[k + 1:k + 1 + TIME_REACH])
    return False

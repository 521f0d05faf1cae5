"""The period a statistic is compared with: the comparison's base period, not the tally's.

Statistics copy tells a tally of now and how it stands against the same stretch of before, and the only date
the sentence carries is often the old stretch's: "recorded 2,100 cases in the first nine months, up 30 percent
over the same period last year", "trade reached 24 billion dollars, up 18.8 percent on the previous year",
"pier accidents rose 16.1 percent over September". Read as the tally's date, the headline "recorded 2,100
cases" lands a year early. :mod:`.figure_baseline` reads a base after "from" and "against"; this module reads
two shapes it leaves:

- a period told as the same stretch of another time: a word of ``same`` in the expression or at most
  ``SAME_REACH`` words before it ("the same period last year", "the same period during | the previous year"),
  after an amount (a figure, not a year nor a measure: "won the 3000m title in 2002 and the gold the same
  year" tells two acts of one year) or a word of ``cues`` earlier in its sentence ("up 4 percent", "compared
  with"), so that "In the same period last year, 300 ships docked" (a tally of that time, told for itself) stays;
- one of ``links`` ("over", "on") right before the date, an amount (digits or an ``[figure_baseline]
  amounts`` word) at most ``LINK_REACH`` words before it with no clause of its own between ("up 18.8 percent
  on | the previous year"). "On" and "over" tell the rise's own time as often ("rose 5 percent on Monday",
  "grew 3 percent over the past year", "fell over the summer"): only a month, quarter, half or year, not a
  season, and not a stretch reaching the news (a word of ``stretch``, one of ``determined_stretch`` after a
  determiner, or a count in the expression: "the past year", "the last three months"; not "over last year").

Both only for a period that ended before the news (``compared_figure``'s test): a base is an old figure. Such
a mention is a ``BASELINE`` (:func:`.figure_baseline.compared_figure`): it joins an event others found but
makes none alone. The words are the resource's ``[period_base]`` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..temporal import Granularity, TimeExpression
from ..temporal.grammar import word_list
from ..temporal.sentences import sentence_bounds
from .compared import TOKEN
from .headline_words import Lexicon, lexicon, resource_table

__all__ = ["compared_period"]

#: a word of ``same`` stands at most this many words before the expression ("the same period during |")
SAME_REACH = 4
#: an amount stands at most this many words before a link right before the date ("18.8 percent on")
LINK_REACH = 8
#: tokens of the sentence read before the expression for a comparison's cue
CUE_REACH = 40
#: a base period is a month or a coarser calendar stretch (a season after "over" tells a span as often)
_PERIODS = (Granularity.MONTH, Granularity.QUARTER, Granularity.HALF, Granularity.YEAR)
_SAME_PERIODS = _PERIODS + (Granularity.SEASON,)
_CLAUSE_MARKS = frozenset(",;:.!?\"“”«»—–()")
_NUMBER = re.compile(r"\d[\d.,]*")
_YEAR = re.compile(r"1\d{3}|2\d{3}")


@dataclass(frozen=True)
class Words:
    """The ``[period_base]`` words of one language, with ``[figure_baseline] amounts``."""

    same: frozenset[str] = frozenset()
    cues: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    stretch: frozenset[str] = frozenset()
    determined_stretch: frozenset[str] = frozenset()
    amounts: frozenset[str] = frozenset()
    lex: Lexicon | None = None


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (no base period is read) for a language without them."""
    table = resource_table(language, "period_base")
    if not table:
        return Words()
    return Words(same=frozenset(word_list(table, "same")), cues=frozenset(word_list(table, "cues")),
                 links=frozenset(word_list(table, "links")), stretch=frozenset(word_list(table, "stretch")),
                 determined_stretch=frozenset(word_list(table, "determined_stretch")),
                 amounts=frozenset(word_list(resource_table(language, "figure_baseline"), "amounts")),
                 lex=lexicon(language))


def _amount(token: str, w: Words) -> bool:
    """A figure: a number ("2,254", "18.8"; not a year, "1995", nor a measure, "3000m") or a word of an amount."""
    return bool(_NUMBER.fullmatch(token)) and not _YEAR.fullmatch(token) or token in w.amounts


def _same_stretch(text: str, e: TimeExpression, w: Words) -> bool:
    """"up 30 percent over the same period last year": ``same`` in or right before the expression, an amount or a
    cue earlier in the sentence."""
    start = max((a for a, _ in sentence_bounds(text) if a <= e.start), default=0)
    before = [t.lower() for t in TOKEN.findall(text[start:e.start])][-CUE_REACH:]
    own = [t.lower() for t in TOKEN.findall(e.text)]
    if not (any(t in w.same for t in own) or any(t in w.same for t in before[-SAME_REACH:])):
        return False
    at = max((k for k, t in enumerate(before) if t in w.same), default=len(before))
    return any(_amount(t, w) or t in w.cues for t in before[:at])


def _linked_period(clause: list[str], e: TimeExpression, w: Words) -> bool:
    """"up 18.8 percent on | the previous year": a link right before a calendar period that does not reach the
    news, an amount shortly before the link and no clause of its own between."""
    if e.granularity not in _PERIODS or not clause or clause[-1] not in w.links:
        return False
    lex = w.lex
    own = [t.lower() for t in TOKEN.findall(e.text)]
    if any(t in w.stretch or t[:1].isdigit() and len(t) != 4
           or t in w.determined_stretch and k and own[k - 1] in lex.determiners for k, t in enumerate(own)):
        return False  # "the past year", "the last 12 months": the rise's own stretch (not "last year")
    for token in reversed(clause[-1 - LINK_REACH:-1]):
        if token in _CLAUSE_MARKS or token in lex.auxiliaries or token in lex.subordinators or token in lex.relative:
            return False
        if _amount(token, w):
            return True
    return False


def compared_period(text: str, language: str, e: TimeExpression, clause: list[str]) -> bool:
    """Whether ``e`` dates the period a statistic is compared with (see the module); ``clause``: the lower-case
    tokens of its clause before it (``figure_baseline``'s reading, parentheses read through). The caller has
    made sure the period ended before the news."""
    w = words(language)
    if w.lex is None:
        return False
    if e.granularity in _SAME_PERIODS and _same_stretch(text, e, w):
        return True
    return _linked_period(clause, e, w)

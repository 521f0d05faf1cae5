"""Times that date no happening: a "today" that means nowadays, and a date told as a yearly habit.

"A number of countermeasures exist today which did not exist in 1918", "the song is as relevant today as it
was in 1992", "a strain of such virulence today would have milder effects, with drugs that were not on the
market 40 years ago": the day word is set against a time long past, and its clause tells how things stand
now (or would stand), not an act of the writing day. The resolver rightly reads the day word as the writing
day (TimeML gold annotates it so); what is decided here is only that no happening of that day is told.
Read from the words alone:

- the expression is one of ``days`` (a day word of the writing day), read as one day;
- its sentence, or the one before, names a time that ends at least ``years_apart`` years before that day, as
  the resolver reads it ("in 1918", "40 years ago", "the 1960s");
- and the day word stands in a clause of a state: one of ``states_before`` at most ``STATE_REACH`` words before
  it in its clause ("exist today", "where he remains today", "as relevant today"), or one of ``states_after``
  right after it ("today would", "today than"), or a comparison's two words around it (``comparisons``: "as
  popular today as it was in 1961"). Not a lone "today as" nor "still … today": "resigned today as the
  scandal over the 1985 sale grew" and "its members, founded in 1920, still voted today to strike" are acts.

An act keeps its day: "the museum reopens today three years after it closed" names no time long past;
"Today, 20 years after the 1989 vote, crowds marched" has no word of a state beside the day word.

"The summer months of July-September are typically the peak season": a date that is the subject of one of
``be`` and then one of ``habitual`` ("are typically", "is usually") tells what happens in any year, not a
time of this year's; not a day ("the vote on Monday is usually a formality, but this one was not").

"You get a mild first wave and then you often get a worse one in the autumn": a season or month in a sentence
told to the generic second person (opened by one of ``generic_subjects``) with one of ``habitual`` in it tells
what happens in any such season, not this year's; not when a quote closes or opens between the sentence's start
and the date ('"You always hope for the best," said Anna, whose shop flooded in March').

"If the blight spreads, particularly in the winter months, farms will suffer": a date in an aside opened by one of
``asides`` right after a clause holding a condition word (``[dependent] conditions``, as :func:`.dependent.role`
reads one in the date's own clause) is the condition's: no happening is told of it.

Such a mention dates no happening (``dependent.role``, through :func:`.compared.compared`: like a date compared
with, it may join an event others found but makes none alone). The words are the resource's ``[generic_time]`` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..temporal import DATE, Granularity, TimeExpression, extract
from ..temporal.grammar import word_list
from .headline_words import resource_table

__all__ = ["generic_time"]

#: a state word counts within this many words before the day word, in its clause ("the 1920s houses remain standing today")
STATE_REACH = 4
#: characters read either side of an expression for its sentence
REACH = 400
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[\w’'-]+|[^\w\s]")
_CLAUSE_MARKS = frozenset(",;:()\"“”«»—–`")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_QUOTES = frozenset('"“”«»`')
#: what a generic second person's habit may be told of ("you often get a wave in the autumn"), not a day or a year
_HABIT_GRANULARITIES = (Granularity.SEASON, Granularity.MONTH)


@dataclass(frozen=True)
class Words:
    """The ``[generic_time]`` words of one language, in lower case."""

    days: frozenset[str] = frozenset()
    years_apart: int = 10
    states_before: frozenset[str] = frozenset()
    states_after: frozenset[str] = frozenset()
    be: frozenset[str] = frozenset()
    habitual: frozenset[str] = frozenset()
    asides: frozenset[str] = frozenset()
    generic_subjects: frozenset[str] = frozenset()
    conditions: frozenset[str] = frozenset()
    comparisons: frozenset[tuple[str, str]] = frozenset()


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    table = resource_table(language, "generic_time")
    if not table:
        return Words()

    def listed(name: str) -> frozenset[str]:
        return frozenset(w.lower() for w in word_list(table, name))

    conditions = frozenset(w.lower() for w in word_list(resource_table(language, "dependent"), "conditions"))
    return Words(listed("days"), int(table.get("years_apart", 10)), listed("states_before"), listed("states_after"),
                 listed("be"), listed("habitual"), listed("asides"), listed("generic_subjects"), conditions,
                 frozenset((first.lower(), then.lower()) for first, then in table.get("comparisons", [])))


def generic_time(text: str, language: str, e: TimeExpression) -> bool:
    """Whether the expression is a "today" meaning nowadays or a date told as a habit (see the module)."""
    w = words(language)
    if not w.days and not w.habitual:
        return False
    after = [t.lower() for t in _TOKEN.findall(text[e.end:e.end + 60])[:2]]
    habit = len(after) == 2 and after[0] in w.be and after[1] in w.habitual and e.granularity != Granularity.DAY
    if habit or _aside_of_condition(text, e, w):
        return True
    if e.granularity in _HABIT_GRANULARITIES and _told_as_a_habit(text, e, w):
        return True
    if e.text.lower() not in w.days or e.granularity != Granularity.DAY or e.interval is None:
        return False
    before = _clause(_TOKEN.findall(text[max(0, e.start - 80):e.start])[::-1])[:STATE_REACH]
    ahead = after[0] if after and after[0] not in _CLAUSE_MARKS else ""
    compared = {t.lower() for t in before} & {first for first, then in w.comparisons if then == ahead}
    if not (any(t.lower() in w.states_before for t in before) or ahead in w.states_after or compared):
        return False
    lo, hi = _sentence(text, e.start, e.end)
    day, apart = e.interval.start, w.years_apart
    return (_names_long_past(text[lo:hi], day, language, apart)
            or _names_long_past(_sentence_before(text, lo), day, language, apart))


def _told_as_a_habit(text: str, e: TimeExpression, w: Words) -> bool:
    """Whether the expression's sentence opens with a generic subject ("You get …") and holds a habitual word."""
    lo, hi = _sentence(text, e.start, e.end)
    tokens = [t.lower() for t in _TOKEN.findall(text[lo:hi])]
    leading = _TOKEN.findall(text[lo:e.start])
    if any(t in _QUOTES for t in leading[next((k for k, t in enumerate(leading) if t not in _QUOTES), 0):]):
        return False  # '"You always hope for the best," said Anna, whose shop flooded in March': the date is not the "you"'s
    words_only = [t for t in tokens if t[0].isalnum()]
    return bool(words_only) and words_only[0] in w.generic_subjects and any(t in w.habitual for t in tokens)


def _aside_of_condition(text: str, e: TimeExpression, w: Words) -> bool:
    """Whether the expression stands in an aside (opened by one of ``asides`` after a comma) that follows a
    clause holding a condition word ("if flu spreads, particularly in the winter")."""
    if not w.asides or not w.conditions:
        return False
    back = _TOKEN.findall(text[max(0, e.start - REACH):e.start])[::-1]
    aside = _clause(back)
    if not aside or aside[-1].lower() not in w.asides or len(aside) == len(back) or back[len(aside)] != ",":
        return False
    return any(t.lower() in w.conditions for t in _clause(back[len(aside) + 1:]))


def _clause(tokens: list[str]) -> list[str]:
    """The tokens up to the first clause mark (``tokens`` read away from the expression)."""
    for i, t in enumerate(tokens):
        if t in _CLAUSE_MARKS or _SENTENCE_END.fullmatch(t):
            return tokens[:i]
    return tokens


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding ``text[start:end]`` starts and ends (at most :data:`REACH` each side)."""
    lo = max(0, start - REACH)
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    after = _SENTENCE_END.search(text, end, end + REACH)
    return ends[-1].end() if ends else lo, after.start() if after else min(len(text), end + REACH)


def _sentence_before(text: str, start: int) -> str:
    """The sentence before the one starting at ``start`` (right after the mark ending it): "… the pandemic of
    1918. Something like that is unlikely to happen today." sets the day word against the year as one sentence."""
    if start < 2 or text[start - 1] not in ".!?":
        return ""
    lo, _ = _sentence(text, start - 1, start - 1)
    return text[lo:start]


def _names_long_past(sentence: str, day: date, language: str, years_apart: int) -> bool:
    """Whether ``sentence`` names a time that ends ``years_apart`` years or more before ``day``, as the resolver
    reads it from that day ("in 1918", "1918-1919", "40 years ago", "the 1960s")."""
    if not sentence.strip():
        return False
    return any(x.type == DATE and x.interval is not None and x.interval.end.year <= day.year - years_apart
               for x in extract(sentence, day, language))

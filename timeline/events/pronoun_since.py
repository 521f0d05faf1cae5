"""A date inside a "since" clause whose subject is a pronoun: the start of a state the main clause tells.

A "before" or "until" clause alike ("wanted to prove he was healthy before he died in 2009", "the sole leader until
he died in 1994"): the main clause tells what went on before the clause's act, never on its day.

"The relations have developed smoothly since they forged ties in 1979", "Since it first appeared in March, 700
people have been infected", "Chung has had high blood pressure since he was jailed on January 31": the date is
when the "since" clause's act happened (the forging, the appearing, the jailing), and the main clause tells what
has gone on from then up to the news. :mod:`.dated` makes a headline of a clause of its own that holds the date,
but not of one whose subject is a pronoun (it names no one), so the headline is the main clause's, and the date
is no day of it.

Read from the words before the date: a word of ``openers`` ("since") at a clause's start or after a word, a word
of ``pronouns`` right after it, then, before any clause mark, no subordinator or relative word (another clause
would hold the date) up to the date, which does not follow the opener at once ("since 2004" is a boundary, read by
:mod:`.dependent`). Such a mention joins an event others found ("since he took office in 2001" joins the taking
of office) but makes none alone (``dependent.role`` via :func:`.side_part.side_role`). Only for a date a week or
more before the news (``fronted_basis.BEFORE_DAYS``): a "since" clause of this week is often the news itself, or
a reason ("need a win, since they lost on Tuesday", "have picketed since they walked out on Monday"). The words
are the resource's ``[pronoun_since]`` table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..temporal import TimeExpression
from ..temporal.grammar import word_list
from .compared import TOKEN
from .fronted_basis import BEFORE_DAYS
from .headline_words import Lexicon, lexicon, resource_table

__all__ = ["since_pronoun_clause"]

#: words looked back from the date for the opener ("since they launched their offensive to topple the old regime")
REACH = 16
_CLAUSE_MARKS = frozenset(",;:()\"“”«»[].!?-—–")


@dataclass(frozen=True)
class Words:
    """The ``[pronoun_since]`` words of one language."""

    openers: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    lex: Lexicon | None = None


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (no such clause is read) for a language without them."""
    table = resource_table(language, "pronoun_since")
    if not table:
        return Words()
    return Words(openers=frozenset(word_list(table, "openers")), pronouns=frozenset(word_list(table, "pronouns")),
                 lex=lexicon(language))


def since_pronoun_clause(text: str, language: str, e: TimeExpression, published: date | None = None) -> bool:
    """Whether ``e`` dates the act of a "since" clause whose subject is a pronoun, ``BEFORE_DAYS`` or more before
    ``published`` (see the module)."""
    w = words(language)
    lex = w.lex
    if lex is None or published is None or e.interval is None or (published - e.interval.end).days < BEFORE_DAYS:
        return False
    tokens = [t.lower() for t in TOKEN.findall(text[max(0, e.start - 12 * REACH):e.start])][-REACH:]
    for k in range(len(tokens) - 1, 0, -1):
        token = tokens[k]
        if token in _CLAUSE_MARKS:
            return False
        if token in lex.subordinators and token not in w.openers or token in lex.relative:
            return False  # "since it said that prices rose in May": the date is another clause's
        if token in w.pronouns and tokens[k - 1] in w.openers:
            return k + 1 < len(tokens)  # a word of the clause between the pronoun and the date
    return False

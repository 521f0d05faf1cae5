"""Two figures told for one month, quarter or year: two reports, not one happening.

A period's statistics are told in the story's own words: "bilateral trade amounted to 197 million
dollars in 2005" (one country's) and "bilateral trade totalled 475 million dollars in 2005" (another's);
"growth of 2.5 percent this year" (the IMF's) and "growth this year of 2.1 percent" (the OECD's);
"demand will rise 1.9 percent in 2006" (OPEC's) and "demand to grow by 2.2 percent next year" (the IEA's).
Their clauses share what was measured (trade, growth, demand, percent, dollars) and the period, and a
year or a month holds many such reports, so nothing else keeps them apart; yet a figure is what such a
report tells, and two tellings of one report give the same figure. So two articles' mentions of a
period a month long at least (``MIN_DAYS``), whose sentences each give a figure (a number written in
digits right before a word of ``[figure_baseline] amounts``: "2.5 percent", "$3 billion", and before one of its
``counts`` only with a unit shortly after: "197 million U.S. dollars", not "50 million people")
and share none, are two happenings: the pair is set apart (an ``apart`` edge of ``pairs``, so no third
mention chains them). Figures agree when the more precise one, rounded to the other's decimals, is the
other ("9.414 billion" and "9.4 billion"; "85.01 million" and "85.0 million").

A day's or a week's happening is left alone: a toll or a count is retold with new numbers as it grows
("killed 200", "the toll rose to 230"), and the figures of a year told only in words ("two percent") or
as counts of people ("4,000 people have died") are no amounts here either. Nor a date that is no clause's own act
(a side part's, ``dependent.role``, or a state's bound, "has kept its rate at 0.25 percent since July": the figure
is the state's, and "the first rate hike since July" tells the same July). Mentions of one article are
weighed as one article's always are.
"""

from __future__ import annotations

import re

from ..model import Mention
from .dependent import role
from .evidence import BOUNDARY, act_kind
from .figure_baseline import words as figure_words
from .per_mention import per_mention
from .reference_point import _after_boundary

__all__ = ["figures_apart"]

#: only periods at least this long (a month, a quarter, a year) hold reports told by their figures alone
MIN_DAYS = 28
#: a count ("50 million") is a figure only with a unit this many words after it ("50 million U.S. dollars"), not
#: of people or things ("killed 50 million people": a toll, retold with other numbers as estimates differ)
UNIT_REACH = 3
#: a word, an abbreviation whole ("U.S." of "39.7 billion U.S. dollars"), a number, or a mark
_TOKEN = re.compile(r"[^\W\d_](?:\.[^\W\d_])+\.?|\d[\d.,]*\d|\d|[^\W\d_][\w’'-]*|[^\w\s]")
#: a number as written, thousands separated by commas ("1,559", "83.3")
_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def figures_apart(m: Mention, other: Mention) -> bool:
    """Whether two mentions of different articles, each of a month or longer, give figures in their
    sentences and share none of them (see the module docstring)."""
    if m.article.id == other.article.id or min(m.interval.days, other.interval.days) < MIN_DAYS:
        return False
    if any(role(x) is not None or act_kind(x) == BOUNDARY or _after_boundary(x) for x in (m, other)):
        return False  # "has kept the rate at 0.25 percent since July": the figure is no act of the date
    mine, theirs = figures(m), figures(other)
    return bool(mine) and bool(theirs) and not any(_agree(x, y) for x in mine for y in theirs)


@per_mention()  # asked of a mention for each partner it meets
def figures(m: Mention) -> frozenset[str]:
    """The figures of the mention's sentence: numbers in digits right before an amount word ("2.5 percent",
    "39.7 billion"), as written without thousands' commas; none for a language without amount words."""
    w = figure_words(m.article.language or "")
    if not w.amounts:
        return frozenset()
    tokens = [token.lower() for token in _TOKEN.findall(m.sentence)]
    found = set()
    for k, token in enumerate(tokens[:-1]):
        if _FIGURE.fullmatch(token) and tokens[k + 1] in w.amounts and (
                tokens[k + 1] not in w.counts or any(t in w.amounts and t not in w.counts
                                                     for t in tokens[k + 2:k + 2 + UNIT_REACH])):
            found.add(token.replace(",", ""))
    return frozenset(found)


def _agree(x: str, y: str) -> bool:
    """Whether two figures are one, the more precise rounded to the other's decimals ("9.414", "9.4")."""
    places = min(_decimals(x), _decimals(y))
    return round(float(x), places) == round(float(y), places)


def _decimals(figure: str) -> int:
    return len(figure.partition(".")[2])

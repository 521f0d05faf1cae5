"""Two dates written as the ends of one span: "between January and April 2003", "from the end of
January to the end of April".

The resolver keeps each end as its own expression (TimeML annotates them so), but what happened
in the span ("the dollar fell 4 percent between January and April") happened over all of it,
not on its last day: :func:`joined_ranges` reads such a pair as one expression from the first
end's start to the last end's end. Only a pair opened by one of ``[dependent]`` ``range_start``
("from", "between") and joined by nothing but one of ``[headline]`` ``range`` ("to", "and") is
read so: "March and April" alone may be two happenings, and "in 2003 and 2005" two years.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .calendar import Granularity, Interval
from .expressions import DATE, TIME, TimeExpression
from .grammar import GrammarError, resource_data, word_list

#: the longest span two dates are read as (days): further apart, two happenings more likely
MAX_DAYS = 3 * 366

#: the word right before an expression (and the space after it)
_WORD = re.compile(r"([\w’'-]+)\s+$")


@lru_cache(maxsize=None)
def _words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words opening a span and the words joining its ends, in ``language``."""
    try:
        data = resource_data(language)
    except GrammarError:
        return frozenset(), frozenset()
    return (frozenset(word_list(data.get("dependent", {}), "range_start")),
            frozenset(word_list(data.get("headline", {}), "range")))


#: ends at least this coarse make a span of months ("mid-2004 and mid-2005": May 2004–Aug 2005)
_MONTHS_OR_COARSER = (Granularity.PART_OF_MONTH, Granularity.MONTH, Granularity.QUARTER, Granularity.HALF,
                      Granularity.SEASON, Granularity.YEAR)


def _granularity(first: TimeExpression, last: TimeExpression) -> Granularity:
    """Years for two whole years, months for two ends no finer than part of a month, else days."""
    if first.granularity is last.granularity is Granularity.YEAR and not (first.mod or last.mod):
        return Granularity.YEAR
    if first.granularity in _MONTHS_OR_COARSER and last.granularity in _MONTHS_OR_COARSER:
        return Granularity.MONTH
    return Granularity.DAY


def _span(first: TimeExpression, last: TimeExpression, text: str) -> TimeExpression | None:
    """``first`` to ``last`` as one expression, when both are placed dates in that order."""
    a, b = first.interval, last.interval
    if first.type != DATE or last.type != DATE or a is None or b is None or first.timex is None \
            or last.timex is None or not (a.start <= b.start and a.end <= b.end and a != b) \
            or (b.end - a.start).days > MAX_DAYS:
        return None
    granularity = _granularity(first, last)
    return TimeExpression(first.start, last.end, text[first.start:last.end], DATE,
                          f"{first.timex}/{last.timex}", None, Interval(a.start, b.end), granularity)


def joined_ranges(expressions: list[TimeExpression], text: str, language: str) -> dict[int, TimeExpression]:
    """The span each pair of range ends in ``expressions`` (sorted by offset) makes, keyed by the
    index of its first end (the second is part of it)."""
    opening, joining = _words(language)
    if not opening or not joining:
        return {}
    spans: dict[int, TimeExpression] = {}
    for i in range(len(expressions) - 1):
        first, last = expressions[i], expressions[i + 1]
        between = text[first.end:last.start]
        word = _WORD.search(text[max(0, first.start - 20):first.start])
        if between.strip().lower() not in joining or "\n" in between or len(between) > 12 \
                or word is None or word.group(1).lower() not in opening:
            continue
        span = _span(first, last, text)
        if span is not None and i - 1 not in spans:
            spans[i] = span
    return spans


def mentioned(expressions: list[TimeExpression], text: str, language: str) -> list[tuple[int, TimeExpression]]:
    """(index in ``expressions``, expression) of each expression a mention is made of: the DATE and
    TIME ones, the two ends of a span as one (:func:`joined_ranges`). Building mentions and trying
    an undated article's days both read them here, so that both see the same expressions."""
    spans = joined_ranges(expressions, text, language)
    chosen = ((i, spans.get(i, e)) for i, e in enumerate(expressions) if i - 1 not in spans)
    return [(i, e) for i, e in chosen if e.type in (DATE, TIME)]

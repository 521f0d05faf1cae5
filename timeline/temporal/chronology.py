"""Chronologies whose items open a line with their full date and run on into their first sentence.

A timeline article ("27 October 2011 The doctor weeps in court as ... / 3 November 2011 The case
goes to the jury ... `` Would this doctor be here today ? ''") tells each item on its own day: a
"today" or "yesterday" in an item is counted from the item's date, not from the day the whole
chronology was published. Such an item opens a line with a date that names its day, month and
year, read from the date alone (:func:`~timeline.temporal.entries.entry_headings`' ``read``),
followed by a capitalised word. Prose seldom opens a line so, and a lone one is as often a
dateline: a text is a chronology only when at least :data:`MIN_ITEMS` lines open so, in the order
of time (either way), and none lies after the publish date (a line of dates ahead is a schedule).

Each item's date is a heading whose span is empty, as a tagged diary heading's is
(:mod:`~timeline.temporal.entries`): the date stays the story's, the date of the item's first act.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Callable

from .calendar import Granularity

if TYPE_CHECKING:
    from .entries import Heading
    from .expressions import TimeExpression

#: How many lines must open with a full date for a text to be a chronology.
MIN_ITEMS = 3

#: What follows an item's date: a space and a capitalised word (the item's first sentence).
_RUNS_ON = re.compile(r"[^\S\n]*[:,.–—-]?[^\S\n]+(?-i:[A-Z])")


def chronology_headings(text: str, reference: date | None, spans: list[tuple[int, int]],
                        read: Callable[[str], list[TimeExpression]], heading: type[Heading]) -> list[Heading]:
    """The item headings of ``text`` when it is a chronology (see the module), else none; ``spans``:
    the text's detected matches, sorted; ``heading``: the class of a heading."""
    found: list[Heading] = []
    for start, end in spans:
        if _RUNS_ON.match(text, end) is None or text[text.rfind("\n", 0, start) + 1:start].strip():
            continue
        if found and found[-1].start == start:
            continue
        expressions = read(text[start:end])
        if (len(expressions) != 1 or expressions[0].granularity is not Granularity.DAY
                or expressions[0].interval is None or expressions[0].interval.days != 1):
            continue
        found.append(heading(start, start, expressions[0].interval.start))
    days = [h.day for h in found]
    in_order = days == sorted(days) or days == sorted(days, reverse=True)
    if len(found) < MIN_ITEMS or not in_order or reference is not None and any(d > reference for d in days):
        return []
    return found

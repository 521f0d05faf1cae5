"""A date told as a span up to the time of writing: a tally or a state, never one day's act.

"Four of its cargo flights have been refused landing in the past week", "queues have been daily
sights in the last week", "ever since May 1998, ferries have made the port a hub": such a *window*
sums up what happened over a span that reaches the writing (a count, a habit, a state), so it is
no telling of one act of a day in it ("one flight was refused landing on Saturday night"), however
alike the words: the day's act is one of the window's many, or none of them. A window is found by
its words (``[acts] window_openings``: the expression's first word, "past week", "recent days", or
that word with the one before it, "the last week"; ``[acts] window_before``: the word before it,
"since May 1998"); "last week" alone is a calendar week, whose act may well be the day's.

``pairs`` makes no edge between a window and a finer reading (a day in it), and ``regroup`` joins
no group of windows alone to a day.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Mention
from .headline_words import resource_table
from .per_mention import per_mention

#: a reading this many times longer than another's is coarser (as ``pairs.COARSER``)
COARSER = 3


@lru_cache(maxsize=8)
def _window_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(``[acts] window_openings``, ``[acts] window_before``) of the language, in lower case."""
    table = resource_table(language, "acts")

    def listed(key: str) -> frozenset[str]:
        return frozenset(" ".join(w.lower().split()) for w in table.get(key, []) if isinstance(w, str))

    return listed("window_openings"), listed("window_before")


@per_mention()  # asked twice of each pair a merge scores: once per mention
def window(m: Mention) -> bool:
    """Whether the mention's date is told as a span up to the writing ("in the past week", "over the
    last few days", "ever since May 1998"): see the module docstring."""
    openings, before_words = _window_words(m.article.language or "")
    if not openings and not before_words:
        return False
    e = m.expression
    first = e.text.lower().split()[:1]
    before = m.article.text[max(0, e.start - 24):e.start].lower().split()[-1:]
    if first and first[0] in openings:
        return True
    if before and first and f"{before[0]} {first[0]}" in openings:
        return True
    return bool(before) and before[0] in before_words


def window_and_finer(m: Mention, other: Mention) -> bool:
    """Whether one of two mentions is a window and the other a reading within reach of it and much
    finer (a day of the past week): a tally or a state, and one act, two happenings."""
    for span, act in ((m, other), (other, m)):
        if act.interval.days * COARSER < span.interval.days and window(span) and not window(act):
            return True
    return False


def only_windows(group: list[Mention]) -> bool:
    """Whether every mention of the group is a window: a tally or a state, no day's act to join."""
    return bool(group) and all(window(m) for m in group)

"""Two articles' mentions told at two clock times of one day: two happenings.

One article's two clock times are two moments (``pairs.two_moments``); two articles' are too. A
quake "struck at 1:24 p.m." and a clock change "was to take place at 2:00 a.m." share the day and
whatever a busy news day gives them in common; a toll "as of 2:00 p.m. Monday" and one "as of 8:00
p.m. Monday" are two counts; a press centre opening "from 8:00 a.m." is no talks beginning "at 10:00
a.m.". Times within a quarter of an hour (``NEAR_MINUTES``) may be one moment told roughly ("at 4:53 p.m.", "just
before 5 p.m."). One moment told in two zones ("at 10:00 am in Moscow (0700 GMT)", "from 0700 GMT") or one
sentence naming both times ("Doors open at 16:00 for the show, with the first act on stage at
18:00") is set apart from nothing: a clock time whose figure the other sentence also writes
(``_figures``) may be that sentence's own.
"""

from __future__ import annotations

import re

from ..model import Mention

#: clock times this close may be one moment told roughly ("struck at 4:53 p.m.", "struck just before 5 p.m.")
NEAR_MINUTES = 15
#: the figures of a clock time as written ("1:24", "0700", "2.30")
_FIGURES = re.compile(r"\d{4}|\d{1,2}(?:[:.]\d{2})?")
_CLOCK_HOURS = {f"T{digit}" for digit in "012"}  # "…T23:32", not a part of day ("…TMO")


def _clock(m: Mention) -> bool:
    """Whether the mention names a time of day ("2332", "at 10am"), not a part of day ("morning")."""
    return (m.expression.timex or "")[10:12] in _CLOCK_HOURS


def _figures(m: Mention) -> list[str]:
    return _FIGURES.findall(m.expression.text)


def _written_in(m: Mention, other: Mention) -> bool:
    """Whether a figure of ``m``'s clock time stands in ``other``'s sentence as a number of its own."""
    return any(re.search(rf"(?<![\d:.]){re.escape(f)}(?![\d])", other.sentence) for f in _figures(m))


def clocks_apart(m: Mention, other: Mention) -> bool:
    """Whether two articles' mentions name two clock times of one day and neither sentence writes the
    other's (see the module docstring)."""
    if m.article.id == other.article.id or not (_clock(m) and _clock(other)):
        return False
    if _minutes_apart(m, other) <= NEAR_MINUTES:
        return False
    return not (_written_in(m, other) or _written_in(other, m))


def _minutes_apart(m: Mention, other: Mention) -> int:
    """How many minutes lie between two clock times of one day (0 when one has no minutes to compare)."""
    def minutes(timex: str) -> int | None:
        clock = re.match(r"(\d{2}):(\d{2})", timex[11:16])
        return int(clock[1]) * 60 + int(clock[2]) if clock else None
    a, b = minutes(m.expression.timex or ""), minutes(other.expression.timex or "")
    return 0 if a is None or b is None else abs(a - b)

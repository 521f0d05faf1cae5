"""What the resolver works with and returns: candidates, readings, time expressions.

A :class:`Candidate` is a rule's match before resolution, a :class:`Reading`
what resolving it produced, a :class:`TimeExpression` a reading placed in the
text. Offsets are character offsets into the text resolved, end exclusive;
intervals are inclusive.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .calendar import Granularity, Interval

#: The TimeML types of a time expression.
DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a text, resolved against a reference date.

    ``start``/``end`` are character offsets into the text given to
    :func:`timeline.temporal.extract` (end exclusive); ``interval`` is
    inclusive, or None for durations, sets and references that cannot be
    placed on a calendar.
    """

    start: int
    end: int
    text: str
    type: str
    timex: str | None
    mod: str | None
    interval: Interval | None
    granularity: Granularity | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "timex": self.timex,
            "mod": self.mod,
            "interval": None if self.interval is None
            else [self.interval.start.isoformat(), self.interval.end.isoformat()],
            "granularity": None if self.granularity is None else self.granularity.value,
        }


@dataclass(frozen=True)
class Reading:
    """What a rule's resolution produced, before it is placed in the text."""

    type: str
    timex: str | None
    interval: Interval | None = None
    granularity: Granularity | None = None
    mod: str | None = None
    #: for expressions relative to another time in the text ("the next day"):
    #: (unit, amount), amount 0 meaning "the same unit as the anchor" ("that year")
    anaphor: tuple[str, int] | None = None
    pod: str | None = None
    #: the time it is relative to is named right after it ("two days after the March 3 attack"):
    #: anchored to a time of that phrase, else left unplaced (see :mod:`timeline.temporal.anaphora`)
    anchor_follows: bool = False


#: The reading of text that looks temporal but is not: it keeps other rules off its span
#: and is then dropped.
SKIP = Reading("SKIP", None)


@dataclass(frozen=True)
class Candidate:
    """A rule's match before resolution: where it is and the values it carries."""

    start: int
    end: int
    #: length of the whole match, context words included (longer wins)
    length: int
    priority: int
    kind: str
    values: dict[str, Any]


@dataclass(frozen=True)
class Resolution:
    """What :func:`timeline.temporal.engine.find_all` returns: the expressions, and for each
    the index of the expression it was resolved against ("the next day" -> "Wednesday"), or None."""

    expressions: list[TimeExpression]
    anchors: list[int | None]

"""What the resolver works with and returns: candidates, readings, time expressions.

A :class:`Candidate` is a rule's match before resolution, a :class:`Reading`
what resolving it produced, a :class:`TimeExpression` a reading placed in the
text. Offsets are character offsets into the text resolved, end exclusive;
intervals are inclusive.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .calendar import Granularity, Interval

if TYPE_CHECKING:
    from .entries import Heading

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
class Period:
    """A time relative to the article's reporting period (the quarter its figures are for):
    "the latest quarter", "the year-ago period", "a year earlier" in a sentence of reported figures.

    Placed by :mod:`timeline.temporal.reporting` once the text's expressions are resolved.
    """

    #: "Q": a quarter like the reporting one; "Y": the reporting period's (fiscal) year
    unit: str
    #: in ``unit``s from the reporting period: -4 quarters is the year-ago quarter
    shift: int = 0
    #: a year named with it ("the 1988 quarter"), which replaces the shift's year
    year: int | None = None
    #: offset where its sentence begins: a time named earlier in the sentence ("sales in the
    #: second quarter rose from a year earlier") is the one compared with, else the reporting period
    since: int | None = None
    #: whether, when the text names no quarter, the last one completed before the reference stands in
    fallback: bool = False


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
    #: for expressions relative to the article's reporting period ("the year-ago quarter")
    period: Period | None = None
    #: the time it is relative to is named right after it ("two days after the March 3 attack"):
    #: anchored to a time of that phrase, else left unplaced (see :mod:`timeline.temporal.anaphora`)
    anchor_follows: bool = False
    #: for a counted amount relative to another time ("13 days after the bombings"): the DURATION
    #: value (P13D) it is read as when that time is not placed, as TimeML reads it
    duration: str | None = None
    #: "the same day": one of the time named before it, which may be a month ("last October")
    same: bool = False
    #: "June of that year": this month of the year the anaphor names
    month: int | None = None
    #: "on 25 June that year": this day of that month
    day: int | None = None


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
    the index of the expression it was resolved against ("the next day" -> "Wednesday"), or None;
    on a page of dated entries, its entry headings (:mod:`~timeline.temporal.entries`)."""

    expressions: list[TimeExpression]
    anchors: list[int | None]
    entries: tuple[Heading, ...] = ()

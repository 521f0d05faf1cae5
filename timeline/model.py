"""The timeline's words: Mention, Event, Timeline (see ../shared/DESIGN.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .corpus import Article, Problem
from .labels import label
from .temporal import Granularity, Interval, TimeExpression


@dataclass(frozen=True)
class Mention:
    """A time expression in an article, with its sentence and what it was resolved against.

    ``expression.start``/``end`` index ``article.text``; ``sentence`` is the
    sentence around it (whitespace collapsed) and ``sentence_start`` its
    offset in ``article.text``.
    """

    article: Article
    expression: TimeExpression
    reference: date | None
    sentence: str
    sentence_start: int
    #: (start, end) in ``article.text`` of the part of the sentence about this expression
    segment: tuple[int, int] = (0, 0)
    #: (start, end) of the segment's sentence with its neighbours, for comparing happenings
    context: tuple[int, int] = (0, 0)
    #: the expression this one was resolved against ("the next evening" -> "Wednesday night")
    anchor: TimeExpression | None = None
    event_id: str | None = None

    @property
    def interval(self) -> Interval | None:
        return self.expression.interval


@dataclass
class Event:
    """One happening: its supporting mentions and the interval they give it."""

    id: str
    mentions: list[Mention]
    interval: Interval | None
    granularity: Granularity | None
    mod: str | None
    summary: str
    timex: str | None = None
    conflict: bool = False

    @property
    def source_count(self) -> int:
        return len({m.article.id for m in self.mentions})

    @property
    def articles(self) -> list[str]:
        return sorted({m.article.id for m in self.mentions})

    @property
    def label(self) -> str:
        return label(self.interval, self.granularity, self.mod, self.timex)


@dataclass
class Timeline:
    """What a corpus says about when things happened; what export and the TUI read."""

    articles: list[Article]
    mentions: list[Mention]
    events: list[Event]
    problems: list[Problem] = field(default_factory=list)
    #: how the build went: articles extracted anew, reused from the cache, whether all came from it
    stats: dict = field(default_factory=dict)

    def article(self, article_id: str) -> Article:
        return next(a for a in self.articles if a.id == article_id)

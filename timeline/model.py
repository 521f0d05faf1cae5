"""The timeline's words: Article, Problem, Mention, Event, Timeline (see ../shared/DESIGN.md).

Every stage of the pipeline passes these along; none of them computes
anything but what its fields directly say.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from .temporal.labels import label
from .temporal import Granularity, Interval, TimeExpression


class PublishSource(str, Enum):
    """Where an article's publish date came from."""

    HEADER = "header"  # a header line in the file ("date 2020-10-15", "Published: 15 October 2020", a byline)
    DATELINE = "dateline"  # a news dateline opening the text ("BEIRUT, Oct 15 (AP) —")
    METADATA = "metadata"  # the document's own metadata (JSONL "published", a TimeML DCT)
    PATH = "path"  # a YYYY-MM-DD in the file or folder name
    CONFIG = "config"  # pinned in config.toml
    INFERRED = "inferred"  # from similar dated articles of the corpus (see events.dating)
    NONE = "none"  # undated

    def __str__(self) -> str:
        return self.value

    @property
    def given(self) -> bool:
        """Whether the date came with the article (or its pin) rather than from the corpus."""
        return self not in (PublishSource.INFERRED, PublishSource.NONE)


@dataclass(frozen=True)
class Inference:
    """How an undated article got its date from the corpus."""

    published: date
    #: ids of the dated articles it was compared with, most similar first
    neighbours: tuple[str, ...]
    #: its mentions that matched a dated happening, and how many of those agree on ``published``
    agreeing: int
    considered: int
    #: every publish date that fits the evidence as well (inclusive)
    earliest: date
    latest: date

    def describe(self) -> str:
        span = "" if self.earliest == self.latest else f", fits {self.earliest}…{self.latest}"
        return (f"inferred from {', '.join(self.neighbours)}: {self.agreeing} of {self.considered} "
                f"dated mentions agree{span}")


@dataclass
class Article:
    """One document. ``text`` has exactly the characters of its source (see ingest)."""

    id: str
    path: str
    text: str
    published: date | None
    published_source: PublishSource
    language: str
    title: str | None = None
    url: str | None = None
    #: the JSONL line the article came from, for messages
    line: int | None = None
    #: for an article dated by the corpus: how (the dated articles it was compared with, the evidence)
    inference: Inference | None = None
    #: the page's furniture as extraction found it (``extraction.furniture.furniture``: (start, end,
    #: reason) of each span, sorted by start), or None when not known. Set once the article is extracted,
    #: so that merging need not scan the whole text again; not copied by ``dataclasses.replace`` (a copy
    #: may have another text or language) nor compared.
    furniture: tuple[tuple[int, int, str], ...] | None = field(default=None, init=False, compare=False, repr=False)

    def dated_by(self, inference: Inference) -> Article:
        """A copy of this article with the publish date the corpus gives it."""
        return dataclasses.replace(self, published=inference.published, published_source=PublishSource.INFERRED,
                                   inference=inference)


@dataclass(frozen=True)
class Problem:
    """One bad input: where it is and what is wrong. ``skipped`` if nothing was read from it."""

    path: str
    message: str
    line: int | None = None
    skipped: bool = True

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


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
    #: what kind of page furniture the expression stands in ("comment", "stamp", "unrelated", ...;
    #: see extraction.furniture), or None in the story: furniture is shown but makes no event
    furniture: str | None = None
    #: what merging asks of the mention that its article alone decides (its role, evidence and
    #: summary: ``events.prepared.Prepared``), worked out where the article was extracted; None when
    #: not (it is then worked out when asked). Not compared: it follows from the fields above.
    prepared: Any = field(default=None, compare=False, repr=False)

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
    #: some mentions' readings disagree with the event's date (see ``outliers``)
    conflict: bool = False
    #: (article id, start offset) of the mentions whose reading disagrees with the event's date
    outliers: frozenset[tuple[str, int]] = frozenset()
    #: how much the event matters to the corpus (higher: more); see events.importance
    importance: float = 0.0

    def agrees(self, mention: Mention) -> bool:
        """Whether ``mention``'s reading supports the event's date (False for a conflicting reading)."""
        return (mention.article.id, mention.expression.start) not in self.outliers

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
class BuildStats:
    """How a build went."""

    #: articles whose mentions were extracted anew, and those read from the cache
    extracted: int = 0
    reused: int = 0
    #: whether the whole timeline came from the cache
    cached_timeline: bool = False
    #: the cache key of the built timeline (None without a cache)
    key: str | None = None


@dataclass
class Timeline:
    """What a corpus says about when things happened; what export and the TUI read."""

    articles: list[Article]
    mentions: list[Mention]
    events: list[Event]
    problems: list[Problem] = field(default_factory=list)
    stats: BuildStats = field(default_factory=lambda: BuildStats())
    #: the words most of the corpus's articles share (``events.unrelated.story_words``; none for a
    #: feed of many stories), as the build had them: they say what counts toward importance
    story: tuple[str, ...] = ()

    def article(self, article_id: str) -> Article:
        return next(a for a in self.articles if a.id == article_id)

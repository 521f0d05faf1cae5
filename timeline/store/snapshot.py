"""A whole Timeline (articles, problems, mentions, events) to and from one compact JSON-able list,
for the cache's stored results: a warm build reads it back without reading its inputs again.

Plain lists, positions instead of names: the form is read far more often than it is written, and
what costs when it is read is making the objects, so every value is stored as the constructor takes
it (days as ordinals, mentions and events by their place in the timeline). JSON, never pickle: a
cache file from elsewhere must never run code. A form that does not fit raises ``SnapshotError``
(the caller then builds as if nothing were stored).
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any, Callable, Iterator

from .. import collector
from ..ingest.clean import clean
from ..model import Article, BuildStats, Event, Inference, Mention, Problem, PublishSource, Timeline
from ..temporal import Granularity, Interval, TimeExpression
from .makers import maker

#: bump when the form below changes (it is also in the stored result's key)
FORM = 3
#: mentions whose stored rows are made at once when the form is written as text (:func:`timeline_json`)
MENTIONS_AT_ONCE = 10_000


#: in a stored row's JSON text, an escaped character ``ingest.clean`` blanks (a control character, a
#: byte-order mark, a lone surrogate): one literal prefix, so the search runs at memory speed. The
#: writer never stores one: every text, title and URL was cleaned on load, and mentions and summaries
#: are cut from them; a row from elsewhere may. Its rows are ASCII (``Cache.put_result``): a raw one
#: is looked for only in a row that is not.
_ESCAPED = re.compile(
    r"\\u(?:00[01][0-9a-fA-F]|007[fF]|00[89][0-9a-fA-F]|[fF][eE][fF][fF]|[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2}\\u)[dD][c-fC-F][0-9a-fA-F]{2})")
_RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ud800-\udfff]")


def unclean(text: str) -> bool:
    """Whether the JSON ``text`` of a stored row may hold a character that must not reach a terminal
    (a false alarm costs only :func:`cleaned`; tab and newline are written as ``\\t`` and ``\\n``)."""
    if "\x7f" in text or _ESCAPED.search(text) is not None:
        return True
    return not text.isascii() and _RAW.search(text) is not None


def cleaned(data: Any) -> Any:
    """``data`` (parsed JSON) with every string cleaned as articles are on load (``ingest.clean``)."""
    if isinstance(data, str):
        return clean(data)
    if isinstance(data, list):
        return [cleaned(item) for item in data]
    if isinstance(data, dict):
        return {key: cleaned(value) for key, value in data.items()}
    return data


class SnapshotError(ValueError):
    """Stored data that is not a timeline of this form."""


def _ordinal(day: date | None) -> int | None:
    return None if day is None else day.toordinal()


def _expression(e: TimeExpression) -> list[Any]:
    interval = e.interval
    return [e.start, e.end, e.text, e.type, e.timex, e.mod,
            None if interval is None else interval.start.toordinal(),
            None if interval is None else interval.end.toordinal(),
            None if e.granularity is None else e.granularity.value]


def _article(a: Article) -> list[Any]:
    i = a.inference
    inference = None if i is None else [i.published.toordinal(), list(i.neighbours), i.agreeing, i.considered,
                                        i.earliest.toordinal(), i.latest.toordinal()]
    return [a.id, a.path, a.text, _ordinal(a.published), a.published_source.value, a.language, a.title, a.url,
            a.line, inference]


def _mention(m: Mention, article: int, spans: dict[tuple[int, int, int], int], event: int | None) -> list[Any]:
    anchor: Any = None
    if m.anchor is not None:
        anchor = spans.get((article, m.anchor.start, m.anchor.end))
        if anchor is None:  # an expression that is no mention (a duration, say): stored whole
            anchor = _expression(m.anchor)
    return [article, *_expression(m.expression), _ordinal(m.reference), _sentence(m), m.sentence_start,
            *m.segment, *m.context, anchor, event, m.furniture]


def _sentence(m: Mention) -> str | int:
    """A mention's sentence as stored: its length when it is its article's text from ``sentence_start``
    on (nearly always: a fifth of a stored corpus was its sentences again), else the sentence itself
    (its whitespace collapsed)."""
    sentence, start = m.sentence, m.sentence_start
    return len(sentence) if m.article.text.startswith(sentence, start) else sentence


def _event(e: Event, place: dict[int, int]) -> list[Any]:
    interval = e.interval
    return [e.id, [place[id(m)] for m in e.mentions],
            None if interval is None else interval.start.toordinal(),
            None if interval is None else interval.end.toordinal(),
            None if e.granularity is None else e.granularity.value, e.mod, e.summary, e.timex, e.conflict,
            sorted([article_id, start] for article_id, start in e.outliers), e.importance]


def timeline_data(timeline: Timeline) -> list[Any]:
    """The stored form of ``timeline`` (its stats are not kept: a stored result is all from the cache)."""
    head, rows, tail = _sections(timeline)
    return [*head, list(rows(0, len(timeline.mentions))), *tail]


def timeline_json(timeline: Timeline) -> Iterator[str]:
    """The JSON text of :func:`timeline_data` (as ``json.dumps`` writes it: ASCII), in pieces: the
    mentions' rows are made and written ``MENTIONS_AT_ONCE`` at a time and let go, so that the whole
    stored form is never held beside its text (the tenfold corpus's: some 75 MB of lists)."""
    head, rows, tail = _sections(timeline)
    yield "[" + ", ".join(json.dumps(part) for part in head) + ", ["
    count = len(timeline.mentions)
    for start in range(0, count, MENTIONS_AT_ONCE):
        yield ("" if start == 0 else ", ") + json.dumps(list(rows(start, min(count, start + MENTIONS_AT_ONCE))))[1:-1]
    yield "], " + ", ".join(json.dumps(part) for part in tail) + "]"


def _sections(timeline: Timeline) -> tuple[list[Any], Callable[[int, int], Iterator[list[Any]]], list[Any]]:
    """:func:`timeline_data`'s parts before its mentions, the rows of its mentions ``start:end``, its parts after."""
    articles = {id(a): n for n, a in enumerate(timeline.articles)}
    events = {e.id: n for n, e in enumerate(timeline.events)}
    spans: dict[tuple[int, int, int], int] = {}
    by_ref: dict[tuple[str, int], int] = {}
    for n, m in enumerate(timeline.mentions):
        spans.setdefault((articles[id(m.article)], m.expression.start, m.expression.end), n)
        by_ref[(m.article.id, m.expression.start)] = n

    def rows(start: int, end: int) -> Iterator[list[Any]]:
        for m in timeline.mentions[start:end]:
            yield _mention(m, articles[id(m.article)], spans, None if m.event_id is None else events[m.event_id])

    # An event's mentions are the timeline's (copies of them, in a fresh build): their places.
    place = {id(m): by_ref[(m.article.id, m.expression.start)] for e in timeline.events for m in e.mentions}
    return ([FORM, [_article(a) for a in timeline.articles],
             [[p.path, p.message, p.line, p.skipped] for p in timeline.problems]],
            rows, [[_event(e, place) for e in timeline.events], list(timeline.story)])


def timeline_from(data: Any) -> Timeline:
    """The Timeline of :func:`timeline_data`'s form; raises :class:`SnapshotError` if it is not one."""
    try:
        with collector.paused():
            form, *parts = data
            if form != FORM:
                raise SnapshotError(f"stored form {form!r}, expected {FORM}")
            articles_data, problems_data, mentions_data, events_data, story = parts
            return _timeline(articles_data, problems_data, mentions_data, events_data, tuple(map(str, story)))
    except (TypeError, ValueError, KeyError, IndexError, OverflowError) as error:
        if isinstance(error, SnapshotError):
            raise
        raise SnapshotError(f"not a stored timeline ({type(error).__name__}: {error})") from None


#: the stored objects made without their ``__init__`` (``makers``): tens of thousands each
_make_expression = maker(TimeExpression)
_make_mention = maker(Mention)


class _Days(dict):
    """Ordinal (or None) -> the date (or None), each made once."""

    def __missing__(self, ordinal: int) -> date:
        found = self[ordinal] = date.fromordinal(ordinal)
        return found


def _timeline(articles_data: list, problems_data: list, mentions_data: list, events_data: list,
              story: tuple[str, ...]) -> Timeline:
    day = _Days({None: None}).__getitem__
    granularities = {None: None, **{g.value: g for g in Granularity}}
    sources = {s.value: s for s in PublishSource}
    intervals: dict[tuple[int, int], Interval] = {}  # a few hundred, each shared by its mentions

    def interval(first: int, last: int) -> Interval:
        found = intervals.get((first, last))
        if found is None:
            found = intervals[first, last] = Interval(day(first), day(last))
        return found

    def expression(start, end, text, type_, timex, mod, first, last, granularity) -> TimeExpression:
        return _make_expression(start, end, text, type_, timex, mod, None if first is None else interval(first, last),
                                granularities[granularity])

    articles = []
    for id_, path, text, published, source, language, title, url, line, inference in articles_data:
        if inference is not None:
            p, neighbours, agreeing, considered, earliest, latest = inference
            inference = Inference(day(p), tuple(neighbours), agreeing, considered, day(earliest), day(latest))
        articles.append(Article(id_, path, text, day(published), sources[source], language, title, url, line,
                                inference))
    events_ids = [item[0] for item in events_data]
    expressions = [expression(*item[1:10]) for item in mentions_data]
    mentions = []
    for item, e in zip(mentions_data, expressions):
        article, reference, sentence, sentence_start, s0, s1, c0, c1, anchor, event, furniture = \
            item[0], *item[10:]
        if anchor is not None:
            anchor = expressions[anchor] if isinstance(anchor, int) else expression(*anchor)
        owner = articles[article]
        if isinstance(sentence, int):  # its length: the sentence is the article's text from its start on
            sentence = owner.text[sentence_start:sentence_start + sentence]
        mentions.append(_make_mention(owner, e, day(reference), sentence, sentence_start, (s0, s1), (c0, c1),
                                      anchor, None if event is None else events_ids[event], furniture, None))
    events = [Event(id_, [mentions[n] for n in members], None if first is None else interval(first, last),
                    granularities[granularity], mod, summary, timex, conflict,
                    frozenset((article_id, start) for article_id, start in outliers), importance)
              for id_, members, first, last, granularity, mod, summary, timex, conflict, outliers, importance
              in events_data]
    problems = [Problem(path, message, line, skipped) for path, message, line, skipped in problems_data]
    return Timeline(articles, mentions, events, problems,
                    BuildStats(reused=len(articles), cached_timeline=True), story=story)

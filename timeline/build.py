"""From articles to a Timeline: extract mentions, then make events of them."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Iterable

from .corpus import Article, Problem
from .model import Event, Mention, Timeline
from .temporal import DATE, TIME, extract
from .text import one_line, sentence_at, sentence_bounds

#: TimeML values that say only "past", "present" or "future": listed, never events.
REFERENCE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})

SUMMARY_WORDS = 16


def extract_mentions(article: Article) -> list[Mention]:
    """The dated and datable (DATE, TIME) expressions of one article, with their sentences.

    A pure function of the article's text, publish date and language.
    """
    expressions = [e for e in extract(article.text, article.published, article.language)
                   if e.type in (DATE, TIME)]
    if not expressions:
        return []
    bounds = sentence_bounds(article.text)
    mentions = []
    for expression in expressions:
        start, end = sentence_at(bounds, expression.start)
        start, end = min(start, expression.start), max(end, expression.end)
        mentions.append(Mention(article, expression, article.published,
                                one_line(article.text[start:end]), start))
    return mentions


def summarise(mention: Mention, words: int = SUMMARY_WORDS) -> str:
    """The mention's sentence, cut to about ``words`` words around the expression at word boundaries."""
    sentence = mention.sentence.split()
    if len(sentence) <= words + 4:
        return mention.sentence
    # Find the word where the expression begins, counting words before it in the sentence.
    text = mention.article.text
    before = len(text[mention.sentence_start:mention.expression.start].split())
    first = max(0, min(before - words // 2, len(sentence) - words))
    cut = sentence[first:first + words]
    return ("… " if first else "") + " ".join(cut) + (" …" if first + words < len(sentence) else "")


def _sort_key(event: Event) -> tuple:
    interval = event.interval
    first = event.mentions[0]
    return (interval is None, interval.start if interval else date.min, interval.end if interval else date.min,
            first.article.id, first.expression.start)


def make_events(mentions: list[Mention]) -> tuple[list[Mention], list[Event]]:
    """One event per mention that points at a time (merging comes later); ids follow date order."""
    events = [
        Event(id="", mentions=[m], interval=m.expression.interval, granularity=m.expression.granularity,
              mod=m.expression.mod, summary=summarise(m), timex=m.expression.timex)
        for m in mentions if m.expression.timex not in REFERENCE_VALUES
    ]
    events.sort(key=_sort_key)
    width = max(4, len(str(len(events))))
    event_of: dict[int, str] = {}
    for number, event in enumerate(events, start=1):
        event.id = f"E{number:0{width}d}"
        for i, mention in enumerate(event.mentions):
            event.mentions[i] = dataclasses.replace(mention, event_id=event.id)
            event_of[id(mention)] = event.id
    mentions = [dataclasses.replace(m, event_id=event_of.get(id(m))) for m in mentions]
    return mentions, events


def build_timeline(articles: Iterable[Article], problems: Iterable[Problem] = ()) -> Timeline:
    articles = list(articles)
    mentions = [mention for article in articles for mention in extract_mentions(article)]
    mentions, events = make_events(mentions)
    return Timeline(articles, mentions, events, list(problems))

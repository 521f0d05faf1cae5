"""What every export format says about an event or a mention, before any format's syntax.

Dates are ISO 8601 days; intervals are inclusive (``end`` is the last day).
Nothing here escapes anything: each format escapes for its own reader
(``safe_cell`` for spreadsheets, HTML for TimelineJS, Markdown for Markdown).
"""

from __future__ import annotations

from typing import Any

from ..model import Article, Event, Mention, Timeline

MENTION_COLUMNS = ("event_id", "article", "published", "published_source", "expression", "char_start",
                   "char_end", "start", "end", "granularity", "timex", "sentence", "title", "url")
EVENT_COLUMNS = ("event_id", "start", "end", "granularity", "label", "summary", "source_count", "articles",
                 "expressions", "conflicting", "approximate", "titles", "urls", "importance")

# A spreadsheet reads a cell starting with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def iso(value: Any) -> str:
    return value.isoformat() if value is not None else ""


def safe_cell(value: Any) -> Any:
    """A cell a spreadsheet will not run: text starting like a formula gets a leading '."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def is_approximate(event: Event) -> bool:
    """The event's date is an estimate: its own mod is APPROX, or one of its readings is ("two weeks ago")."""
    return event.mod == "APPROX" or any(m.expression.mod == "APPROX" for m in event.mentions)


def event_articles(event: Event) -> list[Article]:
    """The articles supporting ``event``, once each, in the order of ``event.articles`` (by id)."""
    by_id = {m.article.id: m.article for m in event.mentions}
    return [by_id[article_id] for article_id in event.articles]


def sources_phrase(event: Event) -> str:
    """"1 source", "3 sources": how many articles support ``event``."""
    sources = len(event_articles(event))
    return f"{sources} source{'s' if sources != 1 else ''}"


def web_url(url: str | None) -> bool:
    """Whether ``url`` may become a link (http or https only: article data is untrusted)."""
    return bool(url) and url.lower().startswith(("http://", "https://"))


def display_title(article: Article) -> str:
    """What to call an article: its title, else its id."""
    return article.title or article.id


def excerpt_parts(mention: Mention) -> tuple[str, str, str]:
    """The mention's sentence split around its expression: (before, expression, after).

    The sentence is whitespace-normalised, so the expression is found by the
    words before it; when that fails, by its first occurrence; else it is
    returned as the whole ``before`` with an empty expression.
    """
    e = mention.expression
    before = " ".join(mention.article.text[mention.sentence_start:e.start].split())
    expression = " ".join(e.text.split())
    sentence = mention.sentence
    cut = len(before) + (1 if before else 0)
    if sentence[cut:cut + len(expression)] != expression:
        cut = sentence.find(expression)
    if cut < 0 or not expression:
        return sentence, "", ""
    return sentence[:cut], expression, sentence[cut + len(expression):]


def _aligned(values) -> str:
    """Values joined by "; " in the order of the ``articles`` cell (empty where an article has none);
    "" when no article has one."""
    values = [value or "" for value in values]
    return "; ".join(values) if any(values) else ""


def event_row(event: Event) -> dict[str, Any]:
    interval = event.interval
    articles = event_articles(event)
    return {
        "event_id": event.id,
        "start": iso(interval.start if interval else None),
        "end": iso(interval.end if interval else None),
        "granularity": event.granularity.value if event.granularity else "",
        "label": event.label,
        "summary": event.summary,
        "source_count": event.source_count,
        "articles": "; ".join(event.articles),
        "expressions": "; ".join(m.expression.text for m in event.mentions),
        "conflicting": str(event.conflict).lower(),
        "approximate": str(is_approximate(event)).lower(),
        "titles": _aligned(a.title for a in articles),
        "urls": _aligned(a.url for a in articles),
        "importance": round(event.importance, 3),
    }


def mention_row(mention: Mention) -> dict[str, Any]:
    expression, article = mention.expression, mention.article
    interval = expression.interval
    return {
        "event_id": mention.event_id or "",
        "article": article.id,
        "published": iso(article.published),
        "published_source": article.published_source.value,
        "expression": expression.text,
        "char_start": expression.start,
        "char_end": expression.end,
        "start": iso(interval.start if interval else None),
        "end": iso(interval.end if interval else None),
        "granularity": expression.granularity.value if expression.granularity else "",
        "timex": expression.timex or "",
        "sentence": mention.sentence,
        "title": article.title or "",
        "url": article.url or "",
    }


def event_rows(timeline: Timeline) -> list[dict[str, Any]]:
    return [event_row(event) for event in timeline.events]


def mention_rows(timeline: Timeline) -> list[dict[str, Any]]:
    return [mention_row(mention) for mention in timeline.mentions]


def rows(timeline: Timeline, level: str) -> tuple[tuple[str, ...], list[dict[str, Any]]]:
    if level == "event":
        return EVENT_COLUMNS, event_rows(timeline)
    if level == "mention":
        return MENTION_COLUMNS, mention_rows(timeline)
    raise ValueError(f"unknown level {level!r}")

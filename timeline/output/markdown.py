"""Markdown for a newsroom document: a heading per year, a subheading per month, a bullet per event.

Events at a month or finer go under their month; coarser ones (a quarter, a
season, a year, a decade) under the year they start in, before its months;
undated events in a last section. Each bullet is the date label, the summary
and the source count, with one sub-bullet per mention: the article's title
(linked when its url is http(s)), publish date and excerpt. Article text is
untrusted: whitespace is collapsed (no block can start inside it) and every
character Markdown gives a meaning inline is backslash-escaped, so no
article can add a link, an image, HTML or emphasis.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import groupby
from typing import IO

from ..model import Event, Mention, Timeline
from ..temporal import Granularity
from .rows import display_title, excerpt_parts, sources_phrase, web_url

#: characters with an inline meaning anywhere (emphasis, code, links, HTML, entities, tables, math)
_INLINE = re.compile(r"([\\`*_\[\]<>!&|~$])")
#: what starts a block (heading, list, quote, setext underline) at the start of a line or list item
_BLOCK_START = re.compile(r"^([#+\-=>])|^(\d+)([.)])")
_FINE = {Granularity.DAY, Granularity.WEEKEND, Granularity.WEEK, Granularity.PART_OF_MONTH, Granularity.MONTH}


def escape(text: str) -> str:
    """Article text as literal Markdown: one line (runs of whitespace become one space, kept at the
    ends so pieces can be joined), every inline-active character escaped."""
    text = _INLINE.sub(r"\\\1", re.sub(r"\s+", " ", text))
    return _BLOCK_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), text)


def _link(title: str, url: str | None) -> str:
    if web_url(url):
        target = url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
        return f"[{escape(title)}](<{target}>)"
    return escape(title)


def _excerpt(mention: Mention) -> str:
    before, expression, after = excerpt_parts(mention)
    quoted = escape(before) + (f"**{escape(expression)}**" if expression else "") + escape(after)
    article = mention.article
    published = f" ({article.published.isoformat()})" if article.published else ""
    return f"  - {_link(display_title(article), article.url)}{published}: {quoted}"


def bullet(event: Event) -> list[str]:
    flags = " · the sources disagree on the date" if event.conflict else ""
    date = f"**{escape(event.label)}** — " if event.label else ""
    head = f"- {date}{escape(event.summary.strip())} ({sources_phrase(event)}{flags})"
    return [head, *(_excerpt(m) for m in event.mentions)]


def _section(event: Event) -> tuple[int, int]:
    """(year, month) of the heading the event goes under; month 0 for coarse events."""
    start = event.interval.start
    return start.year, (start.month if event.granularity in _FINE else 0)


def write_markdown(timeline: Timeline, stream: IO[str], level: str, title: str) -> int:
    dated = sorted((e for e in timeline.events if e.interval is not None), key=lambda e: (_section(e), e.interval))
    undated = [e for e in timeline.events if e.interval is None]
    lines = [f"# {escape(title.strip())}", "",
             f"{len(timeline.events)} events from {len(timeline.articles)} articles.", ""]
    year = None
    for (event_year, month), events in groupby(dated, key=_section):
        if event_year != year:
            lines += [f"## {event_year}", ""]
            year = event_year
        if month:
            lines += [f"### {date(event_year, month, 1):%B %Y}", ""]
        for event in events:
            lines += bullet(event)
        lines.append("")
    if undated:
        lines += ["## Undated", ""]
        for event in undated:
            lines += bullet(event)
        lines.append("")
    stream.write("\n".join(lines))
    return len(dated) + len(undated)


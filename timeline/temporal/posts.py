"""A blog's archive page: its post stamps show posts written after the page's publish date.

A blog page is filed under one day but may hold every post its writer made, over weeks, most of
them scraped without their stamps. One post's stamp kept on the page tells it: a line that opens
with one of the language's post words ("posted on": the ``post_words`` of its ``[furniture]``
table), then a date naming its day, month and year, read alone ("posted on Thursday, 28 May 2009 |
comment on this post Ok guys."; the post may run on in the same line). A comment's stamp is no post
stamp: one that names its writer, first ("Posted by Jane on 2 May 2009") or right after the date
("Posted on 21 June 2009 at 10:32 by Jane", "... Jane wrote:": the ``comment_stamp_writers`` of the
``[furniture]`` table), or one right under a comment heading ("Comments", "3 comments": its
``comment_headings``).

Nor is a stamp alone proof of an archive: the page must look like one, with a stamp among its first
lines or a stamp followed by a post's length of text (:data:`POST_SENTENCES`), where a comment under
a story is a few lines.

When a post stamp names a day *after* the publish date (:func:`archive_headings`), the page holds
text written after the day it is filed under, so that day is no reference for the text above the
stamp: the posts there were written on days the page no longer says. That text, from the page's
start, has no reference *day* (a heading without a day, "coarse" as on a roll-up of glued posts:
:mod:`~timeline.temporal.entries`): its "yesterday", "three weeks ago" and "10.00 am" are left
unplaced, while what is a month or longer and a date named in full still stand. The text after
each post stamp (this one and any other on the page) is read against that stamp's day. A page
whose post stamps all lie on or before its publish date is left as it is: its stamps are the
page's own post's, or older posts below it.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Callable

from .calendar import Granularity
from .expressions import TimeExpression
from .sentences import sentence_bounds

#: How far into its line a post stamp's date may reach (after its post word).
STAMP_REACH = 60

#: Where a stamp's date ends at the latest: a bar, a stop, a line's end.
_STAMP_END = re.compile(r"\||\s\.\s|\n")

#: How far after a stamp's date its writer may be named ("at 10:32 am by Jane").
WRITER_REACH = 25

#: How many non-blank lines above a stamp a comment heading may stand.
HEADING_LINES = 3

#: How many non-blank lines may stand above a stamp that opens an archive page (its title).
OPENING_LINES = 1

#: How many sentences at least a stamp's post runs on (to the next stamp or the page's end) on an
#: archive page when no stamp opens the page: a reader's comment is shorter.
POST_SENTENCES = 8


@lru_cache(maxsize=16)
def _post_words(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(r"^[^\S\n]*(?:" + body + r")[^\S\n]*:?[^\S\n]*(?=\S)", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=16)
def _any(patterns: tuple[str, ...], line: bool) -> re.Pattern[str] | None:
    if not patterns:
        return None
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"[^\S\n]*(?:{body})[^\S\n]*$" if line else body, re.IGNORECASE)


def _is_comment(text: str, start: int, date_end: int, writers: tuple[str, ...], headings: tuple[str, ...]) -> bool:
    """Whether the stamp from ``start`` whose date ends at ``date_end`` is a comment's: it names its
    writer right after the date, or a comment heading stands just above it."""
    writer = _any(writers, False)
    if writer is not None and writer.search(text, date_end, min(len(text), date_end + WRITER_REACH)):
        return True
    heading = _any(headings, True)
    above = [line for line in text[:start].splitlines() if line.strip()][-HEADING_LINES:]
    return heading is not None and any(heading.match(line) for line in above)


def post_stamps(text: str, words: tuple[str, ...], read: Callable[[str], list[TimeExpression]],
                writers: tuple[str, ...] = (), headings: tuple[str, ...] = ()) -> list[tuple[int, int, date]]:
    """(start, end, day) of each post stamp of ``text`` (see the module's text); ``words``: the
    language's post words; ``read``: resolves a piece of text alone, with no reference date;
    ``writers``, ``headings``: patterns of a comment's stamp."""
    pattern = _post_words(words)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        stop = _STAMP_END.search(text, match.end(), match.end() + STAMP_REACH)
        end = stop.start() if stop else min(len(text), match.end() + STAMP_REACH)
        expressions = read(text[match.end():end])
        if not expressions or expressions[0].start > 0:  # the date opens the stamp
            continue
        first = expressions[0]
        interval = first.interval
        if interval is None or first.granularity is not Granularity.DAY or interval.start != interval.end:
            continue
        if not _is_comment(text, match.start(), match.end() + first.end, writers, headings):
            found.append((match.start(), match.end() + first.end, interval.start))
    return found


def _looks_like_archive(text: str, stamps: list[tuple[int, int, date]]) -> bool:
    """Whether a stamp opens the page (:data:`OPENING_LINES`) or one's post runs on for
    :data:`POST_SENTENCES` sentences."""
    if any(len([line for line in text[:start].splitlines() if line.strip()]) <= OPENING_LINES for start, _, _ in stamps):
        return True
    ends = [start for start, _, _ in stamps[1:]] + [len(text)]
    return any(len(sentence_bounds(text[end:stop])) >= POST_SENTENCES for (_, end, _), stop in zip(stamps, ends))


def archive_stamps(text: str, reference: date | None, words: tuple[str, ...], read: Callable[[str], list[TimeExpression]],
                   writers: tuple[str, ...] = (), headings: tuple[str, ...] = ()) -> list[tuple[int, int, date]]:
    """The post stamps of ``text`` when one of them lies after ``reference`` (the publish date) and
    the page looks like an archive of posts; else none."""
    if reference is None:
        return []
    stamps = post_stamps(text, words, read, writers, headings)
    return stamps if any(day > reference for _, _, day in stamps) and _looks_like_archive(text, stamps) else []

"""A blog's archive page: its post stamps show posts written after the page's publish date.

A blog page is filed under one day but may hold every post its writer made, over weeks, most of
them scraped without their stamps. One post's stamp kept on the page tells it: a line that opens
with one of the language's post words ("posted on": the ``post_words`` of its ``[furniture]``
table), then a date naming its day, month and year, read alone ("posted on Thursday, 28 May 2009 |
comment on this post Ok guys."; the post may run on in the same line). A comment's stamp names its
writer first ("Posted by Jane on 2 May 2009") and is no post stamp.

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

#: How far into its line a post stamp's date may reach (after its post word).
STAMP_REACH = 60

#: Where a stamp's date ends at the latest: a bar, a stop, a line's end.
_STAMP_END = re.compile(r"\||\s\.\s|\n")


@lru_cache(maxsize=16)
def _post_words(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(r"^[^\S\n]*(?:" + body + r")[^\S\n]*:?[^\S\n]*(?=\S)", re.IGNORECASE | re.MULTILINE)


def post_stamps(text: str, words: tuple[str, ...],
                read: Callable[[str], list[TimeExpression]]) -> list[tuple[int, int, date]]:
    """(start, end, day) of each post stamp of ``text`` (see the module's text); ``words``: the
    language's post words; ``read``: resolves a piece of text alone, with no reference date."""
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
        found.append((match.start(), match.end() + first.end, interval.start))
    return found


def archive_stamps(text: str, reference: date | None, words: tuple[str, ...],
                   read: Callable[[str], list[TimeExpression]]) -> list[tuple[int, int, date]]:
    """The post stamps of ``text`` when one of them lies after ``reference`` (the publish date):
    the page is an archive of posts; else none."""
    if reference is None:
        return []
    stamps = post_stamps(text, words, read)
    return stamps if any(day > reference for _, _, day in stamps) else []

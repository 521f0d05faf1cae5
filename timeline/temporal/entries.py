"""Pages of dated entries: blogs, diaries and round-ups whose entries each open with their date.

Such a page is published on one day but written over many: a blog of June posted on 30 June
says "today" in an entry of 5 June and means 5 June. Its entries open with a *heading*: a line
that holds only a full date (day, month and year; maybe a weekday and a clock time) and maybe
the language's heading words (the ``entry_words`` of its ``[furniture]`` table: "Posted",
"Updated", "on", "at"; its zone and am/pm words), as in "Monday, 1 June 2009" or "Posted: 14 January 2010 17:26". The
date is read from the line alone, with no reference date, so only a date that names its year
can make one.

A text is a page of entries when it holds at least :data:`MIN_HEADINGS` headings and none of
them lies after the publish date (a line of future dates is a schedule, not entries). The text
after each heading, up to the next, is then resolved with that heading's day as its reference
date (:func:`reference_at`); the text before the first keeps the publish date. One heading
alone changes nothing: a date on a line by itself is as often a stamp or a caption.

A diary's entry may instead open a line with its date and a tag in capitals (a place, a writer)
before its first sentence, as in "19 JANUARY, 2200 GMT, PORT-AU-PRINCE We have arrived" or
"SUNDAY 17 JANUARY - JANE DOE This morning I ...": a *tagged* heading. Prose never opens a line
so, so one tagged heading is enough, and its date may leave out the year: the day is then the
latest with that month and day not after the publish date, and no heading at all unless it lies
within :data:`RECENT_DAYS` of it (a year-less date further back is as often a schedule's next
year). A tagged heading's date stays story (a diary entry's day is when its writer saw what it
tells, and a chronology's item "12 MARCH - UN votes" is an event): its span is empty.

A blog's roll-up page may hold several posts with no dated heading at all, each closed by the
same *sign-off* ("Share your thoughts ... Of course, you can always comment on this blog post."):
a run of sentences of at least :data:`SIGNOFF_WORDS` words that the page repeats word for word,
holding one of the language's sign-off words (the ``signoff_words`` of its ``[furniture]``
table: "comment", "your thoughts"; other repeated sentences are as often a pull quote or a page
scraped twice), after at least :data:`POST_SENTENCES` sentences of the post it closes (a share
bar above and below one story closes no post). Such a page is filed under its newest post's day, and a roll-up runs
newest first: the text up to the first sign-off keeps the publish date, and each later post,
unless an entry heading of its own dates it, has *no* reference date (a heading whose day is
None), so its "yesterday" and "last Friday" are left unplaced rather than counted from a day
its writer never meant.

Some roll-ups glue their posts with nothing between them: no heading, no sign-off, the next post
running on after the last one's full stop. Such a page shows itself by its running tallies
(:mod:`~timeline.temporal.tallies`: the same count, of the same noun, reported with a different
number in several far-apart places, "47 new cases were confirmed today"). Where its newest post
ends the page does not say, so the whole page has no reference *day* (:func:`tally_rollup`): its
"today" and "a week ago" are left unplaced (a date the page names in full still stands), as a
wrong day is worse than none. Its posts lie near the page's day, so what is a month or longer
("this autumn", "next year", "early June"; and the year of "15 June") is still read against the
publish date (:func:`coarse_at`, :func:`placed_by_the_page`), which is then such a mention's
reference date (:func:`mention_reference`).

A blog's archive page, whose one kept post stamp ("posted on 28 May 2009") lies after the
page's publish date, has no reference day above that stamp and each stamp's day below it
(:mod:`~timeline.temporal.posts`, :func:`archive_headings`).

Entries opened by a four-digit clock time on the page's own day are another structure
(:mod:`~timeline.temporal.stamps`). A chronology whose items open a line with their full date and
run on into their first sentence ("3 November 2011 The case goes to the jury ...") has headings of
its own when no tagged heading is found (:mod:`~timeline.temporal.chronology`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Callable, Sequence

from .calendar import Granularity
from .chronology import chronology_headings
from .expressions import Candidate, TimeExpression
from .grammar import Grammar
from .posts import archive_stamps
from .sentences import sentence_bounds
from .tallies import is_tally_rollup

#: A page needs this many headings to be read as a page of entries.
MIN_HEADINGS = 2
#: A heading line is at most this many characters long (after stripping).
MAX_HEADING = 80
#: A tagged heading without its year names a day at most this many days before the publish date.
RECENT_DAYS = 62
#: A sentence of a post's sign-off has at least this many words.
SIGNOFF_WORDS = 6
#: a sign-off closes a post of a roll-up only after at least this many sentences of the post
POST_SENTENCES = 3


@dataclass(frozen=True)
class Heading:
    """An entry heading: the line ``start``..``end`` (end exclusive; empty for a tagged heading)
    and the day it names (None: the start of a post of a roll-up, whose day the page does not say)."""

    start: int
    end: int
    day: date | None
    #: the page's day still gives the month and year (a roll-up of glued posts, all near its day)
    coarse: bool = False


#: What may follow a tagged heading's date before its tag: a clock time with its zone, separators.
_TAG = re.compile(r"[^\S\n]*,?[^\S\n]*(?:\d{1,2}[:.]?\d{2}[^\S\n]*(?-i:[A-Z]{2,5})?[^\S\n]*)?(?:,|-{1,2}|[–—:])"
                  r"[^\S\n]*(?-i:[A-Z][A-Z.'-]+(?:[^\S\n]+[A-Z][A-Z.'-]+){0,4})(?=[^\S\n]|$)")
#: A date without its year as the resolver reads it with no reference date.
_NO_YEAR = re.compile(r"XXXX-(\d{2})-(\d{2})$")

#: A clock time the resolver may leave unread after a date ("1 June 2009 14:30").
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"


@lru_cache(maxsize=16)
def _heading_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """What a heading may hold besides its date: ``words`` (the language's heading words, zone and
    am/pm words) and clock times."""
    phrases = sorted(words, key=len, reverse=True)
    body = "|".join([re.escape(p).replace(r"\ ", r"\s+") for p in phrases] + [_CLOCK])
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE)


def _words_of(grammar: Grammar) -> re.Pattern[str]:
    words = [*grammar.furniture.get("entry_words", ()), *grammar.words.get("zone", {}), *grammar.words.get("ampm", {})]
    return _heading_words(tuple(words))


def _only_spans_and_words(line: str, spans: Sequence[tuple[int, int]], words: re.Pattern[str]) -> bool:
    """Whether ``line`` holds nothing but the ``spans`` (offsets into it), heading words and
    punctuation."""
    chars = list(line)
    for start, end in spans:
        chars[max(0, start):end] = " " * (min(end, len(chars)) - max(0, start))
    rest = words.sub(" ", "".join(chars))
    return not any(c.isalnum() for c in rest)


def _lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that holds a span of ``spans`` (sorted) and could be a
    heading, stripped of its blanks."""
    found: list[tuple[int, int]] = []
    after = -1  # the end of the last line looked at
    for span_start, _ in spans:
        if span_start <= after:
            continue
        start = text.rfind("\n", 0, span_start) + 1
        end = text.find("\n", span_start)
        after = end = len(text) if end < 0 else end
        line = text[start:end]
        stripped = line.strip()
        if len(stripped) <= MAX_HEADING:
            lead = len(line) - len(line.lstrip())
            found.append((start + lead, start + lead + len(stripped)))
    return found


def _day_of(expressions: list[TimeExpression]) -> date | None:
    """The one day the expressions of a heading line name, or None if they name no single day."""
    if not expressions or any(e.interval is None for e in expressions):
        return None
    days = {e.interval.start for e in expressions} | {e.interval.end for e in expressions}  # type: ignore[union-attr]
    if len(days) != 1 or not any(e.granularity is Granularity.DAY for e in expressions):
        return None
    return days.pop()


def entry_headings(text: str, reference: date | None, grammar: Grammar, candidates: list[Candidate],
                   read: Callable[[str], list[TimeExpression]]) -> tuple[Heading, ...]:
    """The entry headings of ``text``, or none if it is no page of entries.

    ``candidates``: the text's detected matches (a line they leave nothing of but heading words
    is read closer); ``read``: resolves one line alone, with no reference date.
    """
    words = _words_of(grammar)
    starts = sorted((c.start, c.end) for c in candidates)
    keys = [s for s, _ in starts]
    possible = []
    for start, end in _lines(text, starts):
        inside = [(s - start, e - start) for s, e in starts[bisect_right(keys, start - 1):bisect_right(keys, end - 1)]
                  if e <= end]
        if inside and _only_spans_and_words(text[start:end], inside, words):
            possible.append((start, end))
    tagged = _tagged(text, reference, starts, read) or chronology_headings(text, reference, starts, read, Heading)
    posts = post_starts(text, grammar) or tally_rollup(text, grammar)
    if len(possible) < MIN_HEADINGS and not tagged:
        return archive_headings(text, reference, grammar, read, posts)
    headings = []
    for start, end in possible if len(possible) >= MIN_HEADINGS else ():
        line = text[start:end]
        expressions = read(line)
        day = _day_of(expressions)
        if day is not None and _only_spans_and_words(line, [(e.start, e.end) for e in expressions], words):
            headings.append(Heading(start, end, day))
    if tagged:
        taken = {h.start for h in tagged}
        headings = sorted([h for h in headings if h.start not in taken] + tagged, key=lambda h: h.start)
    if (len(headings) < MIN_HEADINGS and not tagged) or (reference is not None and any(h.day > reference for h in headings)):
        headings = []
    if posts:
        headings = sorted(headings + posts, key=lambda h: h.start)
    return archive_headings(text, reference, grammar, read, headings)


def archive_headings(text: str, reference: date | None, grammar: Grammar,
                     read: Callable[[str], list[TimeExpression]], headings: list[Heading]) -> tuple[Heading, ...]:
    """``headings`` with a blog archive's post stamps (:mod:`~timeline.temporal.posts`) and, from
    the page's start, a heading without a day when one stamp lies after ``reference``; else
    ``headings`` alone."""
    cues = grammar.furniture
    stamps = archive_stamps(text, reference, tuple(cues.get("post_words", ())), read,
                            tuple(cues.get("comment_stamp_writers", ())), tuple(cues.get("comment_headings", ())))
    if not stamps:
        return tuple(headings)
    taken = {h.start for h in headings}
    added = [Heading(start, end, day) for start, end, day in stamps if start not in taken]
    if 0 not in taken and not any(start == 0 for start, _, _ in stamps):
        added.append(Heading(0, 0, None, coarse=True))
    return tuple(sorted(headings + added, key=lambda h: h.start))


def post_starts(text: str, grammar: Grammar) -> list[Heading]:
    """The start of each post after the first on a roll-up of posts closed by the same sign-off
    (see the module's text), as a heading without a day; none on any other page."""
    bounds = sentence_bounds(text)
    keys = [" ".join(text[a:b].split()).casefold() for a, b in bounds]
    counts = Counter(keys)
    cues = _signoff_words(tuple(grammar.furniture.get("signoff_words", ())))
    starts, i, post = [], 0, 0  # post: where the post the next sign-off closes began
    while i < len(keys):
        j = i
        while j < len(keys) and counts.get(keys[j], 0) >= 2:
            j += 1
        if (j < len(keys) and i - post >= POST_SENTENCES
                and any(len(keys[k].split()) >= SIGNOFF_WORDS and cues.search(keys[k]) for k in range(i, j))):
            starts.append(Heading(bounds[j][0], bounds[j][0], None))  # a share bar above the story closes no post
            post = j
        i = max(j, i + 1)
    return starts


def tally_rollup(text: str, grammar: Grammar) -> list[Heading]:
    """A heading without a day at the page's start if ``text`` is a roll-up of glued posts that
    tell their days in tallies (see the module's text); none on any other page."""
    return [Heading(0, 0, None, coarse=True)] if is_tally_rollup(text, grammar) else []


@lru_cache(maxsize=16)
def _signoff_words(words: tuple[str, ...]) -> re.Pattern[str]:
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")


def _year_filled(expression: TimeExpression, reference: date | None) -> date | None:
    """The day a year-less date names: the latest with its month and day not after ``reference``."""
    found = _NO_YEAR.match(expression.timex or "")
    if found is None or reference is None or expression.granularity is not Granularity.DAY:
        return None
    month, day = int(found.group(1)), int(found.group(2))
    for year in (reference.year, reference.year - 1):
        try:
            named = date(year, month, day)
        except ValueError:  # 29 February of a year without one
            continue
        if named <= reference:
            return named if (reference - named).days <= RECENT_DAYS else None
    return None


def _tagged(text: str, reference: date | None, spans: list[tuple[int, int]],
            read: Callable[[str], list[TimeExpression]]) -> list[Heading]:
    """The tagged headings of ``text``: a detected date opening a line, maybe a clock time, a
    separator and a tag in capitals (``_TAG``); each heading's span is empty, at its date's start."""
    found = []
    for start, end in spans:
        if _TAG.match(text, end) is None:  # the cheap test first: most dates have no tag after them
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip():
            continue
        expressions = read(text[start:end])
        day = _day_of(expressions) if expressions and expressions[0].interval is not None else (
            _year_filled(expressions[0], reference) if len(expressions) == 1 else None)
        if day is not None and not (found and found[-1].start >= line_start):
            found.append(Heading(start, start, day))
    return found


def reference_at(headings: Sequence[Heading], offset: int, reference: date | None) -> date | None:
    """The reference date of the text at ``offset``: the day of the last heading that starts at or
    before it, or ``reference`` (the publish date) before the first."""
    index = bisect_right([h.start for h in headings], offset) - 1
    return headings[index].day if index >= 0 else reference


def coarse_at(headings: Sequence[Heading], offset: int) -> bool:
    """Whether the text at ``offset`` lies where the publish date gives only the month and year."""
    index = bisect_right([h.start for h in headings], offset) - 1
    return index >= 0 and headings[index].coarse


#: What the publish date may still place on a roll-up of glued posts: readings of a month or longer.
COARSE = frozenset({Granularity.PART_OF_MONTH, Granularity.MONTH, Granularity.QUARTER, Granularity.HALF,
                    Granularity.SEASON, Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY})


def placed_by_the_page(unplaced: str | None, granularity: Granularity | None) -> bool:
    """Whether a reading the page's day makes of ``granularity`` may stand on a roll-up of glued
    posts, where it was ``unplaced`` (that timex) without a reference: a month or longer, or a day
    whose month and day the text names ("15 June": the page gives only its year)."""
    return granularity in COARSE or bool(unplaced and _NO_YEAR.match(unplaced))


def mention_reference(headings: Sequence[Heading], expression: TimeExpression, reference: date | None) -> date | None:
    """The reference date ``expression`` was read against: its entry's day (:func:`reference_at`),
    or on a roll-up of glued posts, where it has none, the publish date ``reference`` if the page
    placed it (a month or longer, or a date the text names in full)."""
    found = reference_at(headings, expression.start, reference)
    if found is None and expression.interval is not None and coarse_at(headings, expression.start):
        return reference
    return found


def heading_at(headings: Sequence[Heading], start: int, end: int) -> Heading | None:
    """The heading whose line holds ``start``..``end``, if any."""
    index = bisect_right([h.start for h in headings], start) - 1
    if index >= 0 and headings[index].start <= start and end <= headings[index].end:
        return headings[index]
    return None

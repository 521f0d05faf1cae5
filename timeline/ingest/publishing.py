"""Publishing furniture at the top of an article's text: header lines, bylines, a dateline.

A saved article often opens with the facts of its publication rather than its
story: a headline, "Published: 15 October 2020", "Updated: 16 October 2020",
"By Jane Doe, October 15, 2020", a line that is only a date, or a news
dateline opening the first paragraph ("BEIRUT, Oct 15 (AP) — The storm …",
"Stockholm 15 oktober – …"). :func:`read_furniture` finds them, gives the
publish date they state, and blanks them with spaces of the same length, so
offsets are kept and their dates never become mentions (events).

The label words ("Published", "Publicerad", "By", …) are each language's
``[words.publishing]`` table; the dates are read by the resolver
(:func:`timeline.temporal.extract`), so month names are the grammar's too.
Nothing here names a language.

A page with no publishing line may still open with its own day ("World News for Schools: 12
January Hi there ..."): when that day is one day off the date in its path (a page filed under
the next day's folder), the page's own day is its publish date, the reference of its "today",
with a note naming both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Iterable

from ..model import PublishSource
from ..temporal import DATE, TIME, extract, load_grammar
from ..temporal.grammar import normalise

#: how far down an article its publishing lines may stand (non-empty lines), and how long each may be
TOP_LINES = 8
LONGEST_LINE = 200
#: a dateline ends at a dash with spaces around it this early in its line
DATELINE_REACH = 90
#: a line that is only a date ("Thursday, October 15, 2020, 10:32 a.m. EDT") is no longer than this
LONGEST_DATE_LINE = 60
#: a page's own day opens its first line, or follows a label this short ending in ":" or "|"
OWN_DAY_REACH = 60

_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
_DASH = re.compile(r"[ \t]+(?:--|[-–—])[ \t]+")
_AGENCY = re.compile(r"\s*\([^()\n]{1,40}\)\s*$")
_LINE = re.compile(r"[^\n]*")


@dataclass
class Furniture:
    """What the top of an article says about its publication."""

    #: the text with every furniture line (and the dateline) blanked; same length as the input
    text: str
    published: date | None = None
    source: PublishSource = PublishSource.NONE
    #: a first line that is clearly a headline (it stands right above publishing lines)
    title: str | None = None
    #: (line number, message) for a publishing line whose date cannot be read
    problems: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


@lru_cache(maxsize=None)
def _labels(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The language's publishing labels as one pattern at the start of a line, and label -> kind."""
    kinds = dict(load_grammar(language).words.get("publishing", {}))
    if not kinds:
        return re.compile(r"(?!x)x"), {}
    words = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"(?P<label>{words})(?!\w)(?P<colon>\s*[:：|])?\s*", re.IGNORECASE), kinds


def _day(value: str, language: str, reference: date | None, whole: bool = False):
    """The first expression of ``value`` that names one day (with a year, or resolved against ``reference``).

    With ``whole``, it must be all of ``value`` (but trailing punctuation).
    Returns (expression, date or None when it has no year and no reference), or None.
    """
    for e in extract(value, reference, language):
        if e.type not in (DATE, TIME) or not _MONTH_DAY.match(e.timex or ""):
            continue
        if whole and (e.start > 0 or value[e.end:].strip(" .,")):
            return None
        day = e.interval.start if e.interval and _FULL_DATE.match(e.timex or "") else None
        return e, day
    return None


def _publishing_line(line: str, languages: Iterable[str]) -> tuple[str, date | None] | None:
    """(kind, its date) for a publishing line, else None; the date is None when a labelled line's is unreadable.

    Kinds: "published", "updated", "byline" (each language's labels), "date" (a line that is one date),
    "author" (a byline without a date).
    """
    for language in languages:
        pattern, kinds = _labels(language)
        match = pattern.match(line)
        if match:
            kind, value = kinds[normalise(match.group("label"))], line[match.end():]
            if kind == "byline":
                found = _day(value, language, None)
                if found and found[1] and _is_byline(value, found[0].start, found[0].end):
                    return kind, found[1]
                if not found and _is_byline(value, len(value), len(value)):
                    return "author", None  # a byline without a date: furniture, but nothing to blank
                continue
            found = _day(value, language, None)
            if found and found[1] and found[0].start == 0 and len(value) - found[0].end <= 40:
                return kind, found[1]
            if match.group("colon"):
                return kind, None  # clearly a header, but its date cannot be read
            continue
        if len(line) <= LONGEST_DATE_LINE and any(c.isdigit() for c in line):  # resolving costs ~2 ms a call
            found = _day(line, language, None, whole=True)
            if found and found[1]:
                return "date", found[1]
    return None


def _is_byline(value: str, date_start: int, date_end: int) -> bool:
    """Names (capitalised words; one small word such as "and" allowed) before the date, little after it."""
    names = re.findall(r"\w[\w.'’-]*", value[:date_start])
    small = sum(1 for name in names if not name[0].isupper())
    return 0 < len(names) <= 8 and names[0][0].isupper() and small <= 1 and len(value) - date_end <= 40


def _line_number(text: str, line: _Line) -> int:
    return text.count("\n", 0, line.start) + 1


def _is_headline(line: str) -> bool:
    return 2 <= len(line.split()) and len(line) <= 150 and not line.endswith((".", ",", ";", ":"))


def _lines(text: str) -> list[_Line]:
    """The first ``TOP_LINES`` non-empty lines, stripped, with the offsets of their stripped text."""
    found: list[_Line] = []
    for match in _LINE.finditer(text):
        stripped = match.group().strip()
        if stripped:
            start = match.start() + match.group().index(stripped)
            found.append(_Line(start, start + len(stripped), stripped))
            if len(found) == TOP_LINES:
                break
    return found


def _dateline(line: str, languages: Iterable[str], reference: date | None):
    """(end of the dateline in ``line``, the date or None, the date's text) when ``line`` opens with one.

    A dateline is a place (one to four capitalised words), a month and day
    (a year is optional), perhaps an agency in parentheses, and a dash.
    """
    dash = _DASH.search(line, 0, DATELINE_REACH)
    if dash is None:
        return None
    head = _AGENCY.sub("", line[:dash.start()]).rstrip(" ,")
    if not any(c.isdigit() for c in head):  # every dateline date has its day in digits
        return None
    words = head.split()
    for k in range(1, min(4, len(words) - 1) + 1):
        if not words[k - 1][0].isupper():
            break
        rest = head.split(None, k)[k].lstrip(" ,")
        for language in languages:
            found = _day(rest, language, reference, whole=True)
            if found:
                return dash.end(), found[1], found[0].text
    return None


def _own_day(line: str, languages: Iterable[str], reference: date | None) -> tuple[date, str] | None:
    """(the day, its text) that ``line``, a page's first, opens with when it is one day off
    ``reference`` (the date in the page's path) and names its day of the month (not only a
    weekday) and no "updated" label follows it (a last-updated stamp is no publish date)."""
    if reference is None:
        return None
    for language in languages:
        labels, kinds = _labels(language)
        for e in extract(line[:OWN_DAY_REACH * 2], reference, language):
            head = line[:e.start].rstrip()
            if head and not (len(head) <= OWN_DAY_REACH and head[-1] in ":|"):
                break
            if e.type != DATE or not any(c.isdigit() for c in e.text) or e.interval is None \
                    or e.interval.start != e.interval.end or not _MONTH_DAY.match(e.timex or ""):
                break
            label = labels.match(line[e.end:].lstrip())
            if label and kinds.get(normalise(label.group("label"))) == "updated":
                break
            if abs((e.interval.start - reference).days) == 1:
                return e.interval.start, e.text
            break
    return None


def read_furniture(text: str, languages: Iterable[str], reference: date | None = None) -> Furniture:
    """The publishing lines and dateline at the top of ``text``, blanked, and the publish date they give.

    The publish date is the earliest of the "published" lines, bylines and
    date lines (never an "updated" one), else the dateline's
    (``PublishSource.DATELINE``); a dateline without a year is read as the
    nearest such day to ``reference`` (the date in the file's path), if any.
    """
    languages = tuple(languages)
    lines = _lines(text[:TOP_LINES * (LONGEST_LINE + 2) * 4])
    furniture = Furniture(text)
    blank: list[tuple[int, int]] = []
    dates: list[date] = []
    # A short first line that is not itself furniture may be the headline, if furniture follows it.
    headline = bool(lines) and _is_headline(lines[0].text) and _publishing_line(lines[0].text, languages) is None
    body = 1 if headline else 0  # the index of the first line that is not publishing furniture
    for line in lines[body:]:
        found = _publishing_line(line.text, languages) if len(line.text) <= LONGEST_LINE else None
        if found is None:
            break
        kind, day = found
        if kind == "author":
            pass
        elif day is None:
            furniture.problems.append((_line_number(text, line), f"unreadable date in {line.text[:60]!r}; not used"))
        else:
            blank.append((line.start, line.end))
            if kind != "updated":
                dates.append(day)
        body += 1
    if headline and body > 1:
        furniture.title = lines[0].text
    elif headline:
        body = 0
    if dates:
        furniture.published, furniture.source = min(dates), PublishSource.HEADER
    own = _own_day(lines[0].text, languages, reference) if lines and not dates else None
    if own is not None:
        furniture.published, furniture.source = own[0], PublishSource.HEADER
        furniture.problems.append((_line_number(text, lines[0]), f"the page opens with its own day {own[1]!r}, one day "
                                   f"off {reference.isoformat()} in its path; dated {own[0].isoformat()} by the page"))
    dateline = _dateline(lines[body].text, languages, reference) if body < len(lines) else None
    if dateline is not None:
        end, day, said = dateline
        blank.append((lines[body].start, lines[body].start + end))
        if furniture.published is None and day is not None:
            furniture.published, furniture.source = day, PublishSource.DATELINE
        elif furniture.published is None:
            furniture.problems.append((_line_number(text, lines[body]),
                                       f"the dateline's date {said!r} has no year; treated as undated"))
    for start, end in blank:
        furniture.text = furniture.text[:start] + " " * (end - start) + furniture.text[end:]
    return furniture

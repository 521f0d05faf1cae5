"""Entry stamps: the four-digit clock times that open the entries of a live page.

A live page ("As it happened") writes each entry as a 24-hour time followed by its text
("1531 Only a handful of stories have emerged ..."). Read alone, such a number is as much a
year as a time ("1851 Census: ..."), so the whole article decides. Its *openers* are the
four-digit numbers that open a line or a sentence and are followed (after an optional colon or
dash) by a word, or a quotation opening with one. The article is a live page, and every opener the time its entry was written,
when

- it has at least :data:`MIN_OPENERS` openers, every one a valid 24-hour time (HHMM, minutes
  up to 59): one year that is no time ("1983 ...") makes it a list of years;
- in the order of the page they run one way in time (newest first or oldest first), crossing
  midnight at most once, with at most one in :data:`DISORDER_SHARE` steps out of order;
- and something says they are clock times: an opener no year list holds (below 1000 or from
  2100 on: "0930", "2315"), or a time zone word of the language anywhere in the article ("All
  times GMT", "at 2100 GMT").

A list of years ("1989 Berlin Wall falls", "2001 ...") fails one of these: years are rarely
all valid times, and a list whose years all are (2000, 2003, 2006) names no zone and holds no
number a year cannot be. A single opener is left to the other rules (a year, or a time when it
has a leading zero).

Stamps lie on the day of the page (the reference day) counted from its earliest entry; an
entry after the page crossed midnight lies on the next day, except a closing "0000", which is
midnight at the end of the page's day ("24:00").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .grammar import phrase_pattern
from .sentences import sentence_bounds

#: An article needs this many openers to be read as a live page.
MIN_OPENERS = 2
#: At most one step in this many may go against the page's direction in time.
DISORDER_SHARE = 10
#: A step back in time of at least this many minutes is the page crossing midnight.
MIDNIGHT_GAP = 12 * 60

#: Four digits, then (after an optional colon or dash) a word or a quotation: the start of an entry.
_OPENER = re.compile(r"(\d{4})(?:\s?[:\u2013-])?\s+[\"'`“‘”»(\[]*\s?[^\W\d_]")
_LINE_START = re.compile(r"^[ \t]*(?=\d)", re.MULTILINE)


@dataclass(frozen=True)
class EntryStamp:
    """The clock time of one entry: ``clock`` "HH:MM" on the day ``day_offset`` days after
    the page's day."""

    clock: str
    day_offset: int


def _openers(text: str) -> list[tuple[int, int]]:
    """(offset, number) of every four-digit number opening a line or sentence before a word."""
    starts = {m.end() for m in _LINE_START.finditer(text)}
    starts.update(start for start, _ in sentence_bounds(text) if text[start:start + 1].isdecimal())
    found = []
    for start in sorted(starts):
        match = _OPENER.match(text, start)
        if match and (start == 0 or not text[start - 1].isalnum()):
            found.append((start, int(match.group(1))))
    return found


def _minutes(number: int) -> int | None:
    hour, minute = divmod(number, 100)
    return hour * 60 + minute if hour <= 23 and minute <= 59 else None


def _day_offsets(minutes: list[int]) -> list[int] | None:
    """Each stamp's day (0 the page's day) in page order, or None if they do not run one way."""
    steps = [b - a for a, b in zip(minutes, minutes[1:])]
    newest_first = sum(s < 0 for s in steps) > sum(s > 0 for s in steps)
    ordered = minutes[::-1] if newest_first else minutes
    days, day, crossings, disorder = [0], 0, 0, 0
    for before, after in zip(ordered, ordered[1:]):
        if before - after >= MIDNIGHT_GAP:
            day, crossings = day + 1, crossings + 1
        elif after < before:
            disorder += 1
        days.append(day)
    if crossings > 1 or disorder * DISORDER_SHARE > len(steps):
        return None
    return days[::-1] if newest_first else days


def _clock_evidence(numbers: list[int], text: str, zone: re.Pattern[str] | None) -> bool:
    return any(n < 1000 or n >= 2100 for n in numbers) or bool(zone and zone.search(text))


@lru_cache(maxsize=8)
def entry_stamps(text: str, zone: re.Pattern[str] | None) -> dict[int, EntryStamp]:
    """The entry stamps of ``text`` by their offset, or none if it is no live page.
    ``zone``: the language's time zone words."""
    openers = _openers(text)
    numbers = [number for _, number in openers]
    minutes = [_minutes(n) for n in numbers]
    if len(openers) < MIN_OPENERS or None in minutes or not _clock_evidence(numbers, text, zone):
        return {}
    days = _day_offsets(minutes)  # type: ignore[arg-type]
    if days is None:
        return {}
    stamps = {}
    last_day = max(days)
    for (offset, _), value, day in zip(openers, minutes, days):
        clock = f"{value // 60:02d}:{value % 60:02d}"  # type: ignore[operator]
        if value == 0 and day == last_day > 0 and days.count(last_day) == 1:
            clock, day = "24:00", day - 1  # the page closes at midnight
        stamps[offset] = EntryStamp(clock, day)
    return stamps


@lru_cache(maxsize=None)
def zone_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern finding any of the time zone ``phrases`` ("GMT", "local time"; None for none),
    the evidence that tells a live page's entry stamps from years."""
    return phrase_pattern(phrases)

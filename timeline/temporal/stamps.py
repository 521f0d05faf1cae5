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

On a live page a scraped photo caption often runs into the entry after it with no full stop
between ("People ran from the police 2149 Mrs Clinton says ..."), so the stamp opens neither a
line nor a sentence. Such an *inline* stamp is one too when it is a valid time followed by a
capitalised word, lies in time between the openers on either side of it (in the page's
direction, on the same day), and does not follow one of the language's *year leads* ("in", "the",
"since": the ``year_lead_words`` of its ``[furniture]`` table), after which four digits are a
year ("the 2004 Asian tsunami").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .grammar import GrammarError, phrase_pattern, resource_data
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
#: Four digits inside a line, then a capitalised word: an inline stamp's shape.
_INLINE = re.compile(r"(?<=[^\W\d_]|['`\u201d\u2019\"])[^\S\n]+(\d{4})(?:\s?[:\u2013-])?\s+(?=[^\W\d_])(?-i:[A-Z])")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")


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


def _inline(text: str, openers: list[tuple[int, int]], minutes: list[int], days: list[int],
            leads: frozenset[str]) -> list[tuple[int, int, int, int]]:
    """(offset, number, minutes, day) of each inline stamp of a live page whose ``openers``
    (offset, number) lie at ``minutes`` on ``days``."""
    found = []
    offsets = [offset for offset, _ in openers]
    for match in _INLINE.finditer(text, offsets[0], offsets[-1]):
        start, value = match.start(1), _minutes(int(match.group(1)))
        index = bisect_right(offsets, start)
        if value is None or start in offsets or not 0 < index < len(offsets) or days[index - 1] != days[index]:
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is not None and before.group(1).casefold() in leads:
            continue
        low, high = sorted((minutes[index - 1], minutes[index]))
        if low < value < high:
            found.append((start, int(match.group(1)), value, days[index]))
    return found


@lru_cache(maxsize=8)
def entry_stamps(text: str, zone: re.Pattern[str] | None, leads: frozenset[str] = frozenset()) -> dict[int, EntryStamp]:
    """The entry stamps of ``text`` by their offset, or none if it is no live page.
    ``zone``: the language's time zone words; ``leads``: its year leads (casefolded), after
    which four digits inside a line stay a year."""
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
    inline = _inline(text, openers, minutes, days, leads)  # type: ignore[arg-type]
    for offset, _, value, day in inline:
        stamps[offset] = EntryStamp(f"{value // 60:02d}:{value % 60:02d}", day)
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


def year_leads(furniture: dict) -> frozenset[str]:
    """The year leads of a language's ``[furniture]`` table, casefolded (see the module's text)."""
    return frozenset(word.casefold() for word in furniture.get("year_lead_words", ()))


@lru_cache(maxsize=None)
def stamp_words(language: str) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """The language's time zone words ("GMT", "local time"), which tell a live page's stamps from
    years, and its year leads ("in", "the"), after which four digits inside a line are a year: the
    last two arguments of :func:`entry_stamps`."""
    try:
        data = resource_data(language)
    except GrammarError:
        return None, frozenset()
    return zone_pattern(tuple(data.get("words", {}).get("zone", {}))), year_leads(data.get("furniture", {}))

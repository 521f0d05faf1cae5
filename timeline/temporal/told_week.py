"""Bare weekdays of a writer's own dated account, placed in the week it tells.

A first-person account published weeks after what it tells ("Very early on Friday, April 24, I
put on rubber gloves ... Monday was the beginning of the first full week ... Saturday at 5 a.m.,
my mother passed away", published 19 May) opens its story with a day named in full, and its
bare weekdays after it are that story's days, not the days of the week before the publish date:
a writer telling of the past week names no far-off day first. So, when a sentence told in the
past in the writer's own voice (a first-person word of the language's ``[headline] first_person``
outside any quote) names a day in full (a month and its day) more than :data:`WEEK` days before the
reference date, each bare weekday after it told in the past, outside quotes and not the day of a
telling ("officials said on Tuesday", a news frame), is placed on that weekday in the week from
that day on ("Saturday" after Friday 24 April is 25 April), together with its clock time.

The week is counted from the account's day named in full, not from the weekday just moved:
an account that turns back ("my mother, who had died two days earlier. ... Saturday at 5 a.m.")
stays in its week. Any other day named in full (near the reference date again, or not in
the writer's voice: "the agency said on May 2") ends the account: the weekdays after it keep
their reading. Without a far
day named in the writer's voice nothing changes: a news story's "on Saturday" is the past
week's; nor with one older than :data:`ACCOUNT_REACH` days (a birth, a life's background).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from typing import Callable

from . import calendar as cal
from .expressions import DATE, TIME, Reading
from .grammar import Grammar, resource_data
from .narrative import on_one_day, reported_on, told_in_the_past
from .quoted import inside_quote
from .sentences import sentence_window

#: Days before the reference date beyond which a day named in full is no day of the past week.
WEEK = 7

#: The most days before the reference date an account's opening day may lie: an older day named
#: in full in the writer's voice ("I was born on March 2, 1960") is a life's background, after
#: which "on Sunday" is as often the past week's.
ACCOUNT_REACH = 92

#: How far around an expression its sentence is looked for.
SENTENCE_REACH = (400, 400)

_WORD = re.compile(r"[^\W\d_]+\.?")

#: A capitalised word right after a word: the word is one of a title's ("I Want You Back").
_NEXT_LETTER = re.compile(r"\s+([^\W\d_])")


def _titled(text: str, end: int) -> bool:
    """Whether a capitalised word follows the word ending at ``end``."""
    following = _NEXT_LETTER.match(text, end)
    return following is not None and following.group(1).isupper()


def _bracketed(text: str, match: re.Match[str]) -> bool:
    """Whether the word ``match`` found stands alone in brackets, a label ("Congress (I)")."""
    return text[match.start() - 1:match.start()] == "(" and text[match.end():match.end() + 1] == ")"


def _first_person(grammar: Grammar) -> frozenset[str]:
    """The language's first-person words (``[headline] first_person``)."""
    return frozenset(resource_data(grammar.language).get("headline", {}).get("first_person", []))


def _words(text: str) -> list[str]:
    """The words of ``text``, lower case."""
    return [w.lower() for w in _WORD.findall(text)]


def _bare_weekday(phrase: str, grammar: Grammar) -> int | None:
    """The weekday a phrase opens with when it names no month nor number of a day ("Saturday",
    "Saturday at 5 a.m."), else None."""
    words = _words(phrase)
    if not words or any(w in grammar.words.get("month", {}) for w in words):
        return None
    day = grammar.words.get("weekday", {}).get(words[0])
    if day is None or re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\s*[:.]\d)(?!\s*[ap]\.?m)", phrase):
        return None
    return day


def _names_a_month(phrase: str, grammar: Grammar) -> bool:
    """Whether a phrase names a month ("Friday, April 24", "24 Apr.")."""
    months = grammar.words.get("month", {})
    return any(w in months or w.rstrip(".") in months for w in _words(phrase))


def _in_own_voice(text: str, start: int, end: int, first_person: frozenset[str]) -> bool:
    """Whether the sentence of ``text[start:end]`` holds a first-person word outside any quote
    (not in capitals, "US" is a country; nor before a capitalised word, as in a title; nor alone in
    brackets, a party's label)."""
    lo, hi = sentence_window(text, start, end, *SENTENCE_REACH)
    for match in _WORD.finditer(text, lo, hi):
        word = match.group()
        if (len(word) > 1 and word.isupper()) or _titled(text, match.end()) or _bracketed(text, match):
            continue  # an acronym ("US"), a title's word ("I Want You Back"), a label ("Congress (I)")
        if word.lower() in first_person and not inside_quote(text, lo, match.start()):
            return True
    return False


def place_weekdays_in_the_told_week(readings: list[Reading], spans: list[tuple[int, int]], text: str,
                                    grammar: Grammar, reference_at: Callable[[int], date | None]) -> None:
    """Move, in place, each bare weekday of a writer's own far-off account into its week (see the
    module's text)."""
    first_person = _first_person(grammar)
    if not first_person:
        return
    told: date | None = None  # the day named in full that opens the account, while it goes on
    for i, reading in enumerate(readings):
        start, end = spans[i]
        reference = reference_at(start)
        if reference is None or reading.type not in (DATE, TIME) or not on_one_day(reading):
            continue
        assert reading.interval is not None
        phrase = text[start:end]
        if _names_a_month(phrase, grammar):
            day = reading.interval.start
            opens = (reference - timedelta(days=ACCOUNT_REACH) <= day < reference - timedelta(days=WEEK)
                     and _in_own_voice(text, start, end, first_person)
                     and told_in_the_past(text, spans[i], grammar, reference_at))
            told = day if opens else None
            continue
        weekday = _bare_weekday(phrase, grammar)
        if told is None or weekday is None or reading.interval.start <= told + timedelta(days=WEEK - 1):
            continue
        lo = sentence_window(text, start, end, *SENTENCE_REACH)[0]
        if inside_quote(text, lo, start) or reported_on(text, start, grammar) \
                or not told_in_the_past(text, spans[i], grammar, reference_at):
            continue
        day = told + timedelta(days=(weekday - told.weekday()) % 7)
        timex = cal.timex_day(day) + (reading.timex[10:] if reading.timex else "")
        readings[i] = dataclasses.replace(reading, timex=timex, interval=cal.day(day))

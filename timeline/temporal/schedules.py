"""Weekdays of a schedule: a recurrence, not one day of the calendar.

A sentence that gives a weekly schedule ("It airs at 10:40 every Saturday, and at 02:40 on Sunday")
names its other weekdays without "every": the Sunday is each Sunday of the schedule, not the one
nearest the writing day. So a weekday reading joined to a clock time ("at 02:40 on Sunday"), in a
sentence that holds a recurrence of a weekday near it and no past verb, becomes a SET of that
weekday at that time ("XXXX-WXX-7T02:40"), on no day of the calendar. A weekday without a clock
time is left as it is: "meets every Monday and on Tuesday voted" names a day as often as a schedule.
Nor is a weekday a schedule's in a sentence that looks ahead ("The club meets every Monday, but at 10:00
on Sunday it will hold a special vote"), or with a word of contrast or of one occasion between it and
the recurrence (``[cues] schedule_breaks_pattern``: "but", "this", "next"): a one-off day set against
the schedule, not part of it.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from .expressions import SET, Reading
from .grammar import Grammar
from .sentences import sentence_bounds, sentence_at
from .tables import resource_tables

#: How far (in characters) from the weekday the recurrence of its schedule may stand.
SCHEDULE_REACH = 80

#: A recurrence of one weekday ("XXXX-WXX-6", "XXXX-WXX-6T10:40").
_WEEKDAY_SET = re.compile(r"XXXX-WXX-[1-7](?:T|$)")

#: A time of one day at a clock time ("2010-01-24T02:40"): its date and its time of day.
_DAY_AT_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT(?P<time>.+)")


def recur_schedule_weekdays(readings: list[Reading], spans: list[tuple[int, int]], text: str,
                            grammar: Grammar) -> None:
    """Make, in place, each clock time on a weekday ("at 02:40 on Sunday") that stands within
    :data:`SCHEDULE_REACH` of a weekday recurrence of its sentence ("every Saturday"), in a sentence
    with no past or future cue and no break between them, a recurrence of that weekday at that time."""
    sets = [i for i, r in enumerate(readings) if r.type == SET and r.timex and _WEEKDAY_SET.match(r.timex)]
    if not sets:
        return
    sentences = sentence_bounds(text)
    for i, reading in enumerate(readings):
        clock = _DAY_AT_CLOCK.fullmatch(reading.timex or "")
        if clock is None or reading.interval is None or reading.interval.days != 1 or not _names_weekday(text, spans[i], grammar):
            continue
        here = sentence_at(sentences, spans[i][0])
        near = [j for j in sets if sentence_at(sentences, spans[j][0]) == here
                and min(abs(spans[j][0] - spans[i][1]), abs(spans[i][0] - spans[j][1])) <= SCHEDULE_REACH]
        if not near or any(p.search(text, here[0], here[1]) is not None for p in (grammar.past_cues, grammar.future_cues)):
            continue
        breaks = _breaks(grammar.source)
        if breaks is not None and all(breaks.search(text, min(spans[j][1], spans[i][1]), max(spans[j][0], spans[i][0]))
                                      for j in near):
            continue  # "every Monday, but at 10:00 on Sunday": a one-off day against the schedule
        weekday = reading.interval.start.isoweekday()
        readings[i] = dataclasses.replace(reading, type=SET, timex=f"XXXX-WXX-{weekday}T{clock.group('time')}",
                                          interval=None, granularity=None, anaphor=None)


@lru_cache(maxsize=None)
def _breaks(source: str) -> re.Pattern[str] | None:
    """The words of contrast or of one occasion (``[cues] schedule_breaks_pattern``) in resource text ``source``."""
    pattern = resource_tables(source).get("cues", {}).get("schedule_breaks_pattern")
    return re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w-])", re.IGNORECASE) if pattern else None


def _names_weekday(text: str, span: tuple[int, int], grammar: Grammar) -> bool:
    """Whether the expression at ``span`` names a weekday and no month ("02:40 on Sunday", not
    "10:00 on Sunday, March 3"): only then is its day the schedule's, not a date."""
    words = re.findall(r"[^\W\d_]+\.?", text[span[0]:span[1]])
    if any(grammar.lookup("month", word) is not None or grammar.lookup("month", word.rstrip(".")) is not None
           for word in words):
        return False
    return any(grammar.lookup("weekday", word) is not None or grammar.lookup("weekday", word.rstrip(".")) is not None
               for word in words)

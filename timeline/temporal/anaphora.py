"""Anaphoric expressions placed against another time of the text.

"the next evening", "a day after", "that year" resolve (in
:mod:`timeline.temporal.resolvers.anaphoric`) to a unit and an amount; here
each is placed relative to the nearest placed expression before it (else
after it), within :data:`ANCHOR_REACH` characters. A bare clock time ("at
9:30 a.m.", :mod:`timeline.temporal.resolvers.clock`) is on the day its
sentence names relative to something ("at 6 a.m. two days before the fire"),
and unplaced when that day is; else on the day named in its own sentence, else
on the latest day named before it in its paragraph, else, in a past-tense sentence, on the day of
an earlier clause telling the same happening (:mod:`timeline.temporal.narrative`), else (as
resolved) on the reference day. One that names what it is
relative to ("two days after the March 3 attack", "a week after Monday's vote")
is placed against a time in that phrase. When the phrase has none, a day it
stands in apposition to ("on Oct. 12, the day before the plunge") is the day it
tells again; else the time just before it, or later in its own sentence
("officials said on Tuesday"), is another event's, so it is left unplaced; only one that opens the narrative (no
time within reach before it) is placed, like "the next day", against the first
time of a later sentence. A counted amount left unplaced ("13 days after the
bombings") is then, against a reference date, the DURATION it names
(:func:`read_unplaced_amounts_as_durations`).
"""

from __future__ import annotations

import dataclasses
import string
from datetime import date, timedelta
from typing import Callable

from . import calendar as cal
from .calendar import Granularity, Interval
from .narrative_step import narrative_step
from .later_anchor import tells_the_named_happening
from .expressions import DATE, DURATION, SET, TIME, Reading
from .grammar import Grammar
from .narrative import narrative_day, on_one_day, past_the_writing, reported_on, told_in_the_past
from .resolvers.relative import shift
from .sentences import clause_breaks, sentence_at, sentence_bounds, sentence_window
from .clock_clause import in_time_clause

#: How far (in characters) an anaphoric expression looks for the time it is relative to:
#: about a paragraph; further off, "a day after" more likely refers to something else.
ANCHOR_REACH = 600

#: How far (in characters) the phrase after "two days after" is searched for the time it names
#: ("the March 3 attack", "Monday's vote"); the clause's end stops it sooner.
FOLLOWING_REACH = 60

#: The units of an amount that opens a narrative and is placed against a later sentence's time
#: ("two days after the attack. ... The attack came on Monday"); longer ones are not.
LATER_UNITS = ("D", "W")

#: What is stripped from the words after an expression: a phrase of punctuation names nothing.
PUNCTUATION = string.punctuation + "“”‘’…–—"


def anchor(readings: list[Reading], spans: list[tuple[int, int]], text: str,
           grammar: Grammar, reference_at: Callable[[int], date | None] | None = None) -> list[int | None]:
    """Resolve the anaphoric readings in place (``spans``: their (start, end) offsets into
    ``text``, sorted; ``grammar``'s tense cues tell a verb; ``reference_at``: the reference date
    at an offset); returns each reading's anchor index, None where it has none.

    "That year" is never the year of a time that holds the reference date ("today", "this
    month"): a writer calls that one "this year", so the narrative's year named before it is meant."""
    anchors: list[int | None] = [None] * len(readings)
    original = list(readings)
    starts = [start for start, _ in spans]
    sentences = sentence_bounds(text) if any(map(_clock_time, readings)) else []

    def placed(j: int) -> bool:
        r = readings[j]
        return r.interval is not None and r.type in (DATE, TIME) and r.granularity is not None

    def near(j: int, i: int) -> bool:
        return abs(starts[j] - starts[i]) <= ANCHOR_REACH

    for i, reading in enumerate(readings):
        if reading.anaphor is None:
            continue
        if _clock_time(reading):
            j = _day_of_a_clock_time(readings, spans, text, grammar, sentences, i, placed, reference_at)
            resolved = None if j is None else _relative_to(readings[j], reading)
            if resolved is not None:
                readings[i], anchors[i] = resolved, j
            continue
        anchorable = _anchorable(readings, reading, placed, reference_at and reference_at(starts[i]))
        if reading.anaphor == ("D", 0):  # "the same day" is a happening's day, not a report's
            anchorable = _not_a_report_day(anchorable, starts, text, grammar)
        j = narrative_step(readings, spans, text, i, grammar, anchorable, lambda ok: _nearest(readings, i, ok, near))
        named = reading.anchor_follows and _names_its_anchor(text, spans[i][1], grammar)
        if named:
            j, restated = _anchor_of_a_named_phrase(readings, spans, text, i, j, placed, grammar)
            if restated:
                # "Oct. 12, the day before the plunge": the day just named, told again.
                day = readings[j]
                readings[i] = Reading(DATE, day.timex, day.interval, day.granularity, reading.mod)
                anchors[i] = j
                continue
        if j is None:
            continue
        resolved = _relative_to(readings[j], reading)
        # a day chained from the narrative, not from a time its phrase names ("after Monday's vote")
        chained_day = not named and reading.anaphor[0] == "D"
        if resolved is not None and not (chained_day and past_the_writing(resolved, text, spans[i], grammar,
                                                                           reference_at)):
            readings[i] = resolved
            anchors[i] = j
    _clock_times_on_relative_days(readings, starts, sentences, anchors, original)
    _clock_times_of_recurrences(readings, starts, sentences, anchors, original)
    return anchors


def _day_of_a_clock_time(readings: list[Reading], spans: list[tuple[int, int]], text: str, grammar: Grammar,
                         sentences: list[tuple[int, int]], i: int, placed: Callable[[int], bool],
                         reference_at: Callable[[int], date | None] | None) -> int | None:
    """The reading whose day the bare clock time ``i`` is on: a time it restates, the day its
    sentence or paragraph names, else, told in the past, the narrative's day; None if none."""
    j = _restating_time(readings, spans, text, i)
    if j is None:
        j = _day_of_clock_time(readings, [start for start, _ in spans], text, sentences, i, placed)
    if j is None and told_in_the_past(text, spans[i], grammar, reference_at):
        j = narrative_day(readings, spans, text, grammar, i, reference_at)
    return j


def _anchor_of_a_named_phrase(readings: list[Reading], spans: list[tuple[int, int]], text: str, i: int,
                              nearest: int | None, placed: Callable[[int], bool],
                              grammar: Grammar) -> tuple[int | None, bool]:
    """The anchor of ``i``, a phrase that names what it is counted from ("five days after the
    coalition lost"), and whether ``i`` restates that anchor's day ("Oct. 12, the day before").

    It is never counted from the time just before ("on April 4, five days after the coalition
    lost" is April 4, told again) nor from a later one of the same sentence: only the phrase's own
    time places it, or, when it opens the narrative (no placed time before), a later sentence's
    (``nearest``) day or week that tells the same happening (:mod:`.later_anchor`): "fifteen years
    after the war ended" is not counted from it."""
    named = _anchor_in_phrase(readings, spans, text, i, placed)
    if named is not None:
        return named, False
    restated = _apposed_day(readings, spans, text, i)
    if restated is not None:
        return restated, True
    later = (nearest is not None and nearest > i and readings[i].anaphor[0] in LATER_UNITS
             and tells_the_named_happening(text, spans[i], _phrase_end(text, spans[i][1]), spans[nearest], grammar)
             and not any(map(placed, range(i))))
    return (nearest if later else None), False


def read_unplaced_amounts_as_durations(readings: list[Reading], spans: list[tuple[int, int]], text: str) -> None:
    """Make each counted amount that :func:`anchor` left unplaced ("13 days after the bombings",
    "a day earlier") the DURATION it names (P13D, P1D), in place. Only for a text resolved
    against a reference date: without one, the time it counts from may be placed once there is.

    The word relating an amount to the phrase after it ("after", "efter": the last word of every
    rule with ``anchor_follows``) is then, as in TimeML, a signal outside the span: ``spans`` lose it.
    """
    for i, reading in enumerate(readings):
        if reading.duration is None or reading.interval is not None:
            continue
        readings[i] = Reading(DURATION, reading.duration, mod=reading.mod)
        start, end = spans[i]
        words = text[start:end].rsplit(None, 1)
        if reading.anchor_follows and len(words) == 2:
            spans[i] = (start, start + len(words[0]))


def _clock_time(reading: Reading) -> bool:
    """Whether ``reading`` is a bare time of day, waiting for its day."""
    return reading.type == TIME and reading.anaphor == ("D", 0)


def _restating_time(readings: list[Reading], spans: list[tuple[int, int]], text: str, i: int) -> int | None:
    """The index of the time in brackets right after bare clock time ``i`` that tells the same
    clock time with its day ("at 4 in the morning (4 a.m. EDT Thursday)"), or None. A bracket
    with another clock time is the time elsewhere ("10 p.m. (0200 GMT Friday)"): its day may
    not be this one's."""
    j = i + 1
    if j == len(readings) or text[spans[i][1]:spans[j][0]].strip() != "(":
        return None
    other = readings[j]
    if other.type != TIME or not on_one_day(other) or not other.timex:
        return None
    return j if other.timex.rpartition("T")[2] == readings[i].pod else None


def _apposed_day(readings: list[Reading], spans: list[tuple[int, int]], text: str, i: int) -> int | None:
    """The index of the date of one day that amount ``i`` of days or weeks, counted from an
    undated phrase, stands in apposition to ("on Oct. 12, the day before the plunge", "Sunday,
    five days after the quake"): the day it restates; else None."""
    j = i - 1
    if j < 0 or readings[i].anaphor is None or readings[i].anaphor[0] not in LATER_UNITS:
        return None
    if readings[j].type != DATE or not on_one_day(readings[j]):
        return None
    return j if text[spans[j][1]:spans[i][0]].strip() in (",", "") and spans[j][1] < spans[i][0] else None


def _day_of_clock_time(readings: list[Reading], starts: list[int], text: str,
                       sentences: list[tuple[int, int]], i: int, placed: Callable[[int], bool]) -> int | None:
    """The index of the day bare clock time ``i`` lies on: the nearest date of one day in its
    sentence (before it, or after it in its clause), else the latest time or date of one day before it in its paragraph (within
    :data:`ANCHOR_REACH`); None if neither.

    In its own sentence a time joined to its day ("Monday's 5 p.m. quotes") is no candidate:
    a bare time beside one is compared with it, not on its day.
    """
    def one_day(j: int) -> bool:
        r = readings[j]
        return (placed(j) and r.anaphor is None and r.granularity == Granularity.DAY
                and r.interval is not None and r.interval.days == 1)

    here = sentence_at(sentences, starts[i])
    # a later day is the time's only in its clause ("at 3 p.m. (2000 GMT) Tuesday", not "struck at 1:24 p.m. (0424
    # GMT), was an aftershock of a quake on March 26"): temporal/clock_clause.py
    same = [j for j in range(len(readings)) if j != i and one_day(j) and readings[j].type == DATE
            and sentence_at(sentences, starts[j]) == here and (starts[j] < starts[i]
                                                                or in_time_clause(text, starts[i], starts[j]))]
    if same:
        return min(same, key=lambda j: abs(starts[j] - starts[i]))
    paragraph_start = text.rfind("\n\n", 0, starts[i])
    for j in range(i - 1, -1, -1):
        if starts[j] < paragraph_start or starts[i] - starts[j] > ANCHOR_REACH:
            return None
        if one_day(j):
            return j
    return None


def _clock_times_on_relative_days(readings: list[Reading], starts: list[int], sentences: list[tuple[int, int]],
                                  anchors: list[int | None], original: list[Reading]) -> None:
    """Put each bare clock time whose sentence names a day relative to something ("at 6 a.m.
    two days before the fire") on that day (the nearest such): unplaced when the day is."""
    for i, reading in enumerate(original):
        if not _clock_time(reading):
            continue
        here = sentence_at(sentences, starts[i])
        days = [j for j, r in enumerate(original) if j != i and r.anaphor is not None and r.anaphor[0] == "D"
                and not _clock_time(r) and sentence_at(sentences, starts[j]) == here]
        if not days:
            continue
        j = min(days, key=lambda j: abs(starts[j] - starts[i]))
        resolved = _relative_to(readings[j], reading) if readings[j].interval is not None else None
        if resolved is not None:
            readings[i], anchors[i] = resolved, j
        else:
            readings[i] = dataclasses.replace(reading, timex=f"XXXX-XX-XXT{reading.pod}", interval=None,
                                              anaphor=None)
            anchors[i] = None


def _clock_times_of_recurrences(readings: list[Reading], starts: list[int], sentences: list[tuple[int, int]],
                                anchors: list[int | None], original: list[Reading]) -> None:
    """Make each bare clock time whose sentence holds a recurrence ("airs at 10:40 every Saturday",
    "the curfew starts at 6 p.m. daily") a time of that recurrence (the nearest such): a SET
    ("XXXX-WXX-6T10:40"), on no day of the calendar. Only a recurrence of days or weeks has a
    clock time: "at 10 a.m. ... 200 km per hour" is a rate; and only one near it
    (:data:`FOLLOWING_REACH`): "At 22:48, she wrote: ... the disruption to daily life" is no schedule."""
    for i, reading in enumerate(original):
        if not _clock_time(reading):
            continue
        here = sentence_at(sentences, starts[i])
        sets = [j for j, r in enumerate(original)
                if r.type == SET and _of_days(r.timex) and abs(starts[j] - starts[i]) <= FOLLOWING_REACH
                and sentence_at(sentences, starts[j]) == here]
        if not sets:
            continue
        every = original[min(sets, key=lambda j: abs(starts[j] - starts[i]))].timex or ""
        # "at 10 a.m. weekly": some day of every week (TIMEX3 "XXXX-WXX-X"), not every day
        every = "XXXX-WXX-X" if every == "P1W" else every
        timex = f"{every}T{reading.pod}" if every.startswith("XXXX") and "T" not in every else f"XXXX-XX-XXT{reading.pod}"
        readings[i] = dataclasses.replace(reading, type=SET, timex=timex, interval=None, granularity=None, anaphor=None)
        anchors[i] = None


def _of_days(timex: str | None) -> bool:
    """Whether a SET's timex recurs by the day or the week ("XXXX-WXX-6", "P1D"), not by a shorter
    or longer unit."""
    return timex is not None and (timex.startswith(("XXXX-WXX", "XXXX-XX-XX")) or timex in ("P1D", "P1W"))


def _anchorable(readings: list[Reading], anaphor: Reading, placed: Callable[[int], bool],
                reference: date | None) -> Callable[[int], bool]:
    """``placed``, less what ``anaphor`` cannot be the same unit as: for "that day", "the same
    day", a bare clock time on no day of its own ("after noon on the same day"); for "that year",
    a time that holds ``reference``."""
    if anaphor.anaphor is None or anaphor.anaphor[1] != 0:
        return placed

    def anchorable(j: int) -> bool:
        r = readings[j]
        if not placed(j) or r.anaphor is not None:
            return False
        present = reference is not None and r.interval is not None and r.interval.start <= reference <= r.interval.end
        return not (anaphor.anaphor == ("Y", 0) and present)
    return anchorable


def _not_a_report_day(anchorable: Callable[[int], bool], starts: list[int], text: str,
                      grammar: Grammar) -> Callable[[int], bool]:
    """``anchorable``, less the days a reporting verb just before names ("the police said
    Monday", "said on Monday"): the day of the telling, not of what "the same day" shares."""
    if grammar.report_frame is None:
        return anchorable
    return lambda j: anchorable(j) and not reported_on(text, starts[j], grammar)


def _nearest(readings: list[Reading], i: int, placed: Callable[[int], bool],
             near: Callable[[int, int], bool]) -> int | None:
    """The nearest placed reading before ``i`` within reach, else the nearest one after it."""
    # The readings are in text order, so each search stops at the first reading out of reach.
    before = next((j for j in range(i - 1, -1, -1) if not near(j, i) or placed(j)), None)
    if before is not None and not near(before, i):
        before = None
    after = next((j for j in range(i + 1, len(readings))
                  if not near(j, i) or (placed(j) and readings[j].anaphor is None)), None)
    if after is not None and not near(after, i):
        after = None
    return before if before is not None else after


def _phrase_end(text: str, end: int) -> int:
    """Where the phrase after ``end`` ends: at the clause's or sentence's end, or after
    :data:`FOLLOWING_REACH` characters."""
    hi = sentence_window(text, end, end, 0, FOLLOWING_REACH)[1]
    breaks = clause_breaks(text, end, hi)
    return breaks[0] if breaks else hi


def _names_its_anchor(text: str, end: int, grammar: Grammar) -> bool:
    """Whether a phrase follows the expression ending at ``end`` in its clause ("two days after
    the attack") rather than the clause ending there ("two days after, he left") or going on
    with its verb ("Dagen efter reste han": a tense cue that is no relative word)."""
    words = [w for w in (w.strip(PUNCTUATION).lower() for w in text[end:_phrase_end(text, end)].split()) if w]
    if not words:
        return False
    first = words[0]
    verb = (grammar.past_cues.fullmatch(first) or grammar.future_cues.fullmatch(first)) \
        and grammar.lookup("relative", first) is None
    return not verb


def _anchor_in_phrase(readings: list[Reading], spans: list[tuple[int, int]], text: str, i: int,
                      placed: Callable[[int], bool]) -> int | None:
    """The first placed, non-anaphoric reading that starts in the phrase after reading ``i``
    ("the March 3 attack", "Monday's vote"), or None: an undated phrase dates nothing."""
    hi = _phrase_end(text, spans[i][1])
    for j in range(i + 1, len(readings)):
        if spans[j][0] >= hi:
            return None
        if placed(j) and readings[j].anaphor is None:
            return j
    return None


#: The most days a unit spans: an amount counted from a longer time ("four months after 2009") is on no one unit.
UNIT_DAYS = {"W": 7, "M": 31, "Q": 92, "Y": 366}


def _relative_to(anchor: Reading, anaphor: Reading) -> Reading | None:
    """``anaphor`` ("the next evening", "that year") placed relative to ``anchor``'s interval."""
    assert anchor.interval is not None and anaphor.anaphor is not None
    unit, amount = anaphor.anaphor
    start = anchor.interval.start
    if _clock_time(anaphor) and (anchor.granularity != Granularity.DAY or anchor.interval.days != 1):
        return None  # a time of day needs one day, not a week, a weekend or an estimate
    if unit == "D":
        if anaphor.same and amount == 0 and anchor.granularity == Granularity.MONTH:
            # "that same day" after "last October": a day of that month, which one unknown
            return Reading(anaphor.type, cal.timex_month(start.year, start.month) + "-XX", anchor.interval,
                           Granularity.MONTH, anaphor.mod)
        if anchor.granularity not in (Granularity.DAY, Granularity.WEEKEND):
            return None
        interval = Interval(anchor.interval.start + timedelta(days=amount),
                            anchor.interval.end + timedelta(days=amount))
        timex = cal.timex_day(interval.start) if interval.start == interval.end else None
        if timex and anaphor.pod:
            timex += f"T{anaphor.pod}"
        mod = anaphor.mod if _clock_time(anaphor) else anchor.mod if anchor.mod == "APPROX" else None
        return Reading(anaphor.type, timex, interval, Granularity.DAY, mod)
    if unit == "Y" and anaphor.month:  # "June of that year", "on 25 June that year"
        y = start.year + amount
        if anaphor.day:
            d = cal.safe_date(y, anaphor.month, anaphor.day)
            return None if d is None else Reading(anaphor.type, cal.timex_day(d), cal.day(d), Granularity.DAY,
                                                  anaphor.mod)
        return Reading(anaphor.type, cal.timex_month(y, anaphor.month), cal.month(y, anaphor.month),
                       Granularity.MONTH, anaphor.mod)
    if amount == 0 and unit == "Y":
        return Reading(anaphor.type, f"{start.year:04d}", cal.year(start.year), Granularity.YEAR, anaphor.mod)
    if amount > 0 and anchor.timex and "/" in anchor.timex:
        start = anchor.interval.end  # "a year later" than "1995-97" is after its last year
    elif (anaphor.duration and unit in UNIT_DAYS and (anchor.interval.end - start).days >= UNIT_DAYS[unit]) \
            or cal.counts_from_no_one(anchor.granularity, anchor.timex, unit, amount):
        return None  # "four months after his death in 2009": any of a year's months, so no month
    if amount == 0 and unit == "M":
        return Reading(anaphor.type, cal.timex_month(start.year, start.month), cal.month(start.year, start.month),
                       Granularity.MONTH, anaphor.mod)
    reading = shift(start, unit, amount)
    return None if reading is None else dataclasses.replace(reading, type=anaphor.type, mod=anaphor.mod)

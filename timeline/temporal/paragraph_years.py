"""The year a paragraph is set in, for a bare month or season of a past narrative about another year.

"In 1918 the virus reached the port. In the autumn it returned", "In June of that year ... In
November, when the second wave struck, ..." and "The 1976 outbreak spread quickly. By December ..."
tell of 1918 and 1976, not of the months nearest the writing. A year-less month, season, day or
holiday (one whose year was picked from the reference) that opens a past-tense sentence (only a
preposition before it: the time the sentence is set in) takes the year of the nearest earlier
date when that lies at most :data:`PARAGRAPH_SENTENCES` sentences before it, within one calendar
year at least :data:`FAR_YEARS` before the writing's, and, if only a year, is set by a lead word or a happening
("in 1918", "the 1976 outbreak"; not "Euro 2004 champions"). A month earlier in the calendar than
the day or month it follows ("On 12 November 1918 ... In March") may be that year's or the next:
left unplaced. In the middle of a sentence such a month is as often the story's own ("went missing
in 1977. The United States in February offered ..."), and is left as it is.

A year that opens the month's own sentence ("In 1918, there was a first wave of mild flu in April")
sets it whatever the distances: the sentence says which April.

A wrong year is worse than none, so nothing moves across a paragraph break (a blank line); a
date whose own pick lies within :data:`NEAR_DAYS` of the writing stays the story's news ("was prime
minister in 1985. On June 12, he lost", written June 20); and a lone year sets a paragraph only
when it opens its sentence ("In 1918 the virus ...", "The 1976 outbreak ...", not "invaded Kuwait
in 1990") and that sentence tells no background fact ("born", "founded", "was prime minister":
the language's ``background_year_verbs``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date
from typing import Callable

from . import calendar as cal
from .calendar import Granularity
from .expressions import DATE, DURATION, Reading
from .grammar import Grammar
from .narrative import YEAR_LEAD_REACH, names_happening, reported_on
from .sentences import sentence_breaks

#: How many sentence breaks may lie between the year and the bare month (its own sentence's
#: start included): the month's sentence and the three before it.
PARAGRAPH_SENTENCES = 3

#: How far (in characters) before the bare month the year may lie.
PARAGRAPH_REACH = 600

#: How many years before the writing the earlier date must lie: a history ("In 1918 ...", "the 1976
#: outbreak"). A few years back it is as often a background fact the story moves on from ("arrested
#: in July 1995 ... But in January he called off an appeal", written in 1997; "Founded in 2003 ...
#: By June 30, a quarter of users").
FAR_YEARS = 10

#: Readings a paragraph's year may move: a year-less month, season, day or holiday.
MOVABLE = {Granularity.MONTH, Granularity.SEASON, Granularity.DAY, Granularity.PART_OF_MONTH}

#: A date whose own pick ends at most this many days from the writing is the story's news, never moved.
NEAR_DAYS = 92

#: How many words may stand before a year of a happening that opens its sentence ("The 1976 outbreak").
HAPPENING_OPENING_WORDS = 1

PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")

#: Where a clause ends after a bare date.
_CLAUSE_END = re.compile(r"[,.;:!?]")


def place_bare_dates_in_paragraph_years(readings: list[Reading], spans: list[tuple[int, int]], bare: list[bool],
                                        years: list[int | None], text: str, grammar: Grammar,
                                        reference_at: Callable[[int], date | None]) -> None:
    """Move, in place, each reading flagged in ``bare`` (a year picked for it in a past-tense
    sentence) to the year ``years`` names for an earlier expression of its paragraph, as the module
    says; a move that cannot be trusted leaves it unplaced."""
    if grammar.year_leads is None or grammar.narrative_openers is None:
        return
    breaks = [end for _, end in sentence_breaks(text)]
    for i, reading in enumerate(readings):
        reference = reference_at(spans[i][0])
        if (not bare[i] or reading.interval is None or reference is None or reading.granularity not in MOVABLE
                or not reading.timex or not reading.timex[:4].isdigit()):
            continue
        j = _previous_date(readings, i)
        if j is not None and _sentence_year(readings[j], spans[j], spans[i], reference, text, breaks, grammar,
                                            reading.interval.start):
            readings[i] = _in_year(reading, readings[j].interval.start.year, readings[j])
            continue
        if abs((reference - reading.interval.end).days) <= NEAR_DAYS:
            continue
        anchor = None if j is None else readings[j].interval
        if (j is None or anchor is None or anchor.start.year != anchor.end.year
                or anchor.start.year > reference.year - FAR_YEARS or spans[i][0] - spans[j][1] > PARAGRAPH_REACH
                or PARAGRAPH_BREAK.search(text, spans[j][1], spans[i][0])):
            continue
        position = bisect_right(breaks, spans[i][0])
        opens = breaks[position - 1] if position else 0
        between = position - bisect_left(breaks, spans[j][1])
        opening = text[opens:spans[i][0]].strip()
        if not (0 < between <= PARAGRAPH_SENTENCES and grammar.narrative_openers.fullmatch(opening)):
            continue
        if _background(text, spans[j], breaks, grammar.background_years):
            continue
        if readings[j].granularity is Granularity.YEAR and not _sets_the_scene(text, spans[j], breaks, grammar):
            continue
        readings[i] = _in_year(reading, anchor.start.year, readings[j])


def _sentence_year(year: Reading, year_span: tuple[int, int], span: tuple[int, int], reference: date, text: str,
                   breaks: list[int], grammar: Grammar, date_start: date | None = None) -> bool:
    """Whether ``year``, a year before the writing's, opens the sentence of the bare date at ``span`` as
    the time it is set in, in the same clause chain ("In 1918, there was a first wave in April"): the
    sentence's own year, however near the date's picked one lies to the writing. Not a date of the
    telling ("The 1998 floods were worse, the mayor said in March", beginning at ``date_start``) when the year
    only names a noun of another clause: its clause is another's; after a lead ("In 1998, the firm
    announced in March") or when the telling would lie after the writing, the year holds."""
    interval = year.interval
    if (interval is None or year.granularity is not Granularity.YEAR or interval.start.year >= reference.year
            or bisect_right(breaks, year_span[1]) != bisect_right(breaks, span[0]) or ";" in text[year_span[1]:span[0]]
            or _clause_looks_ahead(text, year_span, span, grammar)):
        return False
    if reported_on(text, span[0], grammar) and not _led(text, year_span, grammar) and _within(date_start, reference):
        return False  # "The 1998 floods were worse, the mayor said in March": the telling's March, not 1998's
    return _sets_the_scene(text, year_span, breaks, grammar)


def _within(start: date | None, reference: date) -> bool:
    """Whether a date of the telling beginning at ``start`` may be the story's own: not after the writing ("the
    WHO said in June", written in May, is no telling yet to come: the year of its sentence holds)."""
    return start is not None and start <= reference


def _led(text: str, span: tuple[int, int], grammar: Grammar) -> bool:
    """Whether a lead word stands right before the year at ``span`` ("In 1998, the firm announced in
    March"): the year is set for the whole sentence, the telling's clause too; a year in a noun phrase ("The
    1998 floods were worse, the mayor said in March") is its own clause's."""
    assert grammar.year_leads is not None
    digit = re.search(r"\d", text[span[0]:span[1]])
    year_at = span[0] + (digit.start() if digit else 0)
    return grammar.year_leads.search(text, max(0, span[0] - YEAR_LEAD_REACH), year_at) is not None


def _clause_looks_ahead(text: str, year_span: tuple[int, int], span: tuple[int, int], grammar: Grammar) -> bool:
    """Whether the clause of the bare date at ``span`` (from the last comma after the year, or the
    date itself, to the clause's end) holds a future cue: a clause of its own that looks ahead ("In
    2019 the firm was founded, and in November it will open a store"), not the year's past."""
    comma = text.rfind(",", year_span[1], span[0])
    lo = comma + 1 if comma >= 0 else span[1]
    end = _CLAUSE_END.search(text, span[1])
    hi = end.start() if end else len(text)
    future = grammar.future_cues
    return future.search(text, lo, span[0]) is not None or future.search(text, span[1], hi) is not None


def _sets_the_scene(text: str, span: tuple[int, int], breaks: list[int], grammar: Grammar) -> bool:
    """Whether the year at ``span`` opens its sentence as the time it is set in: after a lead word
    with only an opener before it ("In 1918 the virus", "År 1918"), or before a noun of a happening
    with at most :data:`HAPPENING_OPENING_WORDS` words before it ("The 1976 outbreak spread")."""
    assert grammar.year_leads is not None and grammar.narrative_openers is not None
    position = bisect_right(breaks, span[0])
    before = text[breaks[position - 1] if position else 0:span[0]].strip()
    if _led(text, span, grammar) and grammar.narrative_openers.fullmatch(before):
        return True
    return names_happening(text, span[1], grammar) and len(before.split()) <= HAPPENING_OPENING_WORDS


def _background(text: str, span: tuple[int, int], breaks: list[int], background: re.Pattern[str] | None) -> bool:
    """Whether the sentence holding ``span`` tells a background fact ("was born in 1950")."""
    if background is None:
        return False
    position = bisect_right(breaks, span[0])
    start = breaks[position - 1] if position else 0
    end = breaks[position] if position < len(breaks) else len(text)
    return background.search(text, start, end) is not None


def _previous_date(readings: list[Reading], i: int) -> int | None:
    """The index of the latest reading before ``i`` that is no amount of time."""
    for j in range(i - 1, -1, -1):
        if readings[j].type != DURATION:
            return j
    return None


def _in_year(reading: Reading, year: int, anchor: Reading) -> Reading:
    """``reading`` moved to ``year``; unplaced when it would lie before ``anchor``'s start."""
    assert reading.interval is not None and reading.timex is not None
    shift = year - int(reading.timex[:4])
    start = cal.safe_date(reading.interval.start.year + shift, reading.interval.start.month, reading.interval.start.day)
    end = cal.safe_date(reading.interval.end.year + shift, reading.interval.end.month, reading.interval.end.day)
    timex = f"{year:04d}{reading.timex[4:]}"
    if start is None or end is None or anchor.interval is None or end < anchor.interval.start:
        return Reading(DATE, "XXXX" + reading.timex[4:], None, reading.granularity, reading.mod)
    return Reading(reading.type, timex, cal.Interval(start, end), reading.granularity, reading.mod)


#: How many sentence breaks may lie between a far year that sets its sentence and a bare season it leaves unplaced.
TOLD_SENTENCES = 3


def unplace_seasons_after_far_years(readings: list[Reading], spans: list[tuple[int, int]], seasons: list[bool],
                                    years: list[int | None], text: str, grammar: Grammar,
                                    reference_at: Callable[[int], date | None]) -> None:
    """Leave unplaced, in place, each bare season of a past-tense sentence (``seasons``) still in a year
    next to the writing's that follows, within :data:`TOLD_SENTENCES` sentences of its paragraph and with
    only other years and seasons between, a year at least two before the writing's that opens its
    sentence as its setting and tells no background fact ("In 1918, a pandemic started ... 'the lethal
    wave was in the autumn', says a historian"): its year is that telling's as often as the writing's.
    A year inside an earlier sentence ("The rule was written in 1997. The club signed him in the
    summer") is a background fact as often, and leaves the season as it is."""
    if grammar.year_leads is None or grammar.narrative_openers is None:
        return
    breaks = [end for _, end in sentence_breaks(text)]
    for i, reading in enumerate(readings):
        reference = reference_at(spans[i][0])
        if (not seasons[i] or reading.interval is None or reference is None or not reading.timex
                or abs(reading.interval.start.year - reference.year) > 1):
            continue
        if _after_a_far_years_setting(readings, spans, seasons, years, text, grammar, breaks, i, reference):
            readings[i] = Reading(DATE, "XXXX-" + reading.timex[-2:], None, reading.granularity, reading.mod)


def _after_a_far_years_setting(readings: list[Reading], spans: list[tuple[int, int]], seasons: list[bool],
                               years: list[int | None], text: str, grammar: Grammar, breaks: list[int], i: int,
                               reference: date) -> bool:
    """Whether season ``i`` follows such a year (see :func:`unplace_seasons_after_far_years`)."""
    for j in range(i - 1, -1, -1):
        year = years[j]
        if year is None:
            if readings[j].interval is not None and not seasons[j]:
                return False
            continue
        if (year >= reference.year - 1 or PARAGRAPH_BREAK.search(text, spans[j][1], spans[i][0])
                or bisect_left(breaks, spans[i][0]) - bisect_left(breaks, spans[j][1]) > TOLD_SENTENCES):
            return False
        if _sets_the_scene(text, spans[j], breaks, grammar) and not _background(text, spans[j], breaks,
                                                                               grammar.background_years):
            return True
    return False

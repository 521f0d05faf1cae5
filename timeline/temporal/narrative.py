"""The day a narrative is about, for a bare clock time whose sentence and paragraph name none.

A past-tense sentence's bare clock time ("was shot to death at 10 p.m.") lies on the day of the
latest earlier clause that tells the same happening ("was shot to death last Oct. 23 at his
home"): one that shares :data:`SHARED_WORDS` words with the time's clause, beyond stopwords and
the words of the grammar's word classes (months, zones, reporting verbs), and names no other day.
Without such a clause the time keeps the reference day: an earlier day named in another clause
is as often the background of the story as its day (see :mod:`timeline.temporal.anaphora`).
"""

from __future__ import annotations

import dataclasses
import re
import string
from bisect import bisect_left
from datetime import date
from typing import Callable

from . import calendar as cal
from .calendar import Granularity, Interval
from .clause_cues import told_of_another_day
from .context import TENSE_REACH, Context, distance
from .expressions import DATE, TIME, Reading
from .grammar import Grammar
from .sentences import clause_breaks, sentence_window

#: How far before a year its lead word ("in 1957", "in the 1968 epidemic") is looked for.
YEAR_LEAD_REACH = 12

#: How many words (not stopwords, not time words) the clause of a bare clock time of a past-tense
#: sentence must share with the clause of an earlier date for the time to lie on its day.
SHARED_WORDS = 2

#: How far back (in characters) the clause telling the same happening is looked for: about a news
#: story's length; further off, on a long page (a programme listing, a live page), the words
#: shared are more often the page's furniture ("radio", "live") than one happening's.
NARRATIVE_REACH = 5000

#: How far (in characters) each side of an expression its clause is looked for.
CLAUSE_REACH = 200

#: What is stripped from a word before it is compared.
PUNCTUATION = string.punctuation + "“”‘’…–—"


#: How far (in characters) before a day its reporting verb is looked for ("said on", "reported
#: earlier on").
REPORT_REACH = 24


#: A word right after a noun of a happening, and its end.
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def names_happening(text: str, end: int, grammar: Grammar) -> bool:
    """Whether a noun of a happening follows the year ending at ``end`` ("the 1918 flu spread", "The 1976
    outbreak"), and is not a modifier of a counted noun right after it ("some 1500 virus samples", "of the
    2000 flu patients": the number is as often a count of those as a year; the language's ``counted_noun``)."""
    happenings = grammar.year_happenings
    found = None if happenings is None else happenings.match(text, end)
    if found is None:
        return False
    following = _NEXT_WORD.match(text, found.end())
    return following is None or grammar.lookup("counted_noun", following.group(1)) is None


def reported_on(text: str, start: int, grammar: Grammar, lo: int = 0) -> bool:
    """Whether a reporting verb comes just before the day at ``start`` (from ``lo`` on): "the police
    said Monday", "said on Monday" name the day of the telling."""
    frame = grammar.report_frame
    return frame is not None and frame.search(text, max(lo, start - REPORT_REACH), start) is not None


def on_one_day(reading: Reading) -> bool:
    """Whether ``reading`` is placed on one day of its own (not relative to another time)."""
    return (reading.anaphor is None and reading.granularity == Granularity.DAY
            and reading.interval is not None and reading.interval.days == 1)


def _one_day(reading: Reading) -> bool:
    """Whether ``reading`` is a date placed on one day of its own."""
    return reading.type == DATE and on_one_day(reading)


def told_in_the_past(text: str, span: tuple[int, int], grammar: Grammar,
                     reference_at: Callable[[int], date | None] | None) -> bool:
    """Whether the sentence of the expression at ``span`` tells of the past."""
    reference = reference_at(span[0]) if reference_at else None
    return reference is not None and Context(text, span[0], span[1], reference, grammar).tense == "past"


def past_the_writing(resolved: Reading, text: str, span: tuple[int, int], grammar: Grammar,
                     reference_at: Callable[[int], date | None] | None) -> bool:
    """Whether ``resolved`` ("the following day", "two days later") begins after the reference
    date though its sentence tells of the past: a narrative that chained it there is misread, and
    the day is better left unplaced. The limit is the page's own date (the reference before any
    entry heading, at offset -1): a heading may date a chronology's item, whose "the next day"
    lies after it, rather than the writing of what follows."""
    reference = reference_at(-1) if reference_at else None
    return (reference is not None and resolved.interval is not None and resolved.interval.start > reference
            and told_in_the_past(text, span, grammar, reference_at))


def told_in_the_pluperfect(text: str, span: tuple[int, int], grammar: Grammar) -> bool:
    """Whether the sentence of the expression at ``span`` has, before it, a pluperfect ("he had
    sat with him ... before moving at 11:20"): an episode before an earlier past moment; not when
    the expression is the pluperfect's deadline ("had found 24 bodies by midday")."""
    pluperfect, deadline = grammar.pluperfect, grammar.deadline_prepositions
    if pluperfect is None or deadline is not None and deadline.search(text, max(0, span[0] - 12), span[0]):
        return False
    lo = sentence_window(text, span[0], span[1], 240, 0)[0]
    for match in pluperfect.finditer(text, lo, span[0]):
        verb = match.end() + len(text[match.end():span[0]]) - len(text[match.end():span[0]].lstrip())
        if grammar.past_cues.match(text, verb):  # "had sat", not "had breakfast"
            return True
    return False


def unplace_pluperfect_clock_times(readings: list[Reading], spans: list[tuple[int, int]], text: str,
                                   grammar: Grammar, anchors: list[int | None]) -> None:
    """Leave unplaced, in place, each bare clock time no day was found for (still on the writing
    day) in a pluperfect sentence, or told of the day of another happening ("at 1.30 am on the morning
    of his death"): its episode lay on some day the text does not name."""
    for i, reading in enumerate(readings):
        if (reading.type == TIME and reading.anaphor == ("D", 0) and anchors[i] is None
                and reading.interval is not None
                and (told_in_the_pluperfect(text, spans[i], grammar) or told_of_another_day(text, spans[i], grammar))):
            readings[i] = dataclasses.replace(reading, timex=f"XXXX-XX-XXT{reading.pod}", interval=None, anaphor=None)


def narrative_day(readings: list[Reading], spans: list[tuple[int, int]], text: str, grammar: Grammar, i: int,
                  reference_at: Callable[[int], date | None] | None) -> int | None:
    """For bare clock time ``i`` of a past-tense sentence that names no day of its own (nor its
    paragraph): the index of the latest date of one day before it (within :data:`NARRATIVE_REACH`),
    not after the reference date, whose clause tells the same happening (shares
    :data:`SHARED_WORDS` words with the time's clause: "was shot to death last Oct. 23 at his home
    ... was shot to death at 10 p.m. ... in the kitchen of their home") and no other day; else None."""
    reference = reference_at(spans[i][0]) if reference_at else None
    if reference is None:
        return None
    own = _clause_words(text, _clause(text, spans[i]), spans[i], grammar)
    if len(own) < SHARED_WORDS:
        return None
    starts = sorted((start, k) for k, (start, _) in enumerate(spans))
    for j in range(i - 1, -1, -1):
        if spans[i][0] - spans[j][0] > NARRATIVE_REACH:
            return None
        r = readings[j]
        if not _one_day(r) or reference_at and reference_at(spans[j][0]) != reference:
            continue
        assert r.interval is not None
        lo, hi = _clause(text, spans[j])
        if r.interval.start > reference or any(_one_day(readings[k]) and readings[k].interval != r.interval
                                               for k in _starting_within(starts, lo, hi)):
            continue  # a clause telling two days tells which happened when, not which one this was
        if len(own & _clause_words(text, (lo, hi), spans[j], grammar)) >= SHARED_WORDS:
            return j
    return None


def _starting_within(starts: list[tuple[int, int]], lo: int, hi: int) -> list[int]:
    """The indices of the expressions starting in [lo, hi), from ``starts`` ((start, index), sorted)."""
    return [k for _, k in starts[bisect_left(starts, (lo, -1)):bisect_left(starts, (hi, -1))]]


def _clause(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The (start, end) offsets of the clause of the expression at ``span``."""
    lo, hi = sentence_window(text, span[0], span[1], CLAUSE_REACH, CLAUSE_REACH)
    breaks = clause_breaks(text, lo, hi)
    return max([b for b in breaks if b <= span[0]], default=lo), min([b for b in breaks if b >= span[1]], default=hi)


def _clause_words(text: str, clause: tuple[int, int], span: tuple[int, int], grammar: Grammar) -> set[str]:
    """The words that say what happened in ``clause`` around the expression at ``span``: lower
    case, of four letters or more, no stopword, no word of the grammar's word classes (months,
    zones, reporting verbs) and none of the expression itself."""
    words = (w.strip(PUNCTUATION).lower() for w in (text[clause[0]:span[0]] + " " + text[span[1]:clause[1]]).split())
    return {w for w in words if len(w) >= 4 and w.isalpha() and w not in grammar.stopwords
            and w not in grammar.class_words}


#: How far back (in characters) the time a plan told in the past belongs to is looked for: a few
#: sentences of the same story.
PLAN_REACH = 1000

#: The times a narrative is told at, for a plan's year: not a range of years, a decade or a week.
NARRATIVE_UNITS = {Granularity.DAY, Granularity.PART_OF_MONTH, Granularity.MONTH, Granularity.SEASON,
                   Granularity.QUARTER, Granularity.YEAR}


def place_plans_in_the_narrative(readings: list[Reading], spans: list[tuple[int, int]], plans: list[bool],
                                 named: list[bool], anchors: list[int | None]) -> None:
    """Give, in place, each year-less day or month of a plan told in the past (``plans``: "was
    due to open on 13 July", whose year was chosen around the writing day) the year nearest the
    narrative's time: the latest time placed before it within :data:`PLAN_REACH`, when that one
    names its year (``named``: "on 25 June 2009") or counts from one that does ("that day"). A
    story of 2009 told in 2011 planned its July in 2009; after a time counted from the writing day
    ("last week"), or none, the plan keeps its year."""
    for i, reading in enumerate(readings):
        if not plans[i] or reading.interval is None or reading.granularity not in (Granularity.DAY, Granularity.MONTH):
            continue
        j = next((j for j in range(i - 1, -1, -1) if spans[i][0] - spans[j][0] > PLAN_REACH
                  or readings[j].type == DATE and readings[j].interval is not None), None)
        while j is not None and not named[j] and anchors[j] is not None:
            j = anchors[j]  # "that day": the time it counts from
        if j is None or not named[j] or spans[i][0] - spans[j][0] > PLAN_REACH or readings[j].granularity \
                not in NARRATIVE_UNITS or "/" in (readings[j].timex or "/"):
            continue
        moved = _in_the_year_nearest(reading, readings[j].interval)
        if moved is not None:
            readings[i] = moved


def _in_the_year_nearest(reading: Reading, narrative: Interval) -> Reading | None:
    """``reading`` (a day or a month) moved to the year around ``narrative``'s that lies nearest it."""
    assert reading.interval is not None
    start = reading.interval.start
    best: tuple[int, Reading] | None = None
    for year in (narrative.start.year - 1, narrative.start.year, narrative.start.year + 1):
        if reading.granularity is Granularity.MONTH:
            moved = Reading(DATE, cal.timex_month(year, start.month), cal.month(year, start.month), Granularity.MONTH,
                            reading.mod)
        else:
            d = cal.safe_date(year, start.month, start.day)
            if d is None:
                continue
            pod = (reading.timex or "")[10:]
            moved = Reading(reading.type, cal.timex_day(d) + pod, cal.day(d), Granularity.DAY, reading.mod)
        assert moved.interval is not None
        gap = max(distance(moved.interval, narrative.start)[0], distance(moved.interval, narrative.end)[0])
        if best is None or gap < best[0]:
            best = (gap, moved)
    return None if best is None else best[1]


def place_seasons_in_named_years(readings: list[Reading], spans: list[tuple[int, int]], seasons: list[bool],
                                 years: list[int | None], text: str, grammar: Grammar,
                                 reference_at: Callable[[int], date | None]) -> None:
    """Give, in place, each bare season of a past-tense sentence (``seasons``: "the first cases were
    mild in the spring") the year named before it in that sentence (``years``) by an expression after
    a lead word ("In 1957 ...", "In the 1968 epidemic ...") or before a noun of a happening ("the 1918
    pandemic started ..."), when that year lies before the one ended at the writing. A number that
    only modifies another noun ("Euro 2004 champions", "the 2006 rules") or counts ("1800 employees")
    is no such year; nor is a year of an earlier sentence: in news it is as often a background
    fact's ("was banned in 2001. ... signed him in the summer")."""
    leads = grammar.year_leads
    if leads is None:
        return

    def setting(j: int) -> bool:
        return (leads.search(text, max(0, spans[j][0] - YEAR_LEAD_REACH), spans[j][0]) is not None
                or names_happening(text, spans[j][1], grammar))

    for i, reading in enumerate(readings):
        reference = reference_at(spans[i][0])
        if not seasons[i] or reading.interval is None or reference is None or not reading.timex:
            continue
        lo = sentence_window(text, spans[i][0], spans[i][1], *TENSE_REACH)[0]
        named = [year for j, year in enumerate(years[:i]) if year is not None and spans[j][0] >= lo and setting(j)]
        if named and named[-1] < reference.year - 1:
            year, code = named[-1], reading.timex[-2:]
            readings[i] = Reading(DATE, f"{year:04d}-{code}", cal.season(year, code), Granularity.SEASON, reading.mod)

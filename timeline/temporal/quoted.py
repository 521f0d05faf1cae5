"""Days named from the day a quote was said: "`` Last night we wrote a song , '' he said on Tuesday".

A deictic day inside a quote ("today", "last night", "tomorrow") counts from the day the speaker
spoke, not from the day the article was written. When the quote's own sentence names that day
with a reporting verb right before it, outside the quote ("said on Tuesday", "said yesterday";
not "told reporters Tuesday": only a verb and one short word may come between), the deictic day is
moved to count from it; an adverb of the day's time may stand between ("said earlier Saturday", "said
late on Monday"). A quote running over several sentences of a paragraph takes the frame of the
sentence it opened in, or the one after it closes ("he said on Tuesday: ``We are proud. Today we
..."), never an earlier quote's. Without such a frame it stays on the writing day. Offsets are
character offsets into the text, end exclusive.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from . import calendar as cal
from .calendar import Granularity
from .expressions import DATE, Reading
from .grammar import Grammar
from .narrative import on_one_day, reported_on
from .sentences import sentence_window

#: How far around a deictic day its sentence is searched for the quote marks and the frame.
SENTENCE_REACH = (400, 400)

#: How far back (in characters) a quote running over several sentences is read from its
#: paragraph's start: further, a blank line is missing and quote marks cannot be paired.
PARAGRAPH_REACH = 1200


def retell_quoted_days(readings: list[Reading], spans: list[tuple[int, int]], text: str, grammar: Grammar,
                       reference_at: Callable[[int], date | None]) -> None:
    """Move, in place, each deictic day inside a quote to count from the day its frame names."""
    if grammar.report_frame is None:
        return
    for i, reading in enumerate(readings):
        reference = reference_at(spans[i][0])
        if reference is None or not _deictic_day(reading, text[spans[i][0]:spans[i][1]], grammar):
            continue
        lo, hi = sentence_window(text, spans[i][0], spans[i][1], *SENTENCE_REACH)
        if not inside_quote(text, lo, spans[i][0]):
            said = _frame_day_of_a_longer_quote(readings, spans, text, grammar, i, lo, hi)
        else:
            said = _frame_day(readings, spans, text, grammar, i, lo, hi)
        if said is None:
            continue
        if said == reference:
            continue
        assert reading.interval is not None and reading.timex is not None
        d = said + (reading.interval.start - reference)
        pod = reading.timex[10:]  # "T" and a part of day ("TNI"), or nothing
        readings[i] = Reading(DATE, cal.timex_day(d) + pod, cal.day(d), Granularity.DAY, reading.mod)


def _deictic_day(reading: Reading, span_text: str, grammar: Grammar) -> bool:
    """Whether ``reading`` is a day placed from the writing day alone ("today", "last night")."""
    if reading.type != DATE or not on_one_day(reading) or reading.timex is None:
        return False
    phrase = " ".join(span_text.lower().split())
    words = {**grammar.words.get("deictic", {}), **grammar.words.get("writing_day", {})}
    return phrase in words or phrase.split(" ")[0] in words


def inside_quote(text: str, lo: int, start: int) -> bool:
    """Whether a quote opened in ``text[lo:start]`` is still open at ``start``."""
    return _quote_opening(text, lo, start) is not None


def _quote_opening(text: str, lo: int, start: int) -> int | None:
    """Where the quote opened in ``text[lo:start]`` and still open at ``start`` opens; None if none."""
    before = text[lo:start]
    if "``" in before or "“" in before:  # marks that open and marks that close
        opened = max(before.rfind("``"), before.rfind("“"))
        return lo + opened if opened > max(before.rfind("\x27\x27"), before.rfind("”")) else None
    # a straight quote, and a closing one where no opening one is used (Swedish ”så här”), both
    # open and close
    for mark in ('"', "”"):
        if before.count(mark) % 2 == 1:
            return lo + before.rfind(mark)
    return None


def _frame_day_of_a_longer_quote(readings: list[Reading], spans: list[tuple[int, int]], text: str,
                                 grammar: Grammar, i: int, lo: int, hi: int) -> date | None:
    """For reading ``i`` (its sentence ``text[lo:hi]`` opening inside no quote of its own): the day
    the frame of the quote it lies in names, when that quote opened in an earlier sentence of the
    paragraph ("he said on Tuesday: ``We are proud. Today we ...", or the frame after it closes),
    read from the paragraph's start so that straight quotes pair up; None when it lies in none,
    the paragraph is longer than :data:`PARAGRAPH_REACH` or no one day is named so."""
    start = spans[i][0]
    paragraph = text.rfind("\n\n", 0, lo) + 1
    opening = _quote_opening(text, paragraph, start) if start - paragraph <= PARAGRAPH_REACH else None
    if opening is None:
        return None
    # the frame lies in the sentence the quote opened in, or after it closes: not in an earlier one
    first = sentence_window(text, opening, opening + 1, SENTENCE_REACH[0], 0)[0]
    return _frame_day(readings, spans, text, grammar, i, max(first, paragraph), hi, paragraph)


def _frame_day(readings: list[Reading], spans: list[tuple[int, int]], text: str, grammar: Grammar,
               i: int, lo: int, hi: int, quotes_from: int | None = None) -> date | None:
    """The day a reporting verb names in ``text[lo:hi]`` outside the quote holding reading ``i``
    ("he said on Tuesday"); None when none or more than one day is named so. Quotes are paired
    from ``quotes_from`` (default ``lo``)."""
    assert grammar.report_frame is not None
    days = set()
    base = lo if quotes_from is None else quotes_from
    for j, (start, end) in enumerate(spans):
        if j == i or not lo <= start < hi or inside_quote(text, base, start):
            continue
        other = readings[j]
        if other.type != DATE or not on_one_day(other) or other.interval is None:
            continue
        if reported_on(text, start, grammar, lo):
            days.add(other.interval.start)
    return days.pop() if len(days) == 1 else None

"""The moment of a day: one article's entries of one day under two clock times are two happenings.

A diary or a reporter's log heads each entry with its day and its clock time ("3 MAY , 0930 GMT ,
PORT TALEN We set off …", "3 MAY , 1745 GMT , VANTOR We arrived …"). The headings are alike
(the same day, the zone, the layout), so the entries' day mentions are alike enough to join,
though each entry tells its own act at its own moment. A day named beside a clock time, with
nothing but punctuation between ("3 MAY , 0930 GMT"; pieces of one date, as ``pairs`` reads
them), is told at that moment (:func:`moments`); two mentions of one article told at two
different moments are never one happening (:func:`moments_apart`), however alike their words.
A day told with no clock beside it ("on Tuesday") has no moment and is left to the other rules:
one act is often told with and without its time.
"""

from __future__ import annotations

from typing import Sequence

from ..model import Mention
from .pairs import _clock


def _beside(day: Mention, clock: Mention) -> bool:
    """Whether ``clock`` stands beside ``day`` in its sentence with only punctuation between, and
    its reading lies within the day's."""
    if day.article.id != clock.article.id or day.sentence_start != clock.sentence_start:
        return False
    if not (day.interval.start <= clock.interval.start and clock.interval.end <= day.interval.end):
        return False
    first, second = sorted((day.expression, clock.expression), key=lambda e: e.start)
    return not any(c.isalnum() for c in day.article.text[first.end:second.start])


def moments(placed: Sequence[Mention]) -> dict[int, str]:
    """Index of each mention told at a moment (a day with a clock time beside it, and that clock
    time) to the moment's TIMEX value."""
    by_sentence: dict[tuple[str, int], list[int]] = {}
    for k, m in enumerate(placed):
        by_sentence.setdefault((m.article.id, m.sentence_start), []).append(k)
    found: dict[int, str] = {}
    for members in by_sentence.values():
        if len(members) < 2:
            continue
        clocks = [k for k in members if _clock(placed[k])]
        days = [k for k in members if placed[k].interval.days == 1 and not _clock(placed[k])]
        for d in days:
            beside = [c for c in clocks if _beside(placed[d], placed[c])]
            if len(beside) == 1:  # a span ("19 MAY , 0900-1100") is no one moment
                found[d] = found[beside[0]] = placed[beside[0]].expression.timex or ""
    return found


def moments_apart(placed: Sequence[Mention]) -> dict[int, set[int]]:
    """For each mention told at a moment, the mentions of its article told at another moment
    (the same day or not): never in one group (``cluster``'s ``apart``)."""
    at = moments(placed)
    by_article: dict[str, list[int]] = {}
    for k in at:
        by_article.setdefault(placed[k].article.id, []).append(k)
    apart: dict[int, set[int]] = {}
    for members in by_article.values():
        for i in members:
            others = {j for j in members if at[j] != at[i]}
            if others:
                apart[i] = others
    return apart

"""Chains of relative days that run past the page: "the next day" of an earlier date, in a
sentence that does not look ahead, can only lie on or before the day it was written. When the
chain (:func:`~timeline.temporal.anaphora.anchor`) puts it after that day ("the following day, the
teams did not return" in a story written the day after the quake), its anchor was the wrong one,
and a wrong date is worse than none: it is left unplaced, and so is every time anchored on it
("at noon" of that day)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Callable

from .context import TENSE_REACH, Context, lost_break
from .expressions import Reading
from .grammar import Grammar
from .sentences import sentence_window


def unplace_chains_past_the_page(readings: list[Reading], offsets: list[tuple[str, int] | None],
                                 spans: list[tuple[int, int]], anchors: list[int | None], text: str,
                                 grammar: Grammar, reference_at: Callable[[int], date | None]) -> None:
    """Unplace, in place, each anaphoric day (``offsets``: each reading's (unit, amount) before it
    was anchored) that lies after its reference day in a sentence with no future cue, and the
    readings anchored on one."""
    gone: set[int] = set()
    for i, (reading, j) in enumerate(zip(readings, anchors)):
        if j is None or reading.interval is None:
            continue
        start, end = spans[i]
        if j in gone or _past_the_page(reading, offsets[i], start, end, text, grammar, reference_at(start)):
            readings[i] = dataclasses.replace(reading, interval=None)
            gone.add(i)


def _past_the_page(reading: Reading, offset: tuple[str, int] | None, start: int, end: int, text: str,
                   grammar: Grammar, reference: date | None) -> bool:
    """Whether ``reading`` counts days forward from its anchor ("the next day") to a day after
    ``reference`` while its sentence does not look ahead."""
    if reading.interval is None or reference is None or offset is None:
        return False
    unit, amount = offset
    if unit != "D" or amount <= 0 or reading.interval.start <= reference:
        return False
    if Context(text, start, end, reference, grammar).tense != "future":
        return True
    # a possibility ("there may be survivors") is no plan: only a future auxiliary looks ahead
    lo, hi = sentence_window(text, start, end, *TENSE_REACH)
    auxiliaries = grammar.future_auxiliaries or grammar.future_cues
    return auxiliaries.search(text, lost_break(text, lo, start, grammar), hi) is None

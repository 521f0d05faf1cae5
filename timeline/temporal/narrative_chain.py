"""A past narrative that goes on through the seasons of a far year.

"The 1918 pandemic started with a mild wave in the spring. It disappeared over the summer, but
roared back in August" tells of the summer and the August of 1918: once a month or a season of a
past story is placed in a year far before the writing (:mod:`~timeline.temporal.narrative`,
:mod:`~timeline.temporal.paragraph_years`), a year-less month or season of a past-tense sentence
right after it (in its sentence or the next, the paragraph unbroken) goes on in that year, wherever
it stands in its sentence, when it falls on or after the earlier one in the calendar. One earlier in
the calendar may be the next year's: left unplaced. A year-less date told by a reporting verb ("the
WHO said in August") is the telling's, and one after a background fact ("founded in March 1985,
the firm lost money in August") the story's own: both are left as they are. A month that is a
baseline ("the sharpest fall since September 1986 in March", the language's ``baseline_pattern``)
carries no narrative on.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from functools import lru_cache
from typing import Callable

from .calendar import Granularity
from .expressions import DURATION, Reading
from .grammar import Grammar
from .narrative import reported_on
from .paragraph_years import FAR_YEARS, PARAGRAPH_BREAK, _background, _in_year
from .sentences import sentence_breaks
from .tables import resource_tables


#: Readings that carry a narrative on: a month or a season (a lone year sets no season in order).
CARRIERS = {Granularity.MONTH, Granularity.SEASON}

#: How many sentence breaks may lie between the earlier month or season and the bare one.
CHAIN_SENTENCES = 1

#: How far (in characters) before the earlier month or season a baseline word is looked for.
BASELINE_REACH = 30


@lru_cache(maxsize=None)
def _baselines(source: str) -> re.Pattern[str] | None:
    """The language's words before a baseline month ("since", "from"), in resource text ``source``."""
    pattern = resource_tables(source).get("cues", {}).get("baseline_pattern")
    return re.compile(r"(?<![\w-])(?:" + pattern + r")(?:\s+the)?\s+$", re.IGNORECASE) if pattern else None


def follow_far_narratives(readings: list[Reading], spans: list[tuple[int, int]], bare: list[bool], text: str,
                          grammar: Grammar, reference_at: Callable[[int], date | None]) -> None:
    """Move, in place, each bare month or season (``bare``: its year picked in a past-tense
    sentence) into the far year of the month or season just before it, as the module says."""
    breaks: list[int] | None = None
    for i, reading in enumerate(readings):
        reference = reference_at(spans[i][0])
        if (not bare[i] or reference is None or reading.interval is None or reading.granularity not in CARRIERS
                or not reading.timex or abs(reading.interval.start.year - reference.year) > 1):
            continue
        j = next((k for k in range(i - 1, -1, -1) if readings[k].type != DURATION and readings[k].interval is not None),
                 None)
        if j is None:
            continue
        earlier = readings[j].interval
        assert earlier is not None
        if (readings[j].granularity not in CARRIERS or earlier.start.year > reference.year - FAR_YEARS
                or PARAGRAPH_BREAK.search(text, spans[j][1], spans[i][0]) or reported_on(text, spans[i][0], grammar)):
            continue
        breaks = breaks if breaks is not None else [end for _, end in sentence_breaks(text)]
        if bisect_left(breaks, spans[i][0]) - bisect_left(breaks, spans[j][1]) > CHAIN_SENTENCES:
            continue
        baseline = _baselines(grammar.source)
        if _background(text, spans[j], breaks, grammar.background_years) or (
                baseline is not None and baseline.search(text, max(0, spans[j][0] - BASELINE_REACH), spans[j][0])):
            continue
        readings[i] = _in_year(reading, earlier.start.year, readings[j])

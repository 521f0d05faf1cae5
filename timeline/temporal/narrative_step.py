"""The time an anaphoric step of the narrative ("the next day", "three years later") counts from.

:func:`~timeline.temporal.anaphora.anchor` counts such a step from the nearest placed time before
it within reach, else from the first one after it. Two kinds of time are no step of the narrative:

* A plan told in the past ("the tour, which was due to start in London on 13 July"; the grammar's
  ``[cues] pluperfect_plan_pattern`` and ``plan_after_pattern`` in the time's own clause) dates what
  was to come, not what was told: in "... was due to start on 13 July. The night before his death,
  he worked late", the night is not 12 July. So the step counts from the nearest time before it
  that is no such plan; only when there is none within reach does the plan's time stand.
* A time told after it, for an unnamed count forward of weeks, months or years ("He graduated three
  years later. ... In 2000, he opened a practice"): counting *on* from a time the reader has not
  met yet, which the count precedes, places the step after what it came before. Such a count is
  left unplaced (a reference date makes it the duration it names). A count of days keeps its later
  anchor, unless an earlier one lies in its paragraph (:mod:`.earlier_anchor`), as before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .earlier_anchor import counted_from_earlier
from .expressions import Reading
from .grammar import Grammar
from .sentences import clause_breaks, sentence_window
from .tables import resource_tables

#: The units of an unnamed forward count that are never counted from a later time.
LONG_UNITS = ("W", "M", "Y")


@lru_cache(maxsize=None)
def _plan(source: str) -> re.Pattern[str] | None:
    """The cues of a plan told in the past in resource text ``source``, None where it has none."""
    cues = resource_tables(source).get("cues", {})
    plan = "|".join(cues[key] for key in ("pluperfect_plan_pattern", "plan_after_pattern") if key in cues)
    return re.compile(r"(?<![\w-])(?:" + plan + r")(?![\w-])", re.IGNORECASE) if plan else None


def dates_a_plan(text: str, span: tuple[int, int], grammar: Grammar) -> bool:
    """Whether the time at ``span`` dates a plan told in the past: a cue of one ("was due to",
    "had been scheduled") stands before it in its own clause."""
    plan = _plan(grammar.source)
    if plan is None:
        return False
    lo = sentence_window(text, span[0], span[1], len(text), 0)[0]
    lo = max([lo] + clause_breaks(text, lo, span[0]))
    return plan.search(text, lo, span[0]) is not None


def narrative_step(readings: list[Reading], spans: list[tuple[int, int]], text: str, i: int, grammar: Grammar,
                   anchorable: Callable[[int], bool],
                   nearest: Callable[[Callable[[int], bool]], int | None]) -> int | None:
    """The anchor of the anaphoric reading ``i``: the nearest (``nearest(anchorable)``) time no plan
    dates, else the nearest; None for an unnamed forward count of :data:`LONG_UNITS` whose anchor
    lies in a later sentence (see the module)."""
    j = nearest(lambda k: anchorable(k) and not dates_a_plan(text, spans[k], grammar))
    if j is None:
        j = nearest(anchorable)
    j = counted_from_earlier(readings, spans, text, i, j, anchorable)
    anaphor = readings[i].anaphor
    if (j is not None and j > i and anaphor is not None and anaphor[0] in LONG_UNITS and anaphor[1] > 0
            and not readings[i].anchor_follows
            and sentence_window(text, spans[i][0], spans[i][1], 0, len(text))[1] <= spans[j][0]):
        return None
    return j

"""The time a "the following day" counts on from, when none lies within reach before it.

:func:`~timeline.temporal.anaphora.anchor` places "the next day" against the nearest time before
it within about a paragraph, else against the first time after it. Counting *on* from a later
time tells nothing a reader follows: in "Last night we fell ill. [four long sentences of the night]
The chemist said we would need to return the following day. This morning we were called", the
following day is the one after last night, not after this morning. So an unnamed count of days
forward ("the following day", "two days later") whose nearest time lies in a later sentence is
counted from the latest placed time before it instead, when that lies in its paragraph (no blank
line between) within :data:`FAR_REACH` characters; else the later time stands as before.
"""

from __future__ import annotations

import re
from typing import Callable

from .expressions import Reading
from .sentences import sentence_window

#: How far (in characters) before the count its earlier time may lie: two of the nearest's reach.
FAR_REACH = 1200

PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def counted_from_earlier(readings: list[Reading], spans: list[tuple[int, int]], text: str, i: int,
                         nearest: int | None, anchorable: Callable[[int], bool]) -> int | None:
    """The anchor of reading ``i``: ``nearest``, unless ``i`` is an unnamed count of days forward and
    ``nearest`` lies in a later sentence; then the latest anchorable time before ``i`` in its
    paragraph within :data:`FAR_REACH`, if any (see the module)."""
    anaphor = readings[i].anaphor
    if (nearest is None or nearest < i or anaphor is None or anaphor[0] != "D" or anaphor[1] <= 0
            or readings[i].anchor_follows):
        return nearest
    if sentence_window(text, spans[i][0], spans[i][1], 0, len(text))[1] > spans[nearest][0]:
        return nearest  # a time later in its own sentence ("the next day, Tuesday")
    for j in range(i - 1, -1, -1):
        if spans[i][0] - spans[j][1] > FAR_REACH or PARAGRAPH_BREAK.search(text, spans[j][1], spans[i][0]):
            break
        if anchorable(j) and readings[j].anaphor is None:
            return j
    return nearest

"""Where an entry of a list of years begins, when a page runs the list together on one line.

"1994 - Hurricane Gordon kills hundreds 1998 - Hurricane Georges destroys crops 2004 - Floods kill 2,600": each
year heads the entry after it, and the splitter, with no final stop between, sees one sentence. Read whole, the
summary of the year 1998 would tell the entry before it ("Hurricane Gordon kills hundreds"), and its date would be
put on the wrong act. An entry starts at a year followed by a dash and a capitalised word, after a word or a
number (no stop: that is a sentence's own start), and only where the same piece holds at least ``ENTRIES`` such
years (one year and a dash may be a score or a range's end, not a list).
"""

from __future__ import annotations

import re

__all__ = ["listed_year_starts"]

#: at least this many years heading entries make a list
ENTRIES = 3
#: a year heading an entry: a dash and a word with a capital after it
_ENTRY = re.compile(r"(?<![\w.,:/-])(?:1[5-9]|20)\d\d(?= [-–—] [^\W\d_]*[A-Z])")
#: what stands before an entry run into the one before it: a word, a number or a closing mark, and a space
_RUN_ON = re.compile(r"[\w%)'] $")


def listed_year_starts(text: str, start: int, end: int) -> list[int]:
    """Offsets in ``text[start:end]`` where an entry of a run-together list of years begins (see the module)."""
    heads = [m.start() for m in _ENTRY.finditer(text, start, end)]
    if len(heads) < ENTRIES:
        return []
    return [at for at in heads if _RUN_ON.search(text, max(start, at - 2), at)]

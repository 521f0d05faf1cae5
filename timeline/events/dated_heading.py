"""The sentence a date standing alone on its line belongs to: the entry it heads, or the sentence it ends.

A page's list of dated entries writes each date on a line of its own ("-- November 1986", then "A fleet of
three ships visited the port …"), and a scraped page may break a sentence before its last word ("The board
approved the plan in", then "August."). Either way the splitter makes the date a sentence of its own, and its
summary would be the date itself ("-- November 1986", "August."): no headline. Such a mention is read from

- the sentence before, when that one is left open: it ends on a lower-case word with no final punctuation
  ("… approved the plan in | August."): the date ends it. A blank line between them parts a heading from its
  list ("Key dates in the port's history", a blank line, "-- November 1986"): across one, the sentence is left
  open only when its last word needs what follows (a function word of the language's ``dangling`` list: "in",
  "the"), else the date heads the next entry;
- else the next sentence, when it starts a new line: the entry the date heads.

A sentence is "the date alone" when nothing but the expression, dashes, commas and a final stop is in it.
Offsets index the article's text, end exclusive.
"""

from __future__ import annotations

__all__ = ["dated_sentence"]

#: what may stand beside the date on its line ("-- November 1986", "August.", "Sunday ,")
_MARKS = set("-–—,.:;()[] \t\r\n")
#: marks that end a sentence (with closing quotes after them)
_FINAL = ".!?\"'”’)"


def dated_sentence(text: str, bounds: list[tuple[int, int]], start: int, end: int, expression: tuple[int, int],
                   dangling: frozenset[str] = frozenset()) -> tuple[int, int]:
    """(start, end) of the text ``expression`` (its offsets) is read from: ``text[start:end]``, its sentence, unless
    that holds the date alone (see the module's doc); ``dangling``: the language's words a sentence cannot end on."""
    lo, hi = expression
    if not all(c in _MARKS for c in text[start:lo] + text[hi:end]):
        return start, end
    before = [b for b in bounds if b[1] <= start]
    if before:
        open_start, open_end = before[-1]
        last = text[open_start:open_end].rstrip()
        word = last.split()[-1] if last.split() else ""
        parted = "\n\n" in text[open_end:start].replace(" ", "").replace("\t", "").replace("\r", "")
        if (word and word[-1] not in _FINAL and word.isalpha() and word.islower()
                and (not parted or word in dangling)):
            return open_start, end  # "The board approved the plan in | August."
    after = [b for b in bounds if b[0] >= end]
    if after and "\n" in text[end:after[0][0]]:
        return after[0]  # "-- November 1986 | A fleet of three ships visited …"
    return start, end

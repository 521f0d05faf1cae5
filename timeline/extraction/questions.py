"""Readers' questions on a page where an expert answers them.

A readers' questions page ("We put your questions to …") prints each reader's question, then the
reader's signature run into the expert's answer ("Jane Roe , Velbo Dr Berg : The vaccine …"). The
answers are story; a question is the reader's own words, told in the reader's first person ("We have
booked a holiday in August , should we cancel ?"): a date in it is the reader's plan, no happening,
and its "we" is no one a timeline's reader knows.

One of :func:`~timeline.extraction.furniture.furniture`'s comment finders, cued by the language's
``[furniture] answer`` patterns (the expert's name and colon). The structure is here: on a page with
at least :data:`ANSWERS` answer lines, the lines that end with a question mark right above an
answer line (a question may take several) are comments. A reader's remark before the question
without a question mark stays story: where the answer above it ends is not known.
Offsets index the text, end exclusive.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

__all__ = ["questions", "ANSWERS"]

#: answer lines that make a readers' questions page
ANSWERS = 3
#: a line that asks: its last mark a question mark (quote marks or brackets may follow)
_ASKS = re.compile(r"\?[\s\"'”’)]*$")


def questions(text: str, answer: re.Pattern[str] | None, span: Callable[..., object]) -> Iterable[object]:
    """The readers' questions of ``text`` (see the module's docstring), each made with ``span(start, end, "comment")``."""
    if answer is None:
        return []
    answered = sorted({text.rfind("\n", 0, m.start()) + 1 for m in answer.finditer(text)})
    if len(answered) < ANSWERS:
        return []
    found = []
    for line in answered:
        end = line - 1
        start = line
        while end > 0:
            begin = text.rfind("\n", 0, end) + 1
            if not _ASKS.search(text[begin:end]) or begin in answered:
                break
            start, end = begin, begin - 1
        if start < line:
            found.append(span(start, line - 1, "comment"))
    return found

"""The sentences before a summary's "He" or "She" without their asides in brackets.

A caption or an editor's note put in brackets names people the sentence does not speak of:
"Health Minister Tom Berg (pictured above with President Eva Lind ; Lind is the one wearing a hat)
was visibly relieved …. He ranted …". Read with the bracket, the sentence names two people and
no name is given; its subject, the one the next "he" goes on about, is the name outside the brackets.
The same holds for a figure's conversion or a ticker ("-LRB- # 48,000 -RRB-") that breaks the run of
words between a name and its verb. So the sentences :mod:`.pronoun` reads for a name are read without
them, as written ("( … )", "[ … ]") or as a tokenised corpus writes them ("-LRB- … -RRB-"); a bracket
that does not close in the sentence is left as it is (no aside can be told from the rest).
"""

from __future__ import annotations

import re

__all__ = ["without_brackets"]

#: an aside in brackets, as written or tokenised; no bracket of its own kind inside it
_BRACKETED = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\]|-LRB-(?:(?!-[LR]RB-).)*?-RRB-|-LSB-(?:(?!-[LR]SB-).)*?-RSB-)")


def without_brackets(sentence: str) -> str:
    """``sentence`` with every aside in closed brackets taken out, and the spaces around it made one."""
    return _BRACKETED.sub("", sentence)

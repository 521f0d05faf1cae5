"""A date set off by commas between a subject and its verb: cut out, it takes both its commas with it.

"An earlier outbreak in the town , in 1976 , found the hospitals unprepared" is an outbreak that found; cut
out with its first comma only, the date would leave "in the town, found", a clause cut from its subject. So
when the words before the cut date end on a comma, the date's own comma closes it, and the word after is a
lower-case verb or auxiliary (``verb_like``: "found", "has", "could"), the aside's two commas go with it. Not
for a word that opens a phrase or clause of its own ("Queens , on Monday , in a gray coat", "Bergen , in
2003 , where"), nor for a date that opens its sentence.
"""

from __future__ import annotations

from .headline import Word, bare, verb_like
from .headline_words import Lexicon

__all__ = ["without_aside_commas"]


def without_aside_commas(head: list[Word], tail: list[Word], suffix: str,
                         lex: Lexicon) -> tuple[list[Word], list[Word], str]:
    """``head``, ``tail`` and ``suffix`` (what the date's last word held after it) without the commas that set the
    cut date off between a subject and its verb (see the module); as they are otherwise."""
    closing = suffix.endswith(",") or not suffix and bool(tail) and tail[0].text == ","
    opened = bool(head) and head[-1].text.endswith(",") and len(head) > 1 + (head[-1].text == ",")
    rest = tail[1:] if tail and tail[0].text == "," and not suffix else tail
    if not (closing and opened and rest):
        return head, tail, suffix
    follows = rest[0].text
    first = bare(follows)
    if not follows[:1].islower() or not verb_like(first, lex) or first in lex.conjunctions or first in lex.relative:
        return head, tail, suffix
    last = head[-1].text[:-1].rstrip()
    head = head[:-1] + ([Word(last)] if last else [])
    return head, rest, suffix[:-1] if suffix.endswith(",") else suffix

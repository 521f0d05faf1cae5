"""A possibility and a done act of one date: two happenings.

"His company would produce the most doses in the shortest time, the head of vaccines said on
Thursday" and "the drugmaker said this month that it had begun large-scale production" share the
firm, the vaccine and the month, and an edge joins them; yet one tells what may or will be done,
the other what was done. Likewise "On Monday, the envoy said he would recommend more troops" and
"meals were dropped on Monday, the army said": what was said of a possible act is no report of a
done one. A clause is told as a possibility when one of the language's ``[hypothetical] modals``
("could", "would", "might") stands next to its date: before it with no punctuation between ("the
first doses could be given in October"), or after it with none between but the comma of a fronted
date ("On Monday, he said he would …", "said on Thursday his company would …"), and no word opening
a clause of its own between ("announced on Tuesday that the rebels would be tried": the announcement
is a done act, whatever it tells). A modal further off belongs to another clause ("X died on
Tuesday, and officials said it could take weeks to …").

Two possibilities of one date may well be one ("could be given in October", "could be given in
the autumn"), and two done acts are other vetoes' to tell apart: only a possibility and a done act
are set apart here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from .headline_words import lowered, resource_table

#: a modal counts as the dated clause's when it stands within this many words after the date ("On
#: Monday, UN envoy Ines Marro said she would …"), or this many before it ("could be given in October")
MODAL_REACH, MODAL_BEFORE = 10, 6
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,:]*|[^\w\s]")
#: punctuation that ends a clause between the date and a modal
_BREAK = frozenset(",;:.!?()\"“”—–-")


@lru_cache(maxsize=8)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The language's ``[hypothetical]`` ``modals``, the words that may front a date (``fronting``),
    and those opening a clause of its own after the date (``clause_openers``: "that", "which")."""
    table = resource_table(language, "hypothetical")
    return lowered(table, "modals"), lowered(table, "fronting"), lowered(table, "clause_openers")


def hypothetical(mention: Mention) -> bool:
    """Whether the mention's sentence tells its dated act as a possibility (see the module docstring)."""
    modals, leading, opening = _words(mention.article.language or "")
    if not modals:
        return False
    text, e, start = mention.article.text, mention.expression, mention.sentence_start
    end = start + len(mention.sentence)
    before = _WORD.findall(text[start:e.start])[-MODAL_BEFORE:]
    for word in reversed(before):
        if word in _BREAK:
            break
        if word in modals:
            return True
    after = _WORD.findall(text[e.end:end])[:MODAL_REACH]
    fronted = not any(w[0].isalpha() and w.lower() not in leading for w in _WORD.findall(text[start:e.start]))
    for k, word in enumerate(after):
        if word in _BREAK and not (k == 0 and fronted and word == ",") or word.lower() in opening:
            break  # "said on Tuesday that the rebels would …": what was said, of another act
        if word in modals:
            return True
    return False


def possibility_and_fact(m: Mention, other: Mention) -> bool:
    """Whether one of two mentions tells its dated act as a possibility and the other does not."""
    return m.article.language == other.article.language and hypothetical(m) != hypothetical(other)

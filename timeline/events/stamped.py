"""A live page's entry stamp beside a day its entry names: the day dates the happening.

"1758 European Union development ministers will hold talks in Brussels on Monday": the stamp
(``pairs.entry_stamp``) is when the entry was posted; the entry's act is Monday's. The two are days
apart in one article, so they never join (``cluster``), and the stamp made an event of its own, dated
to the posting, whose summary told Monday's talks. Such a stamp founds no event (``merge``); it may
still join one others found. A stamp whose entry names no other day, or only its own ("1454 rescuers
pulled a girl out today"), or a coarser time ("the 2004 floods"), dates its entry as before; so does
one whose entry tells a saying ("2142 Clinton says she will go to Haiti on Saturday":
the stamp dates the saying, a happening of its own; ``[stamped] saying_words``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from ..temporal import Granularity
from ..temporal.grammar import GrammarError, resource_data, word_list
from .pairs import entry_stamp

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=None)
def _saying_words(language: str) -> frozenset[str]:
    """The language's words of a saying in an entry (``[stamped] saying_words``)."""
    try:
        return frozenset(word_list(resource_data(language).get("stamped", {}), "saying_words"))
    except GrammarError:
        return frozenset()


def _tells_saying(stamp: Mention) -> bool:
    """Whether a word of saying stands in the stamp's sentence after it ("2012 X, who arrived on
    Thursday, tells the paper …": the stamp dates the telling)."""
    words = _saying_words(stamp.article.language)
    told = stamp.article.text[stamp.expression.end:stamp.sentence_start + len(stamp.sentence)]
    return any(w.lower() in words for w in _WORD.findall(told))


def postings(mentions: list[Mention]) -> set[int]:
    """The ``id`` of each entry stamp whose sentence names, after it, another day than the stamp's
    (a placed story mention of one day): the stamp dates only the posting."""
    days: dict[tuple[str, int], list[Mention]] = {}
    for m in mentions:
        if m.interval is not None and m.furniture is None and m.expression.granularity is Granularity.DAY:
            days.setdefault((m.article.id, m.sentence_start), []).append(m)
    found: set[int] = set()
    for told in days.values():
        for stamp in told:
            if entry_stamp(stamp) and not _tells_saying(stamp) and any(
                    other.expression.start > stamp.expression.end and other.interval.start != stamp.interval.start
                    for other in told):
                found.add(id(stamp))
    return found

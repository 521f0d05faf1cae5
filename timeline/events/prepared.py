"""What merging asks of each mention that its article alone decides, worked out where the article is
extracted and kept with its cached mentions.

A mention's ``role`` (``dependent.role``: does it date an act of its own?), its :class:`~.evidence.Evidence`
(its clause's and its context's signatures, the kind of act it dates) and its summary (``summary.summarise``:
the headline its event would show if it were chosen) read the mention's article and nothing else: not the
other articles, not the group it joins. Merging used to work them out one by one in the process that joins
the groups, after extraction: most of a build's time once the articles were extracted. They are now
worked out in the extraction worker of each article (:func:`prepare`, in parallel, and cached with its
mentions: the extraction key's fingerprint holds this module and what it imports, so a changed rule
never reads an old answer), and the joining process only picks among them. What depends on a group
(agreement of its members' summaries, the event's date) stays where the group is.

A mention with nothing prepared (made elsewhere: a day tried for an undated article, a test) is
worked out where it is asked, as before: the answers are the same either way.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..model import Mention
from .dependent import role
from .evidence import SIGNATURES_KEPT, Evidence, act_kind, context_signature, segment_signature
from .similarity import Signature
from .summary import summarise


#: a signature kept compactly: its names and its words, sorted, each token one shared string
Tokens = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class Prepared:
    """A mention's answers that depend on its article alone (see the module docstring). Its signatures
    are kept as sorted tuples of shared strings and made sets when asked: a corpus's mentions each hold
    theirs for the whole build, where sets of their own would take several times the memory."""

    role: str | None
    #: what kind of act it dates (``evidence.act_kind``)
    act: str
    segment: Tokens
    #: None when its context says what its clause says
    context: Tokens | None
    #: its summary, or None for a mention in page furniture (it makes no event)
    summary: str | None

    def segment_signature(self) -> Signature:
        return _signature(self.segment)

    def context_signature(self) -> Signature:
        return _signature(self.segment if self.context is None else self.context)

    def evidence(self, language: str) -> Evidence:
        return Evidence(self.segment_signature(), self.context_signature(), language, self.act)


@lru_cache(maxsize=SIGNATURES_KEPT)
def _signature(tokens: Tokens) -> Signature:
    """The signature of stored ``tokens``, kept for the recent ones: the token weights, the buckets'
    pairs, dating, regrouping and thin links each ask for a mention's sets again, and sets made anew
    each time cost a merge seconds; kept for every mention, they would take several times the
    memory of the tuples (a bound as ``evidence`` had for the signatures it made from the text)."""
    return Signature(frozenset(tokens[0]), frozenset(tokens[1]))


def summary_of(mention: Mention) -> str:
    """The mention's summary (``summary.summarise``), as prepared where its article was extracted if it was."""
    prepared = mention.prepared
    return prepared.summary if prepared is not None and prepared.summary is not None else summarise(mention)


def prepare(mentions: list[Mention]) -> list[Any]:
    """The plain data of each mention's :class:`Prepared` (its article marked with its furniture
    first, as the merging process sees it), for the cache and for sending back from a worker."""
    return [_data(m) for m in mentions]


def _data(mention: Mention) -> list[Any]:
    segment, context = segment_signature(mention), context_signature(mention)
    return [role(mention), act_kind(mention), _signature_data(segment),
            None if context == segment else _signature_data(context),
            None if mention.furniture is not None else summarise(mention)]


def _signature_data(sig: Signature) -> list[list[str]]:
    return [sorted(sig.names), sorted(sig.words)]


def _tokens(data: list[list[str]]) -> Tokens:
    names, words = data
    return tuple(sys.intern(str(n)) for n in names), tuple(sys.intern(str(w)) for w in words)


def attach(mentions: list[Mention], data: list[Any] | None) -> list[Mention]:
    """``mentions`` (as ``store.serialize`` rebuilt them) with their prepared answers from ``data``
    (see :func:`prepare`), when it holds one for each; else as they are."""
    if not data or len(data) != len(mentions):
        return mentions
    for mention, item in zip(mentions, data):
        found, act, segment, context, summary = item
        prepared = Prepared(None if found is None else str(found), str(act), _tokens(segment),
                            None if context is None else _tokens(context), None if summary is None else str(summary))
        object.__setattr__(mention, "prepared", prepared)  # not compared: the mention's own facts stay as they are
    return mentions

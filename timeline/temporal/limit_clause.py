"""A limit ("until Thursday") told of a pluperfect: the limit is past, though "until" looks ahead.

"until" is a future cue ("the shops stay closed until Thursday" looks ahead), so a weekday right after
it is read as the coming one. A limit of a pluperfect clause is over by the writing: "Until Thursday,
they had not named him" (the pluperfect is the first cue after the limit), and "The government had
claimed until late on Thursday that all was well" (the pluperfect is the verb the limit follows, in its
clause: no clause mark and no other cue between them, and near it). Written on a Saturday, that
Thursday is the one just past, not the coming one.

The pluperfect governs the limit only when its participle stands right before it, with at most adverbs
and auxiliaries between (``[limit_clause] between``, words ending in ``adverb_endings``): a verb with its
object ("The airline had grounded its fleet until Friday") sets how long a state is to last, most often
a plan still ahead, whatever the length of the object.

The words are the grammar's: ``[cues] limit_prepositions`` (what opens a limit, with the words that
may stand between it and the time: "until late on"), ``pluperfect`` and the past and future cues.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .tables import resource_tables

if TYPE_CHECKING:
    from .context import Context

#: How far (in characters) before the limit a pluperfect verb governing it may begin: "had claimed
#: until", "had been closed until", not a pluperfect of an earlier clause.
PLUPERFECT_REACH = 24

#: What ends a clause: a pluperfect before it is another clause's.
_CLAUSE_END = re.compile(r"[,.;:!?()\"“”]|''|``|\s[-–—]+\s")


def limit_looks_back(ctx: Context, lo: int, after: str) -> bool:
    """Whether the expression of ``ctx`` (its sentence read from ``lo``; ``after``, the text after it
    in its sentence) is a limit of a pluperfect clause, so told of a time already past."""
    grammar, text = ctx.grammar, ctx.text
    limit, pluperfect = grammar.limit_prepositions, grammar.pluperfect
    if limit is None or pluperfect is None:
        return False
    opening = limit.search(text, lo, ctx.start)
    if opening is None:
        return False
    first = min((m.start() for p in (grammar.future_cues, grammar.past_cues) if (m := p.search(after))),
                default=None)
    if first is not None and pluperfect.match(after, first) is not None:
        return True  # "Until Thursday, they had not named him"
    return _pluperfect_right_before(ctx, max(lo, opening.start() - PLUPERFECT_REACH), opening.start())


def _pluperfect_right_before(ctx: Context, lo: int, hi: int) -> bool:
    """Whether ``ctx.text[lo:hi]`` (up to the limit) holds a pluperfect with no clause mark and no
    future cue between it and the limit ("had claimed until")."""
    grammar, text = ctx.grammar, ctx.text
    assert grammar.pluperfect is not None
    last = None
    for match in grammar.pluperfect.finditer(text, lo, hi):
        last = match
    if last is None or _CLAUSE_END.search(text, last.end(), hi) or not text[last.end():hi].strip():
        return False  # "They had until Thursday to agree": "had" is the verb, the limit a deadline ahead
    if not _only_the_participle(ctx.grammar.source, text[last.end():hi]):
        return False  # "had grounded its fleet until Friday": a verb and its object, a state set to last
    return grammar.future_cues.search(text, last.end(), hi) is None


@lru_cache(maxsize=None)
def _between_words(source: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words that may stand beside the participle between a pluperfect and its limit, and the
    endings of adverbs, in resource text ``source``."""
    table = resource_tables(source).get("limit_clause", {})
    return frozenset(w.lower() for w in table.get("between", [])), tuple(table.get("adverb_endings", []))


def _only_the_participle(source: str, between: str) -> bool:
    """Whether ``between`` (the text from the pluperfect to the limit) is one participle, perhaps with
    adverbs and auxiliaries beside it ("claimed", "been closed", "not properly checked")."""
    words, endings = _between_words(source)
    others = [w for w in between.lower().split() if w not in words and not (endings and w.endswith(endings))]
    return len(others) <= 1

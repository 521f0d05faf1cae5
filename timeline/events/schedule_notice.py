"""A schedule notice and another article's statement of its day: two happenings.

A sentence that only tells when something is on ("Verse Night will be held at Marlow Hall from 2.30
pm", "doors open at 7", "the match will be broadcast live"; the phrases of ``[schedule_notices]``)
dates the event's timetable; a statement made that day ("the minister told the benefit on Saturday
that …") is someone's act, even one made at that event. Their clauses share the event's name, which
is what a schedule and anything said at it share by habit: on haiti_bbc a poetry benefit's start
time joined a prime minister's announcement at it (judged mixed). One statement told twice is no
schedule on either side, and a schedule and the event's own telling ("the concert was held on
Saturday"; "the actor said 40 stars would attend the gala on 22 January": the date is the gala's, not
the saying's) date no statement, so both join as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from .headline_words import lexicon, lowered, resource_table
from .per_mention import per_mention

_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+|[^\w\s]")


@lru_cache(maxsize=8)
def _phrases(language: str) -> tuple[tuple[str, ...], ...]:
    """The ``[schedule_notices] phrases`` of ``language`` as word runs (none without a resource)."""
    return tuple(tuple(p.split()) for p in lowered(resource_table(language, "schedule_notices"), "phrases") if p.strip())


@per_mention()  # asked for each partner a mention meets
def schedule_notice(m: Mention) -> bool:
    """Whether the mention's sentence holds a run of ``[schedule_notices] phrases``."""
    opening = _by_first_word(m.article.language or "")
    if not opening:
        return False
    tokens = [t.lower() for t in _WORD.findall(m.sentence)]
    # only where a phrase's first word stands (each mention's sentence is read once, but every
    # phrase tried at every word cost a merge as much as the rest of its pair's vetoes)
    return any(tuple(tokens[k:k + len(p)]) == p for k, token in enumerate(tokens) for p in opening.get(token, ()))


@lru_cache(maxsize=8)
def _by_first_word(language: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """:func:`_phrases` of ``language`` by their first word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _phrases(language):
        found.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in found.items()}


#: a speech verb this many words or fewer before the date dates the statement ("told the Verse Night benefit on")
SPEECH_REACH = 6


@per_mention()
def _statement(m: Mention) -> bool:
    """Whether the mention dates a statement: a speech verb (``[headline] speech``, lower case) stands at most
    ``SPEECH_REACH`` words before the date, with no mark or ``speech_content`` word ("that") between ("he told
    the Verse Night benefit on Saturday"; not "the actor said 40 stars were expected to attend the gala on 22
    January", whose date is the gala's)."""
    words = lexicon(m.article.language or "")
    before = m.article.text[m.sentence_start:m.expression.start]
    tokens = _TOKEN.findall(before)[-SPEECH_REACH - 1:]
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        if token in words.speech:
            return True
        if not token[0].isalnum() or token.lower() in words.speech_content:
            return False
    return False


def schedule_and_statement(m: Mention, other: Mention) -> bool:
    """Whether, of two articles' mentions, one is a schedule notice and the other a statement that is none."""
    if m.article.id == other.article.id:
        return False
    first, second = schedule_notice(m), schedule_notice(other)
    if first == second:
        return False
    return _statement(other if first else m)

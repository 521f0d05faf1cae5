"""A date inside a question: a question tells no happening, so its date dates none.

"Are we again set to face a disease that can kill millions as happened with the pandemics of 1918, 1957
and 1968?", "Did you get the bug last year?", "Will 2007 be the year of the prince?": the asking is the
writer's (now), and the year is what is asked about, not a time anything is told to have happened. A
headline made of the question carries a date of nothing. What tells such a date, read from the words alone:

- its sentence opens (at its start, after a quote mark) with one of ``openers``: an auxiliary put first ("are",
  "did", "will"), a question that asks whether (a question word takes the act as told: "Why did the minister
  resign on Monday?" asks about a resignation that was);
- the first mark ending a sentence after the date is a "?", with no colon, dash or quote mark between
  (": what should we do?" asks after a told act; "put it in 1776: ``Is God willing …?" quotes a question
  after a dated act; "- and what happens if …?" is another clause).

Not in the lead (its first two sentences): there the title tells the news, and a question asks after the news's
own day ("Harbour board votes to close the old berth" / "Will the ferries still run on Monday?").

Like a condition ("if it struck today"), such a mention dates no happening and joins none (``ASKED`` is
:data:`.dependent.CONDITION`'s name). The words are the resource's ``[asked]`` table.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..temporal import TimeExpression
from ..temporal.grammar import word_list
from .headline_words import resource_table

__all__ = ["ASKED", "asked"]

#: the role of a date inside a question: no happening, as a condition's (``dependent.CONDITION``)
ASKED = "condition"
#: characters read either side of a date for its sentence
REACH = 400
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
#: a lead is at most this many sentences of the first paragraph (as :data:`.summary.LEAD_FALLBACK`)
LEAD_SENTENCES = 2
_LEAD_END = re.compile(r"[.!?][\"'”’)]*\s")
_ENDS = frozenset(".!?")
#: marks after a date that put the question in another clause than the date's
_OTHER_CLAUSE = frozenset(":;—–\"“”«»`")


@lru_cache(maxsize=None)
def _openers(language: str) -> frozenset[str]:
    return frozenset(word_list(resource_table(language, "asked"), "openers"))


def _opening_word(before: list[str]) -> str:
    """The first word of the sentence the tokens ``before`` a date end in (past a quote mark)."""
    start = max((k + 1 for k, t in enumerate(before) if t in _ENDS or t == ":"), default=0)
    words = [t for t in before[start:] if t[:1].isalnum()]
    return words[0] if words and start < len(before) and before[start][:1] not in _ENDS else ""


def _in_lead(head: str) -> bool:
    """Whether the text ``head`` before a date holds no paragraph break and at most ``LEAD_SENTENCES`` - 1 sentence
    ends: the date is in the article's lead, whose question asks after the news's own day (its summary is the
    title's, :mod:`.summary`)."""
    return "\n\n" not in head.replace("\r", "").replace(" ", "") and len(_LEAD_END.findall(head)) < LEAD_SENTENCES


@lru_cache(maxsize=1 << 15)
def asked(text: str, language: str, e: TimeExpression) -> bool:
    """Whether ``e`` stands inside a question (see the module)."""
    openers = _openers(language)
    if not openers:
        return False
    for token in _TOKEN.findall(text[e.end:e.end + REACH]):
        if token in _OTHER_CLAUSE or token in _ENDS and token != "?":
            return False
        if token == "?":
            break
    else:
        return False
    if _in_lead(text[:e.start]):
        return False
    before = _TOKEN.findall(text[max(0, e.start - REACH):e.start])
    if len(before) * 6 >= REACH and not any(t in _ENDS or t == ":" for t in before):
        return False  # the sentence's start is out of reach: say nothing
    return _opening_word(before).lower() in openers

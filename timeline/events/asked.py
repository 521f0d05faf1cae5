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
own day ("Harbour board votes to close the old berth" / "Will the ferries still run on Monday?"). A plain-text
article keeps its title as its first line: a first paragraph of one short line that ends in no full stop
(``TITLE_WORDS``) is that title, and the lead is the paragraph after it.

Nor a question that asserts the clause it asks about, its opener's subject then a word of ``asserting`` ("Can you
believe the bridge collapsed on Wednesday?", "Did you know the dyke broke in 1953?"; not before a word of
``asking``: "Do you remember what you were doing on Tuesday night?" asks): the act is told.

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
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*(?:\r?\n)+\s*")
#: a plain-text article's title line has at most this many words
TITLE_WORDS = 20
_ENDS = frozenset(".!?")
#: marks after a date that put the question in another clause than the date's
_OTHER_CLAUSE = frozenset([*":;—–\"“”«»`", "-", "--", "``", "''"])


@lru_cache(maxsize=None)
def _openers(language: str) -> frozenset[str]:
    return frozenset(word_list(resource_table(language, "asked"), "openers"))


@lru_cache(maxsize=None)
def _asserting(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs that assert what a question asks about, and the words after them that ask it still."""
    table = resource_table(language, "asked")
    return frozenset(word_list(table, "asserting")), frozenset(word_list(table, "asking"))


def _opening_words(before: list[str]) -> list[str]:
    """The words of the sentence the tokens ``before`` a date end in (past a quote mark); none when its start is
    not among them."""
    start = max((k + 1 for k, t in enumerate(before) if t in _ENDS or t == ":"), default=0)
    words = [t for t in before[start:] if t[:1].isalnum()]
    return words if words and start < len(before) and before[start][:1] not in _ENDS else []


def _lead_start(text: str) -> int:
    """Where the lead's paragraph starts: after a first paragraph that is a plain-text article's title (one line of
    at most ``TITLE_WORDS`` words with no full stop at its end, more text after it), else at the text's start."""
    stripped = text.lstrip()
    first = _PARAGRAPH_BREAK.search(stripped)
    if first is None:
        return 0
    title = stripped[:first.start()].strip()
    if "\n" in title or len(title.split()) > TITLE_WORDS or title.endswith((".", ",", ";", ":")):
        return 0
    return len(text) - len(stripped) + first.end()


def _in_lead(text: str, start: int) -> bool:
    """Whether a date at ``start`` is in the article's title or lead (the first paragraph after a title's, its
    first ``LEAD_SENTENCES`` sentences): a question there asks after the news's own day (its summary is the
    title's, :mod:`.summary`)."""
    lead = _lead_start(text)
    if start < lead:
        return True  # the title itself
    head = text[lead:start]
    return "\n\n" not in head.replace("\r", "").replace(" ", "") and len(_LEAD_END.findall(head)) < LEAD_SENTENCES


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
    if _in_lead(text, e.start):
        return False
    before = _TOKEN.findall(text[max(0, e.start - REACH):e.start])
    if len(before) * 6 >= REACH and not any(t in _ENDS or t == ":" for t in before):
        return False  # the sentence's start is out of reach: say nothing
    words = [w.lower() for w in _opening_words(before)]
    asserting, asking = _asserting(language)
    if words[2:3] and words[2] in asserting and words[3:4] and words[3] not in asking:
        return False  # "Can you believe the bridge collapsed on Wednesday?": the act is told
    return bool(words) and words[0] in openers

"""A possibility and a done act of one date: two happenings, unless the done act is the one planned.

"His company would produce the most doses in the shortest time, the head of vaccines said on
Thursday" and "the drugmaker said this month that it had begun large-scale production" share the
firm, the vaccine and the month, and an edge joins them; yet one tells what may or will be done,
the other what was done. Likewise "On Monday, the envoy said he would recommend more troops" and
"meals were dropped on Monday, the army said": what was said of a possible act is no report of a
done one. A clause is told as a possibility when one of the language's ``[hypothetical] modals``
("could", "would", "might") stands next to its date: before it with no punctuation between
("the first doses could be given in October"), or after it with none between but the comma of a
fronted date ("On Monday, he said he would …", "said on Thursday his company would …"), and no word
opening a clause of its own between. What a saying of the day told is the saying's, with or without
"that" ("told reporters on Sunday the port would reopen", "announced that ferries would return"):
"that" right after a ``sayings`` word (within ``SAYING_REACH`` words) opens no clause of its own.
A modal further off belongs to another clause ("X died on Tuesday, and officials said it could take
weeks to …"), and so does one whose subject is a relative word with a verb of the main clause after
its own ("The dam that could never fail burst on Monday").

A date owning a noun (``possessive``: "Monday's flood") dates that noun's happening, told as done
whatever the clause says of it ("up to 900 homes may have been lost in Monday's flood"). Some modal
phrases tell a fact (``facts``: "could not reach the village on Monday", "the blast could be heard
across the city"); a modal that is also a month or a name ("May") counts only in lower case.

A plan and its fulfilment are one happening: "would sign the treaty on Monday" and "signed the
treaty on Monday" tell one signing, so when the verb after the modal is written done in the other
sentence (itself or with one of ``done_endings``), they are not set apart. Two possibilities of one
date may well be one ("could be given in October", "could be given in the autumn"), and two done
acts are other vetoes' to tell apart: only a possibility and a different done act are set apart here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Mention
from .headline_words import lowered, resource_table

#: a modal counts as the dated clause's when it stands within this many words after the date ("On
#: Monday, UN envoy Ines Marro said she would …"), or this many before it ("could be given in October")
MODAL_REACH, MODAL_BEFORE = 10, 6
#: a "that" this many words after a saying word (the date between counts none) opens what was said
SAYING_REACH = 3
#: a planned verb shorter than this ("go", "do") tells too little to find its act done
MIN_VERB = 3
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,:]*|[^\w\s]")
#: punctuation that ends a clause between the date and a modal
_BREAK = frozenset(",;:.!?()\"“”—–-")


@dataclass(frozen=True)
class _Words:
    """The language's ``[hypothetical]`` words (see the resources)."""

    modals: frozenset[str]
    fronting: frozenset[str]
    openers: frozenset[str]
    sayings: frozenset[str]
    said_openers: frozenset[str]
    lower_only: frozenset[str]
    facts: tuple[tuple[str, ...], ...]
    relatives: frozenset[str]
    verb_links: frozenset[str]
    before_verb: frozenset[str]
    endings: frozenset[str]
    possessive: tuple[str, ...]


@lru_cache(maxsize=8)
def _words(language: str) -> _Words:
    """The ``[hypothetical]`` table of ``language`` (all empty when it has none: nothing is a possibility)."""
    table = resource_table(language, "hypothetical")
    return _Words(lowered(table, "modals"), lowered(table, "fronting"), lowered(table, "clause_openers"),
                  lowered(table, "sayings"), lowered(table, "said_openers"), lowered(table, "lower_case_only"),
                  tuple(tuple(p.split()) for p in sorted(lowered(table, "facts"))),
                  lowered(table, "relatives"), lowered(table, "verb_links"), lowered(table, "before_verb"),
                  lowered(table, "done_endings"), tuple(sorted(lowered(table, "possessive"))))


def _modal_at(words: list[str], k: int, w: _Words) -> bool:
    """Whether ``words[k]`` is a modal telling a possibility: not one of the ``facts`` ("could not"),
    and not a "May" of a month or a name."""
    word = words[k]
    if word.lower() not in w.modals or word.lower() in w.lower_only and word != word.lower():
        return False
    lowered_run = [x.lower() for x in words[k:k + 4]]
    return not any(tuple(lowered_run[:len(p)]) == p for p in w.facts)


def _verb(words: list[str], k: int, w: _Words) -> int | None:
    """The index of the verb the modal at ``k`` governs ("would not be signed" -> "signed")."""
    for j in range(k + 1, min(k + 5, len(words))):
        if words[j][0].isalpha() and words[j].lower() not in w.before_verb:
            return j
    return None


def _relative(words: list[str], k: int, w: _Words) -> bool:
    """Whether the modal at ``k`` (before the date, which ends ``words``) is a relative clause's with the
    main clause's verb after its own: "The dam that could never fail burst on Monday"."""
    verb = _verb(words, k, w)
    return (k > 0 and words[k - 1].lower() in w.relatives and verb is not None and verb + 1 < len(words)
            and words[verb + 1][0].isalpha() and words[verb + 1].lower() not in w.verb_links | w.fronting)


def _planned(mention: Mention) -> str | None:
    """The verb of the act the mention tells as a possibility ("sign" of "would sign the treaty on
    Monday"), "" when it tells one with no verb found, or None when it tells a done act."""
    e, start = mention.expression, mention.sentence_start
    return _planned_at(mention.article.text, mention.article.language or "", e.start, e.end, start,
                       start + len(mention.sentence))


@lru_cache(maxsize=1 << 14)  # a merge asks it of a mention for each of its partners (a silver corpus's fit)
def _planned_at(text: str, language: str, e_start: int, e_end: int, start: int, end: int) -> str | None:
    """:func:`_planned` of the date at ``text[e_start:e_end]`` in the sentence ``text[start:end]``."""
    w = _words(language)
    if not w.modals:
        return None
    if text[e_end:e_end + 4].lstrip().lower().startswith(w.possessive):
        return None  # "may have been lost in Monday's flood": the date tells the flood, a done one
    before = _WORD.findall(text[start:e_start])
    for k in range(len(before) - 1, max(len(before) - MODAL_BEFORE, 0) - 1, -1):
        if before[k] in _BREAK:
            break
        if _modal_at(before, k, w) and not _relative(before, k, w):
            verb = _verb(before, k, w)
            return before[verb].lower() if verb is not None else ""
    after = _WORD.findall(text[e_end:end])[:MODAL_REACH + 4]
    fronted = not any(x[0].isalpha() and x.lower() not in w.fronting for x in before)
    for k, word in enumerate(after[:MODAL_REACH]):
        lead = [x.lower() for x in (before[-SAYING_REACH:] + after[:k])[-SAYING_REACH:]]
        said = word.lower() in w.said_openers and any(x in w.sayings for x in lead)  # "told reporters on Sunday that"
        if word in _BREAK and not (k == 0 and fronted and word == ",") or word.lower() in w.openers and not said:
            break  # "the dam burst on Tuesday before the town would be warned": another clause's modal
        if _modal_at(after, k, w):
            verb = _verb(after, k, w)
            return after[verb].lower() if verb is not None else ""
    return None


def hypothetical(mention: Mention) -> bool:
    """Whether the mention's sentence tells its dated act as a possibility (see the module docstring)."""
    return _planned(mention) is not None


def _fulfils(verb: str, done: Mention) -> bool:
    """Whether the done mention's sentence tells the planned act ``verb`` as a verb: the verb itself or
    one of its ``done_endings`` ("signed", "reopened", "produced"), not a noun of its family
    ("production": the firm's plan to produce doses is no report that production began)."""
    endings = _words(done.article.language or "").endings
    base = verb[:-1] if verb.endswith("e") else verb
    return len(verb) >= MIN_VERB and any(
        x == verb or x.startswith(base) and x[len(base):] in endings for x in _WORD.findall(done.sentence.lower()))


def possibility_and_fact(m: Mention, other: Mention) -> bool:
    """Whether one of two mentions tells its dated act as a possibility and the other a different done act."""
    if m.article.language != other.article.language:
        return False
    plan, plan_other = _planned(m), _planned(other)
    if (plan is None) == (plan_other is None):
        return False
    plan, done = (plan, other) if plan is not None else (plan_other, m)
    return not _fulfils(plan, done)

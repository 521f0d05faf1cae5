"""A date inside a phrase of "after" or "before" that a main clause's act is told from, not that act's own date.

"After a day of talks on Monday, the ministers signed the deal on Tuesday": the signing has its own day, the
talks' is not its. "The valley is rebuilding its schools after the floods of 2007": the floods were of 2007, the
rebuilding is now. "Prices rose in October, following a fall in September": September is the fall's. A headline of
the main clause would carry the phrase's date.

Read from the words before the date, within its sentence: one of ``openers``, then up to the date a gerund or
noun phrase (no verb, relative word, subordinator, conjunction or word of speech: another clause would hold the
date, and :mod:`.dated` may tell it). The main clause is either the clause of the finite verb the phrase follows
(back to a clause mark or a conjunction: "… and he won after …"), or, for a phrase that opens the sentence or
follows "that," ("said that, after a lull at the start of the year, sales rose in March"), the clause after its
closing comma, up to a comma before a conjunction or subordinator. Only where the phrase's date cannot also be
the main act's:

- the main clause names a day of its own (a weekday, a month, a year, or one of ``own_days``: "… on Tuesday"; not
  a name such a word opens: "the Sunday Courier"); or
- the main clause tells a state lasting to the news or a plan (a word of ``lasting``: "is", "has", "will": "Asia
  is reacting vigorously following the outbreak of SARS in 2003", "refugees have been living in camps after
  leaving in 1990"), and the date is coarser than a day and over before the news.

A past act stays with its date: "He was jailed after a coup in 1980", "He resigned after talks on Monday" are
most often of that year and that day (and "Thailand strengthened its defences after a slow response in 2003",
later, is left to be read another way). A date to come is a plan's ("before the season begins in March"), and
"before" a name a place ("before the UN Commission on Thursday", one of ``place_openers``): neither is read. A
noun phrase that :func:`.dated.dated_noun` makes a headline of keeps its date (that event is told). Such a
mention joins an event others found but makes none alone (``dependent.role`` via
:func:`.anchor_phrase.anchors_main_act`). The words are the resource's ``[after_phrase]`` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..temporal import Granularity, TimeExpression, load_grammar
from ..temporal.grammar import GrammarError, word_list
from .compared import TOKEN
from .dated import dated_noun
from .headline_words import Lexicon, lexicon, resource_table

__all__ = ["after_phrase_date"]

#: words looked back from the date for the opener
REACH = 14
#: tokens that end the phrase read back from the date
_CLAUSE_MARKS = frozenset(",;:()\"“”«»[]—–") | {"-", "--", "-LRB-", "-RRB-", "``", "''"}
#: a sentence's end: not an initial's point ("the U.S. envoy")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?](?:\s|$)")
_YEAR = re.compile(r"\b1[5-9]\d\d\b|\b20\d\d\b")


@dataclass(frozen=True)
class Words:
    """The ``[after_phrase]`` words of one language, with its month and weekday names."""

    openers: frozenset[str] = frozenset()
    own_days: frozenset[str] = frozenset()
    lasting: frozenset[str] = frozenset()
    place_openers: frozenset[str] = frozenset()
    date_names: frozenset[str] = frozenset()
    lex: Lexicon | None = None


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (no such phrase is read) for a language without them."""
    table = resource_table(language, "after_phrase")
    if not table:
        return Words()
    try:
        grammar = load_grammar(language)
        names = frozenset(w for c in ("month", "weekday") for w in grammar.words.get(c, {}) if w.isalpha())
    except GrammarError:
        names = frozenset()
    return Words(openers=frozenset(word_list(table, "openers")), own_days=frozenset(word_list(table, "own_days")),
                 lasting=frozenset(word_list(table, "lasting")), place_openers=frozenset(word_list(table, "place_openers")),
                 date_names=names, lex=lexicon(language))


def _verb(token: str, lex: Lexicon) -> bool:
    """Whether a lower-case ``token`` reads as a finite verb: an auxiliary, a listed verb or verb of speech, or a
    past by ``object_endings`` ("strengthened")."""
    word = token.lower()
    return token[:1].islower() and (word in lex.auxiliaries or word in lex.verbs or word in lex.speech
                                    or len(word) > 3 and word.isalpha() and word.endswith(lex.object_endings or ("\0",)))


def _phrase(tokens: list[str], w: Words) -> bool:
    """Whether ``tokens`` (from the word after the opener up to the date) are one gerund or noun phrase: it opens
    lower case (a gerund, a determiner, a noun: not a name, which may be a clause's subject), and after a leading
    gerund no word is a verb, a relative word, a subordinator, a conjunction, a verb of speech or a date's name."""
    lex = w.lex
    assert lex is not None
    if not tokens or not tokens[0][:1].islower():
        return False
    gerund = tokens[0].isalpha() and tokens[0].endswith(lex.participle_endings or ("\0",))
    for token in tokens[1:] if gerund else tokens:
        lower = token.lower()
        if (lower in lex.relative or lower in lex.subordinators or lower in lex.conjunctions or lower in lex.speech
                or _verb(token, lex) or token in _CLAUSE_MARKS or lower in w.date_names and token[:1].isupper()
                or _YEAR.fullmatch(token)):
            return False
    return True


def _main_after(rest: list[str], lex: Lexicon) -> list[str]:
    """The main clause's tokens after a fronted phrase: up to a comma before a conjunction, subordinator or relative
    word, or a semicolon or colon ("the parties ruled the council, but a crisis ensued … in April": not its day)."""
    for j, token in enumerate(rest):
        following = rest[j + 1].lower() if j + 1 < len(rest) else ""
        if token in (";", ":") or token == "," and (following in lex.conjunctions or following in lex.subordinators
                                                    or following in lex.relative):
            return rest[:j]
    return rest


def _own_day(main: list[str], w: Words) -> bool:
    """Whether the main clause's tokens ``main`` name a day of their own (a weekday, a month, a year, a word of
    ``own_days``; not a name such a word opens: "the Sunday Mirror")."""
    return any(t.lower() in w.own_days or _YEAR.fullmatch(t) or t.lower() in w.date_names and t[:1].isupper()
               and not (j + 1 < len(main) and main[j + 1][:1].isupper())
               for j, t in enumerate(main))


def after_phrase_date(text: str, language: str, e: TimeExpression, published: date | None = None) -> bool:
    """Whether ``e`` dates an "after"/"before" phrase the main clause's act is told from (see the module)."""
    w = words(language)
    lex = w.lex
    if lex is None or not w.openers or e.interval is None or published is not None and e.interval.start > published:
        return False  # a phrase of a time to come ("after the territory reverts in July") is a plan's
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, e.start - 600), e.start)]
    start = ends[-1] if ends else max(0, e.start - 600)
    tokens = TOKEN.findall(text[start:e.start])
    for k in range(len(tokens) - 2, max(-1, len(tokens) - 2 - REACH), -1):
        if tokens[k] in _CLAUSE_MARKS:
            return False
        if tokens[k].lower() not in w.openers:
            continue
        if tokens[k].lower() in w.place_openers and any(t[:1].isupper() for t in tokens[k + 1:]):
            return False  # "present a draft before the UN Commission on Thursday": a place, not a time
        if not _phrase(tokens[k + 1:], w) or dated_noun(text[max(0, e.start - 200):e.start], text[e.end:e.end + 2], lex):
            return False
        after = text[e.end:]
        end = _SENTENCE_END.search(after)
        rest = TOKEN.findall(after[:end.start() if end else len(after)])
        if all(t in _CLAUSE_MARKS for t in tokens[:k]) or tokens[k - 1] == "," and rest[:1] == [","] and (
                k < 2 or tokens[k - 2].lower() in lex.subordinators or not any(_verb(t, lex) for t in tokens[:k])):
            if rest[:1] != [","]:
                return False  # "After talks on Monday the …": no comma closes the phrase
            main = _main_after(rest[1:], lex)  # "After talks on Monday, the ministers signed …", "said that, after …,"
        else:
            verbs = [j for j in range(k) if _verb(tokens[j], lex)]
            if not verbs:
                return False  # no finite verb before it: the phrase may be the subject's ("Talks after …")
            opens = [j for j in range(verbs[-1]) if tokens[j] in _CLAUSE_MARKS or tokens[j].lower() in lex.conjunctions]
            main = tokens[opens[-1] + 1 if opens else 0:k]  # the clause of the verb the phrase follows ("… and he won")
        if _own_day(main, w):
            return True
        coarse = e.granularity not in (Granularity.DAY, Granularity.WEEKEND)
        return coarse and published is not None and e.interval.end < published and any(t.lower() in w.lasting for t in main)
    return False

"""A date inside a fronted phrase of basis or a relative clause after a preposition: not the main act's.

Two places in a sentence hold a date that belongs to a noun, not to the act the sentence tells:

- a phrase of basis opening the sentence, its noun followed by a past participle and the date, the main
  clause after its comma: "Under the treaty ratified in 1994, the island pays a levy …", "In line with a
  decree issued last month, shops must close …": the date is the treaty's and the decree's; the paying and
  the closing are now. The phrase opens with one of ``openers`` ("under", "in line with"; not "according to":
  a report released on a day is the news of that day), and the date's phrase reaches its comma in at most
  ``TAIL`` more words with no verb of its own;
- a relative clause opened by a preposition and a relative word after a comma ("…, from which the council
  cut 40 million last month", "…, in which 300 people died in 2004"): the cutting and the dying are the
  clause's acts, told about a noun of the main clause, whose act is another. The clause runs up to the date
  with no clause mark (comma, semicolon, bracket, quote), after a word of ``links`` right before a word of
  ``relative`` (``[headline]``). Only for a date a week or more before the news (``BEFORE_DAYS``): a
  relative clause of this week's date is often the news itself ("He attended the summit, at which leaders
  agreed on Thursday to cut emissions"), as is a negated one ("a boy who did not return home on Friday").

Such a mention joins an event others found (the treaty's, the cut's) but makes none alone
(``dependent.role`` via :func:`.side_part.side_role`). The words are the resource's ``[fronted_basis]``
table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..temporal import TimeExpression
from ..temporal.grammar import word_list
from ..temporal.sentences import sentence_bounds
from .compared import TOKEN, phrase_set
from .headline import verb_like
from .headline_words import Lexicon, lexicon, resource_table
from .negated_relative import negated_relative

__all__ = ["in_fronted_basis", "after_prepositional_relative", "in_basis_or_relative"]

#: words of a fronted phrase read before its date
REACH = 24
#: words after the date up to the fronted phrase's comma ("signed in 1998 with Moscow,")
TAIL = 5
#: how many days before the news a relative clause's date must end to be told as background
BEFORE_DAYS = 7
_CLAUSE_MARKS = frozenset(",;:()\"“”«»[]")


@dataclass(frozen=True)
class Words:
    """The ``[fronted_basis]`` words of one language (phrases as tuples of lower-case tokens)."""

    openers: frozenset[tuple[str, ...]] = frozenset()
    participles: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    lex: Lexicon | None = None


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (nothing is read) for a language without them."""
    table = resource_table(language, "fronted_basis")
    if not table:
        return Words()
    return Words(openers=phrase_set(table, "openers"), participles=frozenset(word_list(table, "participles")),
                 links=frozenset(word_list(table, "links")), lex=lexicon(language))


def _sentence_start(text: str, e: TimeExpression) -> int:
    return max((a for a, _ in sentence_bounds(text) if a <= e.start), default=0)


def _participle(token: str, w: Words) -> bool:
    """A past participle: a lower-case word of ``participles`` or one with an ``object_endings`` ending."""
    assert w.lex is not None
    return token[:1].islower() and (token in w.participles or token.endswith(w.lex.object_endings or ("\0",)))


@lru_cache(maxsize=1 << 14)
def in_fronted_basis(text: str, language: str, e: TimeExpression) -> bool:
    """Whether ``e`` stands in a fronted phrase of basis after its noun's participle (see the module)."""
    w = words(language)
    if w.lex is None:
        return False
    start = _sentence_start(text, e)
    before = TOKEN.findall(text[start:e.start])
    if not before or len(before) > REACH or any(t in _CLAUSE_MARKS for t in before):
        return False
    lower = [t.lower() for t in before]
    opener = next((p for p in w.openers if tuple(lower[:len(p)]) == p), None)
    if opener is None:
        return False
    body = before[len(opener):]
    # the participle stands after the phrase's noun, at most two words (a link, "on") before the date
    at = next((k for k in range(len(body) - 1, max(-1, len(body) - 3), -1) if _participle(body[k], w)), None)
    if at is None or at < 2:
        return False  # "Under pressure, officials signed …": no noun before a participle
    if any(t.lower() in w.lex.auxiliaries or t.lower() in w.lex.relative for t in body[:at]):
        return False  # "Under the deal that was signed in May": a clause of its own
    tail = TOKEN.findall(text[e.end:e.end + 12 * TAIL])[:TAIL + 1]
    for token in tail:
        if token == ",":
            return True
        if token in _CLAUSE_MARKS or token in ".!?" or token[:1].islower() and (
                verb_like(token.lower(), w.lex) or token.lower() in w.lex.auxiliaries):
            return False
    return False


@lru_cache(maxsize=1 << 14)
def after_prepositional_relative(text: str, language: str, e: TimeExpression) -> bool:
    """Whether ``e`` stands in a relative clause opened by a preposition after a comma (see the module)."""
    w = words(language)
    if w.lex is None or not w.lex.relative:
        return False
    start = _sentence_start(text, e)
    before = TOKEN.findall(text[start:e.start])[-REACH:]
    for k in range(len(before) - 1, 1, -1):
        token = before[k]
        if token in _CLAUSE_MARKS:
            return False
        if token in w.lex.relative:
            return before[k - 1].lower() in w.links and before[k - 2] == "," and k < len(before) - 1
    return False


def in_basis_or_relative(text: str, language: str, e: TimeExpression, published: date | None = None) -> bool:
    """Whether ``e`` dates a noun told in a fronted phrase of basis, a prepositional relative clause or a relative
    clause that tells what was not (:mod:`.negated_relative`); the two relative clauses only for a date told
    ``BEFORE_DAYS`` or more before ``published``."""
    if in_fronted_basis(text, language, e):
        return True
    told_before = published is not None and e.interval is not None and (
        (published - e.interval.end).days >= BEFORE_DAYS)
    return told_before and (after_prepositional_relative(text, language, e) or negated_relative(text, language, e))

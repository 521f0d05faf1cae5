"""A date inside a relative clause that tells what was not: no happening of its sentence.

"Harbours have radar today which they did not have in 1950", "ferries sail with pumps that were not on board
40 years ago": the clause describes its noun by what was missing then; nothing happened in 1950, and the
sentence's act (having radar, sailing) is now. A headline made of the main clause would carry 1950.

Read from the words before the date: a relative word (``[headline]`` ``relative`` right after a word, not a comma: a
clause set apart in the subject, "Ann, who was not at Monday's hearing, is facing charges", may tell the news of
that day; or one of ``that_words`` after a lower-case word that is no verb and right before an auxiliary:
"pumps that were not", not "said that" nor "a report that he was not", clauses that may tell the act), then, before any clause mark, an auxiliary and a word of ``negations`` ("did not", "had never") within
``NEGATION_REACH`` words of it, and no auxiliary or verb after the word that follows the negation up to the date
(that would be the main clause's verb, whose date it is). Such a mention joins an event others found but makes none alone
(``dependent.role`` via :func:`.side_part.side_role`). The words are the resource's ``[negated_relative]`` table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..temporal import TimeExpression
from ..temporal.grammar import word_list
from .compared import TOKEN
from .headline import verb_like
from .headline_words import Lexicon, lexicon, resource_table

__all__ = ["negated_relative"]

#: words looked back from the date for the relative word
REACH = 16
#: the negation follows the relative word within this many words ("which they did not")
NEGATION_REACH = 4
_CLAUSE_MARKS = frozenset(",;:()\"“”«»[].!?-—–")


@dataclass(frozen=True)
class Words:
    """The ``[negated_relative]`` words of one language."""

    negations: frozenset[str] = frozenset()
    that_words: frozenset[str] = frozenset()
    lex: Lexicon | None = None


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (nothing is read) for a language without them."""
    table = resource_table(language, "negated_relative")
    if not table:
        return Words()
    return Words(negations=frozenset(word_list(table, "negations")), that_words=frozenset(word_list(table, "that_words")),
                 lex=lexicon(language))


@lru_cache(maxsize=1 << 14)
def negated_relative(text: str, language: str, e: TimeExpression) -> bool:
    """Whether ``e`` stands in a negated relative clause (see the module)."""
    w = words(language)
    if w.lex is None:
        return False
    tokens = TOKEN.findall(text[max(0, e.start - 12 * REACH):e.start])[-REACH:]
    for k in range(len(tokens) - 1, 0, -1):
        token = tokens[k]
        if token in _CLAUSE_MARKS:
            return False
        lower = token.lower()
        before = tokens[k - 1]
        body = [t.lower() for t in tokens[k + 1:]]
        relative = token in w.lex.relative or lower in w.that_words and before[:1].islower() and before.isalpha() \
            and not verb_like(before.lower(), w.lex) and before.lower() not in w.lex.speech \
            and bool(body) and body[0] in w.lex.auxiliaries
        if relative:
            if before in _CLAUSE_MARKS:
                return False  # "Ann, who was not at Monday's hearing, is …": set apart in the subject, it may tell the news
            at = next((j for j, t in enumerate(body[:NEGATION_REACH + 1])
                       if t in w.negations and j and body[j - 1] in w.lex.auxiliaries), None)
            # the clause's verb comes right after the negation; a verb after it would be the main clause's
            # ("a pupil who had not been abroad was found to be ill on Saturday")
            return at is not None and not any(t in w.lex.auxiliaries or verb_like(t, w.lex) for t in body[at + 2:])
    return False

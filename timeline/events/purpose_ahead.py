"""A date ahead of the news inside a noun's phrase of purpose: the aim's date, not the act's.

"The ministers called for a clear plan for finishing the canal by 2014", "there is a good chance of reaching a
deal at the summit next week", "the mayor met the guild in preparation for opening the market next month": the
finishing, the reaching and the opening are aims, looked toward from the act the sentence tells (the call, the
remark, the meeting), which happened at the news. A headline made of the main clause would carry the aim's
date, a forecast dated as if done.

Read from the words before the date: a word of ``links`` ("for", "of") after a noun (a lower-case word that
reads as no verb: "accused of killing …", "slated for opening …" tell the clause's own act), then a gerund
(a lower-case word ending as a participle, not one of ``not_gerunds``: "of spring"), then at most ``REACH``
words with no clause mark, verb, auxiliary or relative word, up to the date; and the date lies after the news
(``published``): a date already past is most often the act's own ("convicted of ordering an attack in 2000").
Such a mention joins an event others found but makes none alone (``dependent.role`` via
:func:`.side_part.side_role`). The words are the resource's ``[purpose_ahead]`` table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..temporal import TimeExpression
from ..temporal.grammar import word_list
from .compared import TOKEN
from .headline import verb_like
from .headline_words import Lexicon, lexicon, resource_table

__all__ = ["aim_ahead"]

#: words between the gerund and the date ("completing the canal's second lock in")
REACH = 7
_CLAUSE_MARKS = frozenset(",;:()\"“”«»[].!?")


@dataclass(frozen=True)
class Words:
    """The ``[purpose_ahead]`` words of one language."""

    links: frozenset[str] = frozenset()
    not_gerunds: frozenset[str] = frozenset()
    lex: Lexicon | None = None


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (no aim is read) for a language without them."""
    table = resource_table(language, "purpose_ahead")
    if not table:
        return Words()
    return Words(links=frozenset(word_list(table, "links")), not_gerunds=frozenset(word_list(table, "not_gerunds")),
                 lex=lexicon(language))


def _gerund(token: str, w: Words) -> bool:
    assert w.lex is not None
    return (token[:1].islower() and token not in w.not_gerunds and len(token) > 4
            and token.endswith(w.lex.participle_endings or ("\0",)))


def _noun(token: str, w: Words) -> bool:
    """A lower-case word that reads as no verb, auxiliary or function word ("roadmap", "chance")."""
    assert w.lex is not None
    lower = token.lower()
    return (token[:1].islower() and token.isalpha() and not verb_like(lower, w.lex)
            and not lower.endswith(w.lex.object_endings or ("\0",)) and lower not in w.lex.not_subject
            and lower not in w.lex.determiners and lower not in w.lex.auxiliaries)


def aim_ahead(text: str, language: str, e: TimeExpression, published: date | None = None) -> bool:
    """Whether ``e`` dates an aim ahead of the news in a noun's phrase of purpose (see the module)."""
    w = words(language)
    if w.lex is None or published is None or e.interval is None or e.interval.start <= published:
        return False
    tokens = TOKEN.findall(text[max(0, e.start - 16 * REACH):e.start])[-(REACH + 4):]
    for k in range(len(tokens) - 1, 1, -1):
        token = tokens[k]
        if token in _CLAUSE_MARKS or token.lower() in w.lex.relative or token.lower() in w.lex.auxiliaries:
            return False
        if _gerund(token, w) and tokens[k - 1].lower() in w.links:
            return _noun(tokens[k - 2], w)
        if k < len(tokens) - 1 and token[:1].islower() and verb_like(token.lower(), w.lex) \
                and not token.endswith(w.lex.participle_endings or ("\0",)):
            return False  # "… of reaching a deal that ends next week": a verb of its own
    return False

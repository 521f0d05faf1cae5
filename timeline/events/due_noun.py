"""A noun's plan dated right after "due": the plan's date, not the date of the act its sentence tells.

"The main challenge before him is to hold free elections due in January", "the report, due on Friday,
will show …", "ministers discussed the talks due next month": the elections, the report and the talks are
planned for that date; the saying, the showing and the discussing are not of it. A word of ``due`` stands
right before the date or before one of ``links`` ("in", "on") right before it, after a noun (a word that is
neither one of ``predicates`` nor a function word: "the loan falls due in May", "the rent is due on Monday"
tell the falling due, the clause's act) or opening a clause after a comma (", due on Friday,"). The
"due to <verb>" form is :mod:`.side_part`'s. Such a mention joins an event others found (the plan's own) but
makes none alone (``dependent.role`` via :func:`.side_part.side_role`). The words are the resource's
``[due_noun]`` table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..temporal import TimeExpression
from ..temporal.grammar import word_list
from .compared import TOKEN
from .headline_words import Lexicon, lexicon, resource_table

__all__ = ["due_noun"]

#: characters read back from a date for its clause
REACH = 200


@dataclass(frozen=True)
class Words:
    """The ``[due_noun]`` words of one language."""

    due: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    predicates: frozenset[str] = frozenset()
    lex: Lexicon | None = None


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (no plan is read) for a language without them."""
    table = resource_table(language, "due_noun")
    if not table:
        return Words()
    return Words(due=frozenset(word_list(table, "due")), links=frozenset(word_list(table, "links")),
                 predicates=frozenset(word_list(table, "predicates")), lex=lexicon(language))


def due_noun(text: str, language: str, e: TimeExpression) -> bool:
    """Whether ``e`` dates a noun's plan told after "due" (see the module)."""
    w = words(language)
    if w.lex is None:
        return False
    tokens = TOKEN.findall(text[max(0, e.start - REACH):e.start])[-3:]
    if tokens and tokens[-1].lower() in w.links:
        tokens = tokens[:-1]
    if not tokens or tokens[-1].lower() not in w.due:
        return False
    before = tokens[-2] if len(tokens) > 1 else ""
    if before == ",":
        return True  # "the report, due on Friday, …"
    lower = before.lower()
    return (lower.replace("-", "").isalpha() and lower not in w.predicates and lower not in w.lex.auxiliaries
            and lower not in w.lex.not_subject and lower not in w.lex.determiners)

"""Whether a date must stay in its sentence's summary because what is left would point at it.

Cutting a date out of a summary ("The council met [on Monday]") is safe when what is left is whole.
It is not when the word before the date (and the words that only serve it: "in", "on", the
language's ``[summary] drop_before``) points at it, one of ``[headline] wants_date`` ("a huge hit
back [in 1993]" -> "a huge hit back"), or when the date ends a relative clause, opened by one of
``fragment_relative``, after a noun phrase with no verb of its own ("the Leaders' Meeting that will
take place [on Nov. 18]" -> "… that will take place"): the date stays as written.
:mod:`.gap` asks this before it cuts.
"""

from __future__ import annotations

from .headline import Word, bare, has_predicate, verb_like
from .headline_words import Lexicon

__all__ = ["pointed_at"]


def pointed_at(head: list[Word], tail: list[Word], suffix: str, lex: Lexicon) -> bool:
    """Whether the words ``head`` before a date (``tail`` after it, ``suffix`` glued to it) need it
    (see the module's docstring)."""
    k = len(head)
    while k and bare(head[k - 1].text) in lex.drop_before and head[k - 1].text[-1:].isalnum():
        k -= 1
    if not k or not head[k - 1].text[-1:].isalnum():
        return False
    if bare(head[k - 1].text) in lex.wants_date:
        return True
    goes_on = bool(tail) and not suffix and tail[0].text[:1].isalnum()
    later = any(w.text[:1].isalnum() for w in tail)
    return not goes_on and _relative_fragment(head[:k], lex, subject_may_go_on=later)


def _relative_fragment(head: list[Word], lex: Lexicon, subject_may_go_on: bool = False) -> bool:
    """Whether the clause ``head`` ends in is a noun phrase with no verb and a relative clause after it
    ("The 13th Leaders' Meeting that will take place"), opened by one of ``fragment_relative``; not a
    sentence's subject when words follow the date (its verb may come after: "The official who gave the
    order [last week], killing three, has been arrested"), unless a participle opens it ("Wrapping …")."""
    start = max((k + 1 for k, w in enumerate(head) if w.ends_clause or w.text[-1:] in ",;:"
                 or w.text in lex.conjunctions), default=0)  # "… on Nov. 15-16 and the Meeting that will"
    clause = head[start:]
    if subject_may_go_on and start == 0 and clause and not bare(clause[0].text).endswith(
            lex.participle_endings or ("\0",)):
        return False
    for k in range(len(clause) - 1, 0, -1):
        if bare(clause[k].text) in lex.fragment_relative and clause[k].text[:1].islower():
            before = clause[k - 1].text
            word = bare(before)  # "adding that": a verb's report, not a noun's relative clause
            return (before[-1:].isalnum() and not verb_like(word, lex) and word not in lex.speech
                    and not (before[:1].islower() and word.endswith(lex.participle_endings or ("\0",)))
                    and not has_predicate(clause[:k], lex))
    return False

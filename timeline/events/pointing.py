"""Whether a date must stay in its sentence's summary because what is left would point at it.

Cutting a date out of a summary ("The council met [on Monday]") is safe when what is left is whole.
It is not when the word before the date (and the words that only serve it: "in", "on", the
language's ``[summary] drop_before``) points at it, one of ``[headline] wants_date`` ("a huge hit
back [in 1993]" -> "a huge hit back"), or when the date ends a relative clause, opened by one of
``fragment_relative``, after a noun phrase with no verb of its own ("the Leaders' Meeting that will
take place [on Nov. 18]" -> "… that will take place"), or ends a short relative clause
(``RELATIVE_WORDS``, opened by one of ``bare_relative``, with no object) with nothing of its clause after it ("the gig,
which took place [earlier this month], has raised" -> "which took place"), or an "of" phrase goes on
from it (one of ``keeps_date``: "which means [the second half] of this year"), or a plural noun after
it may be the noun it modifies ("during [the winter] months" -> "during months"): the date stays as written.
:mod:`.gap` asks this before it cuts.
"""

from __future__ import annotations

from .headline import Word, bare, has_predicate, verb_like
from .headline_words import Lexicon

__all__ = ["RELATIVE_WORDS", "dating_relative", "pointed_at"]

#: a relative clause that ends at its date, of at most this many words, says nothing without it ("which took place")
RELATIVE_WORDS = 4


def pointed_at(head: list[Word], tail: list[Word], suffix: str, lex: Lexicon, expression: str = "") -> bool:
    """Whether the words ``head`` before a date ``expression`` (``tail`` after it, ``suffix`` glued to it)
    need it, or the words after it do (see the module's docstring)."""
    goes_on = bool(tail) and not suffix and tail[0].text[:1].isalnum()
    if goes_on and (bare(tail[0].text) in lex.keeps_date or _plural_after(expression, tail, lex)):
        return True
    k = len(head)
    while k and bare(head[k - 1].text) in lex.drop_before and head[k - 1].text[-1:].isalnum():
        k -= 1
    if not k or not head[k - 1].text[-1:].isalnum():
        return False
    if bare(head[k - 1].text) in lex.wants_date:
        return True
    later = any(w.text[:1].isalnum() for w in tail)
    return not goes_on and (_relative_fragment(head[:k], lex, subject_may_go_on=later) or _short_relative(head[:k], lex))


def _plural_after(expression: str, tail: list[Word], lex: Lexicon) -> bool:
    """"[the winter] months": a date opened by a definite article before a lower-case word with a verb's ending
    that is no past's (``object_endings``: "-s", not "-ed") and no sure verb (an auxiliary, one of ``verbs``) may modify it as a noun; cut out, it leaves "during months"."""
    first = (expression.split() or [""])[0].lower()
    word = bare(tail[0].text)
    return (first in lex.definite and len(expression.split()) > 1 and tail[0].text[:1].islower() and word.isalpha()
            and len(word) > 3 and word.endswith(lex.verb_endings or ("\0",))
            and not word.endswith(lex.object_endings or ("\0",))
            and word not in lex.verbs and word not in lex.auxiliaries and word not in lex.not_subject
            and word not in lex.dangling)


def dating_relative(before: list[Word], clause: list[Word], lex: Lexicon) -> bool:
    """Whether ``clause``, set off by a comma after the words ``before``, is a short relative clause that only
    dates its noun and ends at its date, and that noun, in lower case, ends an "of" phrase (``keeps_date``: "the
    last eruption of the volcano, which occurred [in 1993],"): kept, the clause would tell the wrong noun's date
    as the act ("The volcano occurred in 1993"; "The strike, which began [on Monday]," and "tickets for the
    gig, which took place [on Friday]," are told right); :mod:`.gap`
    leaves it out whole, date and all, as it does any relative clause between commas."""
    near = [w for w in before if bare(w.text)][-3:]
    if not near or not near[-1].text[:1].islower() or not any(bare(w.text) in lex.keeps_date for w in near[:-1]):
        return False
    clause = [w for w in clause if w.gap or bare(w.text)]  # "the bridge , which happened in 2007 , killed"
    return (len(clause) > 1 and clause[-1].gap and bare(clause[0].text) in lex.bare_relative
            and _short_relative(clause[:-1], lex))


def _short_relative(head: list[Word], lex: Lexicon) -> bool:
    """Whether ``head`` ends on a relative clause of at most ``RELATIVE_WORDS`` words, opened by one of
    ``bare_relative`` (or by any ``relative`` word with no comma before it) with no clause mark inside and no object (a determiner, a possessive, one of
    ``object_pronouns``): "…, which took place", "which did not exist"; not "which sold the farm", whole
    without its date."""
    for k in range(len(head) - 1, max(-1, len(head) - RELATIVE_WORDS - 2), -1):
        word = head[k].text
        if k < len(head) - 1 and (word[-1:] in ",;:" or head[k].ends_clause):
            return False
        if bare(word) in lex.determiners | lex.possessive_pronouns | lex.object_pronouns:
            return False
        if bare(word) in lex.relative and word[:1].islower():
            # "the team who arrived [last Friday]" restricts its noun; "Jackson, who died [in 2009]," is told whole
            restrictive = k > 0 and head[k - 1].text[-1:].isalnum()
            return k < len(head) - 1 and (bare(word) in lex.bare_relative or restrictive)
    return False


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

"""A date in a phrase that opens its sentence dates the main clause after it; a clause of time left without its main clause is no headline.

"In the courtroom in Oslo on Tuesday, prosecutor Ola Lind said that when the nurse realized the
patient had died, he ordered …": the date stands in a phrase with no verb before the first comma, so
it dates what the sentence's main clause tells (the saying), not the time clause the saying reports
("the nurse realized the patient had died" happened long before). And a run that ends on such a time
clause ("… said that when the nurse realized the patient had died,") stops before what the clause
is the time of: it is cut mid-sentence.
"""

from __future__ import annotations

from .headline import EDGE, Word, bare, opening, verb_like
from .headline_words import Lexicon
from .reported_opening import opening_cut

__all__ = ["after_dated_opening", "time_clause_cut"]


def after_dated_opening(words: list[Word], spans: list[tuple[int, int]], i: int, run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` opens the clause right after a first clause that holds the gap and no verb (a
    phrase of place and date, "In the courtroom in Oslo [on Tuesday],"), so the date is the run's; the phrase
    may go on in clauses a conjunction opens ("With 264 cases [as of Wednesday], and new cases cropping up, |
    the board's plan seeks …": what the phrase adds is no headline, the clause after it is)."""
    first = next((w.text for w in words[spans[0][0]:spans[0][1]] if w.text.strip(EDGE)), "")
    joined = all(bare(next((w.text for w in words[a:b] if w.text.strip(EDGE)), "")) in lex.conjunctions
                 for a, b in spans[1:i])
    if i < 1 or not joined or not run or not any(w.gap and not w.text for w in words[spans[0][0]:spans[0][1]]) \
            or bare(first) not in lex.opening_prepositions and not _leading_preposition(bare(first), lex):
        return False  # "[Jan 14] Jo Lind, | a nurse, e-mails": a name, no phrase of place; "During the scare of
        # 1995-7, …": the date stays written in the phrase, which the run then keeps
    phrase = words[spans[0][0]:spans[0][1]]
    if any(w.text[:1].islower() and (verb_like(bare(w.text), lex) or bare(w.text) in lex.auxiliaries
           or bare(w.text).endswith(lex.participle_endings or ("\0",))) and not _counted(phrase[k - 1].text if k else "", lex)
           for k, w in enumerate(phrase)):
        return False  # "In talks held [on Monday], he said": a verb of its own (a name's "Angeles" is none)
    opened = opening(words[spans[i][0]:spans[i][1]], lex)
    return bool(opened) and opened[0] is run[0]


def _counted(before: str, lex: Lexicon) -> bool:
    """Whether a word after ``before`` is a noun it counts or determines ("264 cases", "the talks"), no verb."""
    return before[:1].isdigit() or bare(before) in lex.determiners


def _leading_preposition(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a preposition of ``leading`` ("with"): it opens a phrase of circumstance, no subject."""
    return word in lex.leading and word in lex.cut_before_phrase


def time_clause_cut(words: list[Word], spans: list[tuple[int, int]], j: int, run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` ends with clause ``j`` at a comma and that clause holds a subordinating word after its
    verb of saying or its "that" ("said that when the nurse realized …,"): the main clause it is the time
    of is cut off, when the next clause opens with its subject ("he ordered …"; a run that opens with the
    subordinate clause is :func:`.headline.opening`'s); or it stops after a report's opening phrase (see
    :mod:`.reported_opening`)."""
    if opening_cut(words, spans, j, run, lex):  # "said that with three witnesses called, | the case could …"
        return True
    if not run or j + 1 >= len(spans) or not run[-1].text.endswith(","):
        return False
    a, b = spans[j]
    nxt = next((w.text for w in words[spans[j + 1][0]:spans[j + 1][1]] if w.text.strip(EDGE)), "")
    if not (bare(nxt) in lex.pronouns or nxt[:1].isupper()):
        return False  # "that after the earthquake people poured out, | crying": no main clause after it
    clause = [bare(w.text) for w in words[a:b]]
    return any(word in lex.subordinators and word not in lex.conditions and k and
               (clause[k - 1] in lex.speech_content or clause[k - 1] in lex.speech)
               for k, word in enumerate(clause))

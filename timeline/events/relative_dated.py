"""A date inside a relative clause dates that clause's act, not its sentence's main act.

"A jury found the nurse guilty of giving the patient a sedative, Varnol, which killed him in 2016":
2016 is the death, not the verdict; "… said Anna Berg, a professor who helped trace the blight in
2004 to the fields": 2004 is the tracing, not the saying; "Dr Lind - who was hired as the team's
doctor for matches scheduled for July - posted a video": July is the matches', not the posting's.
A headline made of the main clause would date the wrong act. When the relative clause reads as a
headline of its own ("Dr Lee, who goes on trial in March for fraud," -> "Dr Lee goes on trial for
fraud", :func:`.dated.dated_clause`) the summary is that clause; else the date tells no act its
sentence's summary could (``dependent.MODIFIER``): it joins an event others found, but makes none.

Read from the words before the expression, back to the relative word of ``[headline]`` ``relative``
("who", "which"; not "that", a complementiser as often): the clause is open up to the date (no
comma, semicolon, bracket or quote between), its first word (or the one after an adverb) reads as its
verb ("which killed", "which quickly spread"), no auxiliary, word of ``verbs`` or of saying comes after
that verb group, which would be the main clause's verb ("The man who shot him was arrested on Monday"),
and it names no plan (``relative_plans``: "which was due to start on 13 July" is the plan's summary).
The clause opens a dashed aside, or follows a comma after its sentence's verb ("found X guilty …,
Varnol, which"); one without a comma or dash before it ("a nurse who treated him in 2009 will
testify") needs a past verb and the main verb after the date, in the subject's clause (after the
main verb, "a vendor who took her daughter to the doctor two weeks ago", the summary may tell it);
"The man who shot him died on Monday" dates the death.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..temporal import TimeExpression
from ..temporal.sentences import article_sentences, sentence_at
from .dated import dated_clause
from .gap import sentence_words
from .headline import bare, verb_like
from .headline_words import Lexicon, lexicon

__all__ = ["in_relative_clause", "dates_relative_act"]

#: words looked back from an expression for the relative word that opens its clause
REACH = 24
#: a present verb ("appears") this near after the date (past an adverb: "now appears") is the main clause's
NEAR_PRESENT = 1
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
#: marks that close the clause an expression is read in (a dash opens an aside: read across it)
_CLAUSE_MARKS = frozenset(",;:()\"“”«»")
_SENTENCE_ENDS = frozenset(".!?")
_DASHES = frozenset({"-", "--", "—", "–"})


def _tokens_before(text: str, e: TimeExpression) -> list[str]:
    """The tokens of the expression's sentence before it, at most ``REACH`` (more when a verb is looked for)."""
    tokens = _TOKEN.findall(text[max(0, e.start - 12 * REACH):e.start])
    start = max((k + 1 for k, t in enumerate(tokens) if t in _SENTENCE_ENDS), default=0)
    return tokens[start:]


@lru_cache(maxsize=1 << 14)
def in_relative_clause(text: str, language: str, e: TimeExpression) -> bool:
    """Whether the expression stands in a relative clause that is not its sentence's main clause (see the module)."""
    lex = lexicon(language)
    if not lex.relative:
        return False
    tokens = _tokens_before(text, e)
    for k in range(len(tokens) - 1, max(-1, len(tokens) - REACH - 1), -1):
        token = tokens[k]
        if token in _CLAUSE_MARKS:
            return False
        if token.lower() in lex.relative and token[:1].islower():
            if k == 0 or not _relative_body(tokens[k + 1:], lex, tokens[k - 1] not in _DASHES):
                return False
            if tokens[k - 1] in _DASHES or tokens[k - 1] == ",":
                return _set_apart_or_after_verb(tokens[:k], lex)
            return _main_verb_after(text, e, lex)  # with no comma: only in the subject, its main verb after it
    return False


def _relative_body(body: list[str], lex: Lexicon, bare_clause: bool) -> bool:
    """Whether ``body`` (the words between the relative word and the date) opens with its clause's verb (an
    adverb may come first: "which quickly spread"; not "which party won": a determiner) and holds no later
    verb that would be the main clause's: an auxiliary, a word of ``verbs`` or of saying, or a verb right
    after an object pronoun ("the man who shot him died"). A clause set apart by no dash (``bare_clause``)
    also needs a past verb ("pupils who are feeling well next week": the date may be the main clause's)
    and no later past form ("illnesses which have been the first cases erupted in April")."""
    def verb(t: str) -> bool:
        return t[:1].islower() and (verb_like(bare(t), lex) or bare(t) in lex.auxiliaries)

    first = 0 if body and verb(body[0]) else 1 if len(body) > 1 and body[0].lower().endswith(
        lex.adverb_endings or ("\0",)) and verb(body[1]) else -1
    if first < 0:
        return False
    k = first
    while k + 1 < len(body) and (bare(body[k + 1]) in lex.auxiliaries or body[k + 1].lower().endswith(lex.adverb_endings or ("\0",))
                                 or bare(body[k]) in lex.auxiliaries and verb(body[k + 1])):
        k += 1  # "who has been", "which was first found": one verb group
    rest = body[k + 1:]
    if any(bare(t) in lex.relative_plans for t in body[:k + 2]):
        return False  # "which was due to start at the O2 on 13 July": a plan the clause names, the summary's own
    if bare_clause and not (_past_word(bare(body[first]), lex) and not any(
            t[:1].islower() and verb_like(bare(t), lex) and _past_word(bare(t), lex) for t in rest)):
        return False
    return not any(t[:1].islower() and (bare(t) in lex.auxiliaries or bare(t) in lex.verbs or bare(t) in lex.speech
                                        or j and bare(rest[j - 1]) in lex.object_pronouns and verb(t))
                   for j, t in enumerate(rest))


def _past_word(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a past form: a word of ``verbs`` or ``past_auxiliaries``, or one with ``object_endings``."""
    return word in lex.verbs or word in lex.past_auxiliaries or word.endswith(lex.object_endings or ("\0",))


def _set_apart_or_after_verb(before: list[str], lex: Lexicon) -> bool:
    """Whether a relative clause after ``before`` opens a dashed aside, or follows its sentence's verb, so
    that the main clause's act is told before it ("A jury found X guilty …, Varnol, which killed him"; not
    "Officials, who met on Monday, agreed": the subject's clause, which :func:`.dated.dated_clause` may tell)."""
    if before[-1] in _DASHES:
        return True
    return any(t[:1].islower() and (verb_like(bare(t), lex) or bare(t) in lex.speech) for t in before)


def _main_verb_after(text: str, e: TimeExpression, lex: Lexicon) -> bool:
    """Whether the expression's clause goes on after it with a verb of its own ("a boy who had been ill in
    March | became the first case"): the relative clause is in the subject, the main act told after it."""
    for k, token in enumerate(_TOKEN.findall(text[e.end:e.end + 12 * REACH])[:REACH]):
        if token in _CLAUSE_MARKS or token in _SENTENCE_ENDS or token in _DASHES:
            return False
        word = bare(token)
        if token[:1].islower() and (word in lex.auxiliaries or word in lex.verbs or word in lex.speech
                                    or verb_like(word, lex) and (_past_word(word, lex) or k <= NEAR_PRESENT)):
            return True  # a present right after the date too: "the cycle which began in 1996 now appears to be over"
    return False


def dates_relative_act(text: str, language: str, e: TimeExpression) -> bool:
    """Whether the expression dates a relative clause's act that makes no headline of its own: the date
    belongs to no act its sentence's summary tells (see the module)."""
    if not in_relative_clause(text, language, e):
        return False
    lex = lexicon(language)
    start, end = sentence_at(article_sentences(text), e.start)
    words = sentence_words(text[min(start, e.start):e.start], e.text, text[e.end:max(end, e.end)], lex)
    return not dated_clause(words, lex, language)

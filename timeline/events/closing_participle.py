"""A date in a participle clause that closes its sentence after a comma set after a noun: the participle's act.

"Lind said the town alone has a million doses, imported four years ago during the scare." — the
importing was four years ago, the saying and the having are now; "The drought has given urgency to
the work of the water council, set up two years ago by the ministry." — the council's setting up,
not the urgency. A headline of the main clause would carry the participle's date. :mod:`.participle`
reads such a clause set between two commas ("The album, released in 1982, is still sold") as its
noun's headline; closing the sentence, the clause has no headline of its own that the main clause
would not hide, and its date tells no act the summary could: the mention joins an event others
found but makes none alone (``dependent.MODIFIER`` via :func:`.reduced_relative.in_reduced_relative`).

Read from the words alone: the clause opens right after a comma with a past participle (an "-ed" form
or one of ``[reduced_relative] participles``, maybe a particle of ``particles`` after it: "set up"),
only adverbs of ``between`` and phrases opened by a preposition or an agent stand between it and the
date; the word before the comma is a noun (no verb, no function word); the words before the comma hold
a verb of their own (so the participle is no verb its subject waited for: "Explosives stored in a pit,
caught fire on Sunday"); and nothing after the date up to the sentence's end is a verb or opens a clause.
Not a participle of a plan or an occasion (``not_participles``: "…, expected later today"), and only a date far
back from the news: near it, "The ministry hired a doctor, named on Monday" may date the hiring as often.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..temporal import TimeExpression
from ..temporal.grammar import word_list
from .headline import verb_like
from .headline_words import resource_table

__all__ = ["closes_with_participle"]

#: a date at least this many days before the news: near it, "…, named on Monday" may date the main act as often
FAR_DAYS = 300
#: at most this many tokens between the participle (and its particle) and the date
SPAN = 6
#: tokens looked at after the date for the sentence's end
AFTER = 16
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
_SENTENCE_ENDS = frozenset(".!?")
_MARKS = frozenset(";:()\"“”«»—–`") | {"-", "--", "-LRB-", "-RRB-", "``", "''"}


@lru_cache(maxsize=None)
def _particles(language: str) -> frozenset[str]:
    """The particles a participle may take before its phrase ("set up", "handed over"): ``[closing_participle]``."""
    return frozenset(word_list(resource_table(language, "closing_participle"), "particles"))


def closes_with_participle(text: str, language: str, e: TimeExpression, w, published: date | None) -> bool:
    """Whether the expression stands in a participle clause that closes its sentence after a comma set after a
    noun of a clause with its own verb, at least ``FAR_DAYS`` before ``published`` (see the module); ``w``: the
    ``[reduced_relative]`` words (:func:`.reduced_relative.words`)."""
    lex = w.lex
    if published is None or e.interval is None or (published - e.interval.end).days < FAR_DAYS:
        return False
    tokens = _TOKEN.findall(text[max(0, e.start - 400):e.start])
    comma = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k] in _MARKS or tokens[k] in _SENTENCE_ENDS
                  or tokens[k] == ","), -1)
    if comma < 1 or tokens[comma] != ",":
        return False
    clause, before = tokens[comma + 1:], tokens[:comma]
    if not clause or not _participle(clause[0], w) or clause[0].lower() in w.not_participles:
        return False
    rest = clause[1:]
    if rest and rest[0].lower() in _particles(language):
        rest = rest[1:]
    if len(rest) > SPAN or not _phrases(rest, w):
        return False
    start = max((k + 1 for k, t in enumerate(before) if t in _SENTENCE_ENDS or t in _MARKS), default=0)
    own = before[start:]
    noun = own[-1] if own else ""
    if (not noun.isalpha() or noun.lower() in lex.determiners or noun.lower() in lex.pronouns
            or noun[:1].islower() and (_sure(noun, lex) or noun.lower() in lex.not_subject)):
        return False
    if not any(_sure(t, lex) for t in own[:-1]):
        return False  # "Explosives stored in a pit, caught fire on Sunday": the subject still waits for its verb
    return _closes(text, e, w)


def _participle(token: str, w) -> bool:
    word = token.lower()
    return token[:1].islower() and (word in w.participles or word in w.lex.verbs or len(word) > 4 and word.isalpha()
                                    and word.endswith(w.lex.object_endings or ("\0",)))


def _sure(token: str, lex) -> bool:
    """A lower-case auxiliary, listed verb, verb of saying or past in "-ed" that reads as a verb."""
    word = token.lower()
    return token[:1].islower() and (word in lex.auxiliaries or word in lex.verbs or word in lex.speech
                                    or len(word) > 4 and word.endswith(lex.object_endings or ("\0",))
                                    and verb_like(word, lex))


def _phrases(span: list[str], w) -> bool:
    """Whether ``span`` holds only adverbs of ``between`` and phrases opened by a preposition or an agent."""
    lex = w.lex
    phrase = False
    for token in span:
        word = token.lower()
        if word in lex.agent or word in lex.cut_before_phrase or word in w.noun_after:
            phrase = True
        elif _sure(token, lex) or word in lex.relative or word in lex.subordinators or word in lex.conjunctions:
            return False
        elif word not in w.between and not phrase:
            return False
    return True


def _closes(text: str, e: TimeExpression, w) -> bool:
    """Whether nothing after the date up to its sentence's end is a verb, a clause opener or a clause mark."""
    lex = w.lex
    for token in _TOKEN.findall(text[e.end:e.end + 12 * AFTER])[:AFTER]:
        if token in _SENTENCE_ENDS:
            return True
        word = token.lower()
        if (token in _MARKS or token == "," or _sure(token, lex) or word in lex.relative
                or word in lex.subordinators or word in lex.conjunctions):
            return False
    return False

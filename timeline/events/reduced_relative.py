"""A date in a participle clause after its noun dates the participle's act, not the sentence's main act.

"He has gone back to a review ordered six years ago by his predecessor": the going back is now, the
ordering was six years ago; "volunteers are raising money to buy the hoard of coins unearthed last year";
"it said, reiterating concerns made earlier this month". A headline of the main clause would carry the
participle's date. What tells such a participle from its clause's own verb, read from the words alone:

- the noun before it stands after a preposition of ``noun_after`` that itself comes after its clause's
  verb ("has gone back to a review ordered …", "based on the tool launched …"), or right after a verb form
  in ``-ing`` ("reiterating concerns made …"): an object, so no subject the participle could be the verb of
  ("Talks with bondholders started late last year": no verb before "with", the participle is the verb);
- only adverbs of ``between`` and phrases opened by a preposition or an agent stand between the participle
  and its date ("ordered six years ago", "unearthed last year", "sent at 05:38 GMT", a gerund the preposition
  governs: "charged with giving him an overdose a year ago"), no object ("and showed first symptoms on
  Monday": a verb with its object);
- no verb of the clause comes after the date ("some of the migrants on the boat stopped on Wednesday were
  children": a subject, the summary tells the stopping with its day);
- the noun is no saying or document of ``saying_nouns`` ("in a statement issued today, X said": the
  statement's day is the saying's), the participle no plan of ``not_participles`` ("with results expected
  later today") nor of an occasion the main act took place at ("agreed at a meeting held on Monday"), and no
  attribution or count opens the phrase ("according to an affidavit made public on Monday", "the number of
  miners killed in 2006": the count's bounds).

A perfect participle ("…, having peaked between 23 and 28 April"; "Having landed on Monday, the team
began …") tells an act before its clause's main one: its date is that earlier act's.

Such a mention joins an event others found but makes none alone (``dependent.role`` via
:func:`.side_part.side_role`). The words are the resource's ``[reduced_relative]`` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..temporal import TimeExpression
from ..temporal.grammar import word_list
from .closing_participle import closes_with_participle
from .headline_words import Lexicon, lexicon, resource_table

__all__ = ["in_reduced_relative", "after_perfect_participle"]

#: tokens looked back from a date for its participle
REACH = 8
#: at most this many tokens between a participle and its date
SPAN = 6
#: at most this many words of a noun phrase between its preposition and the participle
NOUN_WORDS = 6
#: at most this many tokens looked back from the preposition for its clause's verb
VERB_REACH = 16
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
#: marks that close the clause read (and the escapes of brackets and quotes in tokenised text: "-LRB- left -RRB-")
_CLAUSE_MARKS = frozenset(",;:()\"“”«»—–`") | {"-", "--", "-LRB-", "-RRB-", "``", "''"}
_SENTENCE_ENDS = frozenset(".!?")


@dataclass(frozen=True)
class Words:
    """The ``[reduced_relative]`` words of one language."""

    noun_after: frozenset[str] = frozenset()
    object_verb_endings: tuple[str, ...] = ()
    attribution: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()
    not_participles: frozenset[str] = frozenset()
    saying_nouns: frozenset[str] = frozenset()
    between: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    ing_after: frozenset[str] = frozenset()
    tally_nouns: frozenset[str] = frozenset()
    perfect: frozenset[str] = frozenset()
    lex: Lexicon | None = None


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (nothing is read) for a language without them."""
    table = resource_table(language, "reduced_relative")
    if not table:
        return Words()

    def listed(name: str) -> frozenset[str]:
        return frozenset(word_list(table, name))

    return Words(noun_after=listed("noun_after"), object_verb_endings=tuple(word_list(table, "object_verb_endings")),
                 attribution=listed("attribution"), participles=listed("participles"),
                 not_participles=listed("not_participles"), saying_nouns=listed("saying_nouns"),
                 between=listed("between"), clause_openers=listed("clause_openers"), ing_after=listed("ing_after"),
                 tally_nouns=listed("tally_nouns"), perfect=listed("perfect"),
                 lex=lexicon(language))


def _clause_before(text: str, e: TimeExpression) -> list[str]:
    """The tokens of the expression's clause before it (back to a clause mark or the sentence's start)."""
    tokens = _TOKEN.findall(text[max(0, e.start - 400):e.start])
    clause: list[str] = []
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        if token == "." and k and len(tokens[k - 1]) == 1 and tokens[k - 1].isupper():
            continue  # an initial's point ("the U.S. tool"), no sentence's end
        if token in _CLAUSE_MARKS or token in _SENTENCE_ENDS:
            break
        clause.append(token)
    clause.reverse()
    return clause


def _participle(token: str, w: Words) -> bool:
    """Whether ``token`` reads as a past participle: lower case, an ``-ed`` form or one of ``participles``."""
    word = token.lower()
    return token[:1].islower() and (word in w.participles or len(word) > 4 and word.isalpha()
                                    and word.endswith(w.lex.object_endings or ("\0",)))


def _verb(token: str, lex: Lexicon) -> bool:
    """Whether a lower-case ``token`` is surely a verb of a clause: an auxiliary, a listed verb or a verb of saying."""
    word = token.lower()
    return token[:1].islower() and (word in lex.auxiliaries or word in lex.verbs or word in lex.speech)


def _opener(word: str, w: Words) -> bool:
    """Whether ``word`` opens a clause of its own (a relative, a subordinator, a question word)."""
    return word in w.clause_openers or word in w.lex.relative or word in w.lex.subordinators


def _span_to_date(span: list[str], w: Words) -> bool:
    """Whether the words between a participle and its date are adverbs of ``between`` and phrases opened by a
    preposition or an agent: no object of a verb, no verb of another group, at most ``SPAN`` tokens."""
    lex = w.lex
    phrase = False  # inside a phrase opened by a preposition
    for k, token in enumerate(span):
        word = token.lower()
        if word in lex.agent or word in lex.cut_before_phrase or word in w.noun_after:
            phrase = True
        elif _verb(token, lex) or _opener(word, w) or word in lex.conjunctions:
            return False
        elif (token[:1].islower() and word.endswith(lex.object_endings + lex.participle_endings) and len(word) > 4
              and not (k and span[k - 1].lower() in w.noun_after and word.endswith(lex.participle_endings))):
            return False  # another participle or past: a second verb group (not a gerund: "charged with giving")
        elif word not in w.between and not phrase:
            return False  # an object right after the participle: its clause's own verb ("showed first symptoms")
    return len(span) <= SPAN


def _head(clause: list[str], k: int, w: Words) -> bool:
    """Whether the word before the participle at ``k`` may be a noun it follows (lower case, no function word, no
    saying or document), with no pronoun right before it ("the bill they each approved") nor "to" ("to get
    infected")."""
    lex = w.lex
    head = clause[k - 1] if k else ""
    word = head.lower()
    return (head[:1].islower() and word.isalpha() and not _verb(head, lex) and not _opener(word, w)
            and word not in lex.determiners and word not in lex.passive and word not in lex.pronouns
            and word not in lex.conjunctions and word not in w.noun_after and word not in w.saying_nouns
            and not word.endswith(lex.adverb_endings or ("\0",))
            and not (k >= 2 and (clause[k - 2].lower() in lex.pronouns or clause[k - 2].lower() in lex.infinitive)))


def _verb_form(clause: list[str], j: int, w: Words) -> bool:
    """Whether ``clause[j]`` is a verb of the clause: a sure one, a form in ``-ing`` opening the clause or after a
    word of ``ing_after`` or an auxiliary ("after dropping"; not "a truck carrying", "the warning", "chances of
    becoming"), or an infinitive ("to buy")."""
    token, lex = clause[j], w.lex
    word = token.lower()
    prev = clause[j - 1].lower() if j else ""
    if _verb(token, lex):
        return True
    if not token[:1].islower() or not word.isalpha() or prev in lex.determiners or prev in lex.possessive_pronouns:
        return False
    if word.endswith(w.object_verb_endings or ("\0",)) and word not in lex.speech:
        return (not j or prev in w.ing_after or prev in lex.auxiliaries or prev in lex.passive
                or prev.endswith(lex.adverb_endings or ("\0",))  # "allegedly being recognised"
                or j >= 2 and clause[j - 2].lower() in lex.infinitive)  # "to begin tracing"
    return prev in lex.infinitive and not word.endswith(lex.object_endings or ("\0",))


def _object_noun(clause: list[str], k: int, w: Words) -> bool:
    """Whether the noun phrase before the participle at ``k`` is an object: after a preposition of ``noun_after``
    that follows its clause's verb, or right after a verb form in ``-ing`` (see the module)."""
    lex = w.lex
    prep = -1
    for j in range(k - 2, max(-1, k - 2 - NOUN_WORDS), -1):
        word = clause[j].lower()
        if word in w.noun_after:
            prep = j
            break
        if _verb_form(clause, j, w) and word.endswith(w.object_verb_endings or ("\0",)):
            return True  # "reiterating | concerns made"
        if _verb(clause[j], lex) or _opener(word, w) or word in lex.conjunctions:
            return False  # past "and" the phrase may be another subject's ("hurt and two others hospitalized")
    if prep < 0 or prep and (clause[prep - 1].lower() in w.attribution or clause[prep - 1].lower() in w.tally_nouns):
        return False  # "according to a report issued …"; "the number of miners killed in 2006": a count's bounds
    for j in range(prep - 1, max(-1, prep - 1 - VERB_REACH), -1):
        if _opener(clause[j].lower(), w) or clause[j].lower() in lex.conjunctions:
            return False  # a verb past "and" may be another phrase's ("losing homes and many of … people turned")
        if _verb_form(clause, j, w):
            # not a relative clause's verb ("illnesses which have been the cases of flu erupted in April": the
            # participle may be the verb of the noun the relative clause follows)
            return not any(t.lower() in lex.relative for t in clause[max(0, j - VERB_REACH):j])
    return False


def _verb_after(text: str, e: TimeExpression, w: Words) -> bool:
    """Whether the clause goes on after the date with a verb of its own before any clause mark or clause opener
    ("on the boat stopped on Wednesday | were children"): the noun phrase was a subject."""
    for token in _TOKEN.findall(text[e.end:e.end + 200])[:12]:
        if token in _CLAUSE_MARKS or token in _SENTENCE_ENDS or _opener(token.lower(), w):
            return False
        if _verb(token, w.lex):
            return True
    return False


def in_reduced_relative(text: str, language: str, e: TimeExpression, published: date | None = None) -> bool:
    """Whether the expression dates a participle that follows an object noun (see the module), or one closing its
    sentence after a comma far back from ``published`` (:mod:`.closing_participle`)."""
    w = words(language)
    if w.lex is None:
        return False
    if closes_with_participle(text, language, e, w, published):
        return True  # "…, imported four years ago during the scare.": a clause closing the sentence
    clause = _clause_before(text, e)
    for k in range(len(clause) - 1, max(0, len(clause) - 1 - REACH), -1):
        if _participle(clause[k], w):
            return (clause[k].lower() not in w.not_participles and _span_to_date(clause[k + 1:], w)
                    and _head(clause, k, w) and _object_noun(clause, k, w) and not _verb_after(text, e, w))
    return False


def after_perfect_participle(text: str, language: str, e: TimeExpression) -> bool:
    """Whether the expression stands in a clause opened by a perfect participle ("having hit … at the start
    of April"): that earlier act's date, not the main act's."""
    w = words(language)
    if w.lex is None or not w.perfect:
        return False
    clause = _clause_before(text, e)
    return (len(clause) >= 2 and clause[0].lower() in w.perfect and _participle(clause[1], w)
            and not any(_verb(t, w.lex) or _opener(t.lower(), w) for t in clause[2:]))

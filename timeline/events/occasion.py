"""A date of an occasion looked toward: the occasion's day, not the day of the act its sentence tells.

"Sterling fell because of uncertainty surrounding a general election on May 1", "the minister spoke ahead
of the election Thursday", "the roads will be repaired in preparations for the summit in November next
year", "as the country heads toward mid-term elections in November": the fall, the speech, the promise and
the prediction are now; May 1, Thursday and November are the election's and the summit's. A headline made
of the main clause would carry the occasion's date. What tells such a date, read from the words alone:

- the date follows a noun of an occasion (``nouns``: "election", "summit", "meeting", "games"), right after
  it or through one of ``date_links`` ("on", "in", "at", "of"), maybe after its plan of ``plan_tails``
  ("in the run-up to general elections that will be held on May 1") or its parties after one of ``party_links``
  ("ahead of the qualifiers against Greece and Norway in March");
- that noun closes a noun phrase (determiners, possessives, names, numbers, adjectives: "a 43 nation
  conference", "the Beijing Donor Conference", "presidential and parliamentary elections") with no verb,
  relative word, subordinator or verb of saying in it;
- the phrase is governed by one of ``links``, words that look toward an occasion still ahead of the act
  ("ahead of", "in the run-up to", "in time for", "toward", "surrounding", "preparations for", "hopes
  for"); "before" (of ``place_links``) not right after a verb, where it is a place ("testified before
  the committee meeting on Monday").

An occasion the act takes part in ("voters went to the polls on Sunday", "won the final in 1998", "the
talks that opened on Monday", "following the elections in May") is no side part: none of these links
govern it. Such a mention joins an event others found (the election's own) but makes none alone
(``dependent.role`` via :func:`.side_part.side_role`). The words are the resource's ``[occasion]`` table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..temporal import TimeExpression
from ..temporal.grammar import word_list
from .compared import TOKEN, phrase_set
from .headline import verb_like
from .headline_words import Lexicon, lexicon, resource_table
from .reduced_relative import words as reduced_words

__all__ = ["for_occasion_ahead"]

#: tokens looked back from a date within its clause
REACH = 20
#: at most this many words in the occasion's noun phrase, its noun included ("the 17th APEC Ministerial Meeting")
NOUN_WORDS = 7
#: marks that end the clause an expression is read in
_CLAUSE_MARKS = frozenset(",.!?;:()\"“”«»—–")


@dataclass(frozen=True)
class Words:
    """The ``[occasion]`` words of one language (phrases as tuples of lower-case tokens)."""

    nouns: frozenset[str] = frozenset()
    date_links: frozenset[str] = frozenset()
    links: frozenset[tuple[str, ...]] = frozenset()
    place_links: frozenset[tuple[str, ...]] = frozenset()
    plan_tails: frozenset[tuple[str, ...]] = frozenset()
    party_links: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()  # [reduced_relative] noun_after: no word of a noun phrase
    lex: Lexicon | None = None


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (nothing is read) for a language without them."""
    table = resource_table(language, "occasion")
    if not table:
        return Words()
    return Words(nouns=frozenset(word_list(table, "nouns")), date_links=frozenset(word_list(table, "date_links")),
                 links=phrase_set(table, "links"), place_links=phrase_set(table, "place_links"),
                 plan_tails=phrase_set(table, "plan_tails"), party_links=frozenset(word_list(table, "party_links")),
                 prepositions=reduced_words(language).noun_after, lex=lexicon(language))


def _clause_before(text: str, e: TimeExpression) -> list[str]:
    """The tokens of the expression's clause before it (at most ``REACH``), as written."""
    tokens = TOKEN.findall(text[max(0, e.start - 10 * REACH):e.start])
    clause: list[str] = []
    for token in reversed(tokens):
        if token in _CLAUSE_MARKS or len(clause) == REACH or token == "-" and clause[-1:] == ["-"]:
            break
        clause.append(token)
    clause.reverse()
    return [t for t in clause if t != "-"]


def _link_before(lower: list[str], end: int, w: Words) -> bool:
    """Whether ``lower[:end]`` ends with one of ``links``, or with one of ``place_links`` not right after a verb."""
    def ends(phrase: tuple[str, ...]) -> bool:
        return len(phrase) <= end and tuple(lower[end - len(phrase):end]) == phrase

    if any(ends(p) for p in w.links):
        return True
    place = next((p for p in w.place_links if ends(p)), None)
    if place is None:
        return False
    verb = lower[end - len(place) - 1] if end > len(place) else ""
    return not (verb_like(verb, w.lex) or verb.endswith(w.lex.participle_endings or ("\0",)))


def _phrase_word(token: str, before: str, w: Words) -> bool:
    """Whether ``token`` may stand in an occasion's noun phrase: a name, a number, a determiner or
    possessive, "and", or a lower-case word that is no verb (a participle right after a determiner is an
    adjective: "the expected vote"), preposition, relative word, subordinator nor verb of saying."""
    lex, word = w.lex, token.lower()
    if (word in lex.relative or word in lex.subordinators or word in lex.speech or word in lex.auxiliaries
            or word in w.prepositions):
        return False
    if token[:1].isupper() or token[:1].isdigit() or word in lex.determiners or word in lex.possessive_pronouns:
        return True
    if word in lex.possessive_endings or word in lex.conjunctions:
        return True
    if not word.replace("-", "").isalpha():
        return False
    return not verb_like(word, lex) or before in lex.determiners or before in lex.possessive_pronouns


def _past_act_before(lower: list[str], end: int, w: Words) -> bool:
    """Whether a past verb stands in ``lower[:end]``, the clause before the link ("the town was quiet before"):
    its act is told as done."""
    lex = w.lex
    return any(t in lex.verbs or t in lex.past_auxiliaries or t.endswith(lex.object_endings or ("\0",))
               and verb_like(t, lex) for t in lower[:end])


def _before_parties(clause: list[str], lower: list[str], end: int, w: Words) -> int:
    """Where the occasion's noun phrase ends when its parties follow it through one of ``party_links``
    ("the qualifiers against Greece and Norway"): names and "and" only up to ``end``; else ``end``."""
    k = end - 1
    while k > 0 and (clause[k][:1].isupper() or lower[k] in w.lex.conjunctions):
        k -= 1
    return k if k < end - 1 and lower[k] in w.party_links and clause[k + 1][:1].isupper() else end


def for_occasion_ahead(text: str, language: str, e: TimeExpression, published: date | None = None) -> bool:
    """Whether the expression dates an occasion its clause looks toward, not the clause's act (see the module).
    An occasion only placed by "before" (``place_links``), already past the news (``published``), after an act
    told in the past ("The town was quiet before the vote on Sunday, when turnout reached 70 percent", written
    on the Tuesday) is told as done as well, and the date as often the act's: "before" orders two acts, it looks
    toward nothing. (A word of ``links``, "ahead of", "surrounding", looks toward the occasion in any tense.)"""
    w = words(language)
    if w.lex is None or not w.nouns:
        return False
    clause = _clause_before(text, e)
    lower = [t.lower() for t in clause]
    end = len(lower) - (1 if lower[-1:] and lower[-1] in w.date_links else 0)
    tail = next((t for t in w.plan_tails if len(t) < end and tuple(lower[end - len(t):end]) == t), ())
    end -= len(tail)  # "elections that will be held on May 1", "the summit scheduled for June"
    end = _before_parties(clause, lower, end, w)  # "the qualifiers against Greece and Norway in March"
    if end < 2 or lower[end - 1] not in w.nouns:
        return False
    for start in range(end - 1, max(-1, end - 1 - NOUN_WORDS), -1):
        if start < end - 1 and not _phrase_word(clause[start], lower[start - 1] if start else "", w):
            return False
        if _link_before(lower, start, w):
            past = published is not None and e.interval is not None and e.interval.end < published
            looking = any(len(p) <= start and tuple(lower[start - len(p):start]) == p for p in w.links)
            return looking or not (past and _past_act_before(lower, start, w))
    return False

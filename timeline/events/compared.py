"""A date its clause compares with, or a date of the noun phrase a boundary word governs: no date of the clause's act.

"It is not going to be as severe as the pandemic of 1918", "less than that seen in 1918", "the
chances of a repeat of 1918-19", "This is not 1918": the year is what today's act is measured
against, not when it happened (``COMPARISON``). "… since the beginning of the outbreak in April",
"coming a year before this outbreak of flu in Mexico in March": the date dates the noun the
boundary word governs (the outbreak), not the clause's act, a June tally or a June interview
(``dependent.MODIFIER``). Both are read from the words right before the expression within its clause: a word of
``[compared]`` (``cues``, ``equal`` around one word: "as severe as", or ``boundary_reach``) and then
only a noun phrase (no verb, no relative word, no amount right after the cue: "more than 200 deaths
in March" is a count, its date the deaths'). Such a mention may join an event others found, but
makes none alone (see :mod:`.dependent`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..temporal import Granularity, TimeExpression
from ..temporal.grammar import GrammarError, resource_data, word_list
from .dated import dated_noun
from .generic_time import generic_time
from .headline import verb_like
from .headline_words import Lexicon, lexicon

__all__ = ["COMPARISON", "compared", "reached_by_boundary"]

COMPARISON = "comparison"
#: words looked back from an expression, within its clause, for a cue
REACH = 16
#: a clause's tokens: words, marks, and numbers whole (a decimal point ends no clause)
TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[\w’'-]+|[^\w\s]")
#: marks that end the clause an expression is read in
_CLAUSE_MARKS = frozenset(",.!?;:()\"“”«»—–")
#: at most this many words between the two words of an "as … as" read with a clause after it ("as vital to trade as")
EQUAL_WORDS = 5
#: granularities a bare "This is not 1918" compares (a day after "is not" is a date of the clause)
_COARSE = (Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY)


@dataclass(frozen=True)
class Words:
    """The ``[compared]`` words of one language (phrases as tuples of lower-case tokens)."""

    cues: frozenset[tuple[str, ...]] = frozenset()
    sighted: frozenset[tuple[str, ...]] = frozenset()
    sighted_after: frozenset[str] = frozenset()
    equal: frozenset[str] = frozenset()
    negated_be: frozenset[tuple[str, ...]] = frozenset()
    boundary_reach: frozenset[tuple[str, ...]] = frozenset()
    place_after_verb: frozenset[tuple[str, ...]] = frozenset()
    not_after: frozenset[str] = frozenset()
    amounts: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    lex: Lexicon | None = None


def phrase_set(table: dict, name: str) -> frozenset[tuple[str, ...]]:
    """The phrases of the resource list ``table[name]`` as tuples of lower-case tokens (:data:`TOKEN`)."""
    return frozenset(tuple(TOKEN.findall(p.lower())) for p in word_list(table, name))


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (nothing is compared) for a language without them."""
    try:
        table = resource_data(language).get("compared", {})
    except GrammarError:
        return Words()
    if not table:
        return Words()

    def phrases(name: str) -> frozenset[tuple[str, ...]]:
        return phrase_set(table, name)

    return Words(cues=phrases("cues"), sighted=phrases("sighted"), sighted_after=frozenset(word_list(table, "sighted_after")),
                 equal=frozenset(word_list(table, "equal")), negated_be=phrases("negated_be"),
                 boundary_reach=phrases("boundary_reach"), place_after_verb=phrases("place_after_verb"),
                 not_after=frozenset(word_list(table, "not_after")),
                 amounts=frozenset(word_list(table, "amounts")),
                 links=frozenset(word_list(table, "links")), lex=lexicon(language))


def _clause_before(text: str, e: TimeExpression, reach: int = REACH) -> list[str]:
    """The tokens of the expression's clause before it, at most ``reach``."""
    tokens = TOKEN.findall(text[max(0, e.start - 12 * reach):e.start])
    clause: list[str] = []
    for token in reversed(tokens):
        if token in _CLAUSE_MARKS or token == "--" or len(clause) == reach:
            break
        clause.append(token)
    clause.reverse()
    return clause


def _noun_phrase(tokens: list[str], w: Words) -> bool:
    """Whether ``tokens`` (between a cue and the expression) read as a noun phrase: none, or opening with a
    determiner, a possessive or a name ("the pandemic of", "Sars in"; not "usual on": "quieter than usual on
    Friday" dates the act), no verb, no relative word, no amount ("more than $1 billion in revenue in"), no
    gerund first ("since becoming ill this week": a clause of its own)."""
    lex = w.lex
    if not tokens:
        return True
    first = tokens[0].lower()
    if not (first in lex.determiners or first in lex.possessive_pronouns or tokens[0][:1].isupper()) \
            or first.endswith(lex.participle_endings or ("\0",)):
        return False
    for token in tokens:
        lower = token.lower()
        if lower in lex.relative or lower in lex.speech or lower in lex.subordinators or lower in w.amounts \
                or any(c.isdigit() for c in lower):
            return False
        if token[:1].islower() and "-" not in token and verb_like(lower, lex):
            return False
    return True


def _governed_noun(tokens: list[str], w: Words) -> bool:
    """Whether ``tokens`` (between a boundary word and the expression) are a noun phrase the date is linked
    to by one of ``dated_noun_link``: "the beginning of the outbreak in", "Arafat's death in" (not "the evening
    of": the date's own words; not "November on": another date)."""
    lex = w.lex
    endings = tuple(lex.possessive_endings)
    opens = tokens[0].lower() in lex.determiners or tokens[0].lower() in lex.possessive_pronouns \
        or tokens[1] in endings or bool(endings) and tokens[0].endswith(endings)
    return opens and tokens[-1].lower() in lex.dated_noun_link and _noun_phrase(tokens, w)


def _cue_then_noun(clause: list[str], cues: frozenset[tuple[str, ...]], w: Words, equal: bool,
                   earlier: tuple[str, ...] = ()) -> bool:
    """Whether a cue of ``cues`` (or, ``equal``, "as X as") is followed in ``clause`` by a noun phrase up to the date;
    ``earlier``: the clause's lower-case words before ``clause`` (a long noun phrase after "seen during" may
    hide the verb before it)."""
    lower = [t.lower() for t in clause]
    for end in range(len(lower), 0, -1):
        rest = clause[end:]
        hit = next((c for c in cues if len(c) <= end and tuple(lower[end - len(c):end]) == c), None)
        if hit is None and any(len(c) <= end and tuple(lower[end - len(c):end]) == c for c in w.sighted):
            hit = next(c for c in w.sighted if len(c) <= end and tuple(lower[end - len(c):end]) == c)
            if not _object_sighted(list(earlier) + lower[:end - len(hit)], cues, w):
                continue  # "Violence seen in Cairo in March left five dead": the subject's own time
        if hit is None and equal and lower[end - 1] in w.equal and _equal_then_be(lower[:end - 1], rest, w):
            return True  # "as relevant today as it was in", "as vital to trade as free ports were in"
        if hit is None and equal and end >= 3 and lower[end - 1] in w.equal and lower[end - 3] in w.equal and rest:
            return rest[-1].lower() in w.links and _noun_phrase(rest, w)  # "would be as severe as the pandemic of": not "as early as Monday"
        if hit is None:
            continue
        if rest and rest[-1].lower() not in w.links:
            return False  # "closer than the moon tonight": the date is the act's, not the moon's
        before = lower[end - len(hit) - 1] if end > len(hit) else ""
        return before not in w.not_after and _noun_phrase(rest, w)
    return False


def _equal_then_be(before: list[str], rest: list[str], w: Words) -> bool:
    """Whether a second "as" (the last of ``before``'s words, lower case, gone) closes an "as … as" of at most
    ``EQUAL_WORDS`` words, and ``rest`` (after it, up to the date) is a subject, an auxiliary and a link: "as
    relevant today as | it was in", "as vital as | free ports were in". The date is what now is measured against."""
    lex = w.lex
    opener = [k for k in range(max(0, len(before) - EQUAL_WORDS - 1), len(before) - 1) if before[k] in w.equal]
    if not opener or len(rest) < 3 or rest[-1].lower() not in w.links or rest[-2].lower() not in lex.auxiliaries:
        return False
    subject = [t.lower() for t in rest[:-2]]
    if len(subject) == 1 and subject[0] in lex.pronouns:
        return True
    return all(t.isalpha() and not (t in lex.auxiliaries or t in lex.verbs or t in lex.speech or t in lex.relative
                                    or t in lex.subordinators or t in lex.pronouns or t.endswith(lex.object_endings or ("\0",)))
               for t in subject)  # a noun phrase: "freedom of the seas"


def _object_sighted(before: list[str], cues: frozenset[tuple[str, ...]], w: Words) -> bool:
    """Whether the noun a participle of sighting follows (the last of ``before``, the clause's lower-case words
    before "seen in") is no subject of its clause: a verb, a preposition or a cue word stands before it ("rise
    to the levels seen during", "smaller than that seen in"; not "The violence seen in Cairo"), or the participle
    follows a word of ``sighted_after`` ("commonly seen in")."""
    lex = w.lex
    assert lex is not None
    if before and before[-1] in w.sighted_after:
        return True  # "the flu commonly seen in", "levels last seen in": a kind or an earlier time
    cue_words = {word for cue in cues for word in cue}
    return any(verb_like(word, lex) or word in lex.cut_before_phrase or word in cue_words for word in before[:-1])


def compared(text: str, language: str, e: TimeExpression) -> bool:
    """Whether the expression is what its clause compares with ("as severe as the pandemic of 1918",
    "a repeat of 1918", "This is not 1918"), or a time of no happening (:mod:`.generic_time`: "exist today which
    did not exist in 1918", "July-September are typically the peak season"): no happening of that date is told."""
    if generic_time(text, language, e):
        return True
    w = words(language)
    if w.lex is None:
        return False
    clause = _clause_before(text, e)
    lower = [t.lower() for t in clause]
    if e.granularity in _COARSE and any(len(p) <= len(lower) and tuple(lower[len(lower) - len(p):]) == p
                                        for p in w.negated_be):
        return True
    wide = [t.lower() for t in _clause_before(text, e, 3 * REACH)] if len(clause) == REACH else []
    return _cue_then_noun(clause, w.cues, w, equal=True, earlier=tuple(wide[:len(wide) - len(clause)]))


def _named_noun(text: str, e: TimeExpression, w: Words) -> bool:
    """Whether the noun phrase the date dates is a headline of its own ("since Angola's independence in
    1975", "since the first tremor on 12 January", "since the death of King Olav in 1991":
    :func:`.dated.dated_noun`, a phrase that opens with a name or the article): an event told by that phrase,
    not a date of no act ("since the start of the uprising in 2000": whose uprising, the phrase does not say)."""
    return bool(dated_noun(text[max(0, e.start - 12 * REACH):e.start], text[e.end:e.end + 2], w.lex))


def reached_by_boundary(text: str, language: str, e: TimeExpression) -> bool:
    """Whether the expression dates the noun phrase a boundary word governs, not right before it ("since
    the start of the outbreak in April", "a year before this outbreak in March")."""
    w = words(language)
    if w.lex is None:
        return False
    clause = _clause_before(text, e)
    if len(clause) < 3:
        return False  # "since April": the boundary itself (``dependent``)
    lower = [t.lower() for t in clause]
    for end in range(len(lower) - 2, 0, -1):  # at least two words between the boundary word and the date
        cue = next((c for c in w.boundary_reach if len(c) <= end and tuple(lower[end - len(c):end]) == c), None)
        if cue is not None:
            verb = lower[end - len(cue) - 1] if end > len(cue) and cue in w.place_after_verb else ""
            # "speaking before the commission on": a place (not "changes since the start of …": a boundary still)
            return not (verb_like(verb, w.lex) or verb.endswith(w.lex.participle_endings or ("\0",))) \
                and _governed_noun(clause[end:], w) and not _named_noun(text, e, w)
    return False

"""A date told only as a reference point: weak evidence that two mentions tell one happening.

"Premier Marro has postponed a visit that had been scheduled for Sunday", "shares opened lower ahead of
the holiday on Thursday", "the deal comes ahead of next month's election": the date belongs to a side
part of the sentence (a plan, an occasion looked toward: ``dependent.role`` gives ``MODIFIER`` or
``BASELINE``), while the clause tells another act (the postponing, the opening, the deal). Such a
mention and a mention of another article that dates its own clause's act ("Marro and Quill met on
Sunday") share the day only because one looks toward it; their clauses sharing the cast and the
occasion's noun is what any two tellings of the story share. So the pair is an edge only when the
clauses are alike at the strong threshold (``conflict_threshold``), not merely at the pair's usual
one: judged on the silver corpus, a market's opening "ahead of Thanksgiving" joined the markets'
closing on the holiday, and a visit postponed "that had been scheduled for Sunday" joined Sunday's
meeting.

Only the dates of a day's act are so guarded: the other mention reads one day, the reference point a
month at most (``MAX_REFERENCE_DAYS``). A year's side part is most often the background happening
itself ("the 1957 pandemic killed two million" beside "a 1957 pandemic killed 2 million": on H1N1_reuters
the guard split four such groups). And a reference point whose side part the other sentence tells names
that happening, and joins as before: the noun its date qualifies or the words right after it ("details
about Thursday's meeting" beside "ministers held an emergency meeting"; "as part of Friday's Hope For
Haiti telethon"; "following the October 8 earthquake"), or a content word of the ``SIDE_REACH`` words
before its date ("hiked its pandemic alert level to 5 from 3 this week" beside "Chan on Wednesday night
raised the world flu alert level"; "a quake which struck at 1653 local time (2153 GMT) on Tuesday"). Words
meet as one stem, as a short word and a longer one it opens ("vote", "voted"; "march", "marched") or as words
of one ``[acts]`` family ("election", "elected"); a calendar name in lower case is no time ("ahead of the
march on Saturday").
Without this, on H1N1_reuters that telling of the raise left the raise's group for another of its day.
The folder's topic ("Haiti") tells no side part apart. A date of the collection's own
happening ("survivors of Tuesday's earthquake": ``topical.topic_noun``) is ``topical``'s to weigh, which
knows the topic's kin words ("quake" of "earthquake"): on haiti_bbc, guarding those too split the
quake's own tellings.

Two side parts of one date (both looking toward it) and a boundary ("since Tuesday's quake",
``BOUNDARY``), a condition (vetoed apart in ``pairs``) or a sentence with no act (a caption, whose
date is its only act: ``NO_ACT``) are not such pairs; mentions of one article are weighed by
``pairs`` as one article's always are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from ..temporal import load_grammar
from ..temporal.grammar import GrammarError
from .dependent import BASELINE, MODIFIER, dated_noun, role
from .dependent import words as dependent_words
from .headline_words import lexicon
from .similarity import STEM, Weights
from .topical import _kin, topic_noun

__all__ = ["reference_and_act"]

#: the roles of a date told as a side part's: a reference point for the clause's act, not its date
REFERENCE_ROLES = frozenset({MODIFIER, BASELINE})
#: a reference point longer than this (a year's background happening) is left to the pair's usual threshold
MAX_REFERENCE_DAYS = 31
#: the words before a reference point's date that tell its side part ("after it raised its alert", "a visit to
#: Ostrel that had been scheduled for"): the nearest, not the clause's opening subject and main verb
SIDE_REACH = 6
#: shorter words say nothing of a side part ("it", "its", "to")
MIN_LETTERS = 4
#: the words after a date that may name its side part ("as part of Friday's Hope For Haiti telethon")
OWNED_REACH = 4
OWNED_CHARS = 60
#: a word, hyphened ones whole ("run-offs" is told by "the run-off", not by "offs")
_WORD = re.compile(r"[^\W\d_][\w’']*(?:-[^\W\d_][\w’']*)*")
#: an aside in brackets, as written or as a tokenised corpus writes it ("-LRB- 2153 GMT -RRB-")
_TOKEN = re.compile(r"[^\W\d_][\w’']*(?:-[^\W\d_][\w’']*)*|\S")
_BRACKETED = re.compile(r"\([^()]*\)|-LRB-.*?-RRB-")


def reference_and_act(m: Mention, other: Mention, weights: Weights) -> bool:
    """Whether, of two mentions of different articles, one dates only a side part of its sentence (a
    reference point: ``REFERENCE_ROLES``, of a month at most) and the other a day's act of its own clause
    (no role) that tells nothing of that side part (:func:`_side_words`); neither dates the topic's own
    happening (``weights``: the collection's topic)."""
    if m.article.id == other.article.id:
        return False
    roles = (role(m), role(other))
    if roles[1] in REFERENCE_ROLES and roles[0] is None:
        m, other = other, m
    elif not (roles[0] in REFERENCE_ROLES and roles[1] is None):
        return False
    if other.interval.days != 1 or m.interval.days > MAX_REFERENCE_DAYS:
        return False
    if topic_noun(m, weights) or topic_noun(other, weights) or _after_boundary(m):
        return False
    # the folder's topic ("Haiti") tells no side part apart from the story's other acts; its cast (a word of
    # 2% of its texts: "alert", "meeting" in a folder about a flu) does
    side = {w for w in _side_words(m) if not (weights.topic(w) or weights.topic(w[:STEM]))}
    told = _told(other)
    kin = _kin(m.article.language or "")
    return not any(_one_act(s, t, kin) for s in side for t in told)


def _after_boundary(m: Mention) -> bool:
    """Whether the date follows a word of the language's ``boundary`` ("since Tuesday's quake": ``dependent.role``
    reads the possessive's noun, a MODIFIER, but the date bounds a state, no side part's occasion)."""
    before = tuple(w.lower() for w in _WORD.findall(m.article.text[m.sentence_start:m.expression.start]))
    return any(before[-len(p):] == p for p in dependent_words(m.article.language or "").boundary if p)


def _one_act(side: str, told: str, kin: dict[str, frozenset[str]]) -> bool:
    """Whether a side part's word and a word of the other sentence name one act: one stem (``STEM`` letters:
    "photos", "photographed"), the shorter word the other's start ("vote" of "voted", "march" of "marched"), or
    words of one act family ("election", "elected"; "quake", "earthquake": the language's ``[acts] families``)."""
    if side[:STEM] == told[:STEM]:
        return True
    short, long = sorted((side, told), key=len)
    return len(short) >= MIN_LETTERS and long.startswith(short) or told in kin.get(side, ())


#: the grammar's word classes of the calendar, no words of a side part
_CALENDAR = ("month", "month_name", "weekday", "zone", "calendar_unit", "part_of_day", "deictic", "relative")


@lru_cache(maxsize=8)
def _no_side_words(language: str) -> frozenset[str]:
    """Words that tell no side part: the language's stopwords and its calendar's words ("Wednesday"
    of "opened on Wednesday ahead of the holiday"); none for a language without a resource."""
    try:
        grammar = load_grammar(language)
    except GrammarError:
        return frozenset()
    calendar = {w for kind in _CALENDAR for w in grammar.words.get(kind, {})}
    return frozenset(grammar.stopwords | calendar)


@lru_cache(maxsize=8)
def _capital_words(language: str) -> frozenset[str]:
    """The calendar's names that are a time only when capitalised (``[capital] words``: "march"), save the
    stopwords ("may")."""
    try:
        grammar = load_grammar(language)
    except GrammarError:
        return frozenset()
    return frozenset(grammar.capital_words - grammar.stopwords)


def _content(word: str, skip: frozenset[str], capital: frozenset[str]) -> bool:
    """Whether ``word`` (as written) may tell a side part: not a stopword or calendar word, save a calendar name
    written in lower case, which is no time ("ahead of the march on Saturday")."""
    lower = word.lower()
    return lower not in skip or lower in capital and word[:1].islower()


def _side_words(m: Mention) -> set[str]:
    """The content words (lower case) that tell the side part a reference point's date belongs to: the noun
    it qualifies and the words of at most ``SIDE_REACH`` before it in its sentence, past asides in brackets
    ("struck at 1653 local time (2153 GMT) on Tuesday"); none of the language's stopwords or calendar words,
    each of ``MIN_LETTERS`` or more."""
    text, e = m.article.text, m.expression
    start = m.sentence_start  # not its clause's: "struck at 1653 local time (2153 GMT), on Tuesday"
    language = m.article.language or ""
    skip, capital = _no_side_words(language), _capital_words(language)
    before = _WORD.findall(_BRACKETED.sub(" ", text[start:e.start]))[-SIDE_REACH:]
    noun = dated_noun(m)
    owned = _owned(m)
    return {w.lower().replace("-", "") for w in before + owned + ([noun] if noun else [])
            if len(w) >= MIN_LETTERS and _content(w, skip, capital)}


def _owned(m: Mention) -> list[str]:
    """The words right after the date that may name its side part, as written, at most ``OWNED_REACH``: of the
    noun phrase a possessive date owns ("as part of Friday's Hope For Haiti telethon", which
    ``dependent.dated_noun`` leaves for its names) or an attributive date's noun ("following the October 8
    earthquake which killed …"), up to the first mark, and for an attributive date the first stopword too
    ("scheduled for Sunday , her spokesman", "held on Sunday in Vantor")."""
    text, end = m.article.text, m.expression.end
    after = text[end:end + OWNED_CHARS].lstrip()
    ending = next((x for x in lexicon(m.article.language or "").possessive_endings if after.startswith(x)), "")
    stop = _no_side_words(m.article.language or "")
    words: list[str] = []
    for token in _TOKEN.findall(after[len(ending):])[:OWNED_REACH]:
        if not token[0].isalpha() or token.lower() in stop and not ending:
            break
        words.append(token)  # an owned phrase's stopwords ("Hope For Haiti") are dropped later
    return words


def _told(m: Mention) -> set[str]:
    """The words of a mention's sentence, lower case and hyphens dropped ("run-off" tells a "runoff"; a clause of
    it may hold the side part's words: "the quake, Haiti's worst in two centuries, struck south of the capital,
    on Tuesday")."""
    return {w.lower().replace("-", "") for w in _WORD.findall(m.sentence)}

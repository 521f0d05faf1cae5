"""What two articles' mentions share beyond the story: the vetoes of ``pairs`` that compare the
words of what their clauses say was done (content words and telling numbers, not names, the
collection's topic or the dates' numbers), and the names they give beyond the story's cast.

A clause shares a story's words with many others of its day ("officials", "cases", "Mexico" in a
folder about a flu); one act told twice shares what was done ("screened … passengers") or who did it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from ..temporal import Granularity, load_grammar
from ..temporal.grammar import GrammarError, resource_data
from .evidence import SAYING, Weighed
from .generic_words import weak
from .own_clause import tail
from .per_mention import per_mention
from .regroup import MIN_SHARED
from .similarity import STEM, Weights, overlap, signature

_NUMBER = re.compile(r"\d+")


@lru_cache(maxsize=4096)
def _numbers(text: str) -> frozenset[str]:
    """The numbers written in a time expression's ``text`` (read once: a mention meets many partners)."""
    return frozenset(_NUMBER.findall(text))


def _signs(shared: set[str], weights: Weights, language: str = "") -> float:
    """How much ``shared`` tokens say of one happening: one each, half for a word common in the
    collection (``Weights.common``: "people", "local", "died" in a folder about a quake) or generic
    in the ``language`` (``generic_words``: "group", "unit")."""
    return sum(0.5 if weak(token, weights, language) else 1.0 for token in shared)


def _beyond_topic(m: Mention, other: Mention, a: Weighed, b: Weighed, weights: Weights) -> bool:
    """Whether what one mention's clause says is told around the other, beyond the collection's
    topic (``Weights.topic``: "Haiti", "earthquake" in a folder about the quake): an aftershock and
    an aid visit in the quake-hit capital on one day share the place, the day and the story, not
    what happened. Nor are the numbers of the two time expressions ("25" of "on 25 January" in
    both) something shared: they say the day, which the intervals already compared. A clause with
    nothing of its own beyond those ("On Tuesday,", "The pandemics of 1957") stands for its context,
    which must then share ``MIN_SHARED`` such words. A word common in the collection counts half
    (:func:`_signs`): two charities' plans "over the weekend" share a word, not a happening."""
    dates = _numbers(m.expression.text) | _numbers(other.expression.text)

    def own(w: Weighed) -> set[str]:
        off_topic = w.off_topic(weights)
        return off_topic.segment - dates or off_topic.context - dates

    own_a, own_b = own(a), own(b)
    shared = (own_a & b.context.weights.keys()) | (own_b & a.context.weights.keys())
    # A whole sentence shares a word more easily than a clause: it must share two.
    told_around = own_a.isdisjoint(a.segment.weights) or own_b.isdisjoint(b.segment.weights)
    return _signs_reach(shared, weights, MIN_SHARED if told_around else 1, a.language)


def _signs_reach(shared: set[str], weights: Weights, least: float, language: str = "") -> bool:
    """Whether ``_signs(shared, weights) >= least``, counted only when the number of tokens does not
    already say (each is half a sign or one)."""
    if len(shared) < least:
        return False
    return len(shared) >= 2 * least or _signs(shared, weights, language) >= least


#: readings that hold many of a story's acts (a week's, a year's): agreeing on one is no sign of one happening
_HOLDING_MANY = frozenset({Granularity.WEEK, Granularity.WEEKEND, Granularity.YEAR, Granularity.DECADE,
                           Granularity.CENTURY})
_WEEKS = frozenset({Granularity.WEEK, Granularity.WEEKEND})
#: clauses this alike (``similarity.overlap``) tell one act in the story's common words
ALIKE_CLAUSES = 0.2
#: a name both clauses give, beyond the story's cast ("Sars" beside "outbreak"), is half a sign
_RARE_NAME_SIGN = 0.5
#: numbers below this ("two", "3") are in too many sentences to tell one act
_TELLING_NUMBER = 10


def _acts(w: Weighed, dates: set[str], weights: Weights) -> frozenset[str]:
    """What a mention's clause says was done, and how much: its content words and numbers, not
    names, the collection's topic, the numbers of the dates or the words that only qualify an
    amount or a moment (:func:`_qualifiers`: "at least") (a clause with nothing of its own,
    "Earlier this week,", stands for its context)."""
    off_topic = w.off_topic(weights)
    return _kept_acts(off_topic.segment_acts, off_topic.context_acts, frozenset(dates), w.language or "")


@lru_cache(maxsize=1 << 14)  # made once per clause and dates: a mention meets many partners
def _kept_acts(segment_acts: frozenset[str], context_acts: frozenset[str], dates: frozenset[str],
               language: str) -> frozenset[str]:
    """:func:`_acts` of a clause's and its context's act words beyond the topic."""
    dropped = dates | _qualifiers(language)

    def kept(tokens: frozenset[str]) -> frozenset[str]:
        return frozenset(token for token in tokens - dropped
                         if not (token.isdecimal() and int(token) < _TELLING_NUMBER))

    return kept(segment_acts) or kept(context_acts)


def _acts_apart(m: Mention, other: Mention, a: Weighed, b: Weighed, weights: Weights) -> bool:
    """Whether two articles' mentions, one of them a week's or a year's ("earlier this week", "in
    1976"), tell different acts: their clauses share no content word or number ("testified", "38"),
    or only a word common in the collection (half a sign) without a name both give beyond the
    story's cast (the other half: "the Sars outbreak of 2003"); for a week's, only words common in
    the collection however many, without such a name, unless the clauses are alike as wholes
    (``ALIKE_CLAUSES``: "an interview with police heard in court last week", "reveals in a recorded
    interview with police"): "officials have been pushing this week" and "the official told
    reporters on Friday" share "officials", "risk" of a folder about a flu, not an act.
    Such a span holds many of a story's happenings, told with the same names ("the defence opened
    its case this week" and "Ms Lee testified on Tuesday"; "a vaccine was used in 1976" and "an
    outbreak in 1976 infected 200"), so it joins only what it tells in the same words; the
    sentences around them (a long wire lead) share words by chance. A year's background happening
    is told in the story's own words ("the 1968 pandemic killed a million people"), a week's acts
    in their own. Across languages no content word can be shared: names and numbers were compared
    there already."""
    if a.language != b.language:
        return False
    grains = {m.expression.granularity, other.expression.granularity}
    if grains.isdisjoint(_HOLDING_MANY):
        return False
    dates = _numbers(m.expression.text) | _numbers(other.expression.text)
    shared = _acts(a, dates, weights) & _acts(b, dates, weights)
    if not shared:
        return True
    names = _names_shared(a, b, weights)
    if not grains.isdisjoint(_WEEKS) and all(weak(token, weights, a.language) for token in shared):
        return not names and overlap(a.segment, b.segment) < ALIKE_CLAUSES
    return _signs(shared, weights, a.language) + _RARE_NAME_SIGN * names < 1


def _nothing_telling_shared(m: Mention, other: Mention, a: Weighed, b: Weighed, weights: Weights) -> bool:
    """Whether two articles' mentions share neither a telling act word nor a participant (asked
    of two mentions of one day whose clauses alone are not alike enough, joined by what is told
    around them; a month's or a year's mention of a day's act is ``regroup``'s to join): neither
    clause (or, for a clause with nothing of its own, its context: :func:`_acts`) shares with the
    other's clause or sentence a content word or telling number beyond those common in the
    collection ("report", "officials" in a folder about a flu), and they name no one beyond the
    story's cast in common. Two acts of one day in one story share such words by chance
    ("officials said … on Thursday" of pigs culled in one country and a city shut in another);
    one act told twice shares what was done ("recommended … rotavirus vaccines") or who did it.
    Across languages names and numbers were compared already."""
    if a.language != b.language or _names_shared(a, b, weights):
        return False
    dates = _numbers(m.expression.text) | _numbers(other.expression.text)
    acts_a, acts_b = _acts(a, dates, weights), _acts(b, dates, weights)
    # what one clause tells may stand elsewhere in the other's sentence, cut off its clause
    # ("vessels … sighted on April 25"; "vessels were spotted … Friday off the island")
    # a word told only past one date's own clause ("after learning that three had died") is no act of its day
    tail_a, tail_b = tail_words(m), tail_words(other)
    acts_a, acts_b = acts_a - tail_a, acts_b - tail_b
    shared = (acts_a & acts_b) | (acts_a & (_sentence_words(other) - tail_b)) | (acts_b & (_sentence_words(m) - tail_a))
    return all(weak(token, weights, a.language) for token in shared)


@per_mention()
def tail_words(m: Mention) -> frozenset[str]:
    """The content words told only past the mention's date's own clause (``own_clause.tail``); kept
    per mention: asked for each partner it meets."""
    told = tail(m)
    if not told:
        return frozenset()
    return _words_of(told, m.article.language) - _words_of(m.sentence[:len(m.sentence) - len(told)], m.article.language)


@lru_cache(maxsize=4096)
def _words_of(sentence: str, language: str) -> frozenset[str]:
    """The content words of ``sentence`` (stemmed, as a signature's), not those that only qualify
    an amount or a moment (:func:`_qualifiers`)."""
    grammar = load_grammar(language)
    return signature(sentence, grammar.stopwords, grammar.words.get("number", {})).words - _qualifiers(language)


@lru_cache(maxsize=4096)
def _acts_of(sentence: str, language: str) -> frozenset[str]:
    """The content words and numbers of ``sentence`` (stemmed, as a signature's; see :func:`_words_of`)."""
    grammar = load_grammar(language)
    found = signature(sentence, grammar.stopwords, grammar.words.get("number", {}))
    return found.words - _qualifiers(language) | frozenset(name for name in found.names if name[0].isdigit())


@lru_cache(maxsize=4)
def _qualifiers(language: str) -> frozenset[str]:
    """The stems of the language's ``[acts] qualifiers``: words that qualify an amount or a moment
    ("at least 40", "nearly two weeks", "another 15"), said of any act: two clauses sharing one
    share no act ("where at least we could get support", "lost at least 40 employees")."""
    try:
        listed = resource_data(language).get("acts", {}).get("qualifiers", [])
    except GrammarError:
        return frozenset()
    return frozenset(word.lower()[:STEM] for word in listed if isinstance(word, str))


@per_mention()  # by the mention, not its sentence: a sentence's hash is not kept, nor its words past 4096
def _sentence_acts(m: Mention) -> frozenset[str]:
    """The content words and numbers of the mention's whole sentence."""
    return _acts_of(m.sentence, m.article.language)


@per_mention()
def _sentence_words(m: Mention) -> frozenset[str]:
    """The content words of the mention's whole sentence (read once: a mention meets many partners)."""
    return _words_of(m.sentence, m.article.language)


def _bound_apart(m: Mention, other: Mention, a: Weighed, b: Weighed, weights: Weights) -> bool:
    """Whether a state's end ("schools closed until 6 May": ``Evidence.act`` ``BOUNDARY``) and an
    act of that day ("restaurants reopen on 6 May") tell different things: their clauses share no
    content word or telling number (:func:`_acts`), only names and the topic (one word, even one
    common in the collection, joins them: "the trial, postponed until September", "due to stand
    trial in September"); for a deadline
    (:func:`_deadline`) fewer than ``MIN_SHARED`` (one common in the collection counts half): a
    deadline and an act of its day share a word by chance
    ("troops will be there by Friday, when they are needed" and "aid is needed, he said on Friday";
    "to complete the single by 7 February" and "the single is out on 7 February"). The end of a state
    is a happening of its own subject ("the fraud trial, delayed until May", "the fraud trial begins in May")."""
    dates = set(_NUMBER.findall(m.expression.text)) | set(_NUMBER.findall(other.expression.text))
    shared = _acts(a, dates, weights) & _acts(b, dates, weights)
    if not (_deadline(m) or _deadline(other)):
        return not shared  # one word will do, even a common one ("trial")
    return not _signs_reach(shared, weights, MIN_SHARED, a.language)


def _deadline(m: Mention) -> bool:
    """Whether the mention's date follows one of ``[acts] deadline`` ("will be there by Friday")."""
    before = m.article.text[max(0, m.expression.start - 12):m.expression.start].split()[-1:]
    return bool(before) and before[0].lower() in _deadline_words(m.article.language or "")


@lru_cache(maxsize=4)
def _deadline_words(language: str) -> frozenset[str]:
    try:
        listed = resource_data(language).get("acts", {}).get("deadline", [])
    except GrammarError:
        return frozenset()
    return frozenset(word.lower() for word in listed if isinstance(word, str))


def statements_apart(m: Mention, other: Mention, a: Weighed, b: Weighed, weights: Weights, entry: bool) -> bool:
    """Whether two articles' mentions of one day, both statements (``Evidence.act`` ``SAYING``) or,
    with ``entry``, one of them an entry of a live page (``pairs.in_entry``), share too little of
    what they tell to be one happening: no name beyond the story's cast, no telling number, and no
    content word rare in the collection (not ``Weights.common``) — for an entry fewer than
    ``MIN_SHARED``, a word of one of ``[acts] families`` counting for two ("telethon") — in one's
    clause (a statement's whole sentence: what was said) and the other's clause or sentence. Two
    statements of one day share a speaker's or a country's name and the story's words by habit
    ("U.S. researchers reported on Thursday that the virus is a mongrel", "U.S. officials said on
    Thursday the total had risen to 109"; "The agency said on Saturday 72 had died", "a senior
    agency official said on Saturday it was watching the school"), and a live page's entries are
    each one person's news ("a mob scene at the one gas station yesterday", "a very different
    scene at the airport from a couple of days ago"); one statement told twice shares what was
    said ("72", "a herd of swine")."""
    if a.language != b.language or _names_shared(a, b, weights):
        return False
    dates = _numbers(m.expression.text) | _numbers(other.expression.text)
    acts_a, acts_b = _said(m, a, dates, weights), _said(other, b, dates, weights)
    shared = (acts_a & acts_b) | (acts_a & _sentence_acts(other)) | (acts_b & _sentence_acts(m))
    if any(token[0].isdigit() for token in shared):
        return False
    rare = [token for token in shared if not weak(token, weights, a.language)]
    if not entry:
        return not rare
    family = _family_stems(m.article.language or "")
    return sum(2 if token in family else 1 for token in rare) < MIN_SHARED


def _said(m: Mention, w: Weighed, dates: set[str], weights: Weights) -> frozenset[str]:
    """What the mention's clause tells (:func:`_acts`), and for a statement the content words of its
    whole sentence beyond the topic (what was said, often outside the clause "…, he said on Monday")."""
    told = _acts(w, dates, weights)
    if w.act != SAYING:
        return told
    return told | frozenset(token for token in _sentence_words(m) if not weights.topic(token))


@lru_cache(maxsize=4)
def _family_stems(language: str) -> frozenset[str]:
    """The stems of the words of the language's ``[acts] families``."""
    try:
        listed = resource_data(language).get("acts", {}).get("families", [])
    except GrammarError:
        return frozenset()
    return frozenset(form.lower()[:STEM] for family in listed if isinstance(family, list)
                     for form in family if isinstance(form, str) and len(form) >= 4)


def _names_shared(a: Weighed, b: Weighed, weights: Weights) -> bool:
    """Whether the two clauses name someone or something alike that is not the story's cast or topic."""
    return any(not token[0].isdigit() and not weights.cast(token)
               for token in a.segment_names.weights.keys() & b.segment_names.weights.keys())


def clauses_share_beyond_topic(a: Weighed, b: Weighed, weights: Weights) -> bool:
    """Whether two mentions' clauses share a token beyond the collection's topic ("Mexico" in a
    folder about a flu is no sign that "160 passengers arriving from Mexico were screened" and "he
    was allowed through controls at Mexico City airport" tell one act)."""
    return not a.off_topic(weights).segment.isdisjoint(b.off_topic(weights).segment)


def clauses_share_beyond_cast(a: Weighed, b: Weighed, weights: Weights,
                              tails: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> bool:
    """Whether two mentions' clauses share a token beyond the collection's topic and its story's cast
    (``Weights.cast``): asked of two mentions of one day that share no telling act word, whose
    clauses may share only a cast name, and the cast's names are given to many of its acts ("envoy
    Ines Marro would fly to Port Talen on Saturday", "he would meet the former premier Tomas Marro
    on Saturday": two people of one name, two happenings); nor a generic word (``generic_words``: "the
    group met", "the group returned"). ``tails``: each clause's words told only past its date's own
    clause (:func:`tail_words`), left out."""
    shared = (a.off_topic(weights).segment - tails[0]) & (b.off_topic(weights).segment - tails[1])
    return any(not weights.cast(token) and not weak(token, weights, a.language) for token in shared)

"""What a mention's text says, and how alike two mentions' texts are.

A mention's :class:`Evidence` is two signatures (see ``similarity``): its own
clause (``segment_signature``: keeps two happenings told side by side apart)
and its sentence with its time-free neighbours (``context_signature``: finds
one happening told in other words). Both leave out the mention's own time
expression but keep its numbers. :class:`Weighed` is that evidence weighed
against a collection; :func:`relatedness` compares two and says what
similarity they must reach, which grows with the length of their interval
(:func:`coarseness`) and when their articles tell different stories
(:class:`Stories`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, NamedTuple

from ..model import Article, Mention
from ..settings import MergeSettings
from ..temporal import load_grammar
from ..temporal.grammar import phrase_pattern
from .dependent import BOUNDARY, CONDITION, bounds_a_state, role, says
from .similarity import Signature, Vector, Weights, overlap, signature

#: pairs whose exact-token similarity reaches this share of the threshold are compared fuzzily
FUZZY_BAND = 0.75
#: two names are taken for one when they begin alike this far ("Mexico", "Mexican")
NAME_STEM = 5
#: the kinds of language words that are capitalised without naming anyone ("Monday", "April", "GMT")
_CALENDAR_KINDS = ("month", "month_name", "weekday", "zone", "number")


@dataclass(frozen=True)
class Evidence:
    """What a mention's text says, twice: its own clause, and its sentence with time-free neighbours."""

    segment: Signature
    context: Signature
    language: str
    #: what kind of act the mention dates: ``SAYING`` ("said on Sunday"), ``BOUNDARY`` ("closed
    #: until 6 May": the end or start of a state), ``CONDITION`` ("if it struck today": none), or
    #: ``""`` (its clause's act): a saying, a state's bound and an act are three happenings
    act: str = ""

    @classmethod
    def of(cls, mention: Mention) -> Evidence:
        if mention.prepared is not None:  # worked out where the article was extracted (``prepared``)
            return mention.prepared.evidence(mention.article.language)
        return cls(segment_signature(mention), context_signature(mention), mention.article.language, act_kind(mention))


SAYING = "saying"


def act_kind(mention: Mention) -> str:
    """What kind of act ``mention`` dates (see ``Evidence.act``)."""
    if role(mention) == CONDITION:
        return CONDITION
    if bounds_a_state(mention):
        return BOUNDARY
    return SAYING if says(mention) else ""


class Weighed:
    """A mention's evidence weighed against a collection, ready for many comparisons."""

    __slots__ = ("language", "act", "segment", "context", "segment_names", "context_names", "segment_acts",
                 "context_acts", "_names", "_off_topic")

    def __init__(self, evidence: Evidence, weights: Weights):
        self.language = evidence.language
        self.act = evidence.act
        self.segment = Vector.of(evidence.segment, weights)
        self.context = Vector.of(evidence.context, weights)
        self.segment_names = Vector.of(evidence.segment, weights, names_only=True)
        self.context_names = Vector.of(evidence.context, weights, names_only=True)
        #: the content words and numbers (what was done and how much, not who or where)
        self.segment_acts = _acts(evidence.segment)
        self.context_acts = _acts(evidence.context)
        self._names: tuple[Weights, set[str], set[str]] | None = None
        self._off_topic: tuple[Weights, object, int, OffTopic] | None = None

    def names(self, weights: Weights) -> tuple[set[str], set[str]]:
        """(who and where its clause names, the stems of the names around it): see :func:`names_apart`;
        made once (a mention meets many partners)."""
        kept = self._names
        if kept is None or kept[0] is not weights:
            kept = self._names = (weights, _clause_names(self.segment_names, self.language, weights),
                                  {token[:NAME_STEM] for token in self.context_names.weights})
        return kept[1], kept[2]

    def tokens(self) -> set[str]:
        return set(self.context.weights) | set(self.segment.weights)

    def off_topic(self, weights: Weights) -> OffTopic:
        """Its tokens beyond the collection's topic (``Weights.off_topic``), made once: a mention
        meets many partners, and each pair asks for them."""
        kept = self._off_topic
        if kept is None or kept[0] is not weights or kept[1] is not weights.counts or kept[2] != weights.total:
            found = OffTopic(frozenset(weights.off_topic(self.segment.weights)),
                             frozenset(weights.off_topic(self.context.weights)),
                             frozenset(weights.off_topic(self.segment_acts)),
                             frozenset(weights.off_topic(self.context_acts)))
            kept = self._off_topic = (weights, weights.counts, weights.total, found)
        return kept[3]


class OffTopic(NamedTuple):
    """A weighed mention's tokens that are not the collection's topic (see :meth:`Weighed.off_topic`)."""

    segment: frozenset[str]
    context: frozenset[str]
    segment_acts: frozenset[str]
    context_acts: frozenset[str]


def _acts(sig: Signature) -> frozenset[str]:
    return sig.words | frozenset(name for name in sig.names if name[0].isdigit())


class Stories:
    """Whether two articles tell the same story: similarity of their whole texts (names,
    titles and numbers only across languages). Word frequencies are counted in one pass;
    each article's vector is made when first needed and a bounded number are kept. With
    ``weights`` (those of a larger collection), they are not counted again; ``signatures``: the
    articles' signatures by id, already made (a part of a merge done elsewhere is sent them)."""

    KEPT = 4096

    def __init__(self, articles: Iterable[Article], weights: Weights | None = None,
                 signatures: dict[str, Signature] | None = None):
        self.articles = {a.id: a for a in articles}
        #: the signatures made for the weights, kept when no more than ``KEPT`` (the cache holds them then too)
        self.signatures: dict[str, Signature] = dict(signatures or {})
        if weights is None:
            made = {a.id: self._signature(a) for a in self.articles.values()} if len(self.articles) <= self.KEPT else None
            weights = Weights(made.values() if made is not None else
                              (self._signature(a) for a in self.articles.values()))
            self.signatures.update(made or {})
        self.weights = weights
        self._vectors: dict[str, tuple[Vector, Vector]] = {}  # (all tokens, names only)
        self._cache: dict[tuple[str, str], float] = {}

    @staticmethod
    def _signature(article: Article) -> Signature:
        return _article_signature(article.text, article.language)

    def _vector(self, article_id: str) -> tuple[Vector, Vector]:
        vectors = self._vectors.get(article_id)
        if vectors is None:
            if len(self._vectors) >= self.KEPT:
                self._vectors.pop(next(iter(self._vectors)))  # the oldest: buckets move forward in time
            sig = self.signatures.get(article_id) or self._signature(self.articles[article_id])
            vectors = (Vector.of(sig, self.weights), Vector.of(Signature(sig.names, frozenset()), self.weights))
            self._vectors[article_id] = vectors
        return vectors

    def similarity(self, a: str, b: str) -> float:
        key = (a, b) if a < b else (b, a)
        if key not in self._cache:
            if len(self._cache) >= 64 * self.KEPT:
                self._cache.clear()  # pairs come bucket by bucket: old ones are rarely asked again
            same_language = self.articles[a].language == self.articles[b].language
            which = 0 if same_language else 1
            self._cache[key] = overlap(self._vector(a)[which], self._vector(b)[which])
        return self._cache[key]


@lru_cache(maxsize=Stories.KEPT)  # counted for the weights, then asked again for the vectors
def _article_signature(text: str, language: str) -> Signature:
    grammar = load_grammar(language)
    return signature(text, grammar.stopwords, grammar.words.get("number", {}))


@lru_cache(maxsize=None)
def _calendar_words(language: str) -> frozenset[str]:
    words = load_grammar(language).words
    return frozenset(w for kind in _CALENDAR_KINDS for w in words.get(kind, {}))


@lru_cache(maxsize=None)
def _writing_day_pattern(language: str) -> re.Pattern[str] | None:
    words = load_grammar(language).words
    return phrase_pattern({*words.get("deictic", {}), *words.get("writing_day", {})})


def from_writing_day(mention: Mention) -> bool:
    """Whether the mention names its time only from the day its article was written ("today",
    "yesterday", "this morning": ``[words.deictic]`` and ``[words.writing_day]`` of its language),
    with no number or calendar name beside and no other expression to lean on. Every article of a
    day writes such words: two of them agreeing on a date say little of one happening."""
    return mention.anchor is None and _writing_day_words(mention.expression.text, mention.article.language)


@lru_cache(maxsize=1 << 12)  # asked twice for every pair scored; expressions repeat ("today", "on Monday")
def _writing_day_words(text: str, language: str) -> bool:
    """Whether an expression's ``text`` names its time only from the writing day (see :func:`from_writing_day`)."""
    if any(c.isdigit() for c in text):
        return False
    calendar = _calendar_words(language)
    if any(word in calendar for word in re.findall(r"[^\W\d_]+", text.lower())):
        return False
    pattern = _writing_day_pattern(language)
    return pattern is not None and pattern.search(text) is not None


def _clause_names(names: Vector, language: str, weights: Weights) -> set[str]:
    """Who and where a clause names, beyond the collection's topic and its story's cast
    (``Weights.cast``: named around many happenings, so no contradiction), taken by their first
    letters. Only words that are names wherever the collection has them: not a capitalised word the
    folder also writes in lower case (a sentence opening the splitter missed, "Meanwhile", a quoted
    "challenging moments"), nor a run's initials ("^jmp" against "^bjmp" when "But" opens one),
    numbers and number words ("BBC One"), words under three letters ("TV", "Up" opening a glued
    sentence) or calendar words."""
    calendar = _calendar_words(language)
    return {token[:NAME_STEM] for token in names.weights
            if len(token) > 2 and token[0].isalpha() and token not in calendar
            and not weights.cast(token) and not weights.plain(token)}


def _told(name: str, around: set[str]) -> bool:
    """Whether ``name`` (a stem) is among ``around`` (stems), one maybe a shorter form ("GCSE", "GCSEs")."""
    return name in around or any(name.startswith(other) or other.startswith(name) for other in around)


def names_apart(a: Weighed, b: Weighed, weights: Weights) -> bool:
    """Whether each clause names someone or somewhere that the other's context never names: "first
    case in Ostrel" and "first case in Vantor" on one day are two happenings however alike the
    rest, while "died at his Ostrel home" and "his doctor Quill" told around "Ostrel" may be one."""
    if a.language != b.language:
        return False
    clause_a, around_a = a.names(weights)
    clause_b, around_b = b.names(weights) if clause_a else (set(), set())
    if not clause_b:
        return False
    return not any(_told(name, around_b) for name in clause_a) and \
        not any(_told(name, around_a) for name in clause_b)


@lru_cache(maxsize=1 << 10)  # asked for every pair scored, of a few lengths (a day, a week, a month, a year)
def coarseness(days: int) -> float:
    """How much more alike two mentions must be when their interval is long: a year holds far
    more happenings than a day. 1 up to a week, 1.6 for a month, 2.7 for a year, 3.7 for a decade."""
    return 1.0 + max(0.0, math.log10(days / 7))


class Relatedness(NamedTuple):
    """How alike two mentions' texts are, and how alike they must be to tell one happening."""

    similarity: float
    threshold: float

    @property
    def ratio(self) -> float:
        """``similarity / threshold``: 1 or more when they are alike enough."""
        return self.similarity / self.threshold


def relatedness(a: Weighed, b: Weighed, settings: MergeSettings, days: int = 1, same_story: bool = True,
                clause_too: bool = False) -> Relatedness:
    """The similarity of two mentions' texts and the threshold it must reach.

    The mean of the clause and the context similarities: the clause keeps two
    happenings told side by side apart, the context finds one happening told
    in other words. Across languages only names, titles and numbers count.
    Mentions in articles that tell different stories (``same_story`` False)
    need ``cross_story_threshold``: one story retold may share few words, but
    two stories share a happening only when their sentences say much the same.
    The threshold grows with the longer interval's length in ``days`` (see
    coarseness). With ``clause_too`` (a coarse mention and a finer one it may
    hold) the clauses alone must be as alike too: a story's shared context
    says "the same story", not "the same happening", and a year holds many.
    Fuzzy token matching (rapidfuzz) is spent only on pairs that come within
    ``FUZZY_BAND`` of the threshold.
    """
    needed = settings.cross_language_threshold if a.language != b.language else settings.threshold
    if not same_story:
        needed = max(needed, settings.cross_story_threshold)
    needed *= coarseness(days)
    pairs = _compared(a, b)
    scores = _exact_scores(a, b)
    if FUZZY_BAND * needed <= min(scores) < needed or FUZZY_BAND * needed <= sum(scores) / 2 < needed:
        scores = [overlap(x, y, fuzzy=True) for x, y in pairs]
    value = sum(scores) / 2
    return Relatedness(min(value, scores[0]) if clause_too else value, needed)


def _compared(a: Weighed, b: Weighed) -> tuple[tuple[Vector, Vector], tuple[Vector, Vector]]:
    """The clause and context vectors :func:`relatedness` compares (names only across languages)."""
    if a.language != b.language:
        return (a.segment_names, b.segment_names), (a.context_names, b.context_names)
    return (a.segment, b.segment), (a.context, b.context)


#: the last pair's exact-token scores (:func:`_exact_scores`): the pair, then its scores
_last_scores: tuple[object, object, tuple[float, ...]] = (None, None, ())


def _exact_scores(a: Weighed, b: Weighed) -> tuple[float, ...]:
    """The exact-token overlaps of the vectors :func:`_compared` gives, kept for the last pair: a
    pair out of reach is asked first (:func:`out_of_reach`), and one within reach then asked again
    (:func:`relatedness`). Weighed vectors never change, so the same pair has the same scores."""
    global _last_scores
    last = _last_scores  # one read: another thread may replace it meanwhile
    if last[0] is a and last[1] is b:
        return last[2]
    (segment_a, segment_b), (context_a, context_b) = _compared(a, b)
    scores = (overlap(segment_a, segment_b), overlap(context_a, context_b))
    _last_scores = (a, b, scores)
    return scores


def out_of_reach(a: Weighed, b: Weighed, settings: MergeSettings, days: int) -> bool:
    """Whether :func:`relatedness` of ``a`` and ``b`` (for a longer interval of ``days``), whatever
    its stories and clauses, is below both its threshold and ``conflict_threshold``: an exact bound,
    cheaper than the vetoes a pair meets before it. The exact-token mean below ``FUZZY_BAND`` of the
    least threshold any story gives is never compared fuzzily, and is the most it can reach."""
    least = (settings.cross_language_threshold if a.language != b.language else settings.threshold) * coarseness(days)
    scores = _exact_scores(a, b)
    value = sum(scores) / 2
    return value < FUZZY_BAND * least and value < settings.conflict_threshold


#: signatures kept for reuse: token weights, bucket evidence, regrouping and summaries all ask
#: for the same mentions' (a silver corpus's mentions fit; a larger corpus keeps the recent ones)
SIGNATURES_KEPT = 1 << 15


def _signature(mention: Mention, start: int, end: int) -> Signature:
    """The signature of ``article.text[start:end]`` without the mention's own time
    expression, but for its numbers: "seven years ago" and "för sju år sedan" share a 7."""
    e = mention.expression
    return _text_signature(mention.article.text, start, end, e.start, e.end, e.text, mention.article.language)


@lru_cache(maxsize=SIGNATURES_KEPT)
def _text_signature(text: str, start: int, end: int, e_start: int, e_end: int, e_text: str,
                    language: str) -> Signature:
    grammar = load_grammar(language)
    numbers = grammar.words.get("number", {})
    if start <= e_start and e_end <= end:
        kept = " ".join(w for w in e_text.split() if w.isdigit() or isinstance(numbers.get(w.lower()), int))
        text = text[start:e_start] + " " + kept + " " + text[e_end:end]
    else:
        text = text[start:end]
    return signature(text, grammar.stopwords, numbers)


def context_signature(mention: Mention) -> Signature:
    """What the mention's sentence and its neighbours say: for comparing across articles."""
    if mention.prepared is not None:
        return mention.prepared.context_signature()
    if mention.context == (0, 0):
        return segment_signature(mention)
    return _signature(mention, *mention.context)


def segment_signature(mention: Mention) -> Signature:
    """What the mention's own clause says: for comparing mentions of one article."""
    if mention.prepared is not None:
        return mention.prepared.segment_signature()
    if mention.segment == (0, 0):
        return _signature(mention, mention.sentence_start, mention.sentence_start + len(mention.sentence))
    return _signature(mention, *mention.segment)

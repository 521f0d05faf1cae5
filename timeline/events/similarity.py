"""Do two pieces of text speak of the same happening?

A text's :class:`Signature` keeps what identifies a happening across
articles and languages: names (capitalised words not opening a sentence),
words of short quoted titles, numbers (weighted double), and content words
(lower-case, crudely stemmed). Two signatures are compared by IDF-weighted
Dice overlap, where rapidfuzz lets near-identical tokens ("Teigens",
"Teigen") count as shared.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from rapidfuzz import fuzz, process

NAME_WEIGHT = 2.0
STEM = 6  # content words are compared on their first letters: "photos", "photographed"
FUZZY_CUTOFF = 88  # rapidfuzz ratio at which two tokens count as the same
MIN_BACKGROUND = 20  # strict weights treat a smaller collection as this large
#: a token in at least this share of a collection's texts, and in at least TOPIC_LEAST of them, is
#: the collection's topic ("Haiti", "earthquake" in a folder about the quake): it says which story,
#: not which happening (two texts sharing a word are a pair, not a topic)
TOPIC_SHARE = 0.2
TOPIC_LEAST = 10
#: a token in at least this share of a collection's texts, and in at least CAST_LEAST of them, is one
#: of the story's cast (the accused's doctor, the city of the trial): named around many happenings
CAST_SHARE = 0.02
CAST_LEAST = 3
#: a token in at least this share of a collection's texts (and in at least TOPIC_LEAST of them) is a
#: common word of it ("people", "local", "died" in a folder about a quake): shared, it is half a sign
COMMON_SHARE = 0.05

_TOKEN = re.compile(r"[^\W_]+(?:[’'][^\W_]+)?|\d+(?:[.,]\d+)*")
_QUOTED = re.compile(r"[\"“”«»]([^\"“”«»\n]{2,60})[\"“”«»]")
# A capital after these opens a sentence (or a quotation), so it says nothing of names.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\W*\s|[“«(]\s*|(?:^|\s)[\"']\s*|\n\s*)$")
_POSSESSIVE = re.compile(r"[’']s$")
_NAME_RUN = re.compile(r"(?:\b[A-Z][\w’'-]*(?:\s+|$)){2,}")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}s?\b")


def _acronym(letters: str) -> str:
    """"^" and the letters without repeats: "BBMAs" and "Billboard Music Awards" are both "^bma"."""
    letters = letters.lower()
    return "^" + "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


@dataclass(frozen=True)
class Signature:
    names: frozenset[str]
    words: frozenset[str]

    def tokens(self) -> Iterable[tuple[str, bool]]:
        for name in self.names:
            yield name, True
        for word in self.words:
            yield word, False


_POSSESSIVE_ENDINGS = ("'s", "’s", "'s\n", "’s\n")


def _normal(token: str) -> str:
    lower = token.lower()
    # _POSSESSIVE.sub("", lower), without the regex for the tokens that do not end so (most)
    return _POSSESSIVE.sub("", lower) if lower.endswith(_POSSESSIVE_ENDINGS) else lower


def signature(text: str, stopwords: frozenset[str] = frozenset(), numbers: dict[str, object] | None = None
              ) -> Signature:
    """The identifying tokens of ``text`` (one sentence or a whole article).

    ``numbers`` maps a language's number words to values ("seven" -> 7), so
    that "seven years" and "sju år" share the token "7" (one is left out: "a",
    "en" are articles far more often than numbers).
    """
    names: set[str] = set()
    words: set[str] = set()
    numbers = numbers or {}
    for run in _NAME_RUN.finditer(text):
        parts = run.group().split()
        if 3 <= len(parts) <= 6:  # "Billboard Music Awards" is also "^bma"
            names.add(_acronym("".join(part[0] for part in parts)))
    for acronym in _ACRONYM.finditer(text):
        if len(acronym.group().rstrip("s")) >= 3:  # "BBMAs" is "^bma"
            names.add(_acronym(acronym.group().rstrip("s")))
    for quoted in _QUOTED.finditer(text):
        if len(quoted.group(1).split()) <= 6:
            names.update(n for n in map(_normal, _TOKEN.findall(quoted.group(1))) if n not in stopwords)
    # the loop runs over every token of every article and mention clause: ``_normal`` inlined, and
    # a lower-case token's verdict taken once per text (it depends on the token alone)
    opens_sentence, possessive, get = _SENTENCE_START.search, _POSSESSIVE.sub, numbers.get
    plain: set[str] = set()  # the lower-case, non-number tokens already looked at
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in plain:
            continue
        lower = token.lower()
        normal = possessive("", lower) if lower.endswith(_POSSESSIVE_ENDINGS) else lower
        value = get(normal)
        if isinstance(value, int) and value > 1:
            names.add(str(value))
        elif token[0].isdigit():
            names.add(normal)
        elif token[0].isupper() and not opens_sentence(text[max(0, match.start() - 4):match.start()]):
            if normal not in stopwords:
                names.add(normal)
        else:
            if not token[0].isupper():
                plain.add(token)
            if len(normal) >= 4 and normal not in stopwords:
                words.add(normal[:STEM])
    return Signature(frozenset(names), frozenset(words - names))


class Weights:
    """Inverse document frequency of tokens over a collection of signatures."""

    def __init__(self, signatures: Iterable[Signature]):
        counts: Counter[str] = Counter()
        plain: set[str] = set()
        total = 0
        for sig in signatures:
            total += 1
            counts.update(sig.names | sig.words)
            plain.update(sig.words)
        self.total = max(total, 1)
        self.counts = counts
        self.words = frozenset(plain)
        self._topics: tuple[object, int, frozenset[str] | None] | None = None

    def topic(self, token: str) -> bool:
        """Whether the token is the collection's topic (see ``TOPIC_SHARE``)."""
        df = self.counts.get(token, 0)
        return df >= TOPIC_LEAST and df >= TOPIC_SHARE * self.total

    def off_topic(self, tokens: Iterable[str]) -> set[str]:
        """The ``tokens`` that are not the collection's topic (:meth:`topic`): one set difference
        against the topic's tokens, listed once (a merge asks for millions of tokens)."""
        kept = getattr(self, "_topics", None)
        if kept is None or kept[0] is not self.counts or kept[1] != self.total:  # counts or total replaced
            items = getattr(self.counts, "items", None)  # None: counts that can only be asked (``get``)
            found = None if items is None else frozenset(
                token for token, df in items() if df >= TOPIC_LEAST and df >= TOPIC_SHARE * self.total)
            kept = self._topics = (self.counts, self.total, found)
        if kept[2] is None:
            return {token for token in tokens if not self.topic(token)}
        return set(tokens).difference(kept[2])

    def common(self, token: str) -> bool:
        """Whether the token is in many of the collection's texts (``COMMON_SHARE``), maybe its topic."""
        df = self.counts.get(token, 0)
        return df >= TOPIC_LEAST and df >= COMMON_SHARE * self.total

    def cast(self, token: str) -> bool:
        """Whether the token is the collection's topic or one of its story's cast (``CAST_SHARE``)."""
        df = self.counts.get(token, 0)
        return df >= CAST_LEAST and df >= CAST_SHARE * self.total

    def plain(self, token: str) -> bool:
        """Whether the collection also writes the (capitalised) token as a plain lower-case word."""
        return token[:STEM] in self.words

    def weight(self, token: str, is_name: bool, strict: bool = False) -> float:
        """IDF, doubled for names. ``strict``: a token found in nearly every text (the story's
        protagonist) weighs about nothing, instead of a little."""
        df = self.counts.get(token, 0)
        if strict:  # as if among at least MIN_BACKGROUND texts: two articles alone say nothing of rarity
            idf = math.log((max(self.total, MIN_BACKGROUND) + 1) / (df + 1))
        else:
            idf = math.log(1 + self.total / (1 + df))
        return idf * (NAME_WEIGHT if is_name else 1.0)


@dataclass(frozen=True)
class Vector:
    """A signature weighed once: token -> weight, for fast repeated comparison."""

    weights: dict[str, float]
    total: float

    @classmethod
    def of(cls, sig: Signature, weights: Weights, names_only: bool = False) -> Vector:
        weight = weights.weight  # asked for each token of four vectors of every mention a merge weighs
        tokens = {t: weight(t, True, names_only) for t in sig.names}
        if not names_only:
            for t in sig.words:
                if t not in tokens:
                    tokens[t] = weight(t, False)
        tokens = {t: w for t, w in tokens.items() if w > 0}
        return cls(tokens, math.fsum(tokens.values()))  # signatures are sets: see overlap


def overlap(a: Vector, b: Vector, fuzzy: bool = False) -> float:
    """0..1: the weighted share of two vectors' tokens found in both.

    With ``fuzzy``, a token missing from the other side still counts when
    rapidfuzz finds a near-identical one there ("Teigens", "Teigen").
    """
    if not a.total or not b.total:
        return 0.0
    # the smaller vector's tokens looked up in the larger (a merge asks this of every candidate pair);
    # fsum: a set's order (and so a plain sum's last bits) changes with the process's string
    # hashing; the exactly rounded sum is the same in every run and worker
    # The shared tokens are found by one set intersection (in C, over the smaller side's keys; most pairs
    # share a few of many), each token's two weights added as before: a + b is b + a, and fsum is exact,
    # so their order leaves the result's bits alone.
    common = a.weights.keys() & b.weights.keys()
    shared = [a.weights[t] + b.weights[t] for t in common]
    if fuzzy:
        for one, other in ((a, b), (b, a)):
            candidates = [t for t in other.weights if t not in common]
            if not candidates:
                continue
            for token, w in one.weights.items():
                if token not in common and len(token) >= 5 and process.extractOne(
                        token, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF):
                    shared.append(w)
    return math.fsum(shared) / (a.total + b.total)


def similarity(a: Signature, b: Signature, weights: Weights, names_only: bool = False) -> float:
    """0..1: the weighted share of the two signatures' tokens that they have in common.

    ``names_only`` compares names, titles and numbers alone, with strict
    weights: the measure across languages, where content words cannot match
    and only names that set a happening apart are evidence.
    """
    return overlap(Vector.of(a, weights, names_only), Vector.of(b, weights, names_only), fuzzy=True)

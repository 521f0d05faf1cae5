"""Two markets' reports of one day: two happenings.

A wire files a report for each market each day ("Share prices were higher on the Tokyo Stock
Exchange Wednesday morning", "Singapore's blue-chip share index closed lower at midday
Wednesday"). Their clauses share the market's words (shares, index, points, closed, profit-taking)
and the day, so nothing else keeps them apart; yet each market's day is its own happening, and so is
one market's morning and its close. A clause names its market by a capitalised run joined to one
of ``[market_reports] heads``: before it ("Tokyo stocks", "Singapore's blue-chip share index", up
to ``MODIFIERS`` lower-case words between), around it ("the Jakarta Stock Exchange"), or after
it through a link ("the Stock Exchange of Thailand"), with a capitalised short form in brackets
after ("Straits Times Index (STI)"); the market's words themselves name no market. A run joined
straight to one of ``index_heads`` ("Hang Seng Index", "the Nikkei index") names an index, finer
than its place: two clauses that both name indexes are compared by them ("Hang Seng Index" and
"Hang Seng China Enterprises Index" are two), two that name none by every name they give ("Tokyo stocks"
and "Singapore's share index" are two); an index beside a place's market ("the Nikkei average", "Tokyo
stocks") may be that market's, and is set apart from nothing by its name. A clause that names no market ("the index fell") is set
apart from none: a retelling ("On Monday, the STI fell 41.8 points") is one happening. Names that are
one market ("Wall Street stocks", "U.S. stocks", "the Dow Jones Industrial Average": ``[market_names]
one_market``) are read as the one name it is known by, so a retelling in another of them is one
happening too; ``actor`` asks this reader whether two clauses' openings ("Wall Street stocks", "U.S.
stocks") name one market before it cuts them apart as two actors.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..model import Mention
from ..temporal import load_grammar
from .headline_words import lexicon, lowered, resource_table
from .per_mention import per_mention

#: how many lower-case words may stand between a market's name and its word ("blue-chip share index")
MODIFIERS = 2

_TOKEN = re.compile(r"[^\W_][\w.&’'-]*")
_SHORT_FORM = re.compile(r"\s*(?:\(|-LRB-)\s*([^\W\d_a-z][^\W_a-z]{1,7})\s*(?:\)|-RRB-)")


class Markets(NamedTuple):
    """The markets a sentence names: every name, and those that name an index."""

    names: frozenset[str]
    indexes: frozenset[str]


class _Token(str):
    """A word of the sentence, knowing whether only spaces stand between it and the word before."""

    joined: bool

    def __new__(cls, text: str, joined: bool) -> "_Token":
        token = super().__new__(cls, text)
        token.joined = joined
        return token


class _Words(NamedTuple):
    heads: frozenset[str]
    index_heads: frozenset[str]
    generic: frozenset[str]
    links: frozenset[str]
    stop: frozenset[str]
    endings: tuple[str, ...]
    #: each form of a market that has several (``[market_names] one_market``) to the name it is known by
    known_as: dict[str, str]


@lru_cache(maxsize=8)
def _words(language: str) -> _Words | None:
    """The ``[market_reports]`` words of ``language``, or None when it has none."""
    table = resource_table(language, "market_reports")
    heads = lowered(table, "heads")
    if not heads:
        return None
    stop = load_grammar(language).stopwords
    generic = heads | lowered(table, "generic") | frozenset(lexicon(language).calendar)  # "… Exchange Wednesday"
    return _Words(heads, lowered(table, "index_heads"), generic, lowered(table, "links"),
                  frozenset(stop), tuple(lexicon(language).possessive_endings), _known_as(language))


def _known_as(language: str) -> dict[str, str]:
    """Each form of ``[market_names] one_market`` as the reader gives names (lower case, no dots), to
    the first form of its list: the name the market is known by."""
    known: dict[str, str] = {}
    for forms in resource_table(language, "market_names").get("one_market", []):
        kept = [_plain(f) for f in forms if isinstance(f, str) and _plain(f)] if isinstance(forms, list) else []
        for form in kept:
            known.setdefault(form, kept[0])
    return known


def _plain(name: str) -> str:
    """A name as :func:`_name` gives it: lower case, without dots, one space between its words."""
    return " ".join(name.replace(".", "").lower().split())


def _capital(token: str) -> bool:
    return token[:1].isupper()


def _name(run: list[str], w: _Words) -> str:
    """A run's words beyond the market's own and the function words, as one name ("" when none)."""
    bare = [_bare(t, w) for t in run]
    kept = [t.replace(".", "").lower() for t in bare if t.lower() not in w.generic and t.lower() not in w.stop]
    name = " ".join(t for t in kept if t)
    return w.known_as.get(name, name)


@lru_cache(maxsize=1 << 12)  # asked of a mention's sentence for each partner it meets
def sentence_markets(sentence: str, language: str) -> Markets:
    """The markets ``sentence`` names (see the module docstring)."""
    w = _words(language)
    if w is None:
        return Markets(frozenset(), frozenset())
    found = list(_TOKEN.finditer(sentence))
    if not any(m.group(0).lower() in w.heads for m in found):  # most sentences name no market: no tokens made
        return Markets(frozenset(), frozenset())
    # a run of capitals goes on over spaces only ("the Stock Exchange of Thailand ( SET) index")
    joined = [n > 0 and not sentence[found[n - 1].end():m.start()].strip() for n, m in enumerate(found)]
    tokens = [_Token(m.group(0), joined[n]) for n, m in enumerate(found)]
    names: set[str] = set()
    indexes: set[str] = set()
    for k, token in enumerate(tokens):
        if token.lower() not in w.heads:
            continue
        own, close = _own(tokens, k, w)
        index = token.lower() in w.index_heads
        for n, run in enumerate(own):
            name = _name(run, w)
            if name:
                names.add(name)
                if index and close and n == 0:
                    indexes.add(name)
        short = _SHORT_FORM.match(sentence, found[k].end())
        if short and index:
            name = w.known_as.get(_plain(short.group(1)), short.group(1).lower())
            names.add(name)
            indexes.add(name)
    return Markets(frozenset(names), frozenset(indexes))


def _own(tokens: list[_Token], k: int, w: _Words) -> tuple[list[list[str]], bool]:
    """The capitalised runs joined to the market word at ``k``, and whether the first stands straight
    before it or holds it ("Hang Seng Index", "Nikkei index"; not "Singapore's … index")."""
    runs: list[list[str]] = []
    lo, hi = k, k + 1
    while lo > 0 and tokens[lo].joined and _capital(tokens[lo - 1]) and not _possessive(tokens[lo - 1], w):
        lo -= 1
    if _capital(tokens[k]):
        while hi < len(tokens) and tokens[hi].joined and _capital(tokens[hi]):
            hi += 1  # "Stock Exchange"
        runs.append(tokens[lo:hi])
    elif lo < k:
        runs.append(tokens[lo:k])
    close = bool(runs)
    j, between = lo - 1, 0
    while j >= 0 and tokens[j + 1].joined:  # "Singapore's blue-chip share index", "Tokyo's benchmark Nikkei index"
        if _capital(tokens[j]):
            end = j + 1
            while j > 0 and tokens[j].joined and _capital(tokens[j - 1]) and not _possessive(tokens[j - 1], w):
                j -= 1
            runs.append([_bare(t, w) for t in tokens[j:end]])
            break
        if tokens[j].lower() in w.stop or between >= MODIFIERS or not tokens[j + 1].joined:
            break
        between += 1
        j -= 1
    if hi < len(tokens) - 1 and tokens[hi].lower() in w.links and _capital(tokens[hi + 1]):
        after = hi + 1  # "the Stock Exchange of Thailand"
        while after < len(tokens) and tokens[after].joined and _capital(tokens[after]) \
                and not _possessive(tokens[after - 1], w):
            after += 1
        runs.append(tokens[hi + 1:after])
    return runs, close


def _possessive(token: str, w: _Words) -> bool:
    return bool(w.endings) and token.endswith(w.endings)


def _bare(token: str, w: _Words) -> str:
    """``token`` without its possessive ending ("Singapore's" → "Singapore")."""
    return next((token[:-len(e)] for e in w.endings if e and token.endswith(e)), token)


@per_mention()  # asked of a mention for each partner it meets
def _markets(m: Mention) -> Markets:
    return sentence_markets(m.sentence, m.article.language or "")


def markets_apart(m: Mention, other: Mention) -> bool:
    """Whether two mentions, in two sentences, report two markets (on one day, in one week or one year),
    or one market at two times of one day ("Wednesday morning", "midday Wednesday"; see the module
    docstring)."""
    if m.article.language != other.article.language:
        return False
    if m.article.id == other.article.id and m.sentence_start == other.sentence_start:
        return False
    a, b = _markets(m), _markets(other)
    if not a.names or not b.names:
        return False
    if two_markets(a, b):
        return True
    first, second = m.expression.timex or "", other.expression.timex or ""
    return len(first) > 10 and len(second) > 10 and first[10:] != second[10:]


def two_markets(a: Markets, b: Markets) -> bool:
    """Whether ``a`` and ``b`` (both naming markets) name two: two indexes when both name indexes, else
    two names when neither does; one index beside a place's market ("the Nikkei average", "Tokyo
    stocks") may be that market's."""
    if not a.names or not b.names:
        return False
    if a.indexes and b.indexes:
        return a.indexes.isdisjoint(b.indexes)
    return not (a.indexes or b.indexes) and a.names.isdisjoint(b.names)

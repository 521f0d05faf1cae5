"""Where a pattern's matches can lie: in a run of characters it can read that holds a literal it requires.

A rule that can begin anywhere (:func:`.leading.leading` gives it no openings) is searched over the
whole text, though a literal it cannot match without (:func:`.prefilter.requirement`: a unit word,
a month name) stands in a few places. Most patterns never read some characters: a full stop, a
quotation mark, a bracket. :func:`apart` reads from a pattern's parse tree which of
:data:`CANDIDATES` no part of it reads, neither in its match nor in a lookahead or positive lookbehind.
A match, and what its positive lookarounds assert, is then one stretch of the text without those characters (a
*run*); it holds a literal of each required clause, so it lies in a run that holds one.
:func:`finditer` searches only those runs, each up to the character that ends it: the matches
the whole text's search finds, in the same order.

Why the end of a run can be where the search ends: at that character every part of the pattern
fails, as at the end of the text, for none reads it; a ``\\b`` or ``\\B`` reads word characters, so
a pattern holding one reads them all here, and a run then ends at no word character, where the
boundary is what it is at the end of the text. Anchors (``$``, ``^``, ``\\Z``) differ at the end
of a run and the end of the text: a pattern holding one is searched whole. A search begun within a
text still sees what comes before (``re`` lets lookbehinds read it), so the start of a run changes
nothing; and a negative lookbehind's characters may still end runs: whatever it reads, it reads
as the whole text's search does.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterator

from .prefilter import Requirement, _parse, sre

if TYPE_CHECKING:
    from .leading import Openings

#: characters that may end a run: uncased (so ``re.IGNORECASE`` equates none of them to another),
#: the punctuation and spacing of running text
CANDIDATES = frozenset("\n\t\r\f\v !\"#$%&'(*)+,./:;<=>?@[\\]^_`{|}~-\u00a0\u00ab\u00bb\u2013\u2014"
                       "\u2018\u2019\u201c\u201d\u2026")
#: the runs are tried one by one while their anchors are fewer than this share of a text's
#: characters; with more, one search over the text costs less than a search per run
SHARE = 0.02

_CATEGORY = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
             sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
_BOUNDARIES = (sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY)
_REPEATS = tuple(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None))
                 if op is not None)
_WORD = frozenset(c for c in CANDIDATES if re.match(r"\w", c))


class _Unknown(Exception):
    """A part of a pattern whose characters are not known (or an anchor): the pattern is searched whole."""


def _class(items: Any) -> frozenset[str]:
    """The candidates a character class reads."""
    parts, negated = [], False
    for op, av in items:
        if op is sre.NEGATE:
            negated = True
        elif op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is sre.CATEGORY and av in _CATEGORY:
            parts.append(_CATEGORY[av])
        else:
            raise _Unknown
    if not parts:
        raise _Unknown
    regex = re.compile("[" + ("^" if negated else "") + "".join(parts) + "]", re.IGNORECASE)
    return frozenset(c for c in CANDIDATES if regex.fullmatch(c))


def _read(items: Any, read: set[str]) -> None:
    """Add to ``read`` the candidates some part of ``items`` (a parsed pattern) reads."""
    for op, av in items:
        if op is sre.LITERAL:
            read.add(chr(av))  # an uncased candidate matches only itself
        elif op is sre.NOT_LITERAL:
            read.update(CANDIDATES - {chr(av)})
        elif op is sre.IN:
            read.update(_class(av))
        elif op is sre.SUBPATTERN:
            _read(av[-1], read)
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            _read(av, read)
        elif op is sre.BRANCH:
            for alternative in av[1]:
                _read(alternative, read)
        elif op in _REPEATS:
            _read(av[2], read)
        elif op is sre.ASSERT or (op is sre.ASSERT_NOT and av[0] == 1):
            _read(av[1], read)
        elif op is sre.ASSERT_NOT:
            pass  # a negative lookbehind reads before where it stands, where a run's search reads the text
        elif op is sre.AT and av in _BOUNDARIES:
            read.update(_WORD)
        else:
            raise _Unknown  # any character, an anchor, a group reference, a conditional


def apart(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The :data:`CANDIDATES` no part of ``pattern`` (compiled with ``flags``) reads, in its match, a
    lookahead or a positive lookbehind; None when there are none, when a match can be empty, or when the pattern holds
    what :func:`finditer` cannot search by runs (any character, an anchor, a group reference)."""
    parsed = _parse(pattern, flags)
    if parsed is None or parsed.getwidth()[0] == 0:
        return None
    read: set[str] = set()
    try:
        _read(parsed, read)
    except _Unknown:
        return None
    return frozenset(CANDIDATES - read) or None


def finditer(openings: Openings, regex: re.Pattern[str], required: Requirement,
             stops: frozenset[str]) -> Iterator[re.Match[str]] | None:
    """``regex.finditer(text)``'s matches for the text of ``openings``, searched only in the runs
    without ``stops`` (:func:`apart` of the pattern) that hold a literal of the clause of
    ``required`` standing in the fewest places; None when that is no cheaper than the plain search."""
    anchors = _anchors(openings, required)
    if anchors is None:
        return None
    text, ends = openings.text, _stops(stops)
    backwards = openings.reversed()
    return _search(text, backwards, regex, anchors, ends.search)


def _anchors(openings: Openings, required: Requirement) -> list[int] | None:
    """The sorted places of the literals of the clause that stands in the fewest places, or None
    when they are too many (or the text's folding moved offsets)."""
    if openings.folded is None or not required:
        return None
    counts = [(sum(openings.count(literal) for literal in clause), clause) for clause in required]
    fewest, clause = min(counts, key=lambda pair: pair[0])
    if fewest > SHARE * len(openings.folded):
        return None
    places: set[int] = set()
    for literal in clause:
        places.update(openings.places(literal))
    return sorted(places)


@lru_cache(maxsize=None)
def _stops(chars: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _search(text: str, backwards: str, regex: re.Pattern[str], anchors: list[int],
            stop: Callable[[str, int], re.Match[str] | None]) -> Iterator[re.Match[str]]:
    """The matches in each run that holds an anchor; a run is found from its anchor, forwards in
    ``text`` and backwards in ``backwards`` (``text`` reversed)."""
    length, end = len(text), -1
    for place in anchors:
        if place < end:
            continue  # in the run searched last
        before = stop(backwards, length - place)
        start = length - before.start() if before else 0
        after = stop(text, place)
        end = after.start() if after else length
        yield from regex.finditer(text, start, end)

"""Where a pattern's matches can begin: the literals every match opens with, and a search that tries
the pattern only where one of them stands.

``re`` looks for a match at every position of a text, and a rule that opens with a month name
runs its alternation of month names at every letter of the text, though months are named in a
few places. :func:`leading` reads from a pattern's parse tree a small set of literals (their first
:data:`LONG` characters at most) of which every match begins with one. :class:`Openings` finds
them in :func:`~.prefilter.fold`'s form of one text and tries the pattern only there, with
``match`` at each place in turn, skipping those inside the last match: the matches ``finditer``
finds, in the same order, since the first match at or after a position begins at one of those
places and ``match`` there takes the same path through the pattern as a search would. When the
literals stand in too many places (a rule opening with "a" or "in"), the plain search is cheaper
and is run.

Literals are folded as :mod:`.prefilter` folds them, which keeps a text's length, so a literal's
offset in the folded text is its offset in the text; a text whose folding changes its length (it
never happens for the letters ``fold`` knows) is searched plainly.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from .prefilter import _char, _parse, class_characters, sre

#: how many characters of a match's opening are read: more are seldom more selective, and each one
#: read multiplies the alternatives kept
LONG = 4
#: more alternative openings than this and a pattern is taken to open anywhere
_LARGEST_SET = 64
#: the openings are tried one by one while they are fewer than this share of a text's characters
#: (measured on 400 news articles: 1 in 50 characters is about where ``match`` at each of them costs
#: what ``finditer``'s scan in C costs)
SHARE = 0.02

# A set of (opening, whole) pairs: every match of a piece of pattern begins with one of the openings;
# whole: the piece matched exactly that opening, so what follows the piece continues it.
_EMPTY = frozenset({("", True)})
_ANYWHERE = frozenset({("", False)})
_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)
_REPEATS = tuple(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None))
                 if op is not None)


def _characters(op: Any, av: Any) -> set[str] | None:
    """The folded characters a literal or a narrow class matches, or None."""
    if op is sre.LITERAL:
        char = _char(av)
        return None if char is None else {char}
    return class_characters(av) if op is sre.IN else None


def _sequence(items: Any) -> frozenset[tuple[str, bool]]:
    state = _EMPTY
    for op, av in items:
        if not any(whole and len(opening) < LONG for opening, whole in state):
            break  # every opening is read as far as it will be
        following = _item(op, av)
        grown = set()
        for opening, whole in state:
            if not whole or len(opening) >= LONG:
                grown.add((opening, False))
                continue
            for more, more_whole in following:
                joined = opening + more
                grown.add((joined[:LONG], False) if len(joined) >= LONG else (joined, more_whole))
        if len(grown) > _LARGEST_SET:
            return frozenset((opening, False) for opening, _ in state)
        state = frozenset(grown)
    return state


def _item(op: Any, av: Any) -> frozenset[tuple[str, bool]]:
    if op in _ZERO_WIDTH:
        return _EMPTY  # a lookaround or an anchor takes no character
    chars = _characters(op, av)
    if chars is not None:
        return frozenset((char, True) for char in chars)
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is sre.BRANCH:
        openings: set[tuple[str, bool]] = set()
        for alternative in av[1]:
            openings |= _sequence(alternative)
            if len(openings) > _LARGEST_SET:
                return _ANYWHERE
        return frozenset(openings)
    if op in _REPEATS:
        low, high, body = av
        openings = _sequence(body)
        if not low == high == 1:  # the body again, or what follows, may come after one body
            openings = frozenset((opening, False) for opening, _ in openings)
        return openings | _EMPTY if low == 0 else openings
    return _ANYWHERE  # any character, a category, a group reference: nothing known


def leading(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Folded literals of which every match of ``pattern`` (compiled with ``flags``) begins with one,
    none the start of another; None when a match can begin with anything (or be empty)."""
    parsed = _parse(pattern, flags)
    if parsed is None:  # pragma: no cover - compiled already
        return None
    openings = {opening for opening, _ in _sequence(parsed)}
    if "" in openings:
        return None
    return frozenset(o for o in openings if not any(other != o and o.startswith(other) for other in openings))


class Openings:
    """One text's places where literals stand, found once and shared by the patterns searched in it."""

    __slots__ = ("text", "folded", "_counts", "_places", "_backwards")

    def __init__(self, text: str, folded: str):
        self.text = text
        #: None: a folding that moved offsets; every pattern is then searched plainly
        self.folded = folded if len(folded) == len(text) else None
        self._counts: dict[str, int] = {}
        self._places: dict[str, list[int]] = {}
        self._backwards: str | None = None

    def finditer(self, regex: re.Pattern[str], openings: frozenset[str] | None) -> Iterator[re.Match[str]]:
        """``regex.finditer(text)``'s matches, for a ``regex`` every match of which begins with one of
        ``openings`` (:func:`leading`; None: anywhere) and never is empty."""
        places = self._starts(openings) if openings else None
        if places is None:
            yield from regex.finditer(self.text)
            return
        match, text, after = regex.match, self.text, 0
        for place in places:
            if place < after:
                continue  # inside the last match: a search goes on from its end
            found = match(text, place)
            if found is not None:
                yield found
                after = found.end()

    def _starts(self, openings: frozenset[str]) -> list[int] | None:
        """The sorted offsets where one of ``openings`` stands, or None if they are too many to try."""
        folded = self.folded
        if folded is None:
            return None
        limit, total = SHARE * len(folded), 0
        for literal in openings:
            total += self.count(literal)
            if total > limit:
                return None
        starts: set[int] = set()
        for literal in openings:
            starts.update(self.places(literal))
        return sorted(starts)

    def count(self, literal: str) -> int:
        """How many times ``literal`` stands in the folded text, overlaps not counted."""
        count = self._counts.get(literal)
        if count is None:
            count = self._counts[literal] = self.folded.count(literal)  # type: ignore[union-attr]
        return count

    def reversed(self) -> str:
        """The text backwards (:mod:`.runs` finds where a run begins in it)."""
        if self._backwards is None:
            self._backwards = self.text[::-1]
        return self._backwards

    def places(self, literal: str) -> list[int]:
        """Every offset of ``literal`` in the folded text, overlapping ones too ("aa" twice in "aaa")."""
        places = self._places.get(literal)
        if places is None:
            places, folded = [], self.folded
            at = folded.find(literal)
            while at >= 0:
                places.append(at)
                at = folded.find(literal, at + 1)
            self._places[literal] = places
        return places

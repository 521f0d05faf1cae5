"""Answers about one mention kept for the merge: asked again for each partner it meets.

``pairs.edge`` asks its vetoes of a pair, but many of them begin with a question of each mention
alone (the words of its sentence, where its story is told, whether a live page's entry holds it):
the same answer for every partner. :func:`per_mention` keeps such an answer, found by the mention's
identity (a ``Mention`` hashed by its fields would hash its whole article each time), with the
mention itself, so that no other mention can take its ``id`` while the answer is kept. Like the
other bounded memos (``functools.lru_cache``), a memo is let go of by :func:`memos.forget`: it has
the same ``cache_clear``, ``cache_parameters`` and ``cache_info`` (its hits and misses not counted).
"""

from __future__ import annotations

from functools import wraps
from typing import Callable, NamedTuple, TypeVar

from ..model import Mention

T = TypeVar("T")


class CacheInfo(NamedTuple):
    """What ``functools.lru_cache``'s ``cache_info`` tells, for a :func:`per_mention` memo."""

    hits: int
    misses: int
    maxsize: int
    currsize: int

#: how many mentions' answers a memo keeps by default (a silver corpus's mentions fit)
KEPT = 1 << 15


def per_mention(maxsize: int = KEPT) -> Callable[[Callable[[Mention], T]], Callable[[Mention], T]]:
    """A decorator keeping a one-mention question's answers for the last ``maxsize`` mentions asked
    (all dropped at once when full: a merge goes through its buckets in date order, and old mentions
    are rarely asked again); see the module docstring."""

    def wrap(answer: Callable[[Mention], T]) -> Callable[[Mention], T]:
        kept: dict[int, tuple[Mention, T]] = {}

        @wraps(answer)
        def asked(mention: Mention) -> T:
            found = kept.get(id(mention))
            if found is not None and found[0] is mention:
                return found[1]
            value = answer(mention)
            if len(kept) >= maxsize:
                kept.clear()
            kept[id(mention)] = (mention, value)
            return value

        asked.cache_clear = kept.clear  # type: ignore[attr-defined]
        asked.cache_parameters = lambda: {"maxsize": maxsize, "typed": False}  # type: ignore[attr-defined]
        asked.cache_info = lambda: CacheInfo(0, 0, maxsize, len(kept))  # type: ignore[attr-defined]
        return asked

    return wrap

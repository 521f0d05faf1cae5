"""A rank compared as a tuple of features is, each feature worked out only when a comparison reaches it.

A summary's candidate runs are ranked by some twenty features (``summary._best``), most of them
tests over the run's words, and ``max`` over the tuples of all of them costs a summary a few
milliseconds. A tuple comparison only ever reads its items up to the first pair that differs, and
most candidates lose on one of the first few (they open with no subject, they end on a bare
report): :class:`Ranked` takes the features from a generator as the comparisons ask for them. The
order is exactly the tuples' (the first unequal pair decides; a shorter run of equal features is
the smaller), so ``max(candidates, key=...)`` picks the same candidate, the first of the best.
"""

from __future__ import annotations

from typing import Any, Iterator

_END = object()  # what a rank gives past its last feature
#: a candidate's features, best first, as a generator makes them
Features = Iterator[Any]


class Ranked:
    """Ordered as ``tuple(features)`` would be; ``features`` is drawn only as far as comparisons need
    (so each feature must depend on its candidate alone, as a rank's do)."""

    __slots__ = ("_features", "_values")

    def __init__(self, features: Features):
        self._features = features
        self._values: list[Any] = []

    def _at(self, k: int) -> Any:
        values = self._values
        while len(values) <= k:
            value = next(self._features, _END)
            if value is _END:
                return _END
            values.append(value)
        return values[k]

    def _compare(self, other: Ranked) -> int:
        k = 0
        while True:
            mine, theirs = self._at(k), other._at(k)
            if mine is _END or theirs is _END:
                return (mine is not _END) - (theirs is not _END)
            if mine != theirs:  # as a tuple: the first unequal pair decides
                return 1 if mine > theirs else -1
            k += 1

    def __gt__(self, other: Ranked) -> bool:
        return self._compare(other) > 0

    def __lt__(self, other: Ranked) -> bool:
        return self._compare(other) < 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Ranked) and self._compare(other) == 0

    __hash__ = None  # type: ignore[assignment]  # compared by what it draws: not a key

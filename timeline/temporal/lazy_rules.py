"""A grammar's rules, compiled when first read.

Compiling the rules (each pattern, and what :mod:`.prefilter`, :mod:`.leading` and :mod:`.runs` derive
from it) is nearly all the time a grammar takes to load: most of a second of CPU for English, in every
process. The build's own process, while workers extract, asks the grammar only for its words
(stopwords, number and month words, the furniture's cues: finding a story, weighing the merge's
pairs) and never for a rule: it no longer compiles them. A process that reads the rules gets the
same ones, compiled once.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence, overload

if TYPE_CHECKING:
    from .grammar import Rule


class LazyRules(Sequence["Rule"]):
    """The tuple of rules ``make()`` returns, made when first read (once, whichever thread asks:
    the build's story is worked out in a thread beside extraction)."""

    __slots__ = ("_make", "_rules", "_lock")

    def __init__(self, make: Callable[[], tuple[Rule, ...]]):
        self._make: Callable[[], tuple[Rule, ...]] | None = make
        self._rules: tuple[Rule, ...] | None = None
        self._lock = threading.Lock()

    @property
    def compiled(self) -> bool:
        """Whether the rules have been made."""
        return self._rules is not None

    def _all(self) -> tuple[Rule, ...]:
        if self._rules is None:
            with self._lock:
                if self._rules is None and self._make is not None:
                    self._rules, self._make = self._make(), None
        assert self._rules is not None
        return self._rules

    @overload
    def __getitem__(self, index: int) -> Rule: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Rule, ...]: ...

    def __getitem__(self, index: Any) -> Any:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyRules):
            other = other._all()
        return isinstance(other, (tuple, list)) and tuple(self._all()) == tuple(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LazyRules({self._all()!r})" if self.compiled else "LazyRules(<not compiled yet>)"

    def __reduce__(self) -> tuple[Any, ...]:
        """Sent to another process as the plain tuple of rules (a function is not sent)."""
        return tuple, (self._all(),)

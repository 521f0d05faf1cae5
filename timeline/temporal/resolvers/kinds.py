"""The registry of rule kinds: each kind a resource's rule may name, and the function resolving it.

A resolver takes the values of a rule's match and the candidate's
:class:`~timeline.temporal.context.Context` and returns a
:class:`~timeline.temporal.expressions.Reading`, or None to reject the match
(shorter candidates it overlaps then get their turn). ``@resolves("date")``
registers one; :data:`RESOLVERS` is the only list of kinds there is.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from ..context import Context
from ..expressions import Reading

Resolver = Callable[[dict[str, Any], Context], Optional[Reading]]

#: kind -> resolver, filled by the modules of this package as they are imported.
RESOLVERS: dict[str, Resolver] = {}


def resolves(kind: str) -> Callable[[Resolver], Resolver]:
    """Register the decorated function as the resolver of rule kind ``kind``."""
    def register(function: Resolver) -> Resolver:
        if kind in RESOLVERS:
            raise ValueError(f"two resolvers for rule kind {kind!r}")
        RESOLVERS[kind] = function
        return function
    return register

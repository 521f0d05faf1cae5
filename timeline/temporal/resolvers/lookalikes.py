"""Text that looks temporal but is not: "High Noon", a kick-off time, a converted clock time."""

from __future__ import annotations

from typing import Any

from ..context import Context
from ..expressions import SKIP, Reading
from .kinds import resolves


@resolves("skip")
def resolve_skip(v: dict[str, Any], ctx: Context) -> Reading | None:
    """Always :data:`SKIP`: the match keeps other rules off its span and is then dropped."""
    return SKIP

"""Names a package gives without importing their modules until first used: a warm build reads its
stored timeline and needs neither the reader nor the resolver. A package lists its names in a
module-level ``_WHERE`` table (name -> module of the package), which ``store.keys`` also reads, so the
modules behind the names count in the package's fingerprint as if imported."""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any, Callable


def lazy_names(package: str, where: dict[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package`` importing each name of ``where`` when first asked for
    (then kept on the package, so it is imported once)."""
    def __getattr__(name: str) -> Any:
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f".{where[name]}", package), name)
        setattr(sys.modules[package], name, value)
        return value
    return __getattr__

"""The events' rules' bounded memos, let go of once a build's events are made.

Many rules keep what they found for the last few thousand mentions, clauses or articles
(``functools.lru_cache`` with a ``maxsize``): a merge asks the same questions of a mention
again and again. Once the events are made nobody asks them any more, but the memos hold on
to their keys and answers (mentions with all they were prepared with, their articles,
signatures of whole texts) for as long as the process lives: on a large corpus a good part
of the memory still held while the timeline is stored. :func:`forget` clears them; the
per-language word tables (memos without a bound) are small and kept.
"""

from __future__ import annotations

import sys

#: the packages whose memos :func:`forget` clears
PACKAGES = ("timeline.events.",)


def bounded_memos() -> list:
    """Every bounded ``lru_cache`` function of the loaded modules of :data:`PACKAGES`, each once."""
    found: dict[int, object] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith(PACKAGES) or module is None:
            continue
        for value in list(vars(module).values()):
            parameters = getattr(value, "cache_parameters", None)
            if callable(parameters) and callable(getattr(value, "cache_clear", None)) \
                    and parameters().get("maxsize") is not None:
                found[id(value)] = value
    return list(found.values())


def forget() -> None:
    """Clear the bounded memos (see the module docstring): the answers stay the same, asked again."""
    for memo in bounded_memos():
        memo.cache_clear()  # type: ignore[attr-defined]

"""How the ``timeline`` program ends: at once, when its command is done and its output flushed.

A command's process exits right after it; left to itself, Python would first free what it made one
object at a time (a corpus's articles, mentions and events: some hundred thousand objects), then
collect and tear down its modules: about a seventh of a warm build. The program (the installed
``timeline`` script and ``python -m timeline``, both ``cli.program``) therefore keeps what a command
loaded (``keep``) and ends with ``os._exit`` once stdout and stderr are flushed, as tools that exit
right after their work do (mypy). Nothing else is left to do by then: files are written and closed in
``with`` blocks, worker processes and Dask clusters are stopped in ``finally`` blocks, the cache is
closed. :func:`timeline.cli.main` itself (the tests', the app's) ends normally.
"""

from __future__ import annotations

import os
import sys
from typing import Any, NoReturn

#: what the running command loaded, kept to the end when the process is ended at once (:func:`end`)
_kept: list[Any] | None = None


def keep(loaded: Any) -> None:
    """Keep ``loaded`` until the process ends, when it will end at once (else nothing is kept)."""
    if _kept is not None:
        _kept.append(loaded)


def run(main: Any) -> NoReturn:
    """``main()`` as the program: what it loads kept, then the process ended with its exit code."""
    global _kept
    _kept = []
    code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`timeline export | head`), a closed stream
            pass
    os._exit(code if isinstance(code, int) else 1)

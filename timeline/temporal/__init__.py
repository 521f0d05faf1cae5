"""The temporal resolver: time expressions in text, resolved to calendar intervals.

>>> from datetime import date
>>> [e.timex for e in extract("Late last month she shared the news.", date(2020, 10, 15))]
['2020-09']
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..lazy import lazy_names
from .calendar import Granularity, Interval
from .expressions import DATE, DURATION, SET, TIME, Candidate, Resolution, TimeExpression

if TYPE_CHECKING:
    from .grammar import Grammar, GrammarError
    from .languages import available_languages

#: Bump when a change to the engine or a resource changes results (part of cache keys).
RESOLVER_VERSION = "2"

#: the engine and the grammars are imported when first used: the model's words (above) need neither,
#: and a warm build reads its stored timeline without resolving anything
_WHERE = {"Grammar": "grammar", "GrammarError": "grammar", "available_languages": "languages",
          "load_grammar": "engine"}


__getattr__ = lazy_names(__name__, _WHERE)


def extract(text: str, reference: date | None = None, language: str = "en") -> list[TimeExpression]:
    """Find and resolve the time expressions of ``text``.

    ``reference`` is the date the text was written (its publish date); with
    None, absolute expressions still resolve and relative ones come back
    with ``interval`` None. Offsets index ``text`` as given.
    """
    from .engine import find, load_grammar

    return find(text, reference, load_grammar(language))


def resolve(text: str, reference: date | None = None, language: str = "en",
            candidates: list[Candidate] | None = None) -> Resolution:
    """Like :func:`extract`, and also which expression each anaphoric one was resolved against.

    ``candidates`` from :func:`detect_candidates` (for the same text and
    language) skip the detection step: resolving one text against many
    reference dates then costs little.
    """
    from .engine import find_all, load_grammar

    return find_all(text, reference, load_grammar(language), candidates)


def detect_candidates(text: str, language: str = "en") -> list[Candidate]:
    """The reference-independent part of :func:`resolve`."""
    from .detect import detect
    from .engine import load_grammar

    return detect(text, load_grammar(language))


__all__ = [
    "extract", "resolve", "detect_candidates", "Candidate", "Resolution", "TimeExpression", "Interval",
    "Granularity", "Grammar", "GrammarError", "available_languages", "load_grammar",
    "DATE", "TIME", "DURATION", "SET", "RESOLVER_VERSION",
]

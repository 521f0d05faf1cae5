"""An era named only as the span of a superlative: no date of a happening.

"It became the fastest-selling charity record of the 21st century", "the worst drought of the
decade", "the most watched final of the 1990s": the century or decade is the field the record is
measured over, not when the record was set (that is the story's own day). Such a mention made an
event dated to the whole century. It may still join an event others found (as a boundary or a
baseline does, ``dependent``), but alone it makes none (``merge``).

Only eras (a decade or longer) are read so: "the biggest protest in 2009" tells the protest's year.
The words are the resource's (``[superlative] before_span``, ``not_superlative``); structure only,
read from the words right before the expression.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from ..temporal import Granularity
from ..temporal.grammar import GrammarError, resource_data, word_list

#: characters looked back from the expression for the superlative and its noun
REACH = 80
#: granularities that are a superlative's field rather than a happening's date
ERAS = frozenset({Granularity.DECADE, Granularity.CENTURY})


@lru_cache(maxsize=None)
def _words(language: str) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """The language's superlative-before-a-span pattern and the words that only look superlative."""
    try:
        table = resource_data(language).get("superlative", {})
    except GrammarError:
        return None, frozenset()
    pattern = table.get("before_span")
    compiled = re.compile(r"(?:" + pattern + r")\s*$", re.IGNORECASE) if isinstance(pattern, str) and pattern else None
    return compiled, frozenset(word_list(table, "not_superlative"))


def superlative_span(mention: Mention) -> bool:
    """Whether ``mention`` is an era that only bounds a superlative ("the fastest-selling record of
    the 21st century"), so it dates no happening of its own."""
    expression = mention.expression
    if expression.granularity not in ERAS:
        return False
    pattern, not_superlative = _words(mention.article.language)
    if pattern is None:
        return False
    text = mention.article.text
    lo = max(0, expression.start - REACH)
    return any(m.group("word").lower() not in not_superlative for m in pattern.finditer(text, lo, expression.start))

"""Whether a sentence names the day of its news before a point: a weekday or a deictic day ("on Monday",
"today", "yesterday").

"Sellers fled shares on Monday as fears rekindled memories of the crisis that caused turmoil six years
ago": the main clause's act has a day of its own, near the news, so a far date in a relative clause after
its object is that clause's act, not the main one's (:func:`.side_part._that_relative`). The words are the
resolver's ``[words.weekday]`` and ``[words.deictic]``; a weekday name that is a name only in capitals is
read only in capitals.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..temporal import load_grammar
from ..temporal.grammar import GrammarError

__all__ = ["names_news_day"]

_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
_SENTENCE_ENDS = frozenset(".!?")
#: characters read back from the point for its sentence
REACH = 400


@lru_cache(maxsize=None)
def _day_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's weekday names and its one-word deictic days ("today", "yesterday")."""
    try:
        grammar = load_grammar(language)
    except GrammarError:
        return frozenset(), frozenset()
    weekdays = frozenset(w for w in grammar.words.get("weekday", {}) if w.isalpha())
    deictic = frozenset(w for w in grammar.words.get("deictic", {}) if w.isalpha())
    return weekdays, deictic


def names_news_day(text: str, at: int, language: str) -> bool:
    """Whether the sentence holding ``text[at]`` names a weekday (capitalised) or a deictic day before ``at``."""
    weekdays, deictic = _day_words(language)
    if not weekdays and not deictic:
        return False
    tokens = _TOKEN.findall(text[max(0, at - REACH):at])
    start = max((k + 1 for k, t in enumerate(tokens) if t in _SENTENCE_ENDS and not (
        k and len(tokens[k - 1]) == 1 and tokens[k - 1].isupper())), default=0)  # "U.S." ends no sentence
    return any(t.lower() in weekdays and t[:1].isupper() or t.lower() in deictic for t in tokens[start:])

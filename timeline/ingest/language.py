"""Which of the configured languages an article is in, from its common words."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..temporal.grammar import resource_data, word_list

_WORD = re.compile(r"\w+")


def detect_language(text: str, languages: Iterable[str]) -> str:
    """The candidate language whose stopwords are most frequent in ``text``."""
    candidates = list(languages)
    if len(candidates) == 1:
        return candidates[0]
    words = _WORD.findall(text[:1500].lower())  # a paragraph tells the language
    best, best_hits = candidates[0], -1
    for code in candidates:
        stopwords = _stopwords(code)
        hits = sum(map(stopwords.__contains__, words))
        if hits > best_hits:
            best, best_hits = code, hits
    return best


@lru_cache(maxsize=None)
def _stopwords(language: str) -> frozenset[str]:
    """``[stopwords] words`` of the language's resource, read without compiling its grammar
    (compiling every language's rules would cost a warm build most of its time)."""
    return frozenset(word_list(resource_data(language).get("stopwords", {}), "words"))

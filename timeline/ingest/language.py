"""Which of the configured languages an article is in, from its common words."""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from ..temporal import load_grammar

_WORD = re.compile(r"\w+")


def detect_language(text: str, languages: Iterable[str]) -> str:
    """The candidate language whose stopwords are most frequent in ``text``."""
    candidates = list(languages)
    if len(candidates) == 1:
        return candidates[0]
    words = Counter(_WORD.findall(text[:1500].lower()))  # a paragraph tells the language
    best, best_hits = candidates[0], -1
    for code in candidates:
        stopwords = load_grammar(code).stopwords
        hits = sum(count for word, count in words.items() if word in stopwords)
        if hits > best_hits:
            best, best_hits = code, hits
    return best

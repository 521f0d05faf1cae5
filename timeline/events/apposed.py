"""The names an article sets beside a common noun: "Qantas, the airline," tells what "The airline" is.

A story names a body or a person once and then calls it by its kind: "Anna Foods, the company,
…" then "The company said …". :func:`apposed` finds, in the text a reader has already been told,
each name right before a comma and one of ``[situated] apposition_articles`` with the head noun at
most ``BETWEEN_WORDS`` words later and a comma after it ("Anna Foods, the Swedish company,"; not
"…, the company said", where the comma ends a phrase before the subject), or after the head and a
comma ("the company, Anna Foods,"), not after a word of ``inside`` (a preposition or conjunction:
"in an urgent circular to regions and Anna Foods, the company said" names no company). A name is a run of capitalised words (at most
``MAX_WORDS``); a word that opens it and is written small elsewhere in the text, one of
``[situated] name_outer`` or a linking word (``leading``: "Meanwhile") is no part of it ("Meanwhile Anna Foods, the company" names Anna Foods).
"""

from __future__ import annotations

import re

__all__ = ["apposed", "BETWEEN_WORDS", "MAX_WORDS"]

#: lower-case words that may stand between the article and the head ("the Swedish food company")
BETWEEN_WORDS = 2
#: a name longer than this is a run of capitalised words, not one name
MAX_WORDS = 6
_WORD = r"[A-Z][\w&'’-]*"


def apposed(told: str, head: str, articles: frozenset[str], outer: frozenset[str],
            leading: frozenset[str] = frozenset(), inside: frozenset[str] = frozenset()) -> list[list[str]]:
    """The names ``told`` sets beside ``head`` by apposition (see the module's docstring), each as its
    words."""
    if not articles or not head:
        return []
    article = "|".join(re.escape(a) for a in sorted(articles))
    between = rf"(?:[\w-]+\s+){{0,{BETWEEN_WORDS}}}"
    name = rf"({_WORD}(?:\s+(?:of\s+|and\s+|&\s+)?{_WORD}){{0,{MAX_WORDS - 1}}})"
    before = re.compile(rf"(?:(\S*)\s+|^){name}\s*,\s+(?i:{article})\s+{between}{re.escape(head)}\s*[,;)]", re.M)
    after = re.compile(rf"(?:(\S*)\s+|^)(?i:{article})\s+{between}{re.escape(head)}\s*,\s+{name}\s*[,;)]", re.M)
    common = {w for w in re.findall(r"(?<![\w'’-])[a-z][\w-]*", told)}
    found = []
    for pattern in (before, after):
        for match in pattern.finditer(told):
            if (match.group(1) or "").lower() in inside:
                continue  # "… to regions and Anna Foods , the company said": a phrase's end, no apposition
            words = match.group(2).split()
            while words and (words[0] in outer or words[0].lower() in common | leading):
                words = words[1:]
            if words and len(words) <= MAX_WORDS:
                found.append(words)
    return found

"""Words two tellings share that say neither who acted nor what was done: half a sign, as a common one.

``shared_words`` counts the content words two mentions' clauses share as signs of one happening; a
word common in the collection (``Weights.common``: "people", "officials" in a folder about a flu)
counts half, for it stands beside many of the story's acts. Some words stand beside many acts in
any story, however rare they are in one folder, and are shared by chance by two tellings of one
day: a body or a person named by its kind, not its name ("The group met on Saturday" of an
emergency committee, "the group returned to Lenmark on Saturday" of a school's pupils; "its
vaccine unit" of one drugmaker, "its biotechnology unit" of another), and a word that names the
day itself, not what happened on it ("on 14 March, the anniversary of the flood" of a stopped
concert and of vigils by nurses). Their stems (``similarity.STEM``) are the language's
``[generic_words]`` lists, ``kinds`` and ``day_nouns``; one act told twice shares what was done or
a name besides. Judged on the development topics, such a word alone joined two happenings in three
of the mixed groups.
"""

from __future__ import annotations

from functools import lru_cache

from ..temporal.grammar import GrammarError, resource_data
from .similarity import STEM, Weights

#: the lists of ``[generic_words]`` whose words are generic
_LISTS = ("kinds", "day_nouns")


@lru_cache(maxsize=8)
def generic_stems(language: str) -> frozenset[str]:
    """The stems of the language's ``[generic_words]`` (none when it has no such lists)."""
    try:
        table = resource_data(language).get("generic_words", {})
    except GrammarError:
        return frozenset()
    return frozenset(word.lower()[:STEM] for name in _LISTS for word in table.get(name, [])
                     if isinstance(word, str) and word)


def weak(token: str, weights: Weights, language: str) -> bool:
    """Whether a shared ``token`` is half a sign of one happening: common in the collection
    (``Weights.common``) or generic in the language (:func:`generic_stems`)."""
    return weights.common(token) or token in generic_stems(language or "")

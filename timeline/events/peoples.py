"""Capitalised words that name no one, for :mod:`.antecedent`: a country or its people.

A surname subject ("Arafat was besieged by the Israeli army") stands for the one person the article named
with it only when its sentence names no one else; a capitalised word such as "Israeli", "Ecuador's" or
"Asian" is no other person, so it must not block the name. The words are every form of every country of
the language's ``[places]`` (its name and the words made from it: "Israel", "Israeli", "Israelis") and
``[situated] people_words`` (peoples, faiths and regions no country names: "Asian", "Arab", "Olympic"),
read in lower case.
"""

from __future__ import annotations

from functools import lru_cache

from .headline_words import resource_table

__all__ = ["peoples"]


@lru_cache(maxsize=None)
def peoples(language: str) -> frozenset[str]:
    """The lower-case words of ``language`` that name a country or a people, no person (none without a resource)."""
    found = {f.lower() for forms in resource_table(language, "places").values() if isinstance(forms, list)
             for f in forms if isinstance(f, str) and " " not in f}
    found.update(w.lower() for w in resource_table(language, "situated").get("people_words", []) if isinstance(w, str))
    return frozenset(found)

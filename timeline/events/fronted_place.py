"""Where the summary's own sentence says it happens: "In Norland , millions of students returned to classes".

A sentence that opens with its place ("In Mexico , millions of students returned to classes as the country got back
on its feet") loses it when its headline starts at the subject: "University students returned to classes as the
country got back on its feet" says nowhere, and "the country" then stands for no one. :mod:`.situated` heads such a
summary with its article's one country (:func:`.places.place_at`); a story that names several has none. The place the
sentence fronts is surer than the article's: it is where this act happens.

So a sentence that opens (or goes on after a closing quote: "'' In Norland , …") with one of ``[situated]
place_prepositions`` written with a capital ("In"), a form of a country of ``[places]`` as the whole of a run of at
most ``PLACE_WORDS`` capitalised words, and a comma, gives that place as written ("Norland"). Anything else gives
"", and the article's place is looked for as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .headline_words import lowered, resource_table
from ..model import Article
from .places import place_at, places

__all__ = ["fronted_place", "story_place", "PLACE_WORDS"]

#: capitalised words of a fronted place at most ("In New Caledonia ,")
PLACE_WORDS = 3


@lru_cache(maxsize=None)
def _opening(language: str) -> re.Pattern[str] | None:
    """The pattern of a sentence's fronted place (the place in group ``place``), or None without the lists."""
    prepositions = lowered(resource_table(language, "situated"), "place_prepositions")
    if not prepositions or places(language) is None:
        return None
    words = "|".join(re.escape(w[:1].upper() + w[1:]) for w in sorted(prepositions))
    capital = r"[A-Z][\w'’.-]*"
    # at the sentence's start (maybe after the close of the quote before: "'' In Norland ,"), or right after a quote
    # closed inside it ("… disease . '' In Norland ,")
    return re.compile(rf"(?:^(?:(?:''|[\"”’])\s*)?|(?<=[.!?]\s''\s)|(?<=[.!?]''\s)|(?<=[.!?][\"”’]\s))(?:{words})\s+"
                      rf"(?P<place>{capital}(?:\s+{capital}){{0,{PLACE_WORDS - 1}}})\s*,")


def fronted_place(sentence: str, language: str) -> str:
    """The place ``sentence`` opens with ("In Norland , …" gives "Norland"; see the module's docstring), or ""."""
    pattern = _opening(language)
    if pattern is None:
        return ""
    found = pattern.search(sentence.lstrip())
    if not found:
        return ""
    place = found.group("place")
    return place if places(language).pattern.fullmatch(place) else ""


def story_place(sentence: str, article: Article, end: int) -> str:
    """Where the act of ``sentence`` (of ``article``, ending at ``end``) happens: the place it opens with, else its
    article's place (:func:`.places.place_at`), else ""."""
    return fronted_place(sentence, article.language) or place_at(article.language, article.title or "", article.text,
                                                                  end, article.furniture)

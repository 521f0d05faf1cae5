"""Two tellings of one kind of act in two countries on one day: two happenings.

Two articles' clauses of one day that tell one family of acts ("an earthquake shook …") share the
act's words, its measure's names ("on the Richter scale") and the day, so nothing else keeps them
apart; yet a quake that shook Turkey's Malatya province and one that hit a region of China are two.
When one clause names the country where its act happened (a form of ``[places]``: "Turkey's",
"Chinese"), the other's story is in another country (``places.place_at``: its title's or its opening's
country), and neither sentence names the other's country, the two are two happenings. A clause that
names no country of its own is not set apart by its article's country alone: the singer's death is told
from London and from Los Angeles alike.
"""

from __future__ import annotations

from ..model import Mention
from .acts import families
from .actor import _clause
from .places import place_at, places
from .similarity import Weights


def _countries(text: str, language: str) -> frozenset[str]:
    """The countries ``text`` names in any of their forms."""
    found = places(language)
    if found is None:
        return frozenset()
    return frozenset(c for c in (found.country_of[match.group(0)] for match in found.pattern.finditer(text)) if c)


def _story_country(m: Mention) -> str:
    """The country the mention's article tells of up to its sentence (``place_at``), or ""."""
    article = m.article
    end = m.sentence_start + len(m.sentence)
    place = place_at(article.language, article.title or "", article.text, end, article.furniture)
    found = places(article.language)
    return place if found is not None and place in found.countries else ""


def places_apart(m: Mention, other: Mention, weights: Weights) -> bool:
    """Whether two articles' mentions of one day tell one family of acts (``acts.families``) in two
    countries (see the module docstring)."""
    if m.article.id == other.article.id or m.article.language != other.article.language or not m.article.language:
        return False
    if families(m, weights).isdisjoint(families(other, weights)):
        return False
    return _told_elsewhere(m, other) or _told_elsewhere(other, m)


def _told_elsewhere(m: Mention, other: Mention) -> bool:
    """Whether ``m``'s clause names the one country where its act happened, ``other``'s story is in
    another, and neither sentence names the other's country."""
    language = m.article.language
    own = _countries(_clause(m), language)
    if len(own) != 1:
        return False
    there = _story_country(other)
    if not there or there in own or there in _countries(m.sentence, language):
        return False
    return not (own & _countries(other.sentence, language)) and _countries(_clause(other), language) <= {there}

"""Two tellings of one kind of act in two countries on one day: two happenings.

Two articles' clauses of one day that tell one family of acts ("an earthquake shook …") share the
act's words, its measure's names ("on the Richter scale") and the day, so nothing else keeps them
apart; yet a quake that shook Turkey's Malatya province and one that hit a region of China are two.
When one clause names the country where its act happened (a form of ``[places]``: "Turkey's",
"the Chinese region of"), the other's story is in another country (``places.place_at``: its title's or
its opening's country), and neither sentence names the other's country, the two are two happenings.
A clause that names no country of its own is not set apart by its article's country alone: the
singer's death is told from London and from Los Angeles alike.

A word made from a country before an office ("The French president", "Australian Prime Minister":
``[headline] speaker_titles``) tells whose the actor is, not where the act happened ("a 26-year-old
Egyptian man died", "Chilean troops" are most often where they are). And one happening told from two countries shares what the story country
cannot outweigh: a place both clauses name after a preposition of place ("met in Barcelona": ``[situated]
place_prepositions``), or a precise figure ("a magnitude 6.4 quake", "200,000 people": one with
decimals or thousands, which two happenings hardly share by chance, as they do "12" or "three").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from .acts import families
from .actor import _clause as clause_of
from .headline_words import lexicon, lowered, resource_table
from .per_mention import per_mention
from .places import Places, place_at, places
from .similarity import Weights

#: a figure precise enough to be one happening's own: with decimals or thousands ("6.4", "200,000")
_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)+(?![\w])")
#: how many words after a country's word may name the office it belongs to ("Australian Prime Minister")
_TITLE_WORDS = 2


#: the mention's clause (``actor._clause``), made once: asked of a mention for each partner it meets
_clause = per_mention()(clause_of)


@lru_cache(maxsize=1 << 12)  # asked of a mention's sentence for each partner it meets
def _countries(text: str, language: str) -> frozenset[str]:
    """The countries ``text`` names in any of their forms."""
    found = places(language)
    if found is None:
        return frozenset()
    return frozenset(c for c in (found.country_of[match.group(0)] for match in found.pattern.finditer(text)) if c)


@lru_cache(maxsize=1 << 12)  # asked of a mention's clause for each partner it meets
def _where(clause: str, language: str) -> frozenset[str]:
    """The countries ``clause`` names as where its act happened: a country's name, or a word made from
    it that tells no office's holder ("the Chilean region of", not "the French president")."""
    found = places(language)
    if found is None:
        return frozenset()
    offices = lexicon(language).speaker_titles
    countries = set()
    for match in found.pattern.finditer(clause):
        country = found.country_of[match.group(0)]
        if country and not _of_an_office(match.group(0), clause[match.end():], found, offices):
            countries.add(country)
    return frozenset(countries)


def _of_an_office(form: str, after: str, found: Places, offices: frozenset[str]) -> bool:
    """Whether the country's word ``form``, followed by ``after``, is made from it and says whose an
    office is ("French president", "Australian Prime Minister")."""
    if form in found.names:
        return False
    return any(w.lower() in offices for w in re.findall(r"[^\W\d_]+", after)[:_TITLE_WORDS])


@lru_cache(maxsize=8)
def _place_pattern(language: str) -> re.Pattern[str] | None:
    """A capitalised run after one of ``[situated] place_prepositions``, maybe after one of ``the``."""
    table = resource_table(language, "situated")
    prepositions, the = lowered(table, "place_prepositions"), lowered(table, "the")
    if not prepositions:
        return None
    article = rf"(?:(?i:{'|'.join(map(re.escape, the))})\s+)?" if the else ""
    return re.compile(rf"\b(?i:{'|'.join(map(re.escape, prepositions))})\s+{article}"
                      r"(?P<place>[^\W\d_a-z][\w'’-]*(?:[^\S\n]+[^\W\d_a-z][\w'’-]*)*)")


def _named_places(clause: str, language: str) -> frozenset[str]:
    """The places ``clause`` names after a preposition of place ("in Barcelona"), not a month or a weekday."""
    pattern = _place_pattern(language)
    if pattern is None:
        return frozenset()
    calendar = lexicon(language).calendar
    return frozenset(p for p in (m.group("place") for m in pattern.finditer(clause)) if p.lower() not in calendar)


@per_mention()  # asked of a mention for each partner it meets
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
    if not (_told_elsewhere(m, other) or _told_elsewhere(other, m)):
        return False
    language, first, second = m.article.language, _clause(m), _clause(other)
    return (_named_places(first, language).isdisjoint(_named_places(second, language))
            and set(_FIGURE.findall(first)).isdisjoint(_FIGURE.findall(second)))


def _told_elsewhere(m: Mention, other: Mention) -> bool:
    """Whether ``m``'s clause names the one country where its act happened, ``other``'s story is in
    another, and neither sentence names the other's country."""
    language = m.article.language
    own = _where(_clause(m), language)
    if len(own) != 1:
        return False
    there = _story_country(other)
    if not there or there in own or there in _countries(m.sentence, language):
        return False
    return not (own & _countries(other.sentence, language)) and _where(_clause(other), language) <= {there}

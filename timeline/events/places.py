"""Where an article's story happens, for :mod:`.situated`: the countries its title and text name, and its wire dateline.

Each article is read once: one pattern of every form of every country of the language's ``[places]``
(and every longer name of ``[situated] not_places`` that holds one: "New Mexico", "Niger Delta",
which name no country) finds, longest form first, where each country is first named, and the place of
the wire dateline the story opens with ("BAGHDAD, Dec. 1 (Xinhua) --" gives "Baghdad"). A mention's
place (:func:`place_at`) is then the one country named up to its sentence's end, when the title or
the first sentence names it, and the dateline's place instead of a country named only by a word
made from it ("Chinese restaurant fined" under "HOUSTON, …"); the words of a title in capitals or with
every word capitalised ("Turkey Prices Soar", "HELP US REBUILD") name no country. A country named only
before the noun that says something ("… , US authorities have said": see :func:`_modifier`), in a time
zone ("UK time", ``not_place_before``) or only in the page's furniture (a byline's "17:45 UK time") is not
where the story happens: it heads no summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..extraction.furniture import furniture
from ..model import Mention
from ..temporal.grammar import GrammarError, resource_data
from .headline_words import lexicon

__all__ = ["Places", "places", "place_at", "names_country", "dateline_place", "unplaced"]


@dataclass(frozen=True)
class Places:
    #: every form of every country and every blocking longer name, longest first
    pattern: re.Pattern[str]
    #: form -> its country, or None for a longer name that names none ("New Mexico")
    country_of: dict[str, str | None]
    #: the forms that are a country's name (its key and first form), not a word made from it
    names: frozenset[str]
    countries: frozenset[str]


@dataclass(frozen=True)
class _Index:
    title: dict[str, bool]  # country -> named by its name in the title
    first: dict[str, int]  # country -> end of its first form in the text
    first_name: dict[str, int]  # country -> end of its first name form in the text
    plain: dict[str, int]  # country -> end of its first form in the text that is no noun's modifier nor furniture
    title_plain: frozenset[str]  # the countries the title names other than as a noun's modifier
    opening: int  # where the first sentence ends
    dateline: str


@lru_cache(maxsize=None)
def places(language: str) -> Places | None:
    """The language's ``[places]`` as one pattern, or None without them."""
    try:
        data = resource_data(language)
    except GrammarError:
        return None
    table, listed = data.get("situated", {}), data.get("places", {})
    if not table or not listed:
        return None
    country_of: dict[str, str | None] = {}
    names: set[str] = set()
    for country, forms in listed.items():
        if isinstance(forms, list) and forms:
            names.update((country, forms[0]))
            country_of.update((f, country) for f in forms if isinstance(f, str) and f)
    for name in table.get("not_places", []):
        if isinstance(name, str) and name and name not in country_of:
            country_of[name] = None
    if not country_of:
        return None
    not_before = "|".join(re.escape(w) for w in table.get("not_place_before", []))
    tail = rf"(?![\w-])(?!\s+(?:{not_before})\b)" if not_before else r"(?![\w-])"
    alternation = "|".join(re.escape(f) for f in sorted(country_of, key=len, reverse=True))
    return Places(re.compile(rf"(?<![\w.])(?:{alternation}){tail}"), country_of, frozenset(names),
                  frozenset(c for c in country_of.values() if c))


def names_country(text: str, found: Places) -> bool:
    """Whether ``text`` names a place of ``[places]`` (a country, or a longer name such as "New Mexico")."""
    return found.pattern.search(text) is not None


def place_at(language: str, title: str, text: str, end: int,
             known: tuple[tuple[int, int, str], ...] | None = None) -> str:
    """The place of a sentence of ``text`` ending at ``end`` (see the module's docstring), or "".
    ``known``: the text's furniture as extraction found it (``Article.furniture``), if it is known."""
    index = _index(language, title, text, known)
    if index is None:
        return ""
    found = set(index.title) | {c for c, e in index.first.items() if e <= end}
    if len(found) > 1:
        return ""
    if not found:
        return index.dateline
    country = found.pop()
    if not (country in index.title or index.first.get(country, end + 1) <= index.opening):
        return ""  # named only later: the story's place may be another
    if country not in index.title_plain and index.plain.get(country, end + 1) > end:
        return index.dateline  # only "US authorities", "UK time" or furniture: not where it happens
    named = index.title.get(country) or index.first_name.get(country, end + 1) <= end
    return country if named or not index.dateline else index.dateline


def unplaced(summary: str, mention: Mention) -> str:
    """``summary`` without the place :mod:`.situated` headed it with for ``mention`` ("Italy: The number …" ->
    "The number …"; not a speaker's credit, "Chad: …"), so that events weigh and judge summaries by what they tell."""
    head, sep, rest = summary.partition(": ")
    if not sep or not rest.strip():
        return summary
    article = mention.article
    end = max(mention.expression.end, mention.sentence_start + len(mention.sentence))
    return rest if head == place_at(article.language, article.title or "", article.text, end,
                                    article.furniture) else summary


@lru_cache(maxsize=4096)  # events come in date order, their articles in any: room for a corpus's articles
def _index(language: str, title: str, text: str, known: tuple[tuple[int, int, str], ...] | None) -> _Index | None:
    """Where each country is first named in ``text`` (and which the title names), the first sentence's end, the
    dateline. ``known``: the text's furniture if extraction found it already (a whole text's is dear to find)."""
    found = places(language)
    if found is None:
        return None
    told: dict[str, bool] = {}
    title_plain: set[str] = set()
    if not _capitalised(title):
        for match in found.pattern.finditer(title):
            country = found.country_of[match.group(0)]
            if country:
                told[country] = told.get(country, False) or match.group(0) in found.names
                if not _modifier(match.group(0), title, match.end(), found, language):
                    title_plain.add(country)
    first: dict[str, int] = {}
    first_name: dict[str, int] = {}
    plain: dict[str, int] = {}
    spans = [(f.start, f.end) for f in furniture(text, language)] if known is None else [(a, b) for a, b, _ in known]
    for match in found.pattern.finditer(text):
        country = found.country_of[match.group(0)]
        if country and not any(a <= match.start() < b for a, b in spans):
            first.setdefault(country, match.end())
            if match.group(0) in found.names:
                first_name.setdefault(country, match.end())
            if not _modifier(match.group(0), text, match.end(), found, language):
                plain.setdefault(country, match.end())
    return _Index(told, first, first_name, plain, frozenset(title_plain), _first_end(text),
                  dateline_place(text, language))


def _modifier(form: str, text: str, end: int, found: Places, language: str) -> bool:
    """Whether the country's name or abbreviation ``form``, ending at ``end``, only tells who speaks: it modifies
    the noun after it, and that noun is the subject of a verb of saying ("US authorities have said", "UK
    officials say"): the teller's country, not where the story happens ("US stocks ended higher" places it).
    The noun is in lower case and no verb, auxiliary, function word or conjunction ("the US said", "the UK
    and France" name the country); a word made from the name ("Kenyan farmers") is no such modifier."""
    if not (form.isupper() or form in found.names):
        return False
    after = re.match(r"[^\S\n]+([a-z][\w'’-]*)((?:[^\S\n]+[\w'’-]+){0,2})", text[end:end + 60])
    if after is None:
        return False
    word, lex = after.group(1), lexicon(language)
    if (word in lex.verbs or word in lex.auxiliaries or word in lex.dangling or word in lex.conjunctions
            or word in lex.relative or word in lex.lists or word.endswith(lex.object_endings or ("\0",))):
        return False
    return any(w in lex.speech for w in after.group(2).split())


def _capitalised(title: str) -> bool:
    """Whether ``title`` is written in capitals or with every longer word capitalised (its words tell no country)."""
    words = [w for w in title.split() if any(c.isalpha() for c in w)]
    if not words:
        return False
    if title.upper() == title:
        return True
    long = [w for w in words if len(w) > 3]
    return len(long) >= 2 and all(w[:1].isupper() for w in long)


def _first_end(text: str) -> int:
    """Where the first sentence of ``text`` ends (its first paragraph's end at most)."""
    stop = re.search(r"[.!?][\"”’']?\s|\n\s*\n", text)
    return stop.end() if stop else len(text)


@lru_cache(maxsize=1024)
def dateline_place(text: str, language: str) -> str:
    """The place of the wire dateline that opens ``text`` ("BAGHDAD, Dec. 1 (Xinhua) --" -> "Baghdad"), or ""."""
    try:
        spans = furniture(text[:400], language, only=("dateline",))
    except GrammarError:
        return ""
    for span in spans:
        if span.reason == "dateline" and not text[:span.start].strip():
            place = re.match(r"[^\W\d_a-z][^\W\d_a-z.'\s-]*(?:[.'\s-]+[^\W\d_a-z][^\W\d_a-z.'\s-]*)*?(?=\s*,)",
                             text[span.start:span.end])
            if place and place.group(0).upper() == place.group(0):
                return _place_case(place.group(0))
    return ""


def _place_case(place: str) -> str:
    """A dateline's place in capitals written as a name ("PORT-AU-PRINCE" -> "Port-Au-Prince", "MALMÖ" -> "Malmö")."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), place)

"""Who "The 32-year-old" or "The Dutchman" is: the person the sentences before name, as a "he" would be.

Sports and court reports name a person once and go on by age or nationality: "Middlesbrough defender Tom
Berg has tested positive again. The 32-year-old is set to face a hearing", "Rangers manager Paul Lind says he
would rather take the flak. The Frenchman 's team followed up …". A timeline row "The 32-year-old is set to
face a hearing" tells no one who. Such a description does the work of a "he" or "she": it goes on about the
person in sight. So the summary's opening "The <description>" is read as that pronoun, with all the doubts
:func:`.pronoun.named_person` has for one (the person the sentences before name as a subject, no other person
beside them, no word of the other sex, not inside a quote), reading the summary's sentence with the pronoun
in the description's place ("He is set to face a hearing"): the name it gives takes the description's place.

The description is at most ``DESCRIBING_WORDS`` words after a definite article (``[situated] the``), before
a verb, an aside's comma or the head's possessive, and tells a person by age or nationality:

- it holds an age (a word ending in one of ``[situated] age_nouns`` after a number: "32-year-old") or a
  national (``[aged_named] nationals``: "Dutchman", "Spaniard"; or a people's word of ``[places]`` as the
  head: "The 18-year-old Russian", "The Malaysian"; not a country's name: "The DPRK said", "The Netherlands,");
- its head (last word) is the age or the national itself, or a person's word (``[situated] person_heads``,
  ``person_nouns``, ``role_nouns``, ``epithet_heads`` or ``[aged_named] heads``: "The Australian
  international", "The 50-year-old former general"); never an anonymous person's (``described_heads``:
  "The 25-year-old man" is kept anonymous by the story, :mod:`.described`) nor a thing ("The Australian
  group", "The 22-year-old century");
- it holds no other capitalised word ("The Australian Financial Review" is a name).

A description holding a word of one sex (``he_nouns``, ``she_nouns``) is read as that sex's pronoun; else
both are tried, and they must not give two names. Any doubt leaves the summary as it was.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .headline import EDGE, bare, verb_like
from .headline_words import lexicon, lowered, resource_table
from .epithet import epithet_named
from .peoples import peoples
from .places import places
from .situated_lists import situated_set

__all__ = ["aged_named", "called_named", "DESCRIBING_WORDS"]

#: the letters a people's word shares with its country's name ("Malay|sian" of "Malay|sia") at least
_SHARED = 4
#: the description's words after its article ("32-year-old former army sergeant") at most
DESCRIBING_WORDS = 4


@lru_cache(maxsize=None)
def _lists(language: str) -> tuple[frozenset[str], ...]:
    """The language's articles, age nouns, nationals, person heads, anonymous heads, he and she words and
    pronouns (see the module's docstring)."""
    table = resource_table(language, "aged_named")
    persons = situated_set(language, "person_heads", "person_nouns", "role_nouns", "epithet_heads") | lowered(
        table, "heads")
    return (situated_set(language, "the"), situated_set(language, "age_nouns"), lowered(table, "nationals"), persons,
            situated_set(language, "described_heads"), situated_set(language, "he_nouns"),
            situated_set(language, "she_nouns"), situated_set(language, "he"), situated_set(language, "she"))


def called_named(summary: str, told: str, sentence: str, sentences: list[str], language: str,
                 within: int | None = None) -> str:
    """``summary`` with the person it calls by what they do (:func:`.epithet.epithet_named`: "The singer"), else
    by age or nationality (:func:`aged_named`), named; else ``summary``."""
    named = epithet_named(summary, told, language)
    return named if named != summary else aged_named(summary, sentence, sentences, told, language, within)


def aged_named(summary: str, sentence: str, sentences: list[str], told: str, language: str,
               within: int | None = None) -> str:
    """``summary`` with its opening "The <description>" of a person by age or nationality replaced by the person's
    name, read as :func:`.pronoun.named_person` reads a "he" or "she" there (``sentence``: the summary's own;
    ``sentences``: those before it, nearest first, the first ``within`` in its paragraph; ``told``: the text
    before); else ``summary``."""
    articles, ages, nationals, persons, anonymous, he_nouns, she_nouns, he, she = _lists(language)
    if not ages or not (he or she):
        return summary
    lex = lexicon(language)
    texts = summary.split()
    if len(texts) < 3 or texts[0].lower() not in articles:
        return summary
    end = _description_end(texts, lex)
    description = [w.rstrip(",") for w in texts[1:end]] if end > 1 else []
    if not description or len(description) > DESCRIBING_WORDS or end >= len(texts):
        return summary
    head = _unowned(bare(description[-1]), lex)
    words = [bare(w) for w in description[:-1]] + [head]
    aged = any(re.fullmatch(rf"[\w]+-{re.escape(a)}", w) for w in words for a in ages)
    people = _demonyms(language)
    national = any(w in nationals | people for w in words)
    capitals = [w for w in description if w[:1].isupper() and _unowned(bare(w), lex) not in nationals | peoples(
        language)]
    if not (aged or national) or capitals or head in anonymous or not (
            head in persons or head in nationals or head in people or _is_age(head, ages)):
        return summary
    owned = description[-1] != description[-1].rstrip("'’s") and any(
        description[-1].endswith(e) for e in lex.possessive_endings)
    # "The 44-year-old, who first appeared …, was back": the aside stays after the name
    aside = texts[end - 1][-1:] == "," or texts[end] == ","
    if aside and not texts[end + (texts[end] == ","):][:1][0][:1].islower():
        return summary  # "The Netherlands, France and …": a list, no aside
    phrase = " ".join([texts[0]] + description)
    rest = " ".join(texts[end + (texts[end] == ","):])
    pronouns = sorted(he) if set(words) & he_nouns else sorted(she) if set(words) & she_nouns else sorted(he) + sorted(she)
    named = {_named(p, owned, rest, phrase, sentence, sentences, told, language, within) for p in pronouns}
    named.discard("")
    return f"{named.pop()}{',' if aside else ''} {rest}" if len(named) == 1 else summary


def _named(pronoun: str, owned: bool, rest: str, phrase: str, sentence: str, sentences: list[str], told: str,
           language: str, within: int | None) -> str:
    """The name :func:`.pronoun.named_person` gives ``pronoun`` (its possessive when ``owned``: "The Frenchman 's
    team" reads "His team") standing in the description's place, as the summary's opening; or ""."""
    from .pronoun import _words as pronoun_words, named_person  # pronoun reads the naming steps; read it late
    words, lex = pronoun_words(language), lexicon(language)
    if words is None:
        return ""
    forms = words.his if pronoun in words.he else words.hers
    word = min(forms & lex.person_possessives, default="") if owned else pronoun
    sentence = re.sub(r"\s+(['’]s)(?![\w'’-])", r"\1", sentence)  # "Frenchman 's team" as the summary writes it
    written = re.search(rf"(?<![\w'’-]){re.escape(phrase)}(?![\w-])", sentence, re.IGNORECASE)
    if not word or not written or not rest:
        return ""
    stand_in = f"{word.capitalize()} {rest}"
    said = sentence[:written.start()] + (word.capitalize() if written.start() == 0 else word) + sentence[written.end():]
    named = named_person(stand_in, said, sentences, told, language, within)
    return "" if named == stand_in or not named.endswith(rest) else named[:-len(rest)].rstrip()


def _description_end(texts: list[str], lex) -> int:
    """Where the description after the article ``texts[0]`` ends: at the first verb (lower case), at a word
    closing with a comma (an aside follows) or after a possessive; ``len(texts)`` when none comes."""
    for k in range(1, min(len(texts), DESCRIBING_WORDS + 2)):
        text = texts[k]
        if text in lex.possessive_endings:
            return -1
        if text == ",":
            return k if k > 1 else -1
        if text[-1:] == ",":
            return k + 1
        if any(text.endswith(e) for e in lex.possessive_endings if e) and text[:1].isupper():
            return k + 1
        if k > 1 and text[:1].islower() and (verb_like(bare(text), lex) or bare(text) in lex.auxiliaries):
            return k
    return len(texts)


@lru_cache(maxsize=None)
def _demonyms(language: str) -> frozenset[str]:
    """The forms of ``[places]`` that tell a country's people, no country: a form other than the country's own
    name that opens as that name does ("Malaysian", "Russian", "Iraqi" of Malaysia, Russia, Iraq); not another
    name of it ("Holland", "DPRK": a country is no person) nor an acronym."""
    found = places(language)
    if found is None:
        return frozenset()
    return frozenset(form.lower() for form, country in found.country_of.items() if country and form != country
                     and not form.isupper() and form.lower().startswith(country.lower()[:_SHARED])
                     and form.lower() != country.lower())


def _is_age(word: str, ages: frozenset[str]) -> bool:
    return any(re.fullmatch(rf"[\w]+-{re.escape(a)}", word) for a in ages)


def _unowned(word: str, lex) -> str:
    return next((word[:-len(e)] for e in lex.possessive_endings if e and word.endswith(e)), word).strip(EDGE)

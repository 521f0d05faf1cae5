"""Which country "The country" is: the one country its story has named up to the summary's sentence's end.

A report names the country it is about and then calls it by its kind: "National symbols are a sensitive
issue in Norland, where a new flag came in when the country achieved majority rule in 1994", "Last year,
the country tested 75 percent of pregnant women". A timeline row "The country achieved majority rule"
tells no one which country. :mod:`.situated` heads such a summary with its story's place only when the
title or first sentence names it, and a place before "The country …" reads oddly; the name itself is
what the reader needs.

So a summary that opens "The <head>" (the head one of ``[situated] country_heads``: "country", "nation")
before a verb takes the name of the one country of the language's ``[places]`` its article's title and
text name before the summary's "the country" (a country named after it in its sentence is another one:
"the country is Chile's third partner"), in any form (a name, or a word made from it:
"Norlandic" names Norland too). A body every country has (``[named_country] owned_heads``: "The government")
is told as that country's ("Norland's government"; not a name ending as a plural: "the Philippines'"). Two countries named there ("Ostland will deepen its ties with Norland,
… the country claimed independence"), or none, leave the summary as it was: which one the writer meant,
a reader of the row cannot be told by a guess. A place that is no country ("New Mexico") is no rival,
nor a country's word that opens a longer name ("the Irish Republican Army", "the Spanish Steps": a capitalised
word right after it): such a name tells of a group or a place, not that the story is about the country. For
a body every country has, though, such a word is a rival ("Iranian President X visited Ostland. The government
said …": Iran's government or Ostland's, untold).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..temporal.grammar import GrammarError, resource_data
from .headline import bare, verb_like
from .headline_words import lexicon, lowered
from .places import places

__all__ = ["named_country"]

#: a capitalised word right after a country's word: the word opens a longer name ("Irish Republican Army")
_NEXT_WORD = re.compile(r"\s+(\w)")


def _name_goes_on(text: str, end: int) -> bool:
    """Whether a capitalised word follows right after ``end`` (any script: "Åländsk Öbank")."""
    found = _NEXT_WORD.match(text, end)
    return found is not None and found.group(1).isupper()


@lru_cache(maxsize=None)
def _heads(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    """The language's ``[situated] country_heads`` and definite articles (``the``), and ``[named_country]
    owned_heads`` and ``owner_endings`` (a possessive's ending)."""
    try:
        data = resource_data(language)
    except GrammarError:
        return frozenset(), frozenset(), frozenset(), ()
    table, own = data.get("situated", {}), data.get("named_country", {})
    return (lowered(table, "country_heads"), lowered(table, "the"), lowered(own, "owned_heads"),
            tuple(own.get("owner_endings", [])))


def named_country(summary: str, told: str, sentence: str, language: str) -> str:
    """``summary`` with its opening "The country" replaced by the one country ``told`` (the title and text before
    the summary's ``sentence``) and ``sentence`` up to its "the country" name (see the module's docstring); else
    ``summary``."""
    heads, articles, owned, endings = _heads(language)
    parts = summary.split(maxsplit=2)
    if not heads or len(parts) < 3 or bare(parts[0]) not in articles or parts[1] not in heads | owned:
        return summary
    lex = lexicon(language)
    verb = bare(parts[2].split(maxsplit=1)[0])
    if not (verb in lex.auxiliaries or verb in lex.verbs or verb_like(verb, lex)) or not parts[2][:1].islower():
        return summary  # "The country music star …", "The country 's …": no subject and its verb
    found = places(language)
    uses = list(re.finditer(rf"(?<![\w-]){re.escape(parts[0])}\s+{re.escape(parts[1])}(?![\w-])", sentence, re.I))
    if found is None or len(uses) != 1:
        return summary  # the sentence's own "the country" not found, or two of them: which one is the summary's?
    told = f"{told}{sentence[:uses[0].start()]}"  # "… the country is Chile's third partner": Chile is another
    owner = parts[1] not in heads  # "The government": any country's word, even one opening a name, is a rival
    countries = {found.country_of.get(m.group(0)) for m in found.pattern.finditer(told)
                 if owner or not _name_goes_on(told, m.end())} - {None}
    if len(countries) != 1:
        return summary  # "Iranian President Ahmadinejad visited Iraq … The government said": whose, untold
    country = countries.pop()
    if parts[1] in heads:
        return f"{country} {parts[2]}"
    if not endings or country.endswith("s"):
        return summary  # "Philippines' military" wants an article its name does not give
    return f"{country}{endings[0]} {parts[1]} {parts[2]}"  # "The government …": "Norland's government …"

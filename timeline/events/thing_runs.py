"""Capitalised runs that name a thing, not a person, by the determiner or the count before them.

Before a "he" may stand for the one person a sentence tells of, the sentence's other capitalised runs
must be no one (see :mod:`.antecedent`). A person's name takes no article and no count unless a title,
a description or an age comes first ("the Rev Tom Berg", "the late Tom Berg", "the 45-year-old Tom
Berg"), so a run that follows a determiner, maybe after counts and ordinals ("the 1984 Harbour Accord",
"the third Test", "a State Department ceremony"), or follows a count alone ("16 Tests"), names a thing,
a match, a treaty or an office: it is taken out of the words a person is looked for in. Kept, as the
people they may be: a run holding a title or a person's noun ("the second Prince Regent") or followed by one
("the five Berg brothers"); a lone plural
after a determiner ("the two Bergs"); after a count alone, a run that is no plural (a rank or an age: "No.
1 Tom Berg", "aged 17 Berg"). A year is no count ("in 1998 Tom Berg"), and a run right after a
determiner alone is left as it was ("the Pope" is someone).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..temporal import load_grammar
from ..temporal.grammar import GrammarError
from .headline import bare
from .headline_words import Lexicon
from .speaker_names import capital, owns

__all__ = ["capital_run", "counting_words", "person_word", "without_thing_names"]

#: a number written in figures that counts (not a year: "in 1998 Tom Berg"); an ordinal's ending is the language's
_COUNT = re.compile(r"\d{1,3}(?:[.,]\d+)?")
#: a year in figures: a thing's modifier after a determiner ("the 1984 Accord"), no count
_YEAR = re.compile(r"[12]\d{3}")


@lru_cache(maxsize=None)
def counting_words(language: str) -> frozenset[str]:
    """The language's words of number and order (the resolver's ``[words.number]`` and ``[words.ordinal]``:
    "three", "third"), in lower case; none without a resource."""
    try:
        words = load_grammar(language).words
    except GrammarError:
        return frozenset()
    return frozenset(w.lower() for kind in ("number", "ordinal") for w in words.get(kind, {}))


def without_thing_names(texts: list[str], lex: Lexicon, persons: frozenset[str], counts: frozenset[str]) -> list[str]:
    """``texts`` without the capitalised runs that a determiner and words of ``counts`` or figures precede, or
    a count alone does, unless a run holds a word of ``persons`` (titles and person nouns) or, after a count
    alone, is no plural, or after a determiner, is one plural word (see the module's docstring)."""
    kept: list[str] = []
    k = 0
    while k < len(texts):
        kept.append(texts[k])
        k += 1
        opener = _opener(kept, lex, counts)
        run = capital_run(texts, k, lex) if opener else []
        following = texts[k + len(run)] if k + len(run) < len(texts) else ""
        if not run or any(person_word(bare(w), lex, persons) for w in run + [following]):
            continue  # "the second Prince Regent", "the five Berg brothers": people
        if opener == "count" and not _plural(bare(run[-1]), lex):
            continue  # "No. 1 Berg", "aged 17 Berg": a rank or an age before a name
        if opener == "determiner" and len(run) == 1 and _plural(bare(run[0]), lex):
            continue  # "the two Bergs": a family may be people
        k += len(run)
    return kept


def _opener(kept: list[str], lex: Lexicon, counts: frozenset[str]) -> str:
    """"determiner" when ``kept`` ends with counts (figures, a year too) after a lower-case determiner ("the
    third", "the 1984"), "count" when it ends with counts that are no year after a lower-case word that is no
    abbreviation ("in 16", "won three"), else "": a run right after a determiner alone is left to the caller
    ("the Pope" is someone)."""
    k = len(kept) - 1
    while k >= 0 and bare(kept[k]) not in lex.determiners and (_count(kept[k], counts, lex) or _YEAR.fullmatch(kept[k])):
        k -= 1
    if k == len(kept) - 1:
        return ""
    if k >= 0 and kept[k][:1].islower() and bare(kept[k]) in lex.determiners:
        return "determiner"
    plain = k >= 0 and kept[k][:1].islower() and not kept[k].endswith(".") and bare(kept[k]) not in lex.abbreviations
    return "count" if plain and not any(_YEAR.fullmatch(w) for w in kept[k + 1:]) else ""


def _count(text: str, counts: frozenset[str], lex: Lexicon) -> bool:
    """Whether ``text`` is a count or an order: a word of ``counts`` in lower case, or a number in figures
    that is no year, or one with the language's ordinal ending ("42nd", "3:e")."""
    return (text[:1].islower() and bare(text) in counts or bool(_COUNT.fullmatch(text))
            or any(text.endswith(end) and text[:-len(end)].isdigit() for end in lex.ordinal_endings))


def _plural(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` ends as the language's plurals do ("Tests", "Bergs")."""
    return word.endswith(lex.plural_endings) if lex.plural_endings else False


def person_word(word: str, lex: Lexicon, persons: frozenset[str]) -> bool:
    """Whether ``word`` (bare) names a person: a word of ``persons`` or of the language's person nouns
    by role or sex, or the plural of one ("referees", "brothers")."""
    nouns = persons | lex.role_nouns | lex.he_nouns | lex.she_nouns
    return word in nouns or any(word.endswith(end) and word[:-len(end)] in nouns for end in lex.plural_endings)


def capital_run(texts: list[str], k: int, lex: Lexicon) -> list[str]:
    """The run of capitalised words that opens ``texts[k:]``, up to a word that ends a clause; none when a
    possessive ends it ("the Berg 's house": someone's); also the run a pronoun's antecedent is read from
    (:mod:`.antecedent`)."""
    run: list[str] = []
    for text in texts[k:]:
        if not capital(text) or owns(text, lex):
            break
        run.append(text)
        if text[-1:] in ",;:.":
            break
    following = texts[k + len(run)] if k + len(run) < len(texts) else ""
    return [] if run and (owns(run[-1], lex) or owns(following, lex)) else run

"""Which act a mention's clause tells, and the cut of a day's group by its acts.

One story's day holds several happenings told in its words: a doctor's doses and his patient's
death, a charity's deadline and an agency's statement. Two clauses of one day that tell acts of
different *families* (``[acts] families`` in the language's resource: a small list of news acts,
each with its word forms — death: "died", "death", "dead", "killed"; court: "charged", "pleaded",
"verdict"…) and each name participants, none in common (:func:`participants`), are two happenings, even when
they share the story's words. Either alone is no sign: one happening is told with different verbs
("announced" and "decided", "died" and "was killed": families hold such forms together), and one
act of two participants is ``actor``'s to cut.

Why word lists and no lemmatiser: a lemmatiser joins "died" to "die" but not "death", "dead" or
"killed" to it, so families were needed anyway; listing their forms costs nothing at run time,
while a dictionary lemmatiser costs each build process tens of megabytes (issue 16's tenfold
build peaks just under its 1 GB bound).
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Mention
from ..temporal.grammar import GrammarError, resource_data
from .actor import ACTOR_STEM, _TOKEN, _POSSESSIVE, _a_name, _clause, _function_words, _named, _parts
from .dependent import says
from .similarity import STEM, Weights


#: the family of saying words (``[acts] saying``), first of the language's families
SAYING = frozenset({0})


@lru_cache(maxsize=8)
def _family_of(language: str) -> dict[str, frozenset[int]]:
    """Each word form of the language's ``[acts] families`` (lower case) to its families' indexes
    (a form may be in two: "closed" a market's and a school's)."""
    try:
        table = resource_data(language).get("acts", {})
    except GrammarError:
        return {}
    found: dict[str, set[int]] = {}
    for k, family in enumerate([table.get("saying", [])] + list(table.get("families", []))):
        for form in family if isinstance(family, list) else []:
            if isinstance(form, str):
                found.setdefault(form.lower(), set()).add(k)
    return {form: frozenset(ks) for form, ks in found.items()}


@lru_cache(maxsize=1 << 15)
def _clause_words(clause: str) -> tuple[str, ...]:
    """The words of ``clause`` as written, bare of a possessive ending."""
    return tuple(_POSSESSIVE.sub("", word.rstrip(".")) for word in _TOKEN.findall(clause) if word[0].isalpha())


def families(mention: Mention, weights: Weights) -> frozenset[int]:
    """The act families whose words the mention's clause holds (none when its language lists
    none), but for words of the collection's topic (``Weights.topic``: "earthquake" in a folder
    about a quake names what every clause is told around, not its act). Saying (``[acts]
    saying``) is the act only of a mention that dates a saying (``dependent.says``: "the agency
    said on Sunday") or of a clause telling no other act: "X said the singer died on Thursday"
    tells a death."""
    if not _family_of(mention.article.language):
        return frozenset()
    if says(mention):
        return SAYING
    found = frozenset(k for word, ks in _act_words(_clause(mention), mention.article.language)
                      if not weights.topic(word[:STEM]) for k in ks)
    return found - SAYING or found


@lru_cache(maxsize=1 << 15)
def _act_words(clause: str, language: str) -> tuple[tuple[str, frozenset[int]], ...]:
    """The clause's words of the language's act families, each with its families."""
    family_of = _family_of(language)
    return tuple((w, family_of[w]) for w in map(str.lower, _clause_words(clause)) if w in family_of)


def participants(mention: Mention, weights: Weights) -> frozenset[str]:
    """The stems of the names the mention's clause gives (who and where), beyond the story's cast
    (``Weights.cast``: the singer of a folder about his death) and calendar and function words."""
    function = _function_words(mention.article.language)
    text = mention.article.text
    found = set()
    for word in _clause_words(_clause(mention)):
        bare = word.lower()
        if not word[0].isupper() or bare in function or (len(bare) < 3 and not word.isupper()) \
                or word.endswith("-"):  # a bracket's escape ("-LRB-"), no name
            continue
        if not weights.cast(bare) and _a_name(bare, text, weights):
            found.add(bare[:ACTOR_STEM])
    return frozenset(found)


def acts_apart(m: Mention, other: Mention, weights: Weights) -> bool:
    """Whether two mentions tell acts of different families (:func:`families`, both known) and
    name different participants: neither names anyone the other's clause names, nor is named in
    the other's sentence ("Dr Ostrel gave the dose on Thursday", "the singer died on Thursday").
    A clause naming no one beyond the cast is not set apart: nothing says who acted (a missing
    form of a family must not part one act told by its actor and by its place)."""
    acts_m, acts_other = families(m, weights), families(other, weights)
    if not acts_m or not acts_other or not acts_m.isdisjoint(acts_other):
        return False
    who_m, who_other = participants(m, weights), participants(other, weights)
    if not who_m or not who_other or not who_m.isdisjoint(who_other):
        return False
    return not _named(who_m, other.sentence) and not _named(who_other, m.sentence)


def split_by_act(groups: list[list[Mention]], weights: Weights) -> list[list[Mention]]:
    """Each finished group of one day cut into the parts whose acts are not apart
    (:func:`acts_apart`): a mention whose clause tells no listed act joins every part, so a
    group holding one is left whole. Done last, as ``actor.split_by_actor``: a part cut off
    joins nothing else."""
    return [part for group in groups for part in (
        [group] if len(group) < 2 or any(m.interval.days > 1 for m in group) or not all(families(m, weights) for m in group)
        else _parts(group, lambda m, other: acts_apart(m, other, weights)))]

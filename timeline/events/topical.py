"""Mentions whose date dates the collection's own happening, not the act their clause tells.

In a folder about one quake, "Wyclef Jean has set up an appeal to help the survivors of Tuesday's
earthquake", "the singer urged fans to donate in the wake of the earthquake that struck the island
on Tuesday" and "the prime minister spoke of last week's earthquake" give the quake's day: the
appeal, the call and the speech are acts of other days. Joined by the rest of their words (the
singer's name, "prime minister"), such mentions carried other acts into one event, held together by
the quake's day alone. A mention dates the topic's happening (:func:`topic_noun`) when its date
qualifies a noun that is both the collection's topic (``Weights.topic``; or the end of a
family word that is: "quake" of "earthquake") and a word of one of the language's act families (``[acts] families``: "earthquake", "death", "outbreak"), written

- as a possessive date or a possessed noun ("Tuesday's earthquake", "his death on Thursday":
  ``dependent.dated_noun``);
- as a noun phrase opened by one of ``[acts] topic_determiners`` and followed by the date, with
  only function words and names between ("the earthquake in Haiti on 12 January", "the
  earthquake five days ago"), or by one of ``[acts] topic_relatives`` or a word of an act family
  (what the happening did) and at most ``RELATIVE_WORDS`` other words ("the huge earthquake that
  struck the Caribbean state on Tuesday", "the 7.0-magnitude earthquake killed as many as 200,000
  people in Haiti earlier this month").

``pairs`` joins such a mention across articles only with a mention whose clause tells the topic's
happening too, or that dates it on the same reading (:func:`topic_apart`), never by its other
words alone; ``regroup`` joins a group of them to its day's main group, which tells the topic's
happening.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..model import Mention
from ..temporal import load_grammar
from ..temporal.grammar import GrammarError, resource_data
from .dependent import dated_noun
from .per_mention import per_mention
from .similarity import STEM, Weights

_TOKEN = re.compile(r"[^\W\d_][\w’'-]*|\d[\d.,]*|[^\w\s]")
#: the words looked at before a date for the noun it qualifies
REACH = 18
#: words between a determiner and its noun ("the huge earthquake", "the 7.0 magnitude earthquake")
BEFORE_NOUN = 3
#: content words a relative clause may hold between its noun and the date ("that struck the Caribbean state")
RELATIVE_WORDS = 4


@lru_cache(maxsize=4)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The language's act-family words, topic determiners and relatives (lower case), and the
    function words a topic phrase may follow (its stopwords and ``[acts] topic_after``)."""
    try:
        table = resource_data(language).get("acts", {})
        stopwords = load_grammar(language).stopwords
    except GrammarError:
        return frozenset(), frozenset(), frozenset(), frozenset()
    family = frozenset(form.lower() for forms in table.get("families", []) if isinstance(forms, list)
                       for form in forms if isinstance(form, str))

    def listed(key: str) -> frozenset[str]:
        return frozenset(word.lower() for word in table.get(key, []) if isinstance(word, str))

    return family, listed("topic_determiners"), listed("topic_relatives"), frozenset(stopwords) | listed("topic_after")


def topic_noun(mention: Mention, weights: Weights) -> str | None:
    """The topic's happening noun the mention's date qualifies (see the module docstring), or None."""
    language = mention.article.language or ""
    family = _words(language)[0]
    if not family:
        return None
    owned = _owned_noun(mention)
    if owned in family and _names_topic(owned, language, weights):
        return owned
    noun = _noun_ending(mention)
    return noun if noun is not None and _names_topic(noun, language, weights) else None


@per_mention()  # the text before a date is read once, not for each partner the mention meets
def _noun_ending(mention: Mention) -> str | None:
    """:func:`_noun_before` the mention's date."""
    e = mention.expression
    return _noun_before(mention.article.text[max(0, e.start - 200):e.start], mention.article.language or "")


@per_mention()  # found by the mention, not by hashing its expression for each partner
def _owned_noun(mention: Mention) -> str:
    """``dated_noun`` of the mention, in lower case ("" for none), kept: a merge asks it of a mention
    for each of its partners, and it reads the article around the date each time."""
    return (dated_noun(mention) or "").lower()


def _names_topic(noun: str, language: str, weights: Weights) -> bool:
    """Whether ``noun`` is the collection's topic, or the end of a word of its family that is
    ("quake" of "earthquake")."""
    return weights.topic(noun[:STEM]) or any(
        form != noun and form.endswith(noun) and weights.topic(form[:STEM]) for form in _kin(language).get(noun, ()))


@lru_cache(maxsize=4)
def _kin(language: str) -> dict[str, frozenset[str]]:
    """Each act-family word of the language to the words of its families."""
    try:
        table = resource_data(language).get("acts", {})
    except GrammarError:
        return {}
    kin: dict[str, set[str]] = {}
    for forms in table.get("families", []):
        words = {form.lower() for form in forms if isinstance(form, str)} if isinstance(forms, list) else set()
        for word in words:
            kin.setdefault(word, set()).update(words)
    return {word: frozenset(words) for word, words in kin.items()}


@lru_cache(maxsize=1 << 15)
def _noun_before(before: str, language: str) -> str | None:
    """The act-family noun whose phrase the text ``before`` a date ends in (see the module docstring)."""
    family, determiners, relatives, stopwords = _words(language)
    tokens = _TOKEN.findall(before)[-REACH:]
    for k in range(len(tokens) - 1, -1, -1):
        word = tokens[k].lower()  # a title-cased headline's "The Earthquake on Tuesday"
        if not word[0].isalnum():
            return None  # the clause ended before any such noun
        if word not in family or not _determined(tokens[:k], determiners, family | relatives, stopwords):
            continue
        between = tokens[k + 1:]
        if between[:1] and (between[0].lower() in relatives or _told_by(between[0].lower(), word, language)):
            # "the earthquake that struck …", "the earthquake killed as many as 200,000 people …"
            content = [t for t in between[1:] if t.lower() not in stopwords and t[0].islower()]
            return word if len(content) <= RELATIVE_WORDS and all(t[0].isalnum() for t in between) else None
        plain = all(t.lower() in stopwords or t[0].isupper() or t[0].isdigit() for t in between)
        return word if plain else None
    return None


def _told_by(word: str, noun: str, language: str) -> bool:
    """Whether ``word``, after the happening ``noun``, tells it: a word of the noun's own family ("the
    earthquake struck"), or a past verb of another family ("the earthquake killed"), not another act's
    noun ("the earthquake death toll rose", "the earthquake survivors were flown")."""
    if word in _kin(language).get(noun, ()):
        return True
    return word in _words(language)[0] and load_grammar(language).past_cues.fullmatch(word) is not None


def _determined(before: list[str], determiners: frozenset[str], no_modifier: frozenset[str],
                stopwords: frozenset[str]) -> bool:
    """Whether a determiner stands within ``BEFORE_NOUN`` words before a noun, with only lower-case
    words or numbers between ("the huge", "the 7.0 magnitude"), none of ``no_modifier`` (an act word
    or a relative: "the earthquake that struck" is no determined "struck"), and the phrase opens its
    clause or follows a function word ("in the wake of the earthquake", "since the earthquake": a
    stopword or ``[acts] topic_after``; not "Announcing the concert on Monday", where the date is
    the verb's)."""
    words = 0
    for k in range(len(before) - 1, -1, -1):
        word = before[k]
        if word.lower() in determiners:
            return k == 0 or not before[k - 1][0].isalnum() or before[k - 1].lower() in stopwords
        if word == "-":  # a hyphen joins a modifier's words: "the 7.0-magnitude earthquake"
            continue
        words += 1
        if words > BEFORE_NOUN or not (word[0].islower() or word[0].isdigit()) or word.lower() in no_modifier:
            return False
    return False


def dates_the_topic(mention: Mention, weights: Weights) -> bool:
    """Whether the mention's date dates the topic's happening (:func:`topic_noun`)."""
    return topic_noun(mention, weights) is not None


def tells_the_topic(stems: Iterable[str], language: str, weights: Weights) -> bool:
    """Whether a clause of these token ``stems`` names the topic's happening: a word of an act
    family that is the collection's topic ("the 7.0-magnitude quake struck on Tuesday")."""
    family = _stems(language)
    return any(stem in family and _names_topic(family[stem], language, weights) for stem in stems)


@lru_cache(maxsize=4)
def _stems(language: str) -> dict[str, str]:
    """The stem of each act-family word of the language to the (first) word with it."""
    found: dict[str, str] = {}
    for word in sorted(_kin(language)):
        found.setdefault(word[:STEM], word)
    return found


def topic_apart(m: Mention, other: Mention, stems_m: Iterable[str], stems_other: Iterable[str],
                weights: Weights) -> bool:
    """Whether two articles' mentions cannot tell one happening because one dates the topic's
    happening (:func:`dates_the_topic`) and the other's clause (its token ``stems``) does not tell
    it (:func:`_tells`: "survivors of Tuesday's earthquake" and "the singer set up an appeal on Tuesday"), or both
    date it on different readings ("the earthquake last week", "the earthquake on Tuesday": each
    joins its day's main telling, ``regroup``, not the other by the rest of their words)."""
    noun_m, noun_other = topic_noun(m, weights), topic_noun(other, weights)
    if noun_m and noun_other:
        return m.interval != other.interval
    if noun_m:
        return not _tells(noun_m, m, other, stems_other, weights)
    if noun_other:
        return not _tells(noun_other, other, m, stems_m, weights)
    return False


def _tells(noun: str, dating: Mention, other: Mention, stems: Iterable[str], weights: Weights) -> bool:
    """Whether ``other``'s clause (its token ``stems``) tells the happening ``dating``'s date gives
    by its ``noun``: it names the topic's happening, or, read as the same day, a word of the noun's
    family ("a tribute concert in Cardiff on 8 October", "the 8 October gig")."""
    language = other.article.language or ""
    if tells_the_topic(stems, language, weights):
        return True
    if dating.interval != other.interval:
        return False
    kin = {word[:STEM] for word in _kin(language).get(noun, ())}
    return any(stem in kin for stem in stems)

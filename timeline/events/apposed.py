"""The names an article sets beside a common noun: "Qantas, the airline," tells what "The airline" is.

A story names a body or a person once and then calls it by its kind: "Anna Foods, the company,
…" then "The company said …". :func:`apposed` finds, in the text a reader has already been told,
each name right before a comma and one of ``[situated] apposition_articles`` (the definite article
only: "Tom Berg, a retired pilot," describes him; it does not make him "the pilot") with the head
noun at most ``BETWEEN_WORDS`` words later and a comma after it ("Anna Foods, the Swedish company,";
not "…, the company said", where the comma ends a phrase before the subject), or after the head and
a comma ("the company, Anna Foods,"). A name set beside the head in another way ("Aerolux, a rival
airline,") identifies nothing but is another one the head may be: it comes back as a rival, and the
caller takes no name. Doubt makes a name a rival, as a wrong name is worse than none:

- a word of ``name_former`` between the article and the head ("X, the former minister," is no
  longer the minister);
- a name after an indefinite determiner (a list item: "a CEO Summit, an ABAC conference,");
- "the <head>, Name," unless the article opens a clause (after a stop, a comma, or a verb of
  saying): "the leader of the opposition party, Kevin Rudd," and "after meeting the minister,
  Tom Berg," tell the leader and the one met, not the party or the minister;

A name after a word of ``inside`` (a preposition or conjunction: "in an urgent circular to regions and
Anna Foods, the company said" names no company) or holding a weekday or month ("Effective Tuesday, the
central bank,") is none at all.

A name is a run of capitalised words (at most ``MAX_WORDS``; joined by a word of ``[situated]
apposition_inner``: "Bank of Leeds"); a word that opens it and is written small elsewhere in the
text, one of ``[situated] name_outer`` or a linking word (``leading``: "Meanwhile") is no part of it
("Meanwhile Anna Foods, the company" names Anna Foods).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..temporal.grammar import GrammarError, resource_data
from .headline import bare
from .headline_words import lexicon, lowered

__all__ = ["apposed", "BETWEEN_WORDS", "MAX_WORDS"]

#: lower-case words that may stand between the article and the head ("the Swedish food company")
BETWEEN_WORDS = 2
#: a name longer than this is a run of capitalised words, not one name
MAX_WORDS = 6
_WORD = r"[A-Z][\w&'’-]*"
#: the marks after which a word opens a clause
_OPENERS = ",;:.!?\"“”‘’()"


@dataclass(frozen=True)
class _Words:
    articles: frozenset[str]
    describing: frozenset[str]
    inner: frozenset[str]
    outer: frozenset[str]
    former: frozenset[str]
    leading: frozenset[str]
    inside: frozenset[str]
    indefinite: frozenset[str]
    speech: frozenset[str]
    calendar: frozenset[str]


@lru_cache(maxsize=None)
def _words(language: str) -> _Words | None:
    """The language's apposition words (``[situated]``, ``[headline]``, weekdays and months), or None."""
    try:
        data = resource_data(language)
    except GrammarError:
        return None
    table, lex = data.get("situated", {}), lexicon(language)

    articles, describing = lowered(table, "apposition_articles"), lowered(table, "apposition_describing")
    if not articles:
        return None
    calendar = frozenset(k.lower().rstrip(".") for kind in ("month_name", "weekday")
                         for k in data.get("words", {}).get(kind, {}))
    return _Words(articles, describing, lowered(table, "apposition_inner"), frozenset(table.get("name_outer", [])),
                  lowered(table, "name_former"),
                  lex.leading, lex.cut_before_phrase | lex.conjunctions, lex.determiners - articles, lex.speech,
                  calendar)


def apposed(told: str, head: str, language: str) -> tuple[list[list[str]], list[list[str]]]:
    """The names ``told`` sets beside ``head`` by apposition (see the module's docstring), each as its
    words: those that tell what the head is, and the rivals."""
    words = _words(language)
    if words is None or not head:
        return [], []
    article = "|".join(re.escape(a) for a in sorted(words.articles | words.describing))
    between = rf"(?P<between>(?:[\w-]+\s+){{0,{BETWEEN_WORDS}}})"
    inner = "".join(rf"{re.escape(w)}\s+|" for w in sorted(words.inner))
    name = rf"(?P<name>{_WORD}(?:\s+(?:{inner}&\s+)?{_WORD}){{0,{MAX_WORDS - 1}}})"
    before = re.compile(rf"(?:(?P<ahead>\S*)\s+|^){name}\s*,\s+(?P<article>(?i:{article}))\s+{between}{re.escape(head)}\s*[,;)]", re.M)
    after = re.compile(rf"(?:(?P<ahead>\S*)\s+|^)(?P<article>(?i:{article}))\s+{between}{re.escape(head)}\s*,\s+{name}\s*[,;)]", re.M)
    common = {w for w in re.findall(r"(?<![\w'’-])[a-z][\w-]*", told)}
    found: list[list[str]] = []
    rivals: list[list[str]] = []
    for pattern in (before, after):
        for match in pattern.finditer(told):
            ahead = bare(match.group("ahead") or "")
            names = match.group("name").split()
            while names and (names[0] in words.outer or names[0].lower() in common | words.leading):
                names = names[1:]
            if pattern is before and ahead in words.inside or not names or len(names) > MAX_WORDS or any(
                    bare(w) in words.calendar for w in names):
                continue
            doubt = match.group("article").lower() not in words.articles or _doubt(
                match.group("ahead") or "", match.group("between"), pattern is after, words)
            (rivals if doubt else found).append(names)
    return found, rivals


def _doubt(ahead: str, between: str, head_first: bool, words: _Words) -> bool:
    """Whether the apposition is no identification: ``ahead`` is the word before it, ``between`` the
    words between the article and the head, ``head_first`` for "the <head>, Name"."""
    if any(bare(w) in words.former for w in between.split()):
        return True  # "X, the former minister,": no longer the minister
    if head_first:
        return bool(ahead) and ahead[-1] not in _OPENERS and bare(ahead) not in words.speech
    return bare(ahead) in words.indefinite

"""A date still to come at the end of a noun phrase told in a past clause: the date is the phrase's.

"Cup hero Tom Varga has been unveiled as the second player for the inaugural Harbour Trophy
tournament against Asia in Lisbon in January", written in November: the unveiling is done, January
is the tournament's. A headline of the clause (or the article's title, "Varga confirmed for Harbour
Trophy") would date the unveiling to January; the phrase, "The inaugural Harbour Trophy tournament
against Asia in Lisbon", tells what January holds. Read from the words before the date: the last
lower-case noun before it, past the places named after it (``[scheduled]`` ``place_links``, each
with a name: "against Asia", "in Lisbon"), with its modifiers (:func:`.dated.dated_noun`'s), opening
with a name or one of ``dated_noun_first``, and holding a name (a bare "the tournament" tells no
reader which). Only when the date is after the article's publication and the clause before the
phrase tells a past act (a word of ``verbs`` or one with ``object_endings``) and none of
``[scheduled]`` ``future_words`` ("will be unveiled as a player for …": the act is to come too).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..model import Mention
from ..temporal.grammar import GrammarError, resource_data, word_list
from .dated import noun_word, phrase_start
from .headline import Word, bare, verb_like
from .headline_words import Lexicon

__all__ = ["scheduled_noun"]

#: a place chain after the noun is at most this many words ("against Asia in Bangkok, Thailand")
CHAIN_WORDS = 8
_EDGE = " \t\n,;:.!?—–-\"“”«»'‘’`()[]"


@dataclass(frozen=True)
class Words:
    """The ``[scheduled]`` words of one language."""

    place_links: frozenset[str] = frozenset()
    future_words: frozenset[str] = frozenset()


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (no phrase is scheduled) for a language without them."""
    try:
        table = resource_data(language).get("scheduled", {})
    except GrammarError:
        return Words()
    return Words(place_links=frozenset(word_list(table, "place_links")),
                 future_words=frozenset(word_list(table, "future_words"))) if table else Words()


def _after_places(texts: list[str], w: Words) -> int:
    """Where the places named at the end of ``texts`` begin ("… tournament | against Asia in Lisbon,
    Portugal"): each a word of ``place_links`` and a run of capitalised words."""
    end = len(texts)
    while end >= 2:
        k = end
        while k > 0 and texts[k - 1].strip(_EDGE)[:1].isupper() and not texts[k - 1].endswith((";", ":")):
            k -= 1
        if k == end or k == 0 or texts[k - 1] not in w.place_links or len(texts) - (k - 1) > CHAIN_WORDS:
            break
        end = k - 1
    return end


def scheduled_noun(mention: Mention, before: str, lex: Lexicon) -> list[Word]:
    """The noun phrase a date still to come closes in a past clause (see the module), or []."""
    article, interval = mention.article, mention.interval
    w = words(article.language or "")
    if not w.place_links or interval is None or article.published is None or interval.start <= article.published:
        return []
    texts = before.split()
    if len(texts) < 4 or texts[-1] not in lex.dated_noun_link:
        return []
    places = _after_places(texts[:-1], w)
    if places < 2 or places == len(texts) - 1 or not noun_word(texts[places - 1], lex):
        return []
    start = phrase_start(texts, places, lex)
    first = texts[start]
    if start == 0 or not (first[:1].isupper() or bare(first) in lex.dated_noun_first):
        return []
    phrase = texts[start:len(texts) - 1]
    if not any(t.strip(_EDGE)[:1].isupper() for t in phrase[1:]) or not _past(texts[:start], lex, w):
        return []
    phrase[-1] = phrase[-1].rstrip(",;:")
    return [Word(t) for t in phrase]


def _past(texts: list[str], lex: Lexicon, w: Words) -> bool:
    """Whether the clause ``texts`` (before the phrase, back to a clause mark) tells a past act: a
    lower-case word of ``verbs`` or with ``object_endings``, and none of ``future_words``."""
    clause: list[str] = []
    for text in reversed(texts):
        if text[-1:] in ",;:" and clause:
            break
        clause.append(bare(text))
    if any(word in w.future_words for word in clause):
        return False
    return any(word in lex.verbs or word.endswith(lex.object_endings or ("\0",)) and verb_like(word, lex)
               for word in clause if word.isalpha())

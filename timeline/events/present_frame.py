"""A date far back of a noun in a sentence told in the present or to come: the noun's time, not the sentence's act.

"The team have experience of the aftermath of other disasters including the Lund flood of 2005", "we
will cope as long as we can avoid the mistakes of 1918", "the archdiocese has proposed an airlift, in an
echo of the exodus from Velda in the early 1960s", "the agency has become too obsessed with publicity,
despite past mistakes in the response to the floods five years ago": the flood, the mistakes, the
exodus are years back; what the sentence tells (having experience, coping, proposing, becoming) is now
or to come. A headline of the sentence would carry the noun's date.

Read from the words alone: the date is at least ``FAR_DAYS`` before the news; it is linked to a noun
right before it by one of ``links`` ("of", "in", "from", "during") (not an adverb of ``not_nouns``: "to
become independent back in …"; nor a date set before its noun: "in the 10 May 2009 recording", whose happening
is told), or is an "ago" phrase right after a
noun; the sentence's words before it hold a present or modal verb of ``present`` ("has", "will",
"can") and no past form: none of [headline] ``past_auxiliaries`` ("was", "had"), no listed past
("split", "made") and no "-ed" verb, unless within ``AUX_REACH`` words after an auxiliary or one of
``passive`` ("has become too obsessed", "to be learned": a perfect or a passive, not a past). No word of
``governing`` ("since", "after", "following") stands between the sentence's verb and the date: "has
risen since the quake in 2009" dates the quake as the summary tells it (:mod:`.compared`,
:mod:`.after_phrase`).

A bound of a subject's noun under a verb to come is read alike, however near the date: "All shipments received
after 21 April will be subject to the ban", "the infrastructure that existed before Tuesday makes the help slow":
a word of ``bounds`` right before the date, after a participle or past that follows the sentence's opening noun
phrase (no verb before it), and right after the date (past a comma) a word of ``present`` or a present in "-s".
The ban came on another day; 21 April is only where what it covers begins.

Such a mention joins an event others found but makes none alone (``dependent.MODIFIER`` via
:func:`.side_nouns.dates_side_noun`). The words are the resource's ``[present_frame]`` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..temporal import TimeExpression
from ..temporal.grammar import word_list
from .headline import verb_like
from .headline_words import Lexicon, lexicon, resource_table

__all__ = ["dates_noun_under_present"]

#: a date at least this many days before the news is far from what a present clause tells
FAR_DAYS = 300
#: an "-ed" form within this many words after an auxiliary is a perfect or a passive, no past
AUX_REACH = 3
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
_SENTENCE_ENDS = frozenset(".!?;")


@dataclass(frozen=True)
class Words:
    """The ``[present_frame]`` words of one language."""

    present: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    ago: frozenset[str] = frozenset()
    passive: frozenset[str] = frozenset()
    governing: frozenset[str] = frozenset()
    bounds: frozenset[str] = frozenset()
    not_nouns: frozenset[str] = frozenset()
    perfect: frozenset[str] = frozenset()
    lex: Lexicon | None = None


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (nothing is read) for a language without them."""
    table = resource_table(language, "present_frame")
    if not table:
        return Words()

    def listed(name: str) -> frozenset[str]:
        return frozenset(word_list(table, name))

    return Words(present=listed("present"), links=listed("links"), ago=listed("ago"), passive=listed("passive"),
                 governing=listed("governing"), bounds=listed("bounds"),
                 not_nouns=listed("not_nouns"), perfect=listed("perfect"), lex=lexicon(language))


def _sentence_before(text: str, e: TimeExpression) -> list[str]:
    """The tokens of the expression's sentence before it."""
    tokens = _TOKEN.findall(text[max(0, e.start - 600):e.start])
    start = max((k + 1 for k, t in enumerate(tokens) if t in _SENTENCE_ENDS), default=0)
    return tokens[start:]


def _noun(token: str, lex: Lexicon) -> bool:
    """Whether ``token`` may end a noun phrase: a name, or a lower-case word that is no verb or function word."""
    word = token.lower()
    if (not word.isalpha() or word in lex.determiners or word in lex.pronouns or word in lex.not_subject
            or word in lex.subordinators):
        return False
    return token[:1].isupper() or not (word in lex.auxiliaries or word in lex.verbs or word in lex.speech
                                       or word.endswith(lex.object_endings or ("\0",)))


def _past(tokens: list[str], k: int, w: Words) -> bool:
    """Whether ``tokens[k]`` is a past form of the sentence's own: a past auxiliary, a listed past or an "-ed" verb
    not shortly after an auxiliary or a word of ``passive``, nor right after a determiner or a number (an adjective)."""
    lex = w.lex
    token = tokens[k]
    word = token.lower()
    if not token[:1].islower():
        return False
    if word in lex.past_auxiliaries or word == "did":
        return True
    if not (word in lex.verbs or len(word) > 4 and word.endswith(lex.object_endings or ("\0",)) and verb_like(word, lex)):
        return False
    near = [t.lower() for t in tokens[max(0, k - AUX_REACH):k]]
    if any(t in lex.auxiliaries or t in w.passive for t in near):
        return False  # "has become too obsessed", "to be learned": a perfect or a passive
    prev = near[-1] if near else ""
    return not (prev in lex.determiners or prev in lex.possessive_pronouns or prev[:1].isdigit())


def _subject_bound(text: str, e: TimeExpression, tokens: list[str], w: Words) -> bool:
    """Whether the expression is a bound of the sentence's opening noun phrase under a verb to come: "All shipments
    received after [21 April] will be …" (see the module)."""
    lex = w.lex
    if len(tokens) < 3 or tokens[-1].lower() not in w.bounds:
        return False
    verb = tokens[-2].lower()
    if not tokens[-2][:1].islower() or not (verb in lex.verbs or len(verb) > 4 and verb.endswith(lex.object_endings or ("\0",))):
        return False
    subject = [t.lower() for t in tokens[:-2]]
    if any(t in lex.auxiliaries or t in lex.verbs or t in lex.speech or t in w.present or not t.isalpha()
           or t.endswith(lex.object_endings or ("\0",)) for t in subject if t not in lex.relative):
        return False  # a verb before it: the bound may be that verb's ("closed the border after Monday")
    after = [t for t in _TOKEN.findall(text[e.end:e.end + 80])[:3] if t != ","]
    nxt = after[0] if after else ""
    return nxt[:1].islower() and (nxt.lower() in w.present or nxt.endswith("s") and verb_like(nxt.lower(), lex)
                                  and not nxt.lower() in lex.not_subject)


def _perfect(tokens: list[str], k: int, w: Words) -> bool:
    """Whether ``tokens[k]`` is "has"/"have" with a past participle within two words after it ("have conquered")."""
    if tokens[k].lower() not in w.perfect:
        return False
    lex = w.lex
    return any(t[:1].islower() and (t.lower() in lex.verbs or len(t) > 4 and t.lower().endswith(lex.object_endings or ("\0",)))
               for t in tokens[k + 1:k + 3])


def dates_noun_under_present(text: str, language: str, e: TimeExpression, published: date | None) -> bool:
    """Whether the expression dates a noun far back in a sentence told in the present or to come, or bounds the
    opening noun phrase of a sentence told to come (see the module)."""
    w = words(language)
    if w.lex is None:
        return False
    tokens = _sentence_before(text, e)
    if _subject_bound(text, e, tokens, w):
        return True
    if published is None or e.interval is None or (published - e.interval.end).days < FAR_DAYS:
        return False
    while tokens and tokens[-1].lower() in w.lex.determiners:
        tokens = tokens[:-1]  # "from Velda in the | early 1960s"
    if len(tokens) < 3:
        return False
    last = e.text.split()[-1].lower() if e.text.split() else ""
    if last in w.ago:
        if not _noun(tokens[-1], w.lex):
            return False  # "set up two years ago": a verb's date
    elif not (tokens[-1].lower() in w.links and _noun(tokens[-2], w.lex)):
        return False
    if tokens[-2].lower() in w.not_nouns:
        return False  # "to become independent back in the 19th Century": an adverb, the date the verb's
    following = _TOKEN.findall(text[e.end:e.end + 40])[:1]
    if following and following[0][:1].islower() and following[0].isalpha() and _noun(following[0], w.lex):
        return False  # "in the 10 May 2009 recording": the date names the happening its noun tells
    lower = [t.lower() for t in tokens]
    # a clitic present after a pronoun counts ("there 's to be a trial", "it 's"; not "Berg 's": a possessive)
    verbs = [k for k, t in enumerate(tokens) if lower[k] in w.present and (
        t[:1].islower() or k and t[:1] in "'’" and lower[k - 1] in w.lex.pronouns)]
    if not verbs or any(_past(tokens, k, w) or _perfect(tokens, k, w) for k in range(len(tokens))):
        return False  # a perfect tells a done act, its date often the one given ("has shut down two units in 2003")
    if any(t in w.lex.subordinators for t in lower[verbs[0] + 1:]):
        return False  # "are guilty as they, acting … from 20 to 21 November 1991, murdered": another clause's date
    return not any(t in w.governing for t in lower[verbs[0] + 1:])

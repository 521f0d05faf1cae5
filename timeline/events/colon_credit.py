"""Who a quote opened after a colon is credited to when no name stands right before its verb of saying.

A credit before a quote names its speaker right before the verb ('Anna Berg said: "We …"',
:func:`.speaker.credited`). Two common forms leave that place empty, and the quote's first person
would name no one ("All of a sudden we were selling 500 seats an hour"):

- the verb shares its subject with a clause before it, whose named speaker opens the sentence
  ("Anna Berg , one of the hosts , said sales were slow , but added : `` All of a sudden we …"):
  that speaker (:func:`.speaker.said_subject` of the words before the quote, when a word joining
  clauses stands right before the verb: "…, but added :", not "…, and a fan added :"; a live page's clock
  stamp before the name is no part of it: "0915 Anna Berg , a nurse , writes : …"), or the name an
  apposition between commas alone parts from the verb ("Anna Berg , Santo Domingo , e-mails : …");
- the verb's subject is a "he" or "she" ("He added : `` We …"), and the sentence before, in the same
  paragraph, credits one named speaker (a quote's or a report's): that speaker, as for a "he"
  credited after a quote.

Anything else (a speaker not named, two people, a pronoun of the other sex) credits no one.
"""

from __future__ import annotations

from typing import Callable

from .headline import EDGE, Word, bare
from .headline_words import Lexicon
from .speaker_names import name_from

__all__ = ["colon_speaker", "quote_opens"]

#: the verb of saying stands at most this many words before the quote's first word ("added : ``")
VERB_REACH = 3
#: an apposition between a speaker's name and the verb is at most this many words ("Anna Berg , a nurse , said :")
APPOSITION_WORDS = 12
#: ``said_subject``, ``quote_speaker`` and the agreement of a name with pronouns, as :mod:`.speaker` has them
Readers = tuple[Callable[[str, Lexicon], str], Callable[[str, Lexicon], str], Callable[[str, set[str], Lexicon], bool]]


def colon_speaker(words: list[Word], run_ids: set[int], lex: Lexicon, previous: str, readers: Readers) -> str:
    """The speaker of the quote that holds the run (``run_ids``: its words' ids in ``words``) when a verb of
    saying ending in a colon opens it with no name right before it (see the module's docstring), or "".
    ``readers``: :mod:`.speaker`'s ``said_subject``, ``quote_speaker`` and its test of a name against a
    pronoun, given by it (it imports this module, which so imports nothing of it)."""
    said_subject, quote_speaker, agrees = readers
    texts = [w.text for w in words]
    first = next((k for k, w in enumerate(words) if id(w) in run_ids), -1)
    verb = next((k for k in range(first - 1, max(-1, first - 1 - VERB_REACH), -1)
                 if bare(texts[k]) in lex.credit_speech and texts[k][:1].islower()), -1)
    if verb < 1 or not (texts[verb].endswith(":") or texts[verb + 1:verb + 2] == [":"]):
        return ""
    if any(t.strip(EDGE) for t in texts[verb + 1:first] if t not in (":", "``", '"', "“")):
        return ""  # words between the colon and the quote: not this verb's quote
    subject = bare(texts[verb - 1])
    if subject in lex.person_pronouns:  # "He added : `` …": the one speaker the sentence before credits
        if verb > 1 or not previous:
            return ""
        name = quote_speaker(previous, lex) or said_subject(previous, lex)
        return name if name and agrees(name, {subject}, lex) else ""
    before = texts[:verb + 1]
    while before and before[0].strip(EDGE).replace(".", "").isdigit():  # a live page's stamp: "0915"
        before = before[1:]
    if not before:
        return ""
    opening = _opening_speaker(before, lex)
    if opening or not _shares_subject(texts[verb - 1], lex):
        return opening  # "…, and a fan added :", "Lars Berg and Anna Lind , the hosts , wrote :": no one named speaker's
    return said_subject(" ".join(before), lex)


def _shares_subject(word: str, lex: Lexicon) -> bool:
    """Whether a verb of saying after ``word`` shares the subject of a clause before it: ``word`` joins
    clauses or leads one ("…, but added :", "… and then added :"), it is no subject of the verb's own."""
    return bare(word) in lex.conjunctions or bare(word) in lex.leading


def _opening_speaker(before: list[str], lex: Lexicon) -> str:
    """The name that opens ``before`` (the words up to the verb of saying, its last) when only an apposition
    between commas stands between them, whatever it names ("Anna Berg , Santo Domingo , e-mails :", "Anna
    Berg , at Velbo 's airport , e-mails :"), or the verb follows the name at once ("Anna Berg added :"); else ""."""
    name = name_from(before, 0, lex)
    n, verb = len(name.split()), len(before) - 1
    if n < 2 or n > verb or any(bare(w) in lex.place_words for w in name.split()):
        return ""
    rest = before[n:verb]
    if not rest:
        return name
    apposed = (before[n - 1].endswith(",") or rest[0] == ",") and before[verb - 1].endswith(",")
    inner = [t for t in rest if t != ","]
    if apposed and 0 < len(inner) <= APPOSITION_WORDS and not any(bare(t) in lex.speech or bare(t) in lex.pronouns for t in inner):
        return name
    return ""


def quote_opens(words: list[Word], run: list[Word]) -> bool:
    """Whether a quote mark opens right before ``run`` (a quote after its credit, "… added : `` All of a
    sudden we …"): its first-person words are the quote's speaker's, as in a sentence that opens with a quote."""
    at = next((k for k, w in enumerate(words) if run and w is run[0]), -1)
    return at > 0 and words[at - 1].text in ("``", '"', "“") or at >= 0 and words[at].text.startswith(("``", '"', "“"))

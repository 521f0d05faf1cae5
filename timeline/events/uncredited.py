"""Mentions whose summary speaks for no one: an uncredited first-person line, or one that speaks to its reader.

A diary's or a quote's line that names no speaker ("We will be back at the hospital to finish the
installation", "I was told to take all the time I needed") or that speaks to its reader ("You
probably brushed your teeth …") tells no happening a reader can check: who "we" are was lost with the
page's layout (a diary page whose writers' headings did not survive in its text), and the steps that
name a speaker (:mod:`.writer`, :mod:`.pronoun_credit`, :mod:`.speaker`) name none when in doubt, for a
wrong name is worse than none. Only a line of narration whose sentence credits no one either is so: a
sentence that holds a verb of saying ('"We can confirm that a patient has died," the ministry said', 'He
added: "We …"') reports someone's statement, a happening, even when the summary lost its credit, and so
does a quote, which its article credits nearby ('…," he wrote. "We promised each other this on our wedding
day seven years ago …': a quotation mark in the sentence, or a quote open where it starts). Such a
mention may join an event that other mentions found (the aftershock a report tells), and summarises
it only when nothing else does (``fusion`` ranks summaries by :func:`.readable.reads_well`), but alone
it makes none (``merge``), as a mention that dates no happening of its own (``dependent``) makes none.

The first person is the speaker's when it is a word that only a speaker says of themselves ("I", "my",
"we": ``[uncredited] speaker``), or one that opens the summary ("Our team left the airport":
``opening``); inside a clause "us" and "our" are as often everyone's ("an asteroid will come closer
to us than the moon", "an embarrassment for our times"), which any news story may say. A summary
credited headline style ("Jane Roe: We …") names who speaks, and so does one holding a verb of saying
("Goldacre says he is fascinated by how many people are contacting me", "…, our key hope, could be
disrupted, scientists warned": ``[headline] speech`` and ``announcing``; not one after a word of ``passive``:
"I was told to take all the time I needed" credits no one).
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Mention
from .headline import EDGE, Word, bare
from .headline_words import lexicon, lowered, resource_table
from .prepared import summary_of
from .quoted import _open_at
from .readable import _speaks_to_reader
from .speaker import closes_quote, opens_quote
from .speaker_names import unclitic

__all__ = ["speaks_for_no_one", "uncredited_remark"]


def uncredited_remark(mention: Mention) -> bool:
    """Whether ``mention``'s summary (as prepared for its event) speaks for no one (:func:`speaks_for_no_one`),
    its sentence credits no one either (it holds no verb of saying) and is narration, not a quote."""
    language, texts = mention.article.language, mention.sentence.split()
    if not speaks_for_no_one(summary_of(mention), language) or _says(texts, language):
        return False
    # a quote is someone's words that its article credits nearby ('…," he wrote. "We promised …'): a statement
    return not any(opens_quote(t) or closes_quote(t) for t in texts) and not _open_at(mention.article.text,
                                                                                       mention.sentence_start)


def speaks_for_no_one(summary: str, language: str) -> bool:
    """Whether ``summary`` speaks in a speaker's first person or to its reader (see the module's docstring)
    with no speaker credited: not before a colon ("Jane Roe: We …") and not by a verb of saying of its own."""
    lex = lexicon(language)
    speaker, opening, _ = _words(language)
    texts = summary.removesuffix("…").split()
    if not texts or any(t.endswith(":") for t in texts) or _says(texts, language):
        return False
    own = [unclitic(bare(t), lex) for t in texts]
    shouted = [len(t.strip(EDGE)) > 1 and t.strip(EDGE).isupper() for t in texts]  # "US", "IT": names
    return (any(w in speaker and not loud for w, loud in zip(own, shouted)) or own[0] in opening and not shouted[0]
            or _speaks_to_reader([Word(t) for t in texts], lex))


@lru_cache(maxsize=None)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The language's ``[uncredited] speaker``, ``opening`` and ``passive`` words (none without a resource)."""
    table = resource_table(language, "uncredited")
    return lowered(table, "speaker"), lowered(table, "opening"), lowered(table, "passive")


def _says(texts: list[str], language: str) -> bool:
    """Whether ``texts`` hold a verb of saying (``speech`` or ``announcing``), written small (not "Says Who") and
    not after a word of ``[uncredited] passive`` ("I was told to take my time": a passive credits no one)."""
    lex, (_, _, passive) = lexicon(language), _words(language)
    return any(t[:1].islower() and (bare(t) in lex.speech or bare(t) in lex.announcing)
               and not (k and bare(texts[k - 1]) in passive) for k, t in enumerate(texts))

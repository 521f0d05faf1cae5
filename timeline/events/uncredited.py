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
A line that speaks for no one and only tells its speaker's mind ('"I don't think anyone should worry," he said', '"It
could be that we'll see a resurgence of the virus in the autumn"': a word of ``[uncredited_opinion]``) makes none even
as a quote or with a verb of saying beside it: an opinion, a hope or a guess is no happening, and with no speaker it
reads as no headline.

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

import re
from bisect import bisect_right
from functools import lru_cache

from ..model import Mention
from ..temporal.sentences import article_sentences
from .headline import EDGE, Word, bare, verb_like
from .headline_words import lexicon, lowered, resource_table
from .prepared import summary_of
from .quoted import _open_at
from .readable import _speaks_to_reader
from .speaker import closes_quote, opens_quote
from .speaker_names import unclitic

__all__ = ["speaks_for_no_one", "uncredited_remark", "opines"]

#: a speaker's own verb of saying follows their "I" or "we" within this many words ("I stuck my neck out and said")
OWN_REACH = 6
#: the marks that open or close a quote (tokenised text writes `` and '')
_MARKS = "\"'`“”‘’«»"
#: a credit counts in this many first words of the next sentence ("So said Acme's chief", "That was the statement")
CREDIT_REACH = 5


def uncredited_remark(mention: Mention) -> bool:
    """Whether ``mention``'s summary (as prepared for its event) speaks for no one (:func:`speaks_for_no_one`) and
    tells only its speaker's mind (:func:`opines`), or its sentence credits no one either (it holds no verb of saying) and is narration, not a quote, nor a
    statement the sentences beside it credit (:func:`_credited_beside`)."""
    language, texts = mention.article.language, mention.sentence.split()
    summary = summary_of(mention)
    if not speaks_for_no_one(summary, language):
        return False
    text, start = mention.article.text, mention.sentence_start
    # "I don't think anyone should worry," he said: no happening, whoever the sentence credits; a quote or a credited
    # line only (narration that quotes a phrase, "we could do worse than to follow X's advice in 1918 to "carry
    # on"", tells the happening it dates)
    if opines(summary, language) and not _own_act(summary, language) and (
            texts and opens_quote(texts[0]) or _open_at(text, start) or _says(texts, language)):
        return True
    if _says(texts, language):
        return False
    # a quote is someone's words that its article credits nearby ('…," he wrote. "We promised …'): a statement
    return (not any(opens_quote(t) or closes_quote(t) for t in texts) and not _open_at(text, start)
            and not _credited_beside(text, start, language))


def opines(summary: str, language: str) -> bool:
    """Whether ``summary`` holds a word of opinion, hope or guess (``[uncredited_opinion] words``) written small:
    a line of someone's mind ("It could be that we'll see a resurgence"), not a happening."""
    words, lex = _opinion_words(language), lexicon(language)
    return any(t[:1].islower() and unclitic(bare(t), lex) in words for t in summary.split())


def _own_act(summary: str, language: str) -> bool:
    """Whether ``summary``'s speaker tells an act of their own: a first person before a verb that is no word of
    opinion nor an auxiliary ("We signed the contract on Monday and we expect …": the signing is a happening,
    the hope beside it does not unmake it; not "We expected …", "I think …", "We are hopeful …")."""
    words, lex = _opinion_words(language), lexicon(language)
    tokens = [unclitic(bare(t), lex) if t[:1].islower() else "" for t in summary.split()]
    return any(w in lex.first_person and nxt and nxt not in words | lex.auxiliaries and verb_like(nxt, lex)
               for w, nxt in zip([bare(t) for t in summary.split()], tokens[1:]))


@lru_cache(maxsize=None)
def _opinion_words(language: str) -> frozenset[str]:
    """The language's ``[uncredited_opinion] words`` (none without a resource)."""
    return lowered(resource_table(language, "uncredited_opinion"), "words")


def _credited_beside(text: str, start: int, language: str) -> bool:
    """Whether the sentence at ``start`` goes on a statement the sentence before opened (it ends with a colon: "The
    ministry's statement read in full:", or it credits a speaker whose words go on in the first person: "Anna Berg
    said: We are watching the river."), or the next sentence, opened by a word pointing back (``[uncredited]
    back``), credits it first thing ("So said Acme's chief", "That was the statement from the minister"; not "The
    mayor said …", someone else's words)."""
    bounds = article_sentences(text)
    k = bisect_right(bounds, (start, len(text) + 1)) - 1
    if k < 0 or bounds[k][0] != start:
        return False
    speaker = _words(language)[0]
    if k:
        before = text[bounds[k - 1][0]:bounds[k - 1][1]].split()
        said = [n for n in range(len(before)) if _says_at(before, n, language)]
        if before and before[-1].endswith(":") or said and any(bare(t) in speaker for t in before[said[0] + 1:]):
            return True
    after = text[bounds[k + 1][0]:bounds[k + 1][1]].split()[:CREDIT_REACH] if k + 1 < len(bounds) else []
    return bool(after) and bare(after[0]) in _table(language, "back") and _says(after, language)


def speaks_for_no_one(summary: str, language: str) -> bool:
    """Whether ``summary`` speaks in a speaker's first person or to its reader (see the module's docstring)
    with no speaker credited: not before a colon ("Jane Roe: We …") and not by a verb of saying of its own."""
    lex = lexicon(language)
    speaker, opening, _ = _words(language)
    texts = summary.removesuffix("…").split()
    if not texts or any(t.endswith(":") for t in texts) or _says(texts, language):
        return False
    own = [unclitic(bare(t), lex) for t in texts]
    named = [_in_a_name(texts, k) for k in range(len(texts))]
    return (any(w in speaker and not name for w, name in zip(own, named)) or own[0] in opening and not named[0]
            or _speaks_to_reader([Word(t) for t in texts], lex))


def _in_a_name(texts: list[str], k: int) -> bool:
    """Whether the word ``texts[k]`` is no pronoun but part of a name, a title or a measure: capitals ("US",
    "IT"), a capitalised word inside the sentence ("the film Me Before You"), "I" after a capitalised word
    there ("World War I", "the Phase I trial", "King Charles I"), or a word after a count ("10 min", not a
    year's "in 2009 we")."""
    core = texts[k].strip(EDGE)
    if len(core) > 1 and core.isupper():
        return True
    before = texts[k - 1].strip(EDGE) if k else ""
    if core == "I":
        return k > 1 and before[:1].isupper()
    counted = before.isdigit() and not re.fullmatch(r"[12]\d{3}", before)  # "10 min", not "in 2009 we"
    return core[:1].isupper() and before[:1].isalpha() or counted


@lru_cache(maxsize=None)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The language's ``[uncredited] speaker``, ``opening`` and ``passive`` words (none without a resource)."""
    table = resource_table(language, "uncredited")
    return lowered(table, "speaker"), lowered(table, "opening"), lowered(table, "passive")


def _says(texts: list[str], language: str) -> bool:
    """Whether ``texts`` hold a word of saying (``[headline] speech``, ``[quote_credit] credit_speech``,
    ``announcing`` or ``[uncredited] saying``),
    written small unless it opens them ("According to …"; not "the show Says Who") and not after a word of
    ``[uncredited] passive`` ("I was told to take my time": a passive credits no one)."""
    return any(_says_at(texts, k, language) for k in range(len(texts)))


def _says_at(texts: list[str], k: int, language: str) -> bool:
    """Whether ``texts[k]`` is a word of saying that credits someone with the line (see :func:`_says`)."""
    lex, saying, passive, t = lexicon(language), _table(language, "saying"), _words(language)[2], texts[k]
    return ((t[:1].islower() or not k) and (bare(t) in lex.credit_speech or bare(t) in lex.announcing or bare(t) in saying)
            and not (k and bare(texts[k - 1]) in passive) and not _own_saying(texts, k, language))


def _own_saying(texts: list[str], k: int, language: str) -> bool:
    """Whether the verb of saying ``texts[k]`` is the speaker's own: said to them ("Some people told me that …": one
    of ``[uncredited_own] objects`` right after it) or by them ("I stuck my neck out and said …": one of ``subjects``
    among the ``OWN_REACH`` words before it, with no mark between that may close a quote or a clause), so it credits
    no one else with the line."""
    subjects, objects = _own_words(language)
    lex = lexicon(language)
    if k + 1 < len(texts) and texts[k][-1:].isalpha() and bare(texts[k + 1]) in objects:
        return True
    for text in reversed(texts[max(0, k - OWN_REACH):k]):
        if text.lower() in lex.clitics:  # tokenised "we 're"
            continue
        if text[:1] in _MARKS or text[-1:] in _MARKS + ",;:":
            return False  # '"We lost," the coach said': a mark before the verb parts it from the first person
        if unclitic(bare(text), lex) in subjects:
            return True
    return False


@lru_cache(maxsize=None)
def _own_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's ``[uncredited_own] subjects`` and ``objects`` (none without a resource)."""
    table = resource_table(language, "uncredited_own")
    return lowered(table, "subjects"), lowered(table, "objects")


@lru_cache(maxsize=None)
def _table(language: str, name: str) -> frozenset[str]:
    """The language's ``[uncredited]`` list ``name``, in lower case."""
    return lowered(resource_table(language, "uncredited"), name)

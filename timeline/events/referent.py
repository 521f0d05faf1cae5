"""Who a headline's "he", "she" or quoted "we" is when the sentence right before does not say.

A report names its speaker once and then goes on with "he added", a quote of
several sentences, "He warned …": the name is a few sentences back. The
sentences before the mention's, nearest first and at most ``REFERENT_SENTENCES``
of them within its paragraph, are read as a chain: the first that names one
person as the subject of its verb ("Professor Anna Berg told the radio …", or the
one name it holds anywhere, right before its verb: a caption run into a quote) or
as the one speaker of its quote ('"…," said Anna Berg.') gives the name
(see :mod:`.speaker`). A link between may only go on about that person: it
says "he" or "she", or speaks in the first person inside a quote; a sentence
that names someone else, or says neither, breaks the chain, and no name is
given (whose "he" would it be?).
"""

from __future__ import annotations

import re

from .antecedent import names_a_person, titled_speaker
from .headline import EDGE, Word, bare
from .headline_words import Lexicon
from .speaker import another_person, names_someone, named_subject, quote_speaker, sole_subject, with_credit

__all__ = ["REFERENT_SENTENCES", "earlier_sentences", "referent", "recalled"]

#: how many sentences before the mention's the chain may reach back
REFERENT_SENTENCES = 3


def earlier_sentences(text: str, bounds: list[tuple[int, int]], start: int, wire: bool = False) -> list[str]:
    """The sentences that end before ``start``, nearest first: at most ``REFERENT_SENTENCES``, none
    across a blank line (a new paragraph); given ``wire``, across a blank line into a paragraph that is one
    sentence and ends as one (wire copy gives every sentence its own paragraph), never into a heading, a
    byline or a dateline's line (no closing stop: "By Anna Roe", "OSLO (AFP) -")."""
    before = [bound for bound in bounds if bound[1] <= start]
    found: list[str] = []
    edge = start
    for k in range(len(before) - 1, -1, -1):
        a, b = before[k]
        if len(found) == REFERENT_SENTENCES:
            break
        if _parted(text[b:edge]) and not (wire and _lone_sentence(text, before, k)):
            break
        found.append(text[a:b])
        edge = a
    return found


def _parted(gap: str) -> bool:
    """Whether ``gap`` (the text between two sentences) holds a blank line."""
    return "\n\n" in gap.replace(" ", "").replace("\r", "").replace("\t", "")


def _lone_sentence(text: str, bounds: list[tuple[int, int]], k: int) -> bool:
    """Whether the sentence ``bounds[k]`` is a paragraph by itself that ends as a sentence does (a stop,
    maybe inside a closing quote) and holds a lower-case word: no heading, byline or dateline."""
    a, b = bounds[k]
    sentence = text[a:b]
    if k and not _parted(text[bounds[k - 1][1]:a]) or "\n" in sentence:
        return False
    return bool(re.search(r"[.!?][\"”’')]*$", sentence)) and any(w[:1].islower() for w in sentence.split())


def _words(sentence: str) -> set[str]:
    return {bare(w) for w in sentence.split()}


def _plain(name: str, lex: Lexicon) -> str:
    """``name`` without a linking or time word stuck to it ("Later Wen", "Mwai Kibaki Wednesday"): the
    words of ``[situated] name_outer`` that are no title, at its start, and weekdays and months anywhere."""
    words = name.split()
    while len(words) > 1 and bare(words[0]) in lex.name_outer - lex.honorifics:
        words = words[1:]
    kept = [w for w in words if bare(w) not in lex.calendar]
    return " ".join(kept) if kept else name


def _links(sentence: str, lex: Lexicon) -> bool:
    """Whether ``sentence`` may stand between a name and the pronoun: it says "he" or "she", or speaks
    in the first person."""
    words = {bare(w) for w in sentence.split()}
    return bool(words & (lex.person_pronouns | lex.first_person))


def referent(sentences: list[str], lex: Lexicon, bodies: frozenset[str] | None = None) -> str:
    """The person ``sentences`` (nearest first, see :func:`earlier_sentences`) name through a chain of
    sentences about them (see the module's docstring), or ""; given the language's ``bodies``
    (``[situated] body_heads``), a link that names only bodies and places ("she moved to Haiti to work
    for Cornell University") names no one else (:func:`.antecedent.names_a_person`), and a speaker may be
    named before an aside that tells their office (:func:`.antecedent.titled_speaker`)."""
    for sentence in sentences:
        speaker = quote_speaker(sentence, lex)
        if speaker and _words(sentence) & lex.person_pronouns:
            return ""  # '"He used to be my hero," said McCarthy. He …': the speaker talks of another
        name = (speaker or named_subject(sentence, lex) or sole_subject(sentence, lex)
                or (titled_speaker(sentence, lex, bodies) if bodies is not None else ""))
        if name:
            return "" if another_person(sentence, name, lex) else _plain(name, lex)
        someone = names_someone(sentence, lex) if bodies is None else names_a_person(sentence, lex, bodies)
        if someone or not _links(sentence, lex):
            return ""
    return ""


def recalled(run: list[Word], words: list[Word], quoted: bool, sentences: list[str], lex: Lexicon) -> list[Word]:
    """``run`` (of the sentence ``words``) with the person ``sentences`` name (:func:`referent`): its
    opening "he" or "she" replaced by the name when it opens the sentence; when ``quoted`` (the sentence
    opens a quotation its own sentence credits to no one) and ``run`` speaks in the first person, credited
    to them ("Anna Berg: We will …").
    Else ``run``."""
    opener = next((w for w in run if w.text.strip(EDGE)), None)
    if opener is None or not sentences:
        return run
    first = bare(opener.text)
    pronoun = first in lex.person_pronouns and opener is next((w for w in words if w.text.strip(EDGE)), None)
    ids = {id(w) for w in run}
    # a quote its own sentence credits ('"…," Dr. Roe, the director, told reporters') is not an earlier speaker's
    credits_own = any(id(w) not in ids and bare(w.text) in lex.speech and w.text[:1].islower() for w in words)
    spoken = quoted and not credits_own and any(bare(w.text) in lex.first_person for w in run)
    if not pronoun and not spoken:
        return run
    name = referent(sentences, lex)
    if not name:
        return run
    if pronoun:
        return [Word(w) for w in name.split()] + run[run.index(opener) + 1:]
    return with_credit(name, run, opener, lex)


def leans_back(summary: str, lex: Lexicon, articles: frozenset[str], people: frozenset[str] = frozenset()) -> bool:
    """Whether ``summary`` opens with a definite article of ``articles`` or a demonstrative (a word both
    of ``lex.determiners`` and ``lex.pronouns``) before a common noun and its verb ("The song will be …",
    "These hybrids spread …"; not "The federal ministry issued …", which tells its kind): its subject leans on a sentence before, which a reader of the timeline has not read.
    Not a word of ``people`` ("The woman arrived …" tells of someone, as a report does: another
    mention that names someone may tell another act)."""
    words = summary.split()
    if len(words) < 2:
        return False
    first = bare(words[0])
    definite = first in articles or first in lex.determiners & lex.pronouns
    noun = bare(words[1])
    owner = next((e for e in lex.possessive_endings if noun.endswith(e)), "")  # "The singer's casket": a person
    # a sure verb: not "The federal ministry", nor "The two sides" (a plural may read as a verb)
    verb = len(words) > 2 and (bare(words[2]) in lex.auxiliaries or bare(words[2]) in lex.verbs)
    return definite and verb and words[1][:1].islower() and noun[:len(noun) - len(owner)] not in people

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
from functools import lru_cache

from .antecedent import names_a_person, titled_speaker
from .headline import EDGE, Word, bare
from .headline_words import Lexicon, lowered, resource_table
from .speaker import after_word, another_person, names_someone, named_subject, quote_speaker, sole_subject, with_credit
from .situated_lists import thing_name

__all__ = ["REFERENT_SENTENCES", "earlier_sentences", "referent", "recalled", "speaker_bodies", "spaced"]

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
        name = speaker or named_subject(sentence, lex) or sole_subject(sentence, lex)
        titled = "" if name or bodies is None else titled_speaker(sentence, lex, bodies)
        if titled:  # the aside tells their office ("Anna Berg , of the charity Harbour Aid , said"): no one else
            name, sentence = titled, _past_aside(sentence, titled)
        if name:
            return "" if another_person(sentence, name, lex) or not _may_be_someone(name, lex) else _plain(name, lex)
        someone = names_someone(sentence, lex) if bodies is None else names_a_person(sentence, lex, bodies)
        if someone or not _links(sentence, lex):
            return ""
        if _ours(sentence, lex):
            return ""  # "Our correspondent says …": "our" links it, but it speaks of another person
    return ""


def _past_aside(sentence: str, name: str) -> str:
    """``name`` and what ``sentence`` says after the aside between commas that follows it ("Anna Berg , of
    the charity Harbour Aid , said …" -> "Anna Berg said …"); ``sentence`` when no aside follows the name."""
    texts = sentence.split()
    at = len(name.split())
    close = next((k for k in range(at + 1, len(texts)) if texts[k] == ","), -1)
    if texts[at:at + 1] != [","] or close < 0 or texts[:at] != name.split():
        return sentence
    return " ".join(texts[:at] + texts[close + 1:])


def spaced(sentence: str) -> str:
    """``sentence`` with a comma, semicolon or colon before a space written apart ("Berg, who" ->
    "Berg , who"), as tokenised text has it."""
    return re.sub(r"(?<=\w)([,;:])(?=\s)", r" \1", sentence)


def _ours(sentence: str, lex: Lexicon) -> bool:
    """Whether ``sentence`` speaks of a person as the writer's or speaker's own ("our correspondent",
    "my husband": a first-person word right before a person noun), another person than a "he" or "she"."""
    words = [bare(w) for w in sentence.split()]
    persons = lex.person_heads | lex.person_nouns
    return any(w in lex.first_person and any(x in persons for x in words[k + 1:k + 3]) for k, w in enumerate(words))


def _may_be_someone(name: str, lex: Lexicon) -> bool:
    """Whether ``name`` may be a person's: it holds no word of a company's or a happening's name (``[situated]
    company_heads``, ``happening_heads``: "Volvo Cars", "Hurricane Maria") and opens with no determiner ("The
    Harbour Festival"), nor is a broadcaster's, a place's or a thing's (:func:`.situated_lists.thing_name`: "Sky
    Sports News reported …")."""
    names = name.split()
    return not ({bare(w) for w in names} & (lex.company_heads | lex.happening_heads) or bare(names[0]) in lex.determiners
                or thing_name(name, lex))


def _other_sex(pronoun: str, name: str, sentences: list[str], lex: Lexicon) -> bool:
    """Whether ``sentences`` (nearest first) up to and with the one using ``name``'s last word say a word of the
    other sex than ``pronoun`` (``[headline] masculine``, ``feminine``: "She moved to Oslo" before "He …")."""
    other = lex.feminine if pronoun in lex.masculine else lex.masculine if pronoun in lex.feminine else frozenset()
    last = name.split()[-1]
    for sentence in sentences:
        if {bare(w) for w in sentence.split()} & other:
            return True
        if after_word(sentence, last) != sentence:
            break
    return False


def recalled(run: list[Word], words: list[Word], quoted: bool, sentences: list[str], lex: Lexicon,
             language: str = "") -> list[Word]:
    """``run`` (of the sentence ``words``) with the person ``sentences`` name (:func:`referent`): its
    opening "he" or "she" replaced by the name when it opens the sentence; when ``quoted`` (the sentence
    opens a quotation its own sentence credits to no one) and ``run`` speaks in the first person, credited
    to them ("Anna Berg: We will …"). For such a quote, ``language``'s bodies (:func:`speaker_bodies`) let
    the chain reach a speaker named before an aside that tells their office ("Anna Berg , Director of
    Harbour Aid , said : ``We …"), as a "he" is named later (:mod:`.pronoun`): a quote goes on in the
    next paragraph uncredited, by the news convention that credits it once.
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
    bodies = None if pronoun or not language else speaker_bodies(language)
    name = referent(sentences if bodies is None else [spaced(s) for s in sentences], lex, bodies)
    if not name or pronoun and _other_sex(first, name, sentences, lex):
        return run
    if pronoun:
        return [Word(w) for w in name.split()] + run[run.index(opener) + 1:]
    return with_credit(name, run, opener, lex)


@lru_cache(maxsize=None)
def speaker_bodies(language: str) -> frozenset[str]:
    """The words of ``language``'s ``[situated]`` lists that make a name a body's, not a person's (``body_heads``,
    ``institution_heads``, ``company_heads``, ``happening_heads``): none for a language without them."""
    table = resource_table(language, "situated")
    return frozenset().union(*(lowered(table, key) for key in ("body_heads", "institution_heads", "company_heads",
                                                               "happening_heads")))


def leans_back(summary: str, lex: Lexicon, articles: frozenset[str], people: frozenset[str] = frozenset()) -> bool:
    """Whether ``summary`` opens with a definite article of ``articles`` or a demonstrative (a word both
    of ``lex.determiners`` and ``lex.pronouns``) before a common noun and its verb ("The song will be …",
    "These hybrids spread …"; not "The federal ministry issued …", which tells its kind), maybe after a
    word that opens subjects ("All these issues make …"), or with an indefinite subject whose complement
    is definite ("A statement on the school's website said …": which school?): its subject leans on a
    sentence before, which a reader of the timeline has not read.
    Not a word of ``people`` ("The woman arrived …" tells of someone, as a report does: another
    mention that names someone may tell another act)."""
    words = summary.split()
    if len(words) > 2 and _definite(words[1], lex, articles) and not _definite(words[0], lex, articles) and bare(
            words[0]) in lex.subject:
        words = words[1:]  # "All these issues make …"
    if len(words) < 2:
        return False
    if not _definite(words[0], lex, articles):
        return _leaning_complement(words, lex, articles, people)
    noun = bare(words[1])
    if noun in lex.time_nouns | lex.calendar:
        return False  # "This morning police arrested …", "This year marks …": a time, no subject
    owner = next((e for e in lex.possessive_endings if noun.endswith(e)), "")  # "The singer's casket": a person
    return (len(words) > 2 and _verb(words[2], lex, bare(words[0]) not in articles) and words[1][:1].islower()
            and noun[:len(noun) - len(owner)] not in people)


def _definite(word: str, lex: Lexicon, articles: frozenset[str]) -> bool:
    """Whether ``word`` is a definite article of ``articles`` or a demonstrative."""
    return bare(word) in articles or bare(word) in lex.determiners & lex.pronouns


def _verb(word: str, lex: Lexicon, plural: bool) -> bool:
    """Whether ``word`` is surely a verb: an auxiliary or a word of ``lex.verbs`` (not "The federal ministry",
    nor "The two sides": a plural may read as a verb); after a demonstrative's noun (``plural``), any
    lower-case word that does not leave the phrase open ("These issues make …", not "These issues in …")."""
    core = bare(word)
    if core in lex.auxiliaries or core in lex.verbs:
        return True
    return plural and word[:1].islower() and core.isalpha() and core not in lex.dangling


#: a definite complement ("on the school's website") and the verb after it lie within this many words
COMPLEMENT_WORDS = 4


def _leaning_complement(words: list[str], lex: Lexicon, articles: frozenset[str], people: frozenset[str]) -> bool:
    """Whether ``words`` open with an indefinite determiner, a common noun that is no word of ``people``, and
    a complement (``lex.noun_links``) whose noun is definite, before a sure verb ("A statement on the school's
    website said …")."""
    if len(words) < 6 or bare(words[0]) not in lex.determiners or not words[1][:1].islower():
        return False
    if bare(words[1]) in people or bare(words[2]) not in lex.noun_links or bare(words[3]) not in articles:
        return False
    return words[4][:1].islower() and any(bare(w) in lex.auxiliaries | lex.verbs | lex.speech
                                          for w in words[5:5 + COMPLEMENT_WORDS])

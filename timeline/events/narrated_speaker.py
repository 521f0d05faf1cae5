"""The "he" or "she" who says a quote paragraph: the one person the paragraph before tells of as its subject.

Wire copy tells what a person did, then quotes them in a paragraph of its own credited to a pronoun:

    Indonesian Energy Minister Anna Berg suggested that the group would meet again.

    "The market is stable. I may propose a meeting before March," she said.

The "she" is the subject of the paragraph before, by the convention every reader follows, when that
paragraph is one sentence that opens with a name as the subject of a lower-case verb (after a linking
word: "But Berg has defended …"; after a title, maybe a body's: "Energy Minister Anna Berg", "Velbo 's Chief
Medical Officer Anna Berg"; before an aside between
commas: "Berg, a minister without portfolio, became …") and names no other person (a run of two
capitalised words that is no place or body, or a capitalised possessive: "Berg met Tom Roe"), nor speaks
of one ("his client", "the president"). The name is two words at least, or one that the text before
writes after a first name ("Anna Berg" … "Berg"): a lone capitalised word may be a company or a town.
The caller (:mod:`.quoted_paragraph`) checks the name's sex against the pronoun.
"""

from __future__ import annotations

from .antecedent import names_a_person
from .headline import EDGE, bare, verb_like
from .headline_words import Lexicon
from .said_speaker import first_named
from .speaker import another_person
from .speaker_names import NAME_WORDS, TITLED_RUN_WORDS, capital, function_word, owns

__all__ = ["narrated_speaker", "ASIDE_WORDS"]

#: an aside between commas after the name ("Berg, a minister without portfolio,") is at most this many words
ASIDE_WORDS = 8
#: where a sentence ends inside a paragraph: a stop, maybe in its closing quote marks, then a space
_STOPS = (". ", "! ", "? ")


def narrated_speaker(paragraph: str, told: str, lex: Lexicon) -> str:
    """The one person ``paragraph`` (one sentence, no quote) opens with as its subject (see the module's
    docstring), or ""; ``told``: the text before the paragraph, for a lone surname's first name."""
    sentence = paragraph.strip()
    if any(stop in sentence for stop in _STOPS) or any(q in sentence for q in "\"“”"):
        return ""  # a paragraph of several sentences, or one with a quote (:mod:`.quoted_paragraph` reads it)
    texts = sentence.replace(",", " , ").split()
    at = 1 if len(texts) > 1 and function_word(texts[0], lex) and capital(texts[1]) else 0  # "But Berg …"
    if at + 2 < len(texts) and capital(texts[at]) and texts[at + 1] in lex.possessive_endings and capital(texts[at + 2]):
        at += 2  # "Velbo 's Chief Medical Officer Anna Berg": the body's officer, by the title after it
    elif at + 1 < len(texts) and capital(texts[at]) and owns(texts[at], lex) and capital(texts[at + 1]):
        at += 1  # "Velbo's Chief Medical Officer Anna Berg"
    end = at
    while end < len(texts) and end - at < TITLED_RUN_WORDS and capital(texts[end]) and not function_word(
            texts[end], lex):
        end += 1
    run = texts[at:end]
    if not run or any(owns(t, lex) for t in run):
        return ""  # "Berg's film won …": the thing is the subject
    titled = [j for j, t in enumerate(run) if bare(t) in lex.speaker_titles]
    name = [t.strip(EDGE) for t in run[titled[-1] + 1:]] if titled else [t.strip(EDGE) for t in run]
    verb = _past_aside(texts, end)
    if verb >= len(texts) or not 1 <= len(name) <= NAME_WORDS:
        return ""
    following = texts[verb]
    if not (following[:1].islower() and (verb_like(bare(following), lex) or bare(following) in lex.auxiliaries)):
        return ""
    words = {bare(w) for w in name}
    if words & (lex.place_words | lex.calendar | lex.company_heads | lex.happening_heads):
        return ""
    if len(name) < 2 and not first_named(name[0], told, lex):
        return ""
    rest = " ".join(texts[verb:])
    bodies = lex.company_heads | lex.happening_heads
    if names_a_person(f"x {rest}", lex, bodies) or any(owns(t, lex) and capital(t) for t in texts[verb:]) or another_person(
            rest, "", lex):
        return ""  # "… met Tom Roe", "… Roe's lawyer", "… told his client": whose "he" next?
    return " ".join(name)


def _past_aside(texts: list[str], end: int) -> int:
    """Where the verb after the name ending at ``texts[end]`` stands: right there, or past an aside between
    commas of at most ``ASIDE_WORDS`` words with no capitalised word ("Berg , a minister without portfolio ,")."""
    if end >= len(texts) or texts[end] != ",":
        return end
    close = next((k for k in range(end + 1, min(len(texts), end + ASIDE_WORDS + 2)) if texts[k] == ","), -1)
    if close < 0 or any(capital(t) for t in texts[end + 1:close]):
        return len(texts)
    return close + 1

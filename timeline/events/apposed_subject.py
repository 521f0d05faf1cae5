"""The person the sentence before a summary's "He" or "She" names as its subject beside an aside.

A story introduces a person with a few words that tell who they are, set between commas, and goes on
with "he": "Tom Berg , a Danish tourist , checked into the hotel on Friday . When he returned …", or,
after a fronted phrase of when and while: "In June of that year , while most of his neighbours ignored
the threat , Tom Berg , the medical officer for Leeds , had handbills printed . In November he …".
:func:`.referent.referent` reads a subject that runs straight into its verb, or a speaker's aside of
office; this reads the one whose aside describes them (:func:`.antecedent.without_aside`: one opened by a
determiner, a relative word or an age, "Berg , 45 ,") and is followed by a lower-case verb.

The name is a run of two capitalised words or more (a full name: one word may be a place or a body) that
opens the sentence or follows a comma closing a fronted phrase; it holds no word of a body or a place.
No name when the fronted phrase or the words after the aside name another person (a run of two capitals
or a capitalised possessive: whose "he" would it be?), or when the aside speaks of another person
("Berg , a friend of the boy , …"). A wrong name is worse than none: any doubt gives "".
"""

from __future__ import annotations

from .antecedent import names_a_person, without_aside
from .headline import bare, verb_like
from .headline_words import Lexicon
from .speaker_names import name_from, owns

__all__ = ["apposed_subject"]


def apposed_subject(sentence: str, lex: Lexicon, bodies: frozenset[str]) -> str:
    """The full name ``sentence`` has as its subject before an aside describing them and a lower-case verb
    (see the module's docstring), or ""; ``bodies`` are the words that make a run a body's name."""
    texts = sentence.split()
    for start in [0] + [k + 1 for k, text in enumerate(texts) if text == ","]:
        name = name_from(texts, start, lex)
        n = len(name.split())
        if n < 2 or start + n >= len(texts) or texts[start + n] != ",":
            continue
        if any(bare(w) in bodies | lex.place_words for w in name.split()):
            return ""
        fronted = " ".join(["."] + texts[:start])  # a first word of its own: names_a_person skips the first
        if names_a_person(fronted, lex, bodies) or any(owns(w, lex) for w in texts[:start]):
            return ""  # "Anna Berg , Tom Roe , a nurse , …": a list, or someone else's act
        rest = without_aside(" ".join(texts[start:]), name, lex).split()
        if rest[:n] != name.split() or len(rest) <= n or rest[n] == ",":
            return ""  # no aside describing them ("Berg , a friend of the boy , …"): not read
        aside = texts[start + n:start + n + len(texts) - start - len(rest)]
        if names_a_person(" ".join(["."] + aside), lex, bodies) or any(owns(w, lex) for w in aside):
            return ""  # "Berg , a friend of Tom Roe , …": someone else is named beside them
        verb = rest[n]
        if not (verb[:1].islower() and verb_like(bare(verb), lex)):
            return ""
        if names_a_person(" ".join(rest[n:]), lex, bodies) or any(owns(w, lex) for w in rest[n:]):
            return ""
        return name
    return ""

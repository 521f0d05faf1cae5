"""The subject named after the team, club or country whose role it holds: "Velbury defender Tom Hallan has …".

Sports and wire copy open a sentence with whose role a person holds before their name: "Velbury defender Tom
Hallan has tested positive", "Rangers manager Paul Lind says …", "Double Olympic champion Kara Holm has
announced …". :func:`.pronoun.named_person` reads a subject after lower-case describing words ("her partner
Tom Berg said"), but a capitalised owner of the role ("Velbury", "Double Olympic") reads to it as the start
of a name, and no name is found: the next sentence's "He" (or "The 32-year-old", :mod:`.aged_named`) stays.

So :func:`role_subject` reads, after a linking word ("But"), a run of at most ``OWNER_WORDS`` capitalised
words (maybe with lower-case words between, "Hobbling Velbury"), then a person's word of the language's lists
(``[situated] role_nouns``, ``person_nouns``, ``person_heads``, ``epithet_heads``, ``[aged_named] heads``:
"defender", "manager", "champion"), then a run of two to ``NAME_WORDS`` capitalised words, none a body's,
a place's or a company's word, before a lower-case verb or an aside between commas: that run is the
subject's name. The rest of the sentence must hold no other run of two capitalised words or more that may
be a person ("… against Kara Holm"); the caller checks other persons and the pronoun's sex.
"""

from __future__ import annotations

from .headline import bare, verb_like
from .headline_words import Lexicon, lowered, resource_table
from .situated_lists import situated_set, thing_name
from .speaker_names import capital, function_word

__all__ = ["role_subject", "OWNER_WORDS", "NAME_WORDS"]

#: the words of the role's owner before the role ("Double Olympic", "Manchester United") at most
OWNER_WORDS = 3
#: the name's capitalised words at most
NAME_WORDS = 4


def _roles(language: str) -> frozenset[str]:
    return situated_set(language, "role_nouns", "person_nouns", "person_heads", "epithet_heads") | lowered(
        resource_table(language, "aged_named"), "heads")


def role_subject(sentence: str, lex: Lexicon, bodies: frozenset[str], language: str) -> str:
    """The name of ``sentence``'s subject written after its role's owner and the role (see the module's
    docstring), or ""."""
    texts = sentence.split()
    at = 1 if texts and function_word(texts[0], lex) and len(texts) > 1 and capital(texts[1]) else 0
    roles, start = _roles(language), at
    while at < len(texts) and at - start <= OWNER_WORDS and bare(texts[at]) not in roles and (
            capital(texts[at]) or texts[at][:1].islower() and not verb_like(bare(texts[at]), lex)):
        at += 1
    if at >= len(texts) or at == start or bare(texts[at]) not in roles or not texts[at][:1].islower() or not any(
            capital(t) for t in texts[start:at]):
        return ""
    at += 1
    name: list[str] = []
    while at < len(texts) and len(name) <= NAME_WORDS and capital(texts[at]) and texts[at][-1:] not in ",;:.":
        name.append(texts[at])
        at += 1
    if at < len(texts) and texts[at][-1:] == "," and capital(texts[at]):
        name.append(texts[at].rstrip(","))
        at += 1  # "… Tom Hallan, who …": the comma glued to the name
    if not 2 <= len(name) <= NAME_WORDS or at >= len(texts) or {bare(w) for w in name} & (
            bodies | lex.place_words | lex.company_heads) or thing_name(" ".join(name), lex):
        return ""
    following = texts[at]
    if not (following == "," or following[:1].islower() and (verb_like(bare(following), lex)
                                                              or bare(following) in lex.auxiliaries)):
        return ""
    return "" if _another_run(texts[at:], bodies, lex) else " ".join(name)


def _another_run(texts: list[str], bodies: frozenset[str], lex: Lexicon) -> bool:
    """Whether ``texts`` hold a run of two capitalised words or more that may be a person's name (none of a body's,
    a place's or a thing's words)."""
    run: list[str] = []
    for text in texts + ["."]:
        if capital(text) and not function_word(text, lex):
            run.append(text)
            if text[-1:] not in ",;:.":
                continue
        if len(run) >= 2 and not {bare(w) for w in run} & (bodies | lex.place_words) and not thing_name(" ".join(run), lex):
            return True
        run = []
    return False

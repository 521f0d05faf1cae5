"""An opening word that heads a phrase, not a clause, and so stays at a headline's start.

A headline drops the words a clause opens with that only join it to what came before ("But",
"So", "Even") and a subordinating word before its subject ("After | the rebels left, …" -> "The
rebels left"). Some of those words are also prepositions: "After a brief boom, the market
crashed", "With 300 troops in the city, the mission began", "As a result, the board resigned",
"Even before the drought Velbo had been hit by falling prices". There they head a noun phrase,
and dropping them leaves that phrase as a false subject ("A brief boom, the market crashed",
"The drought Velbo had been hit"). So such a word stays when what follows it is a phrase:

- it reaches a comma (or the run's end) before any sure verb, or
- a new subject starts inside it without a comma: a capitalised word right after a lower-case word
  that needs nothing after it ("the drought | Velbo had"), or a subject pronoun after the phrase's
  first word ("with the crowd in our town | it was …");

and a clause when a sure verb comes first ("After the rebels left", "As the mayor put it"): an
auxiliary, a verb of the language's list, or a word with an ``object_endings`` ending not right after a
determiner or possessive ("the confirmed case" is a noun's). A word of ``adverbs`` ("even") before
such a preposition stays with it, and a pair of ``pairs`` ("so far") stays whole: "So far the strain
has not spread" is no "Far the strain …".

The words are the resource's ``[phrase_opening]`` lists (``prepositions``, ``adverbs``, ``pairs``,
``subjects``), read into the headline lexicon.
"""

from __future__ import annotations

from typing import Protocol, Sequence

from .headline_words import Lexicon

__all__ = ["heads_phrase", "stays_opening"]

#: a phrase is read at most this many words on; past it the word is read as a clause's (dropped as before)
REACH = 12
#: a verbless phrase before a comma holds at most this many words ("After a brief boom,", "As a result,")
PHRASE_WORDS = 5
_EDGE = " \t\n,;:.!?—–-\"“”«»'‘’`()[]"


class _Word(Protocol):
    text: str
    gap: bool


def _bare(text: str) -> str:
    return text.strip(_EDGE).lower()


def stays_opening(words: Sequence[_Word], at: int, lex: Lexicon) -> bool:
    """Whether ``words[at]``, a word a headline would drop at its start, stays there: it opens a pair of
    ``pairs``, or it is a preposition of ``prepositions`` heading a phrase (see the module's doc), or a word
    of ``adverbs`` right before one."""
    here = _bare(words[at].text)
    following = _bare(words[at + 1].text) if at + 1 < len(words) else ""
    if f"{here} {following}" in lex.opening_pairs:
        return True
    if here in lex.opening_adverbs and following in lex.phrase_prepositions:
        return _heads_phrase(words, at + 1, lex)
    return heads_phrase(words, at, lex)


def heads_phrase(words: Sequence[_Word], at: int, lex: Lexicon) -> bool:
    """Whether ``words[at]`` is a preposition of ``prepositions`` heading a noun phrase, not a clause: "after |
    a brief boom, …", "before | the drought Velbo had …", not "after | the rebels left"."""
    return _bare(words[at].text) in lex.phrase_prepositions and _heads_phrase(words, at, lex)


def _heads_phrase(words: Sequence[_Word], at: int, lex: Lexicon) -> bool:
    """Whether the preposition ``words[at]`` heads a noun phrase (not a clause), by the module's rules."""
    seen: list[str] = []
    for k in range(at + 1, min(len(words), at + 1 + REACH)):
        text = words[k].text
        if words[k].gap and not text.strip(_EDGE):
            continue  # a cut date's comma is the date's ("Before voters cast their ballots [on Thursday], …")
        word = _bare(text)
        if not seen and word in lex.phrase_subjects:
            return False  # "after they left": a clause's subject
        if seen and _verb(text, seen[-1], lex):
            return False
        if seen and _new_subject(words, k, seen, lex):
            return True  # "the drought | Velbo had been hit": a new subject after the phrase
        seen.append(text)
        if text.rstrip("'\"”’»)").endswith((",", ";", ":")):
            return _short(seen)
    return False


def _short(seen: list[str]) -> bool:
    """Whether the verbless words before a comma, ``seen``, are a short phrase (longer, a verb the lists miss
    may be among them: "as the milestone of the first 100 days approaches,")."""
    return 0 < len(seen) <= PHRASE_WORDS


def _new_subject(words: Sequence[_Word], k: int, seen: list[str], lex: Lexicon) -> bool:
    """Whether ``words[k]`` opens a new clause inside the phrase: a one-word name after a word of the phrase that
    needs nothing after it ("the drought | Velbo had"; a name of two words there is as often the noun's own: "the
    newspaper Velbo Post published"), or a subject pronoun after its first words, either with a sure verb right
    after."""
    text = words[k].text
    if not (text[:1].isupper() and _content(seen[-1], lex) or _bare(text) in lex.phrase_subjects and len(seen) > 1):
        return False
    after = [w.text for w in words[k + 1:k + 4] if w.text.strip(_EDGE)]
    if text[:1].isupper() and after[:1] and after[0][:1].isupper():
        return False  # "the newspaper | Velbo Post published", "the philosopher Ola Lind": an apposed name
    return bool(after) and _verb(after[0], "", lex)


def _verb(text: str, before: str, lex: Lexicon) -> bool:
    """Whether ``text`` is surely a verb: an auxiliary, a listed verb, or a lower-case ``object_endings`` word
    not right after a determiner or possessive ``before`` ("the confirmed case")."""
    word = _bare(text)
    if not text[:1].islower():
        return False
    if word in lex.auxiliaries or word in lex.verbs:
        return True
    prior = _bare(before)
    return (len(word) > 4 and word.isalpha() and word.endswith(lex.object_endings or ("\0",))
            and prior not in lex.determiners and prior not in lex.possessive_pronouns and not prior[:1].isdigit())


def _content(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` is a lower-case word that needs nothing after it (a noun's, not "of", "the", "in")."""
    word = _bare(text)
    return text[:1].islower() and word.isalpha() and word not in lex.dangling and word not in lex.determiners

"""The clause behind an opening "It" that stands for no one: "It emerged that X …" headlines as "X …".

A report writes "It emerged that the school had closed", "It was confirmed that cases fell", "It was
announced the match was off": the "It" is no thing and no person, only the frame of the clause after it, which
has its own subject. A timeline row that keeps the frame opens with a bare "It" and tells no one who; the
clause after it does ("The school had closed"). The frame is language data (``[impersonal]``): "it", maybe
adverbs ("also", "now"), then a verb of its own ("emerged", "transpired") or a form of "to be" (maybe after an
auxiliary: "has been") and a complement ("confirmed", "announced", "clear"), then maybe a connector ("that";
some languages need it). Only frames that state: one that hedges or reports a belief ("It is likely", "It is
thought", "It appears") stays, for its clause alone would state as a fact what the frame only supposes.

A wrong clause is worse than the frame: the frame stays when the clause after it names no one either (a
pronoun or possessive: "It emerged that he was …", "It was announced that her son …"), opens as no clause
does ("It is likely to …", "It emerged, forcing …", "It seems as if …"), holds no verb, or (in a language
whose subordinate clause orders its words otherwise, by ``shifted``) would read wrongly as a main clause.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .headline import EDGE, verb_like
from .headline_words import lexicon, lowered, resource_table

__all__ = ["unframed", "MIN_CLAUSE_WORDS"]

#: the clause after the frame has at least this many words (a shorter one is no headline of its own)
MIN_CLAUSE_WORDS = 4
#: a subordinate clause's shifted word ("inte") counts within this many of its first words
SHIFT_WORDS = 5


@dataclass(frozen=True)
class _Frame:
    it: frozenset[str]
    adverbs: frozenset[str]
    verbs: frozenset[str]
    auxiliaries: frozenset[str]
    be: frozenset[str]
    complements: frozenset[str]
    connectors: frozenset[str]
    unnamed: frozenset[str]
    shifted: frozenset[str]
    connector_needed: bool


@lru_cache(maxsize=None)
def _frame(language: str) -> _Frame | None:
    """The language's ``[impersonal]`` words, or None when it has none."""
    table = resource_table(language, "impersonal")
    if not table.get("it"):
        return None
    return _Frame(*(lowered(table, name) for name in ("it", "adverbs", "verbs", "auxiliaries", "be", "complements",
                                                     "connectors", "unnamed", "shifted")),
                  bool(table.get("connector_needed", False)))


def _bare(word: str) -> str:
    """``word`` in lower case without its edge marks; a clitic ("'s") as written."""
    return word.strip(EDGE).lower() if word.strip(EDGE) else word.lower()


def _plain(word: str) -> str:
    """``word`` in lower case when no mark ends it ("emerged," ends a phrase: no frame goes on past it), else ""."""
    return word.lower() if not word[-1:] in EDGE or word.lower() in ("'s", "’s") else ""


def _frame_end(words: list[str], frame: _Frame) -> int:
    """How many of ``words`` (after the opening "it") make the frame, or 0 when they make none."""
    plain = [_plain(w) for w in words]
    k = 0
    while k < len(plain) and plain[k] in frame.adverbs:
        k += 1
    if k < len(plain) and plain[k] in frame.verbs:
        return k + 1
    while k < len(plain) and plain[k] in frame.auxiliaries:
        k += 1
    if k >= len(plain) or plain[k] not in frame.be:
        return 0
    k += 1
    while k < len(plain) and plain[k] in frame.adverbs:
        k += 1
    return k + 1 if k < len(plain) and plain[k] in frame.complements else 0


def unframed(summary: str, language: str) -> str:
    """``summary`` without its opening impersonal frame ("It emerged that", "It is likely that"), its clause's
    first letter raised; else ``summary`` as it is (see the module's docstring)."""
    frame = _frame(language)
    parts = summary.split()
    if frame is None or len(parts) < 3 or _bare(parts[0]) not in frame.it or parts[0] != parts[0].strip(EDGE):
        return summary
    k = _frame_end(parts[1:], frame)
    if not k:
        return summary
    rest = parts[1 + k:]
    linked = bool(rest) and _bare(rest[0]) in frame.connectors and rest[0] == rest[0].strip(EDGE)
    if linked:
        rest = rest[1:]
    elif frame.connector_needed:
        return summary
    opener = _bare(rest[0]) if rest[0].islower() or rest[0] == "I" else ""  # "US" is a name, "us" no one
    if len(rest) < MIN_CLAUSE_WORDS or not rest[0][:1].isalnum() or opener in frame.unnamed:
        return summary  # "It is likely to …", "It emerged, forcing …", "It emerged that he …"
    if any(_bare(w) in frame.shifted for w in rest[:SHIFT_WORDS]):
        return summary  # "att polisen inte hade …" is no main clause
    lex = lexicon(language)
    if not any(verb_like(_bare(w), lex) for w in rest[1:]):
        return summary
    return " ".join([rest[0][:1].upper() + rest[0][1:]] + rest[1:])

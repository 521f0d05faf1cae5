"""A summary that is a noun and its relative clause, read as the clause it tells.

A headline cut from "Jo Berg, who was found alive under the quay on Monday, …" or made of a noun the
date modifies ("A ferry captain who sailed through the storm") holds no verb of its own: the
only verb is the relative clause's (:func:`.headline.has_predicate` does not count it), and a reader
meets a noun phrase waiting for its verb. Its act is the relative clause's, with the noun as its
subject: "Jo Berg was found alive under the quay", "A ferry captain sailed through the storm". The
relative word goes (the language's ``[summary] subject_relatives``: one that is its clause's subject,
not "whose" or "whom"), and its comma. Only when the clause is all that follows the noun and holds one
verb group ("which began now appears" has two: the noun's own verb is lost, the words stay), and the
noun has no verb of its own and is no number ("22, who died": an age's leftover) and opens with no pronoun
("They include X, who …": a clause whose verb the language's lists may not know).
"""

from __future__ import annotations

from functools import lru_cache

from ..temporal.grammar import word_list
from .headline import EDGE, Word, bare, has_predicate, verb_like
from .headline_words import Lexicon, lexicon, resource_table

__all__ = ["as_clause"]


@lru_cache(maxsize=None)
def _relatives(language: str) -> frozenset[str]:
    """The language's ``[summary] subject_relatives`` (none without a resource)."""
    return frozenset(word_list(resource_table(language, "summary"), "subject_relatives"))


def as_clause(summary: str, language: str) -> str:
    """``summary`` with its noun's relative clause made its predicate (see the module's docstring), else as it is."""
    texts = summary.split()
    relatives, lex = _relatives(language), lexicon(language)
    if any(bare(t) in lex.relative and not t[:1].islower() for t in texts):
        return summary  # "The WHO will hold …": a name, no relative word; "Who …?": a question
    at = next((k for k, t in enumerate(texts) if k and bare(t) in relatives), -1)
    if at < 1 or at + 1 >= len(texts) or not texts[at + 1][:1].islower() or not texts[0][:1].isalpha():
        return summary
    head, clause = texts[:at], texts[at + 1:]
    if bare(head[0]) in lex.pronouns | lex.first_person:
        return summary  # "We pray for those who lost …", "They include X, who …": a clause, its verb unknown
    words = [Word(t, ends_clause=t.endswith((",", ";", ":"))) for t in texts]
    if has_predicate(words, lex) or has_predicate(words[:at], lex):
        return summary
    if any(t.endswith((",", ";", ":")) for t in clause[:-1]) or not _one_verb_group(clause, lex):
        return summary  # "X, who came …, said": more than the relative clause
    if head[-1].endswith(","):
        head = head[:-1] + [head[-1][:-1]]
    return " ".join(head + clause)


def _one_verb_group(clause: list[str], lex: Lexicon) -> bool:
    """Whether ``clause`` opens, past adverbs, with a lower-case verb group (a verb, the auxiliaries and
    participles after it) and holds no other sure verb (:func:`_sure`) but an infinitive's, an auxiliary's
    or one joined by a list's conjunction ("was due to start", "lack care and are underserved"; not "began
    now appears", "has plants in France announced")."""
    cores = [bare(t) for t in clause]
    k = 0
    while k < len(cores) and cores[k].endswith(lex.adverb_endings or ("\0",)) and not verb_like(cores[k], lex):
        k += 1
    if k >= len(cores) or not clause[k].strip(EDGE)[:1].islower():
        return False
    joined = lex.infinitive | lex.auxiliaries | lex.lists | lex.determiners | lex.possessive_pronouns
    for j in range(k + 1, len(cores)):
        prev = cores[j - 1]
        if _sure(cores[j], lex) and clause[j][:1].islower() and prev not in joined and not _sure(prev, lex):
            return False
    return True


def _sure(core: str, lex: Lexicon) -> bool:
    """Whether ``core`` is surely a verb: an auxiliary, a verb of the language's lists or of saying, or a past in
    ``object_endings`` ("found"); not a word that ends as a verb's present does, which plural nouns share."""
    return (core in lex.auxiliaries or core in lex.verbs or core in lex.speech
            or len(core) > 3 and core.isalpha() and core.endswith(lex.object_endings or ("\0",)))

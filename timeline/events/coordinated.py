"""A date that opens a coordinated clause of its own: the clause after it is its headline, not the first one.

"In 1995 a boy was pulled from the rubble after 16 days, and in January 2004 a woman was rescued after nine
days": two happenings, each with its date. The January mention is the woman's rescue; a headline made
of the first clause, or of the words around the date ("16 days after it collapsed and, …"), tells the
boy's, a year off. What tells such a date, read from the words alone:

- the date stands right after a coordinating word (``conjunctions``: "and", "but"), maybe through a preposition
  of ``opening_prepositions`` ("and in January 2004", "and on Monday"), not after a date's name ("in March and
  April": one date);
- the words before the coordinating word tell a predicate of their own (``headline.has_predicate``), and no
  saying nor quote ("told a court that X 'in 1951 … and in 1955 he supplied …'": the quote's, credited by the
  main path);
- the words after the date open with a subject (``headline.subject_word``, or a determiner; not a first person's
  or a possessive pronoun, which the main clause tells: "and today we're here", "but a day later their
  scarcity would become a problem") and tell a predicate,
  at least ``CLAUSE_WORDS`` words. A pronoun there names the first clause's subject when that clause opens with
  it ("The former leader had surgery in 1989, and in 1999 he underwent treatment") and says no word of the other
  sex ("Ms Anna Berg …, and on Thursday he …"), else it stays when the
  first clause tells a date of its own (a wrong date is worse than a bare "he": "In July a boat rammed a ship,
  and in January he sabotaged a whaler"); with no other date the whole sentence is the date's and stays.

The words are the language's ``[clauses] conjunctions``, ``[headline] opening_prepositions`` and
``[coordinated] named_pronouns``; a language listing none reads no such clause. A date right after the
coordinating word with no preposition opens a clause only before a determiner, a pronoun or a comma ("and
last night it was quiet"; not "winner X and 2009 runner-up Y": the date a noun's).
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from .headline import MAX_WORDS, Word, bare, count, cut, has_predicate, subject_word, verb_like
from .headline_words import Lexicon, resource_table

__all__ = ["coordinated_clause"]

#: a coordinated clause tells at least this many words ("a woman was rescued")
CLAUSE_WORDS = 4
_QUOTES = "\"“”«»`'"
#: a first clause's subject a later pronoun names is at most this many words ("The former prime minister")
SUBJECT_WORDS = 6


def coordinated_clause(words: list[Word], gap: int, lex: Lexicon, language: str) -> list[Word]:
    """The clause the date at ``words[gap]`` opens after a coordinating word (see the module), cleanly cut
    when long; [] when it opens none or names no one."""
    k = gap - 1
    if k > 0 and bare(words[k].text) in lex.opening_prepositions:
        k -= 1
    if k < 1 or bare(words[k].text) not in lex.conjunctions or not has_predicate(words[:k], lex):
        return []
    if any(bare(w.text) in lex.speech or any(c in w.text for c in _QUOTES) for w in words[:k]):
        return []  # 'he said: "They drop food today, and tomorrow they drop bombs"': the quote's, its speaker credited
    last = bare(words[k - 1].text)
    if words[k - 1].text[-1:] != "," and (last[:1].isdigit() or last in lex.calendar or last in lex.time_nouns):
        return []  # "in March and April": one date of two names, no clause
    body = list(itertools.dropwhile(lambda w: not bare(w.text), words[gap + 1:]))  # not the comma after the date
    first = bare(body[0].text) if body else ""
    if first in lex.pronouns:  # "…, and in 1999 he underwent treatment": the first clause's subject, when it opens it
        if first not in _named_pronouns(language):
            return []  # "and today we're here" (a quote's speaker, told by the main path), "you will see"
        subject = _subject(words[:k], lex)
        if _other_sex(first, subject, lex):
            subject = []  # "Ms Anna Vestergaard waved, and on Thursday he flew home": "he" is someone else
        if not subject and not _dated(words[:k], lex):
            return []  # "Rescuers searched for hours, and on Tuesday they found …": one date, the whole sentence its
        body = subject + body[1:] if subject else body
    elif not body or not (subject_word(body[0].text, lex) or first in lex.determiners) or first in (
            lex.possessive_pronouns) or k == gap - 1 and first not in lex.determiners and not _comma_after(words, gap):
        return []  # "but then their shelves …"; "… like 2006 winner X and 2009 runner-up Y": a bare date's noun
    if count(body) < CLAUSE_WORDS or not has_predicate(body, lex):
        return []
    body[-1:] = [Word(body[-1].text.rstrip(",;:."))]
    return cut(body, lex) if count(body) > MAX_WORDS else body


def _subject(head: list[Word], lex: Lexicon) -> list[Word]:
    """The words before the first clause's verb when that clause opens with its subject ("The former leader |
    had surgery in 1989"), at most ``SUBJECT_WORDS`` with no mark between; [] when it opens otherwise ("In July,
    a boat rammed …": whom a later "he" names is not told there)."""
    if (not head or not subject_word(head[0].text, lex) or bare(head[0].text) in lex.opening_prepositions
            or verb_like(bare(head[0].text), lex)):
        return []  # "Asked why …": no subject opens it
    for k, w in enumerate(head[:SUBJECT_WORDS + 1]):
        if k and w.text[:1].islower() and verb_like(bare(w.text), lex):
            return head[:k]
        if w.gap or w.text != w.text.rstrip(",;:()\"") or bare(w.text) in lex.pronouns:
            return []
    return []


def _other_sex(pronoun: str, subject: list[Word], lex: Lexicon) -> bool:
    """Whether ``subject`` says a word of the other sex than ``pronoun`` (``[headline] masculine``, ``feminine``,
    ``[situated]``'s person nouns: "Ms", "spokeswoman" before "he")."""
    if pronoun in lex.masculine:
        other = lex.feminine | lex.she_nouns
    elif pronoun in lex.feminine:
        other = lex.masculine | lex.he_nouns
    else:
        return False
    return any(bare(w.text) in other for w in subject)


@lru_cache(maxsize=None)
def _named_pronouns(language: str) -> frozenset[str]:
    """The pronouns that may name the first clause's subject (``[coordinated] named_pronouns``: "he", "it")."""
    return frozenset(w for w in resource_table(language, "coordinated").get("named_pronouns", []) if isinstance(w, str))


def _dated(head: list[Word], lex: Lexicon) -> bool:
    """Whether the first clause names a date of its own: a word of the calendar ("In July") or a year."""
    return any(bare(w.text) in lex.calendar or bare(w.text).isdigit() and len(bare(w.text)) == 4 for w in head)


def _comma_after(words: list[Word], gap: int) -> bool:
    """Whether a comma closes the date at ``words[gap]`` ("and in March 2006, Anna Berg …"): a phrase set before
    its clause, not a date before its noun ("and 2009 runner-up Y")."""
    after = words[gap + 1] if gap + 1 < len(words) else None
    return (words[gap].ends_clause or words[gap].text.endswith(",")
            or after is not None and not bare(after.text) and "," in after.text)

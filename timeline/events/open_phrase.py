"""Where a run of a summary's clauses may not stop although a clause mark ends its last clause, because the mark
sits inside a noun phrase that the words after it finish.

A comma right after a determiner and one word ("had a brief, | but very costly effect on the routes", "hope to
pass a final, | single draft"): the word is an adjective whose noun comes after the comma, in words that tell no
verb of their own. Stopping there leaves "had a brief", a phrase opened and never closed. A noun of time after the
determiner ("die this year, | due to …") is a whole phrase.
An aside in dashes inside a phrase ("as a type | - labeled K-9 - not previously seen") is left: stopping before it
was tried, but the same test cut good runs ("three outbreaks in the century -- in 1918 and 1968 | -- known as …").

:func:`.phrase_cut.inside_phrase` asks it; a run so cut is no whole run (``summary._best``), and a shorter or
longer one that ends where the phrase does is chosen instead.
"""

from __future__ import annotations

from .headline import Lexicon, Word, bare, verb_like
from .report_cut import tells

__all__ = ["phrase_left_open"]


def phrase_left_open(words: list[Word], spans: list[tuple[int, int]], j: int, lex: Lexicon) -> bool:
    """Whether a run ending with clause ``j`` of ``words`` stops inside a noun phrase (see the module's doc)."""
    return _adjective_comma(words, spans, j, lex)


def _said(words: list[Word], a: int, b: int) -> list[str]:
    """The texts of ``words[a:b]`` that hold a letter or digit (not a tokenised quote mark or a lone comma)."""
    return [w.text for w in words[a:b] if any(c.isalnum() for c in w.text)]


def _opens_clause(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` (lower-cased, bare) opens a clause or phrase of its own rather than going on with a noun
    phrase: a determiner, pronoun, relative, subordinator, preposition, participle or verb."""
    return (word in lex.determiners or word in lex.pronouns or word in lex.relative or word in lex.subordinators
            or word in lex.cut_before_phrase or word.endswith(lex.participle_endings or ("\0",))
            or verb_like(word, lex))


def _adjective_comma(words: list[Word], spans: list[tuple[int, int]], j: int, lex: Lexicon) -> bool:
    """Whether clause ``j`` ends "<determiner> <word>," and the next clause, past a conjunction ("but"), goes on
    in lower case with no sure verb of its own ("a brief, | but very costly effect on the routes"): the comma stands
    between an adjective and the rest of its noun phrase."""
    if j + 1 >= len(spans):
        return False
    a, b = spans[j]
    texts = _said(words, a, b)
    closing = [w.text for w in words[a:b] if w.text]
    if len(texts) < 2 or not closing or not (closing[-1].endswith(",") or closing[-1] == ","):
        return False
    last, before = texts[-1].rstrip(","), bare(texts[-2])
    if (before not in lex.determiners or not last.isalpha() or not last.islower() or verb_like(last, lex)
            or last in lex.time_nouns or last in lex.calendar):
        return False
    after = _said(words, *spans[j + 1])
    if after and bare(after[0]) in lex.conjunctions:
        after = after[1:]  # "but very costly effect": the conjunction joins two adjectives
    if len(after) < 2 or not after[0][:1].islower() or _opens_clause(bare(after[0]), lex):
        return False
    if bare(after[1]) in lex.determiners or bare(after[1]) in lex.dangling:
        return False  # "caused by a bacteria, | not a virus", "the verdict, | many of them holding": the noun came before
    # a sure verb (an auxiliary, a listed verb, a past): "routes" may read as a verb by its ending, but is the noun
    return not tells([w for w in words[spans[j + 1][0]:spans[j + 1][1]] if w.text[:1].islower()], lex)

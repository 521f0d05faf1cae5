"""Where a run of a summary's clauses may not stop although a clause mark ends its last clause, because the mark
sits inside a noun phrase that the words after it finish.

- A comma right after a determiner and one word ("had a brief, | but very costly effect on the routes", "hope to
  pass a final, | single draft"): the word is an adjective whose noun comes after the comma, in words that tell no
  verb of their own. Stopping there leaves "had a brief", a phrase opened and never closed.
- An aside set off by dashes inside a phrase ("confirmed the storm as a type | - labeled K-9 - | not previously
  seen"): what follows the closing dash goes on with the phrase the aside interrupted (a lower-case word that opens
  no clause), so a run that stops before the aside, on its opening dash or inside it cuts the phrase in two.
  Single hyphens written apart count as dashes here, as they do where clauses are marked (:mod:`.gap`).

:func:`.phrase_cut.inside_phrase` asks both; a run so cut is no whole run (``summary._best``), and a shorter or
longer one that ends where the phrase does is chosen instead.
"""

from __future__ import annotations

from .debris import DASHES
from .headline import Lexicon, Word, bare, verb_like
from .report_cut import tells

__all__ = ["phrase_left_open"]


def phrase_left_open(words: list[Word], spans: list[tuple[int, int]], j: int, lex: Lexicon) -> bool:
    """Whether a run ending with clause ``j`` of ``words`` stops inside a noun phrase (see the module's doc)."""
    return _adjective_comma(words, spans, j, lex) or _inside_dash_aside(words, spans[j][1], lex)


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
    if before not in lex.determiners or not last.isalpha() or not last.islower() or verb_like(last, lex):
        return False
    after = _said(words, *spans[j + 1])
    if after and bare(after[0]) in lex.conjunctions:
        after = after[1:]  # "but very costly effect": the conjunction joins two adjectives
    if len(after) < 2 or not after[0][:1].islower() or _opens_clause(bare(after[0]), lex):
        return False
    # a sure verb (an auxiliary, a listed verb, a past): "routes" may read as a verb by its ending, but is the noun
    return not tells([w for w in words[spans[j + 1][0]:spans[j + 1][1]] if w.text[:1].islower()], lex)


def _inside_dash_aside(words: list[Word], end: int, lex: Lexicon) -> bool:
    """Whether the words before ``end`` stop before, on or inside an aside set off by two dashes, or on its closing
    dash, while the sentence goes on after that dash with a lower-case word that opens no clause ("a type | -
    labeled K-9 - | not previously seen"; not "… Velbo - a town of 5,000 - and then moved north")."""
    dashes = [k for k, w in enumerate(words) if w.text in DASHES]
    before = sum(1 for k in dashes if k < end)
    if before % 2:  # inside the aside, or on its opening dash
        closing = next((k for k in dashes if k >= end), -1)
    elif end < len(words) and words[end].text in DASHES:  # right before its opening dash
        closing = next((k for k in dashes if k > end), -1)
    else:  # on its closing dash, or outside any aside
        closing = end - 1 if before and words[end - 1].text in DASHES else -1
    if closing < 0:
        return False
    rest = _said(words, closing + 1, len(words))
    if not rest or not rest[0][:1].islower():
        return False
    first = bare(rest[0])
    return first not in lex.conjunctions and not _opens_clause(first, lex)

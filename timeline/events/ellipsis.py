"""Where a quote's ellipsis ends a summary: before a new clause the quote was joined to across words left out.

A writer who shortens a quote marks the words left out with an ellipsis, and what follows it often opens a
clause of its own with a conjunction ("the old boats were the ones that sank first ... and I think every
skipper knows"). Run on past the ellipsis, a summary splices two pieces of a quote that were never one sentence;
it ends where the ellipsis stands instead, when the words before it are at least ``MIN_WORDS`` and tell a
predicate. An ellipsis inside a clause ("the ferry in 1951 ... was sold to a shipyard") is no such end: the words
after it go on with the clause before. Nor is one in the writer's own narration ("searched for hours ... and on
Tuesday they found 12 survivors"), one before the summary's date (the words after it tell what happened then), or
one after an open word ("sell the boats to the ... and I think"): the quote broke off mid-phrase, not between two
clauses. A quote is told by its marks (open before the ellipsis, or closed after it) or by the first person the
words after it speak in ("... and I think").
"""

from __future__ import annotations

from .headline import EDGE, MIN_WORDS, Word, bare, count, has_predicate
from .headline_words import Lexicon

__all__ = ["before_ellipsis"]

_ELLIPSES = ("...", "…")


def before_ellipsis(texts: list[str], lex: Lexicon, dates: tuple[int, ...] = ()) -> list[str]:
    """``texts`` (a summary's words) up to the first ellipsis of a quote after which a lower-case conjunction opens a
    clause, without the ellipsis, when the words before it tell a predicate of at least ``MIN_WORDS`` words and end
    on no open word, and no date was cut out after it (``dates``: the indexes in ``texts`` where one was); else
    ``texts``."""
    for k, text in enumerate(texts[:-1]):
        if not text.rstrip("\"'”’").endswith(_ELLIPSES) or any(at > k for at in dates):
            continue
        nxt = texts[k + 1]
        if not nxt[:1].islower() or bare(nxt) not in lex.conjunctions or not _quoted(texts, k, lex):
            continue
        head = texts[:k] + [text.rstrip("\"'”’").rstrip(".…").rstrip()]
        head = [t for t in head if t]
        words = [Word(t) for t in head]
        if head and _open(head[-1], lex):
            continue  # "to the ...": broken off mid-phrase
        if count(words) >= MIN_WORDS and has_predicate(words, lex):
            return head
    return texts


def _open(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` leaves its phrase open: one of ``dangling`` that is no ``final_particles`` ("the", "to"
    before a noun it lost, not "over" closing "declared the phase over")."""
    core = bare(word)
    return core in lex.dangling and core not in lex.final_particles and not word.strip(EDGE)[:1].isupper()


def _quoted(texts: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the ellipsis at ``texts[k]`` stands in a quote: more quotes open before it than close, one closes
    after it, or a first-person word is among the ``MIN_WORDS`` words after its conjunction ("... and I think")."""
    before = "".join(texts[:k + 1])
    opened = before.count("“") + before.count("``") - before.count("”") - before.count("''")
    after = "".join(texts[k + 1:])
    if opened > 0 or "”" in after or "''" in after or before.count('"') % 2:
        return True
    return any(bare(t) in lex.first_person for t in texts[k + 2:k + 2 + MIN_WORDS])

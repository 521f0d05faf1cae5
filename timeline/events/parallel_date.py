"""A summary run that goes on past its cut date with a parallel phrase dated on its own.

"Jury selection is due to begin [on 8 May] with opening arguments due to begin on 27 May", "The sale will be held
[on Nov. 16] and sign-up will close on Nov. 14": right after the cut date a joining word (the resource's
``[parallel_date]`` ``joiners``) opens a phrase that holds a date of its own, a month's name by a number or a
weekday's name. That phrase tells another act on another day, and read after the cut date it doubles the
headline ("is due to begin with opening arguments due to begin on 27 May"); the run ends before the joining word
when what stays still tells a predicate. A year alone ("and rose again in 2005") is no such date: it may only
measure the same act.
"""

from __future__ import annotations

from functools import lru_cache

from ..temporal.grammar import word_list
from .headline import Lexicon, Word, bare, count, has_predicate
from .headline_words import resource_table

__all__ = ["without_parallel"]

#: the joining word stands at most this many words after the cut date (a comma or a closing quote between)
NEAR = 2
#: what stays before the joining word holds at least this many words ("The sale will be held")
KEPT_WORDS = 4


@lru_cache(maxsize=None)
def _joiners(language: str) -> frozenset[str]:
    return frozenset(word_list(resource_table(language, "parallel_date"), "joiners"))


def without_parallel(run: list[Word], lex: Lexicon, language: str) -> list[Word]:
    """``run`` ended before a joined phrase after its cut date that holds a date of its own (see the module's
    doc), else as it is."""
    joiners = _joiners(language or "")
    gap = next((k for k, w in enumerate(run) if w.gap and not w.text), -1)
    if gap < 0 or not joiners:
        return run
    at = next((k for k in range(gap + 1, min(len(run), gap + 1 + NEAR))
               if bare(run[k].text) in joiners and run[k].text[:1].islower()), -1)
    if at < 0 or not _dated(run[at + 1:], lex):
        return run
    kept = run[:at]
    # what stays ends on a clause that tells: not "have won twice, | American Ola Lind" (a list's item)
    last = max((k + 1 for k, w in enumerate(kept[:-1]) if w.ends_clause), default=0)
    return kept if count(kept) >= KEPT_WORDS and has_predicate(kept[last:], lex) else run


def _dated(words: list[Word], lex: Lexicon) -> bool:
    """Whether ``words`` hold a weekday's name, or a month's name by a day's number ("on 27 May", "Nov. 14")."""
    for k, word in enumerate(words):
        core = bare(word.text)
        if core in lex.months or core.rstrip(".") in lex.months:
            near = [bare(w.text) for w in words[max(0, k - 1):k + 2] if w is not word]
            if any(n.isdigit() and 1 <= int(n) <= 31 for n in near):
                return True
        elif core in lex.calendar and word.text[:1].isupper():
            return True
    return False

"""Where a date's own clause ends: the words past it tell no act of that date.

A clause often goes on, after its date, into a clause telling another happening: what was learned
("the ministry issued an alert on Monday after learning that three people had died": the alert was
Monday's, the deaths were earlier and elsewhere) or a relative clause on a noun ("police met the
doctor on Saturday, who was with the singer when he died"). A word there is no sign of the date's
act: two articles' clauses of one day that share only such a word ("had died" beside "the man died
on Monday in Ostrel") share no act, and an act family found only there is not the date's
(``acts.families``). The words that open such a clause are the language's (``[acts] learned``,
``learned_that`` and ``relatives``); a language listing none keeps its clauses whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from ..temporal.grammar import GrammarError, resource_data


@lru_cache(maxsize=8)
def _tail_pattern(language: str) -> re.Pattern[str] | None:
    """The pattern of what opens a clause telling something else: a ``learned`` word then a
    ``learned_that`` word, or a comma then a ``relatives`` word (None when the language lists none)."""
    try:
        table = resource_data(language).get("acts", {})
    except GrammarError:
        return None

    def listed(key: str) -> list[str]:
        return [re.escape(w) for w in table.get(key, []) if isinstance(w, str) and w]

    learned, that, relatives = listed("learned"), listed("learned_that"), listed("relatives")
    parts = []
    if learned and that:
        parts.append(rf"\b(?:{'|'.join(learned)})\s+(?:{'|'.join(that)})\b")
    if relatives:
        parts.append(rf",\s*(?:{'|'.join(relatives)})\b")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def tail_start(text: str, after: int, end: int, language: str) -> int | None:
    """Where, in ``text[after:end]`` (after a date, to its clause's or sentence's end), a clause
    telling something else begins (see the module docstring), or None."""
    pattern = _tail_pattern(language) if language else None
    if pattern is None:
        return None
    found = pattern.search(text, after, end)
    return found.start() if found else None


@lru_cache(maxsize=1 << 14)
def own_part(clause: str, marker: str, language: str) -> str:
    """``clause`` (its date written as ``marker``) without what follows the date's own clause;
    the whole clause when it has no marker or no such tail."""
    at = clause.find(marker)
    if at < 0:
        return clause
    cut = tail_start(clause, at + len(marker), len(clause), language)
    return clause if cut is None else clause[:cut]


def tail(mention: Mention) -> str:
    """The words of the mention's sentence past its date's own clause (empty when it has none)."""
    text, e = mention.article.text, mention.expression
    end = mention.sentence_start + len(mention.sentence)
    if not (mention.sentence_start <= e.end <= end):
        return ""
    cut = tail_start(text, e.end, end, mention.article.language or "")
    return "" if cut is None else text[cut:end]

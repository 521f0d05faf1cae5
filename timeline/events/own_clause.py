"""Where a date's own clause ends: the words past it tell no act of that date.

A clause often goes on, after its date, into a clause telling another happening: what was learned
("the ministry issued an alert on Monday after learning that three people had died": the alert was
Monday's, the deaths were earlier and elsewhere) or a relative clause on a noun ("police met the
doctor on Saturday, who was with the singer when he died"). A word there is no sign of the date's
act: two articles' clauses of one day that share only such a word ("had died" beside "the man died
on Monday in Ostrel") share no act, and an act family found only there is not the date's
(``acts.families``). The words that open such a clause are the language's (``[acts] learned``,
``learned_that`` and ``relatives``); a language listing none keeps its clauses whole.

A relative clause is such a tail only once the clause has told its own act: "On Monday, the fighters,
who had crossed the river overnight, attacked the town" opens with its date, and its relative is an
aside on the subject, whose verb comes after it. So a relative cuts only when the words before it hold
a verb of their own (``headline.has_predicate``) and it is not closed by a comma right before a verb
("…, who had crossed the river, attacked": the aside of a subject the words before misread).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from .actor import _DATE
from .headline import Word, bare, has_predicate
from .headline_words import lexicon, resource_table


@lru_cache(maxsize=8)
def _tail_pattern(language: str) -> re.Pattern[str] | None:
    """The pattern of what opens a clause telling something else: a ``learned`` word then a
    ``learned_that`` word, or a comma then a ``relatives`` word (None when the language lists none)."""
    table = resource_table(language, "acts")

    def listed(key: str) -> list[str]:
        return [re.escape(w) for w in table.get(key, []) if isinstance(w, str) and w]

    learned, that, relatives = listed("learned"), listed("learned_that"), listed("relatives")
    parts = []
    if learned and that:
        parts.append(rf"\b(?:{'|'.join(learned)})\s+(?:{'|'.join(that)})\b")
    if relatives:
        parts.append(rf"(?P<relative>,\s*(?:{'|'.join(relatives)})\b)")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def tail_start(text: str, after: int, end: int, language: str, before: str = "") -> int | None:
    """Where, in ``text[after:end]`` (after a date, to its clause's or sentence's end), a clause
    telling something else begins (see the module docstring), or None. ``before``: the clause's words
    up to ``after`` (its date written as a marker), which tell whether a relative follows its own act."""
    pattern = _tail_pattern(language) if language else None
    if pattern is None:
        return None
    for found in pattern.finditer(text, after, end):
        if found.groupdict().get("relative") is None or (
                _told_act(before + text[after:found.start()], language) and not _aside(text, found.end(), end, language)):
            return found.start()
    return None


def _words(text: str) -> list[Word]:
    """``text`` as the headline's words, a comma or semicolon ending a clause."""
    return [Word(w, ends_clause=w.endswith((",", ";"))) for w in re.findall(r"[^\s,;]+[,;]?|[,;]", text)]


def _told_act(before: str, language: str) -> bool:
    """Whether the words before a relative hold a verb of their own ("died on § at the clinic"; not
    "On § , the fighters")."""
    return has_predicate(_words(before), lexicon(language))


def _aside(text: str, start: int, end: int, language: str) -> bool:
    """Whether the relative clause from ``start`` closes with a comma right before a verb: an aside on
    the subject whose verb follows ("…, who had crossed the river, attacked the town"), by the language's
    auxiliaries, verbs and ``object_endings`` ("attacked")."""
    comma = text.find(",", start, end)
    following = _words(text[comma + 1:end])[:1] if comma >= 0 else []
    if not following:
        return False
    word, lex = bare(following[0].text), lexicon(language)
    return following[0].text[:1].islower() and (
        word in lex.auxiliaries or word in lex.verbs or len(word) > 4 and word.endswith(lex.object_endings or ("\0",)))


@lru_cache(maxsize=1 << 14)
def own_part(clause: str, marker: str, language: str) -> str:
    """``clause`` (its date written as ``marker``) without what follows the date's own clause;
    the whole clause when it has no marker or no such tail."""
    at = clause.find(marker)
    if at < 0:
        return clause
    cut = tail_start(clause, at + len(marker), len(clause), language, clause[:at + len(marker)])
    return clause if cut is None else clause[:cut]


def tail(mention: Mention) -> str:
    """The words of the mention's sentence past its date's own clause (empty when it has none)."""
    text, e = mention.article.text, mention.expression
    end = mention.sentence_start + len(mention.sentence)
    if not (mention.sentence_start <= e.end <= end):
        return ""
    start = mention.segment[0] if mention.segment != (0, 0) and mention.segment[0] <= e.start else mention.sentence_start
    cut = tail_start(text, e.end, end, mention.article.language or "", f"{text[start:e.start]} {_DATE} ")
    return "" if cut is None else text[cut:end]

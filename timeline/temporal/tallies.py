"""A page of blog posts glued together with nothing between them, known by its running tallies.

Some roll-ups run their posts on with no heading or sign-off between them: the next post starts
after the last one's full stop. Such a page tells its days in a *tally*: a sentence holding a day
word of the language ("today", "last night": the ``tally_day_words`` of its ``[furniture]``
table), a running count's word ("new", "further", "total": its ``tally_words``) and a count: a
number (not a year) with the noun it counts among the few words after it ("47 new cases were
confirmed today").

One day's report gives its count once, or restates it near where it first gave it. A page is
many days' reports run together (:func:`is_tally_rollup`) when it reports a running count of the
*same* noun in at least :data:`MIN_REPORTS` places, each at least :data:`POST_GAP` sentences from
the one before (several posts), with at least :data:`MIN_REPORTS` different counts (the count
changed between them: several days' "today"). A long story that gives several counts of
different things ("500 new jobs today", "the new 2009 budget"), or the same count again and
again, or all its counts in one stretch, is one day's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .grammar import Grammar
from .sentences import sentence_bounds

#: A running count is reported in at least this many far-apart places, with this many different counts.
MIN_REPORTS = 4
#: Reports of a count at least this many sentences apart are in different posts.
POST_GAP = 30
#: A count's noun is one of this many words after its number (and the count words there).
NOUN_WORDS = 2

#: A number that may count something: digits not glued to letters or a clock time's colon.
_NUMBER = re.compile(r"(?<![\w:.])(\d+(?:,\d{3})*)(?![\w:])")
#: A number that is as likely a year (1800-2099) counts nothing.
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
#: A word, maybe hyphenated ("laboratory-confirmed").
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: What ends the words after a count: a punctuation mark or a digit.
_STOP = re.compile(r"[,;:.!?()\d]")


@lru_cache(maxsize=16)
def _phrases(words: tuple[str, ...]) -> re.Pattern[str]:
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")


def is_tally_rollup(text: str, grammar: Grammar) -> bool:
    """Whether ``text`` is a roll-up of glued posts telling their days in tallies (see the module's text)."""
    days = _phrases(tuple(grammar.furniture.get("tally_day_words", ())))
    count_words = tuple(grammar.furniture.get("tally_words", ()))
    counting = _phrases(count_words)
    reports: dict[str, list[tuple[int, int]]] = {}  # noun -> (sentence index, count) of each tally
    for index, (start, end) in enumerate(sentence_bounds(text)):
        sentence = text[start:end].casefold()
        if days.search(sentence) and counting.search(sentence):
            for noun, count in _counts(sentence, frozenset(count_words)):
                reports.setdefault(noun, []).append((index, count))
    return any(_running(found) for found in reports.values())


def _counts(sentence: str, count_words: frozenset[str]) -> set[tuple[str, int]]:
    """(noun, count) of each number in ``sentence`` that is no year: the noun any of the first
    :data:`NOUN_WORDS` words after it, past the count words, before a punctuation mark."""
    found = set()
    for match in _NUMBER.finditer(sentence):
        if _YEAR.fullmatch(match.group(1)):
            continue
        after = sentence[match.end():match.end() + 80]
        stop = _STOP.search(after)
        words = [w for w in _WORD.findall(after[:stop.start()] if stop else after) if w not in count_words]
        found.update((word, int(match.group(1).replace(",", ""))) for word in words[:NOUN_WORDS])
    return found


def _running(reports: list[tuple[int, int]]) -> bool:
    """Whether the tallies of one noun (sentence index, count; in order) are a running count told
    on several days: in :data:`MIN_REPORTS` places :data:`POST_GAP` apart, with as many counts."""
    places, last = 0, None
    for index, _ in reports:
        if last is None or index - last >= POST_GAP:
            places += 1
        last = index
    return places >= MIN_REPORTS and len({count for _, count in reports}) >= MIN_REPORTS

"""A day's group that mostly tells the collection's own happening joins that day's main telling.

A folder about one quake tells it on its day in many ways, and the merge's strongest-first joins make
several groups of them, each sharing its own words: the toll ("as many as 200,000 people died in the
earthquake"), the shock itself ("the 7.0-magnitude quake, Haiti's worst in two centuries, struck south
of the capital, on Tuesday"), its victims ("Tuesday's earthquake killed tens of thousands"). Their
pooled words share no core, so a reader saw one happening as three events among the first ones.
``topic_act.join_topic_acts`` joins such a group only when every one of its mentions dates the topic's
act by a word at most a few words before its date; a retelling's clause often puts a place or a
clock time between ("struck south of the capital, Port-au-Prince, on Tuesday", "struck at 1653 local
time (2153 GMT) on Tuesday"), and one mention of a group may tell nothing of it ("Seismometers
recorded a magnitude of 7.0 at 1653 local time").

:func:`tells_topic_act` reads the mention's clause wider: the act word nearest the date, before it in
its clause (words in brackets skipped: a clock time's other zone) or right after it (past a
possessive: "Tuesday 's quake"), is of an act family that holds the collection's topic.
:func:`join_topic_days` joins a one-day group (told by ``MIN_ARTICLES``) whose share ``MOST`` of
mentions tell so to the main group of that day (the largest told by ``TOLD_WIDELY``
articles, the happening itself; a smaller widely told group of that day may join it too), when the
group and the main each say one word of that act's family in ``SAID_SHARE`` of their
clauses ("quake": the shock's "struck" group and the day's toll): another happening of that day told
with an act word of the topic's family ("a theatre roof collapsed" on a death's day) says none of the
words the day's main telling says, and a group whose clauses mostly tell another act ("rescue teams
flew out on Tuesday after the quake") does not have the share.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import NamedTuple

from ..model import Mention
from .dependent import says
from .evidence import segment_signature
from .headline_words import lexicon
from .similarity import STEM, Weights
from .topical import _kin
from .window import only_windows

#: a day's group told by at least this many articles is the topic's happening, not one of a busy day's acts
TOLD_WIDELY = 10
#: a group says a word in at least this share of its clauses: its own act ("died" of a death's main
#: telling: 49 of 65), not a side one of its day ("the UN headquarters collapsed": 2 of 97)
SAID_SHARE = 0.1
#: the share of a group's mentions that must tell the topic's act: most of them, so one line of a
#: group ("Seismometers recorded …") may tell nothing of it, but a group about another act stays
MOST = 0.6
#: a group told by fewer articles is one article's passing remark, left to the other joins
MIN_ARTICLES = 2
#: the most words read back from the date in its clause
READ_BACK = 12

_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d[\d.,]*(?:-[^\W\d_]+)?|-[LR]RB-|[^\w\s]")
#: a clause ends where one of these stands between the act word and the date
_BREAK = {";", ":", "``", "''", '"', "-", "--", "–", "—", ".", "?", "!"}
_OPEN, _CLOSE = {"(", "-LRB-", "["}, {")", "-RRB-", "]"}


def _past_possessive(rest: str, language: str) -> str:
    """``rest`` past a possessive ending opening it (``Lexicon.possessive_endings``: "Tuesday 's quake",
    "Tuesday’s quake"), else ``rest`` itself."""
    opening = rest.lstrip()
    ending = next((x for x in lexicon(language).possessive_endings if x and opening.startswith(x)), "")
    return opening[len(ending):] if ending else rest


def tells_topic_act(mention: Mention, weights: Weights) -> str:
    """The stem of the topic family's act word the mention's date dates, read through its clause
    (see the module docstring), or "" (also for a saying's date: ``dependent.says``)."""
    kin = _kin(mention.article.language or "")
    if not kin or says(mention):
        return ""
    e, text = mention.expression, mention.article.text
    # from the sentence's start, not the segment's: a clock time before the date ("struck at 0412
    # local time (2312 GMT) on 12 March") is a segment of its own, cut off from the act word
    before = _WORD.findall(text[max(mention.sentence_start, e.start - 300):e.start])
    after = _WORD.findall(_past_possessive(text[e.end:e.end + 40], mention.article.language or ""))[:3]
    if after and _family_word(after[0], kin):
        return _decided(after[0], kin, weights)
    depth, words = 0, 0
    for token in reversed(before):
        if token in _CLOSE:
            depth += 1
            continue
        if token in _OPEN:
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        if token in _BREAK:
            return ""
        if not token[0].isalpha():
            continue
        words += 1
        if words > READ_BACK:
            return ""
        if _family_word(token, kin):  # the nearest act word decides: another family's is another act
            return _decided(token, kin, weights)
    return ""


def _family_word(token: str, kin: dict[str, frozenset[str]]) -> bool:
    return token.lower().rstrip("'’") in kin


def _decided(token: str, kin: dict[str, frozenset[str]], weights: Weights) -> str:
    word = token.lower().rstrip("'’")
    return word[:STEM] if any(weights.topic(form[:STEM]) for form in kin[word]) else ""


class Tellings(NamedTuple):
    """The groups as joined so far: each one's root, the members of each root, and the widely told
    roots (``TOLD_WIDELY`` articles or more, with day mentions) with their size and their day (the one
    most of their day mentions give)."""

    root: dict[int, int]
    members: dict[int, list[Mention]]
    wide: dict[int, tuple[int, int]]
    day_of: dict[int, date]


def tellings(groups: list[list[Mention]], into: dict[int, int]) -> Tellings:
    """The :class:`Tellings` of ``groups``; ``into``: the group each one already joined, if any
    (shared with :func:`.topic_act.join_topic_acts`)."""
    root: dict[int, int] = {}
    members: dict[int, list[Mention]] = {}
    for n, group in enumerate(groups):
        r = n
        while r in into:
            r = into[r]
        root[n] = r
        members.setdefault(r, []).extend(group)
    wide: dict[int, tuple[int, int]] = {}
    day_of: dict[int, date] = {}
    for n, group in members.items():
        days = Counter(m.interval.start for m in group if m.interval.days == 1)
        if len({m.article.id for m in group}) >= TOLD_WIDELY and days:
            wide[n] = (len(group), -n)
            day_of[n] = max(days, key=lambda d: (days[d], d))
    return Tellings(root, members, wide, day_of)


def join_topic_days(groups: list[list[Mention]], into: dict[int, int], weights: Weights) -> dict[int, int]:
    """Which groups (by index) join which main group of their day (see the module docstring);
    ``into``: the group each one already joined, if any."""
    _, members, wide, day_of = tellings(groups, into)
    said: dict[int, Counter] = {}
    joins: dict[int, int] = {}
    kin = _kin(groups[0][0].article.language or "") if groups and groups[0] else {}
    for n, group in members.items():
        if len({m.interval for m in group}) > 1 or group[0].interval.days != 1 \
                or len({m.article.id for m in group}) < MIN_ARTICLES or only_windows(group):
            continue
        acts = Counter(a for a in (tells_topic_act(m, weights) for m in group) if a)
        if sum(acts.values()) < MOST * len(group):
            continue
        mains = [i for i in wide if day_of[i] == group[0].interval.start and i != n]
        if not mains:
            continue
        main = max(mains, key=wide.__getitem__)
        if n in wide and wide[n] > wide[main]:  # the day's main telling itself joins nothing
            continue
        if main not in said:
            said[main] = said_stems(members[main])
        if _say_alike(acts, said_stems(group), len(group), said[main], len(members[main]), kin):
            joins[n] = main
    return joins


def said_stems(group: list[Mention]) -> Counter:
    """How many of the group's clauses say each stem."""
    return Counter(t for m in group for t in {token[:STEM] for token, _ in segment_signature(m).tokens()})


def _say_alike(acts: Counter, own: Counter, size: int, main: Counter, main_size: int,
               kin: dict[str, frozenset[str]]) -> bool:
    """Whether the group and the main group each say, in ``SAID_SHARE`` of their clauses, one word
    of the family of the act the group tells most: the quake's "struck" group and the day's toll
    both say "quake"; a roof that "collapsed" on a death's day says no "died" nor "death"."""
    act = max(acts, key=lambda a: (acts[a], a))
    family = {form[:STEM] for word, forms in kin.items() if word[:STEM] == act for form in forms}
    return any(own[w] >= SAID_SHARE * size and main[w] >= SAID_SHARE * main_size for w in family)

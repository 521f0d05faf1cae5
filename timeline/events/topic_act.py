"""Groups that date the collection's own happening by the verb that tells it, joined to its day.

A folder about one death or one quake tells that happening many times, and not always with the
topic's noun ("his death on Thursday", which ``regroup._join_told_by_topic`` joins): "Jackson died
in June 2009", "the singer's death aged 50 in June 2009", "he collapsed last Thursday", "the quake
struck the island on Tuesday". Each such retelling, with its own other words (the trial, the
prosecutors, the jury's questionnaire), made a group of its own beside the day's main telling, so a
reader saw the one happening as several events among the first ones. A mention dates the topic's
act (:func:`topic_act`) when the word right before its date (at most ``REACH`` words back, in its own
clause, no act of another family nearer), or right after it ("his June 2009 death"), is a word of an
act family (``[acts] families``) that holds the collection's topic ("death", "earthquake"), and it
dates no saying (``dependent.says``).

:func:`join_topic_acts` joins a group (a day or a month at most) whose every mention dates the
topic's act so to the main group of its day(s) told by ``topic_day.TOLD_WIDELY`` articles, when that group's
own clauses say the same act word (a death's main telling says "died" too): a widely told day is the
happening itself, not one act among many of a busy day, and a rarer day's "died" may be another death.
"""

from __future__ import annotations

import re
from collections import Counter
from ..model import Mention
from .dependent import says
from .similarity import STEM, Weights
from .topic_day import SAID_SHARE, join_topic_days, said_stems, tellings
from .topical import _kin
from .window import only_windows

#: words an act word may stand before its date ("died in June 2009", "death aged 50 in June 2009")
REACH = 4
#: the longest group (in days) joined so: a month's "died in June 2009", not a year's
MAX_DAYS = 31

_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d[\d.,]*|[^\w\s]")
#: a clause ends where one of these stands between the act word and the date
_BREAK = {";", ":", "``", "''", '"', "(", ")", "-", "--", "–", "—", "."}
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")


def topic_act(mention: Mention, weights: Weights) -> str:
    """The stem of the act word of the topic's family the mention's date dates (see the module
    docstring), or ""."""
    kin = _kin(mention.article.language or "")
    if not kin or says(mention):
        return ""
    e, text = mention.expression, mention.article.text
    before = _WORD.findall(text[max(mention.sentence_start, e.start - 200):e.start])
    after = _WORD.findall(text[e.end:e.end + 40])[:2]
    if after and after[0] in {"'s", "’s"}:
        after = after[1:]
    near = [after[0]] if after else []
    words = 0
    for token in reversed(before):
        if token in _BREAK:
            break
        if not token[0].isalpha():
            continue
        words += 1
        if words > REACH + 1:
            break
        near.append(token)
    for token in near:
        word = _POSSESSIVE.sub("", token).lower()
        if word in kin:  # the nearest act word decides: another family's act is another happening
            return word[:STEM] if _topic_family(word, kin, weights) else ""
    return ""


def _topic_family(word: str, kin: dict[str, frozenset[str]], weights: Weights) -> bool:
    """Whether one of the act families of ``word`` holds the collection's topic."""
    return any(weights.topic(form[:STEM]) for form in kin[word])


def join_topic_acts(groups: list[list[Mention]], into: dict[int, int], weights: Weights) -> dict[int, int]:
    """Which groups (by index) join which main group (see the module docstring); ``into``: the
    group each one already joined, if any."""
    root, members, wide, day_of = tellings(groups, into)  # a widely told day group's size and day
    said: dict[int, Counter] = {}
    joins: dict[int, int] = {}
    for n, group in enumerate(groups):
        span = group[0].interval
        if root[n] != n or n in wide or span.days > MAX_DAYS or len({m.interval for m in group}) > 1 \
                or only_windows(group):
            continue
        acts = {topic_act(m, weights) for m in group}
        if not all(acts):
            continue
        mains = [i for i in wide if span.start <= day_of[i] <= span.end]
        if not mains:
            continue
        main = max(mains, key=wide.__getitem__)
        if main not in said:
            said[main] = said_stems(members[main])
        if all(said[main][act] >= SAID_SHARE * len(members[main]) for act in acts):
            joins[n] = main
    # a day's group that mostly tells the act, read through its clause (``topic_day``)
    return {**join_topic_days(groups, {**into, **joins}, weights), **joins}

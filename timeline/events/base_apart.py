"""The date of a figure's base and another article's act of that date: two happenings.

Business copy reports a figure of now against one of before, and the date it carries is the old
figure's: "the dollar was quoted at 116.04 yen against Friday's 5 p.m. quotes of 115.81 yen",
"Tokyo's core price index rose 0.2 percent from a year earlier", "the economy grew 1.6 percent,
compared with 2.6 percent in the second quarter". ``dependent.role`` reads such a date as a
``BASELINE``: it makes no event alone, but it joined whatever another article told of that date,
for the two share the figure's words (the dollar, the yen, "percent", "growth", "index"), often the
very figure, and so reach even the strong threshold that ``reference_point`` lets through. Judged on
the silver corpus: a Monday report's "against Friday's quotes" joined Friday's report of the dollar's
low in Tokyo; a Tokyo price index compared "with a year earlier" joined the German price index of that
year; one statistic's "previous quarter" joined another's quarter; of 14 such events on silver, 13
told two happenings. The base tells no happening of its date, so no other article's mention that
dates its own act is the same happening: the pair is set apart (an ``apart`` edge, so no third
mention chains them). Two bases of one date may well be one figure and are left to the usual
tests; mentions of one article are weighed as one article's always are.

A change told with both its ends before the date ("hiked its alert level to 5 from 3 this week": ``[base_apart]
change_ends``) dates the change, which ``dependent`` reads as a base all the same: on H1N1_reuters such a
telling of the alert's raise left the raise's group and broke it up. It is set apart from nothing here.

A possessive date right after a comparison cue with a figure shortly after it ("The euro fetched
1.3125 dollars, against Friday's 5 p.m. quotes of 1.3088 dollars") is a base too, where a comma parts it
from the new figure and ``figure_baseline`` (which reads one clause) leaves it: the cue is one of
``[figure_baseline] links`` or ``far_cues``, the figure a number within ``FIGURE_REACH`` words after the date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from ..temporal.grammar import GrammarError, resource_data
from .dependent import BASELINE, role
from .figure_baseline import words as figure_words
from .headline_words import lexicon
from .per_mention import per_mention

__all__ = ["base_and_act", "figure_base"]

#: the figure after a possessive base stands at most this many words after the date ("Friday's 5 p.m. quotes of 1.3088")
FIGURE_REACH = 6
#: characters read either side of the date for its cue and its figure
WINDOW = 60
_TOKEN = re.compile(r"\d[\d.,:-]*|[^\W\d_][\w’'-]*|[^\w\s]")


def base_and_act(m: Mention, other: Mention) -> bool:
    """Whether, of two mentions of different articles, one dates a figure's base (:func:`figure_base`) and the
    other does not."""
    if m.article.id == other.article.id:
        return False
    return figure_base(m) != figure_base(other)


@per_mention()  # asked of a mention for each partner it meets
def figure_base(m: Mention) -> bool:
    """Whether the mention dates the base a figure is compared with: ``dependent.role`` reads it so, or it is a
    possessive date right after a comparison cue with a figure shortly after (see the module)."""
    found = role(m)
    if found == BASELINE:
        return not _change_ends(m)
    if found is not None:
        return False  # a plan's, a boundary's or a noun's date: its own kind of side part
    return _cued_possessive(m)


def _change_ends(m: Mention) -> bool:
    """Whether both ends of a change stand right before the date, each word of a pair of ``[base_apart]
    change_ends`` before an amount ("to 5 from 3 this week"): the date is the change's, not its old figure's."""
    pairs = _change_pairs(m.article.language or "")
    tokens = [t.lower() for t in _TOKEN.findall(m.article.text[max(0, m.expression.start - WINDOW):m.expression.start])]
    amounts = figure_words(m.article.language or "").amounts
    found: list[str] = []
    while tokens and len(found) < 2:
        if not (tokens[-1][:1].isdigit() or tokens[-1] in amounts):
            return False
        while tokens and (tokens[-1][:1].isdigit() or tokens[-1] in amounts):
            tokens.pop()
        if not tokens:
            return False
        found.insert(0, tokens.pop())
    return tuple(found) in pairs


@lru_cache(maxsize=8)
def _change_pairs(language: str) -> frozenset[tuple[str, ...]]:
    """The language's ``[base_apart] change_ends`` pairs (none for a language without them)."""
    try:
        listed = resource_data(language).get("base_apart", {}).get("change_ends", [])
    except GrammarError:
        return frozenset()
    return frozenset(tuple(w.lower() for w in pair) for pair in listed if isinstance(pair, list))


def _cued_possessive(m: Mention) -> bool:
    """"…, against Friday's 5 p.m. quotes of 1.3088 dollars": a comparison cue right before a possessive date, a
    number within ``FIGURE_REACH`` words after it."""
    language = m.article.language or ""
    w = figure_words(language)
    if not w.links and not w.far_cues:
        return False
    text, e = m.article.text, m.expression
    endings = lexicon(language).possessive_endings
    if not any(word.endswith(endings) for word in e.text.split()) and not text[e.end:e.end + 4].lstrip().startswith(endings):
        return False
    before = tuple(t.lower() for t in _TOKEN.findall(text[max(0, e.start - WINDOW):e.start]))
    if not (before[-1:] and before[-1] in w.links or any(cue and before[-len(cue):] == cue for cue in w.far_cues)):
        return False
    after = [t.lower() for t in _TOKEN.findall(text[e.end:e.end + WINDOW])][:FIGURE_REACH + 1]
    return any(_figure(token, after[k + 1:k + 2], w.amounts) for k, token in enumerate(after))


def _figure(token: str, following: list[str], amounts: frozenset[str]) -> bool:
    """Whether ``token`` is a figure: a number written with a decimal mark or thousands ("1.3088", "115.81-91",
    "1,234") or followed by a word of an amount ("40 percent"); not a bare clock hour ("5 p.m.")."""
    return token[:1].isdigit() and (any(c in token for c in ".,") or bool(following) and following[0] in amounts)

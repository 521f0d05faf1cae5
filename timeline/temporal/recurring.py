"""A season told in a present that recurs: any year's, on no calendar.

"Droplets stay airborne longer in winter", "demand for coal rises in winter, analysts said", "birds
return to the valley during summer": a season with no article, in a clause told neither in the past
nor ahead, names what happens every such season (TimeML XXXX-WI), not the last or the coming one. A
present going on now ("we are getting ready for a harder season in autumn") is no habit: its season
is the coming one; so a progressive in the expression's sentence (``[cues] progressive_pattern``)
keeps the season placed. So does a word placing the sentence in one year ("Elections are held in
autumn this year", "in 2024": ``[cues] recurring_placed_pattern``), and a single actor as the
sentence's subject ("We travel to Spain in summer", "The minister visits Kenya in summer"): one
person's or one body's plan is no habit of the season, only a generic subject's ("droplets",
"demand", "the virus") is. A single actor is a pronoun of one (``[cues] one_actor_pronouns``) or an
article (``[situated] the``) before a singular noun of a person (``[situated] person_nouns``,
``person_heads``). A language without the pattern reads no season as recurring this way.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .sentences import sentence_window
from .tables import resource_tables

if TYPE_CHECKING:
    from .context import Context

#: How far (in characters) each side of the season its sentence is searched for a progressive.
PROGRESSIVE_REACH = 160


@lru_cache(maxsize=None)
def _progressive(source: str) -> re.Pattern[str] | None:
    """The language's present progressive ("are getting", "is slowing"), in resource text ``source``."""
    pattern = resource_tables(source).get("cues", {}).get("progressive_pattern")
    return re.compile(r"(?<![\w'’-])(?:" + pattern + r")(?![\w-])", re.IGNORECASE) if pattern else None


@lru_cache(maxsize=None)
def _placing(source: str) -> tuple[re.Pattern[str] | None, frozenset[str], frozenset[str], frozenset[str]]:
    """The language's words placing a sentence in one year, its pronouns of one actor, its
    articles and its singular nouns of a person, in resource text ``source``."""
    data = resource_tables(source)
    cues, situated = data.get("cues", {}), data.get("situated", {})
    placed = cues.get("recurring_placed_pattern")

    def words(table: dict, *keys: str) -> frozenset[str]:
        return frozenset(w.lower() for key in keys for w in ([table[key]] if isinstance(table.get(key), str)
                                                               else table.get(key, [])))
    return (re.compile(r"(?<![\w'’-])(?:" + placed + r")(?![\w-])", re.IGNORECASE) if placed else None,
            words(cues, "one_actor_pronouns"), words(situated, "the"), words(situated, "person_nouns", "person_heads"))


def _one_actor_or_placed(ctx: Context, lo: int, hi: int) -> bool:
    """Whether the season's sentence is placed in one year, or its subject (its first words) is
    a single actor: a plan of one, not a habit of the season."""
    placed, pronouns, articles, persons = _placing(ctx.grammar.source)
    if placed is not None and placed.search(ctx.text, lo, hi):
        return True
    first = re.findall(r"[^\W\d_][\w'’-]*", ctx.text[ctx.sentence_start:ctx.start])[:2]
    first = [w.lower() for w in first]
    return bool(first) and (first[0] in pronouns or len(first) == 2 and first[0] in articles and first[1] in persons)


def recurring_season(ctx: Context) -> bool:
    """Whether the season at ``ctx`` is a bare one (no article: "in winter") in a clause told in a
    present that recurs: no future cue, not told in the past, no progressive in its sentence, no
    word placing it in one year and no single actor as its subject."""
    progressive = _progressive(ctx.grammar.source)
    if progressive is None or ctx.grammar.lookup("season", ctx.text[ctx.start:ctx.end]) is None:
        return False
    if ctx.tense == "future" or ctx.told_in_past():
        return False
    lo, hi = sentence_window(ctx.text, ctx.start, ctx.end, PROGRESSIVE_REACH, PROGRESSIVE_REACH)
    return progressive.search(ctx.text, lo, hi) is None and not _one_actor_or_placed(ctx, lo, hi)

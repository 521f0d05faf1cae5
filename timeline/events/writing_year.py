"""A remark about the writer's own year, or one to come, is no day's act.

"Some 4,000 people have died in the violence this year", "a second wave is expected later this
year", "more troops will be sent next year", "the mandate runs to the end of this year": a reading
longer than a month (``MAX_COARSE_DAYS``) that holds its article's writing day or lies after it
sums up a tally, states a forecast or a plan, or bounds a state. It shares the story's words with
the day's acts around it (the deaths of the tally and a bombing's dead, the meeting planned and a
meeting held), so the merge joins it to them; but no one day tells what it tells. A past year
("the singer died in 2009", "the massacre in 1989", told later) dates a happening that its day may
tell too, and stays.

Done last, as ``acts.split_by_act``: the period mentions cut from a day's group stay together, as
one happening of their own.
"""

from __future__ import annotations

from ..model import Mention
from .acts import MAX_COARSE_DAYS


def of_writing_year(mention: Mention) -> bool:
    """Whether the mention reads a span longer than a month that holds its article's writing day
    or lies after it (an article with no date has none)."""
    published = mention.article.published
    return published is not None and mention.interval.days > MAX_COARSE_DAYS and mention.interval.end >= published


def detach_writing_years(groups: list[list[Mention]]) -> list[list[Mention]]:
    """Each group holding a day's mention less its mentions of the writing year or later
    (:func:`of_writing_year`), which make a group of their own."""
    found: list[list[Mention]] = []
    for group in groups:
        period = [m for m in group if m.interval is not None and of_writing_year(m)]
        if not period or len(period) == len(group) or not any(m.interval.days == 1 for m in group):
            found.append(group)
            continue
        gone = {id(m) for m in period}
        found += [[m for m in group if id(m) not in gone], period]
    return found

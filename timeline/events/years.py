"""One calendar year's groups, to be joined as one day's are when they tell one happening.

A folder's background is told by its year: "the Spanish flu pandemic of 1918", "Spanish flu killed 50
million people in 1918", "the 1918 pandemic began"; "Haiti was hit by four hurricanes in 2008",
"Haiti is still struggling to recover from the hurricanes of 2008". Each wording made a group of its
own, and a reader saw one happening two or three times among the first events. ``regroup`` joins
the groups of one year as it joins one day's: only when their pooled clauses are alike and their
cores share a token, never a group that dates only sayings with one that dates none. A year's group
still never joins a day or a month (a year holds too many happenings to stand for one of its days).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from ..temporal import Interval


def one_year_groups(common: list[Interval | None]) -> Iterator[list[int]]:
    """The indexes of the groups whose common interval is one whole calendar year, by year, in
    year order (only years with two groups or more)."""
    by_year: dict[int, list[int]] = defaultdict(list)
    for n, interval in enumerate(common):
        if interval is not None and interval.start.year == interval.end.year \
                and (interval.start.month, interval.start.day, interval.end.month, interval.end.day) == (1, 1, 12, 31):
            by_year[interval.start.year].append(n)
    for year in sorted(by_year):
        if len(by_year[year]) > 1:
            yield by_year[year]

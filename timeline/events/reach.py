"""The candidate pairs ``pairs.edge`` would turn down first, told before it is asked.

Most pairs a date bucket offers (``cluster``: nine in ten on silver) are no edge for one of two
cheap reasons, checked first by :func:`pairs.edge`: their readings are neither overlapping nor
near enough for one to be the other misdated (or one article was published before the other's
reading began), or, for two articles' mentions, their texts' exact-token similarity is out of
reach of any threshold (``evidence.out_of_reach``). :func:`hopeless` asks the same questions of a
mention's :class:`Reach` (its interval and publishing day as day numbers, made once, not per pair)
so that ``cluster.bucket_edges`` never forms those pairs: the same edges, fewer calls. It decides
nothing ``edge`` does not: every pair it turns down, ``edge`` turns down too (``tests/test_reach``).
"""

from __future__ import annotations

from typing import NamedTuple

from ..model import Mention
from ..settings import MergeSettings
from .evidence import Weighed, out_of_reach
from .pairs import NEAR_DAYS  # one constant: what ``hopeless`` turns down, ``pairs._near`` would too


class Reach(NamedTuple):
    """What :func:`hopeless` asks of a placed mention, as day numbers (``date.toordinal``)."""

    start: int
    end: int
    days: int
    #: its article's publishing day, or None when the article has no date
    published: int | None
    article: str

    @classmethod
    def of(cls, m: Mention) -> Reach:
        start, end = m.interval.start.toordinal(), m.interval.end.toordinal()
        published = m.article.published
        return cls(start, end, end - start + 1, None if published is None else published.toordinal(),
                   m.article.id)


def hopeless(a: Reach, b: Reach, weighed_a: Weighed, weighed_b: Weighed, settings: MergeSettings) -> bool:
    """Whether ``pairs.edge`` of the two mentions is None for one of its first reasons: readings
    apart (not overlapping, and not near or not both told once the other's reading began:
    ``pairs._near``, ``pairs._could_tell``), or two articles' texts out of reach (``out_of_reach``,
    which ``edge`` asks of every pair of two articles whose readings are within reach)."""
    if a.start > b.end or b.start > a.end:  # not overlapping
        if max(b.start - a.end, a.start - b.end) > max(NEAR_DAYS, min(a.days, b.days)):
            return True
        if (a.published is not None and a.published < b.start) or (b.published is not None and b.published < a.start):
            return True
    return a.article != b.article and out_of_reach(weighed_a, weighed_b, settings, max(a.days, b.days))

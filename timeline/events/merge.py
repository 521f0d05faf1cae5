"""Mentions to events: the entry point of merging.

:func:`merge` groups the mentions that have an interval into happenings
(``cluster``: date buckets, scored candidate pairs, joined strongest first
without chains, using what ``evidence`` says of each mention's text), and
makes one event of each group (``fusion``: the fused interval, a conflict
when the intervals disagree, a summary). A mention without an interval is
an event of its own; mentions that name no time ("now") are none.
"""

from __future__ import annotations

from ..model import Event, Mention
from ..settings import MergeSettings
from .cluster import REFERENCE_VALUES, cluster
from .fusion import make_event


def merge(mentions: list[Mention], settings: MergeSettings = MergeSettings()) -> list[Event]:
    """Events from ``mentions``: the merged happenings, then one event per mention without an
    interval (in the order of ``mentions``); events are not numbered yet (``id`` is empty).
    Mentions in page furniture (``Mention.furniture``) make no event."""
    mentions = [m for m in mentions if m.furniture is None]
    groups = cluster(mentions, settings)
    unplaced = [[m] for m in mentions if m.interval is None and m.expression.timex not in REFERENCE_VALUES]
    return [make_event(group) for group in groups + unplaced]

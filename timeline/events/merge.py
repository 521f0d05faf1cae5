"""Mentions to events: the entry point of merging.

:func:`merge` groups the mentions that have an interval into happenings
(``cluster``: date buckets, scored candidate pairs, joined strongest first
without chains, using what ``evidence`` says of each mention's text), and
makes one event of each group (``fusion``: the date most independent
sources support, the readings that disagree as outliers, a summary), scored
by ``importance``. A mention without an interval is
an event of its own; mentions that name no time ("now") are none.
"""

from __future__ import annotations

from ..model import Event, Mention
from ..settings import MergeSettings
from .cluster import REFERENCE_VALUES, Spread, cluster
from .dependent import role
from .fusion import make_event
from .importance import Copies, importance


def merge(mentions: list[Mention], settings: MergeSettings = MergeSettings(),
          spread: Spread | None = None, story: tuple[str, ...] = ()) -> list[Event]:
    """Events from ``mentions``: the merged happenings, then one event per mention without an
    interval (in the order of ``mentions``); events are not numbered yet (``id`` is empty).
    Mentions in page furniture (``Mention.furniture``) make no event. ``spread`` scores the date
    buckets' pairs in parts elsewhere (``parallel.spread_over``): the same events. A mention that
    dates no happening of its own (a boundary, a modifier, a baseline: ``dependent.role``) joins
    an event others found, but a group of only such mentions makes none. ``story``: the corpus's
    story words (``unrelated.story_words``), which say what counts toward importance."""
    mentions = [m for m in mentions if m.furniture is None]
    founding = {id(m) for m in mentions if role(m) is None}
    groups = [g for g in cluster(mentions, settings, spread=spread) if any(id(m) in founding for m in g)]
    unplaced = [[m] for m in mentions if m.interval is None and m.expression.timex not in REFERENCE_VALUES
                and id(m) in founding]
    copies = Copies(story)
    events = []
    for group in groups + unplaced:
        source_of = copies.sources(m.article for m in group)
        event = make_event(group, lambda article: source_of[article.id])
        event.importance = importance(event, source_of, copies)
        events.append(event)
    return events

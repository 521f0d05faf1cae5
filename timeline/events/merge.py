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

from typing import Callable

from ..model import Event, Mention
from ..settings import MergeSettings
from .alternatives import join_alternatives
from .base_apart import figure_base
from .cluster import REFERENCE_VALUES, Spread, cluster
from .dependent import role
from .fusion import make_event
from .importance import Copies, importance
from .stamped import postings
from .superlative import superlative_span
from .uncredited import uncredited_remark


#: makes the events of groups of mentions as :func:`make_events` does, maybe in parts elsewhere
Make = Callable[[list[list[Mention]], Callable[[int, int], None], tuple[str, ...]], list[Event]]


def merge(mentions: list[Mention], settings: MergeSettings = MergeSettings(),
          spread: Spread | None = None, story: tuple[str, ...] = (),
          progress: Callable[[int, int], None] = lambda done, total: None,
          make: Make | None = None) -> list[Event]:
    """Events from ``mentions``: the merged happenings, then one event per mention without an
    interval (in the order of ``mentions``); events are not numbered yet (``id`` is empty).
    Mentions in page furniture (``Mention.furniture``) make no event. ``spread`` scores the date
    buckets' pairs in parts elsewhere (``parallel.spread_over``): the same events. A mention that
    dates no happening of its own (a boundary, a modifier, a baseline: ``dependent.role``; an era
    bounding a superlative: ``superlative``; a figure's base after a comma, "…, against Friday's quotes of 1.30":
    ``base_apart``; an entry's stamp beside its own day: ``stamped``; a line that
    speaks for no one, "We will be back at the hospital": ``uncredited``) joins
    an event others found, but a group of only such mentions makes none. ``story``: the corpus's
    story words (``unrelated.story_words``), which say what counts toward importance.
    ``progress(done, total)`` counts the events made (each one's date, summary and importance);
    ``make`` makes them in parts elsewhere (``parallel.events_over``): the same events."""
    mentions = [m for m in mentions if m.furniture is None]
    posted = postings(mentions)  # a live page's entry stamp beside the day its entry tells
    founding = {id(m) for m in mentions if role(m) is None and not superlative_span(m) and id(m) not in posted
                and not uncredited_remark(m) and not figure_base(m)}
    # times offered as alternatives for one happening ("ready in September or October") are one event
    groups = [g for g in join_alternatives(cluster(mentions, settings, spread=spread))
              if any(id(m) in founding for m in g)]
    unplaced = [[m] for m in mentions if m.interval is None and m.expression.timex not in REFERENCE_VALUES
                and id(m) in founding]
    return (make or make_events)(groups + unplaced, progress, story)


def make_events(groups: list[list[Mention]],
                progress: Callable[[int, int], None] = lambda done, total: None,
                story: tuple[str, ...] = ()) -> list[Event]:
    """One event per group: its date, summary and importance (``story``: what counts toward it).
    Each event depends on its group alone (``Copies`` only remembers what it found), so any run of
    groups can be done apart."""
    copies = Copies(story)
    events: list[Event] = []
    progress(0, len(groups))
    for group in groups:
        source_of = copies.sources(m.article for m in group)
        event = make_event(group, lambda article: source_of[article.id])
        event.importance = importance(event, source_of, copies)
        events.append(event)
        progress(len(events), len(groups))
    return events

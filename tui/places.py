"""The app's ways of getting somewhere: where it opens, a date typed or clicked on the strip, the
zoom, key events, copying, and remembering the place on quitting.

A mixin of :class:`tui.app.TimelineApp` (kept apart so the app stays thin);
its message handlers are named ``on_…`` so Textual finds them through the
class hierarchy.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from timeline.output.navigation import ZOOMS, dense_period, position_of
from timeline.temporal import Interval

from . import position
from .screens.dialogs import GoToScreen
from .widgets.density import DensityStrip
from .widgets.detail import ExcerptList, event_text, excerpt_text
from .widgets.event_list import EventList

if TYPE_CHECKING:
    from .app import TimelineApp

    Base = TimelineApp
else:
    Base = object


class Places(Base):
    def go_to_start(self, place: dict | None) -> None:
        """Where a corpus seen before was left, else where the news is (not at its oldest year)."""
        assert self.timeline is not None
        if place is not None:
            try:
                day = date.fromisoformat(place.get("date", ""))
            except (TypeError, ValueError):
                day = None
            if day is not None:
                at = position_of(self.timeline, self.shown, day)
                for step in range(at, min(at + 1000, len(self.shown))):  # the same event, if still there
                    if self.timeline.events[self.shown[step]].id == place.get("event"):
                        at = step
                        break
                self.query_one(EventList).show(self.timeline, self.shown, zoom=self.zoom, position=at)
                self.opened = True
                return
        dense = dense_period(self.timeline, self.shown)
        if dense is not None:
            self.go_to(dense)
        self.opened = True

    def go_to(self, interval: Interval) -> None:
        """Move the cursor to the first shown event on or after ``interval``'s start, at the top."""
        if self.timeline is None or not self.shown:
            return
        if self.filters.query:
            self.clear_search()
        at = position_of(self.timeline, self.shown, interval.start)
        self.query_one(EventList).show(self.timeline, self.shown, zoom=self.zoom, position=at)

    def action_goto(self) -> None:
        if self.timeline is None:
            return

        def chosen(interval: Interval | None) -> None:
            if interval is not None:
                self.go_to(interval)

        self.push_screen(GoToScreen(), chosen)

    def on_density_strip_clicked(self, message: DensityStrip.Clicked) -> None:
        self.go_to(Interval(message.day, message.day))

    def on_event_list_viewed(self) -> None:
        """The strip shows the dates of the rows on screen."""
        if self.timeline is None or not self.screen_stack:
            return
        main = self.screen_stack[0]
        events = main.query_one(EventList)
        seen = events.on_screen()
        dated = None
        if seen is not None:
            first, last = (self.timeline.events[events.indexes[p]].interval for p in seen)
            if first is not None and last is not None:
                dated = (first.start, last.start)
        main.query_one(DensityStrip).on_screen = dated

    def action_zoom(self) -> None:
        self.zoom = ZOOMS[(ZOOMS.index(self.zoom) + 1) % len(ZOOMS)]
        self.redraw_view()  # the same events: only their grouping changes
        self.notify(f"Grouped by {self.zoom}", timeout=2)

    def action_key_events(self) -> None:
        self.key_only = not self.key_only
        self.refresh_view()

    def action_copy(self) -> None:
        """The selected excerpt (when the excerpts have the focus) or event, as plain text."""
        if self.timeline is None:
            return
        self.flush_detail()
        excerpts = self.query_one(ExcerptList)
        if self.focused is excerpts and excerpts.mentions and excerpts.highlighted is not None:
            text, what = excerpt_text(excerpts.mentions[excerpts.highlighted]), "excerpt"
        elif self.query_one(EventList).current is not None:
            text, what = event_text(self.timeline.events[self.query_one(EventList).current]), "event"
        else:
            return
        self.copy_to_clipboard(text)
        self.notify(f"Copied the {what} ({len(text)} characters)", timeout=3)

    async def action_quit(self) -> None:
        """Quit (``q``, ctrl+c), remembering where the list was for the next time."""
        self.remember_place()
        self.exit()

    def remember_place(self) -> None:
        if self.timeline is None or not self.use_cache:
            return
        current = self.query_one(EventList).current
        event = self.timeline.events[current] if current is not None else None
        if event is not None and event.interval is not None:
            position.remember(self.inputs, {"event": event.id, "date": event.interval.start.isoformat(),
                                            "zoom": self.zoom})


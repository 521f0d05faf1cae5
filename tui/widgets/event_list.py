"""The timeline list: one row per event, drawn line by line (Textual's Line API).

Only the rows on screen are drawn, from an index into the model, so the list
answers a key in milliseconds with a hundred thousand events (as toolong's
log_lines.py does for logs).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from timeline.model import Timeline
from timeline.output.navigation import Group, groups, position_of

from ..keys import LIST_KEYS
from .translucent import solid_style

#: the date column's least width; it widens to the longest label drawn, so no label is ever cut
DATE_WIDTH = 16


class EventList(ScrollView, can_focus=True):
    COMPONENT_CLASSES = {
        "event-list--cursor",
        "event-list--separator",
        "event-list--date",
        "event-list--mark",
        "event-list--sources",
        "event-list--match",
    }
    DEFAULT_CSS = """
    EventList { background: $surface; overflow-x: hidden; }
    EventList > .event-list--cursor { background: $accent 40%; }
    EventList:focus > .event-list--cursor { background: $accent; color: $text; }
    EventList > .event-list--separator { color: $foreground 70%; background: $surface; text-style: bold; }
    EventList > .event-list--date { color: $text-primary; text-style: bold; }
    EventList > .event-list--mark { color: $text-warning; text-style: bold; }
    EventList > .event-list--sources { color: $foreground 70%; background: $surface; }
    EventList > .event-list--match { color: $text-accent; text-style: bold underline; }
    """
    BINDINGS = LIST_KEYS

    cursor: reactive[int] = reactive(0, init=False, repaint=False)  # watch_cursor redraws just two rows

    class Highlighted(Message):
        """The cursor moved to the event at ``index`` (into ``timeline.events``), or None."""

        ALLOW_SELECTOR_MATCH = {"index"}

        def __init__(self, index: int | None) -> None:
            super().__init__()
            self.index = index

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, EventList.Highlighted)

    class Selected(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Viewed(Message):
        """The rows on screen changed (a scroll or a new view)."""

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, EventList.Viewed)

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.timeline: Timeline | None = None
        self.indexes: list[int] = []
        self.groups: list[Group] = []
        self._firsts: list[int] = []  # each group's first position
        self._heading_rows: list[int] = []  # the row of each group's heading
        self.query_words: list[str] = []
        self.date_width = DATE_WIDTH
        #: what the groups were made from: (timeline, indexes, zoom or None for a search)
        self._grouping: tuple[Timeline, list[int], str | None] | None = None

    # -- data ------------------------------------------------------------------------

    def show(self, timeline: Timeline, indexes: list[int], query: str = "", keep: int | None = None,
             zoom: str = "month", position: int | None = None) -> None:
        """Show the events at ``indexes`` (in date order unless ``query``), under a heading per
        group at ``zoom``; the cursor at ``position``, else on event ``keep`` when it is shown."""
        grouping = (timeline, indexes, zoom if not query else None)
        kept_row = self._cursor_screen_row() if position is None else None
        if not self._same_grouping(grouping):  # the same view again (a go-to) keeps its groups
            self.groups = [] if query else groups(timeline, indexes, zoom)
            self._firsts = [g.first for g in self.groups]
            self._heading_rows = [g.first + k for k, g in enumerate(self.groups)]
        self.timeline, self.indexes, self._grouping = timeline, indexes, grouping
        self.query_words = [w.lower() for w in query.split() if len(w) > 1]
        self.virtual_size = Size(self.size.width, self.row_count)
        jump = position is not None
        if position is None:
            position = self._position_of(keep) if keep is not None else 0
        self.set_reactive(EventList.cursor, self.validate_cursor(position))
        if kept_row is not None and self.current == keep:  # the same event stays on the same screen row
            self.scroll_to(y=max(0, self.row_of(self.cursor) - kept_row), animate=False, immediate=True)
        self._scroll_to_cursor(top=jump)
        self.refresh()
        self.post_message(self.Highlighted(self.current))
        self.post_message(self.Viewed())

    def _cursor_screen_row(self) -> int | None:
        """The screen row the cursor is drawn on now, or None when it is not on screen."""
        if self.timeline is None or not self.indexes:
            return None
        row = self.row_of(self.cursor) - self.scroll_offset.y
        return row if 0 <= row < self.size.height else None

    def _same_grouping(self, grouping: tuple[Timeline, list[int], str | None]) -> bool:
        """Whether ``grouping`` is what the groups shown were made from (the same objects: comparing
        a million indexes would cost what regrouping saves)."""
        old = self._grouping
        return old is not None and old[0] is grouping[0] and old[1] is grouping[1] and old[2] == grouping[2]

    def _position_of(self, index: int) -> int:
        """Where event ``index`` is among those shown (0 when it is not): by bisection on its date
        when the list is in date order, so a new view of a million events keeps the cursor quickly."""
        assert self.timeline is not None
        interval = self.timeline.events[index].interval
        start = 0
        if self.groups and interval is not None:
            start = position_of(self.timeline, self.indexes, interval.start)
        elif self.groups:
            start = position_of(self.timeline, self.indexes, date.max)
        try:
            return self.indexes.index(index, start)
        except ValueError:
            return 0

    @property
    def row_count(self) -> int:
        return len(self.indexes) + len(self.groups)

    def row_of(self, position: int) -> int:
        """The row the event at ``position`` is drawn on (below its group's heading)."""
        return position + bisect_right(self._firsts, position)

    def at_row(self, row: int) -> tuple[Group | None, int | None]:
        """What row ``row`` shows: a group's heading, or the event at a position."""
        k = bisect_right(self._heading_rows, row) - 1
        if k >= 0 and self._heading_rows[k] == row:
            return self.groups[k], None
        return None, row - (k + 1)

    def on_screen(self) -> tuple[int, int] | None:
        """The first and last positions of the events on screen, or None."""
        if not self.indexes:
            return None
        top = self.scroll_offset.y
        first = self.at_row(top)[1]
        first = first if first is not None else self.at_row(top + 1)[1] or 0
        bottom = min(self.row_count - 1, top + max(1, self.size.height) - 1)
        last = self.at_row(bottom)[1]
        last = last if last is not None else max(0, (self.at_row(bottom - 1)[1] or 0))
        return min(first, len(self.indexes) - 1), min(last, len(self.indexes) - 1)

    @property
    def current(self) -> int | None:
        """The index (into ``timeline.events``) of the event under the cursor."""
        return self.indexes[self.cursor] if self.indexes and self.cursor < len(self.indexes) else None

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self.post_message(self.Viewed())

    # -- drawing ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        number = self.scroll_offset.y + y
        width = self.scrollable_content_region.width  # what the vertical scrollbar leaves
        if self.timeline is None or number >= self.row_count:
            return Strip.blank(width, self.rich_style)
        group, position = self.at_row(number)
        if group is not None:
            return self._heading_strip(group, width)
        assert position is not None
        return self._event_strip(position, width)

    def _heading_strip(self, group: Group, width: int) -> Strip:
        style = self.rich_style + solid_style(self, "event-list--separator")
        count = f" {group.count:,} event{'s' if group.count != 1 else ''} ──"
        line = f"── {group.name} " + "─" * max(0, width - len(group.name) - 4 - len(count)) + count
        return Strip([Segment(line[:width], style)]).adjust_cell_length(width, self.rich_style)

    def _event_strip(self, position: int, width: int) -> Strip:
        assert self.timeline is not None
        event = self.timeline.events[self.indexes[position]]
        base = self.rich_style
        cursor = self.get_component_rich_style("event-list--cursor") if position == self.cursor else Style()
        # Component styles carry their own background; the cursor's goes on top of all of them.
        date_style = base + self.get_component_rich_style("event-list--date", partial=True) + cursor
        mark_style = base + self.get_component_rich_style("event-list--mark", partial=True) + cursor
        ground = None
        if position == self.cursor:  # muted text on the cursor's colour
            ground = self.styles.background + self.get_component_styles("event-list--cursor").background
        muted = base + solid_style(self, "event-list--sources", ground) + cursor
        base = base + cursor
        label = event.label or "undated"
        if len(label) > self.date_width:  # never cut a date: widen the column and redraw
            self.date_width = len(label)
            self.refresh()
        mark = "!" if event.conflict else ("~" if event.mod == "APPROX" else " ")
        sources = f" {event.source_count}×" if event.source_count > 1 else "   "
        segments = [Segment(f" {label:<{self.date_width}}", date_style), Segment(" " + mark + " ", mark_style)]
        room = max(0, width - self.date_width - 4 - len(sources))
        segments.extend(self._summary_segments(event.summary, room, base))
        segments.append(Segment(sources, muted))
        return Strip(segments).adjust_cell_length(width, base)

    def _summary_segments(self, summary: str, room: int, base: Style) -> list[Segment]:
        text = summary if len(summary) <= room else summary[:max(0, room - 1)] + "…"
        if not self.query_words:
            return [Segment(text.ljust(room), base)]
        match_style = base + self.get_component_rich_style("event-list--match", partial=True)
        lowered = text.lower()
        marks = [False] * len(text)
        for word in self.query_words:
            start = lowered.find(word)
            while start >= 0:
                for k in range(start, start + len(word)):
                    marks[k] = True
                start = lowered.find(word, start + 1)
        segments, run_start = [], 0
        for k in range(1, len(text) + 1):
            if k == len(text) or marks[k] != marks[run_start]:
                segments.append(Segment(text[run_start:k], match_style if marks[run_start] else base))
                run_start = k
        segments.append(Segment(" " * max(0, room - len(text)), base))
        return segments

    # -- moving ---------------------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.indexes) - 1)) if self.indexes else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self._refresh_position(old)
        self._refresh_position(new)
        self._scroll_to_cursor()
        self.post_message(self.Highlighted(self.current))

    def _refresh_position(self, position: int) -> None:
        if position < len(self.indexes):
            self.refresh_line(self.row_of(position))

    def _scroll_to_cursor(self, animate: bool = False, top: bool = False) -> None:
        """Bring the cursor's row into view (with its heading right above it); with ``top``, to the
        top of the list."""
        if not self.indexes:
            return
        row = self.row_of(self.cursor)
        first = row - 1 if row and self.at_row(row - 1)[0] is not None else row
        height = max(1, self.size.height)
        if top or first < self.scroll_offset.y:
            self.scroll_to(y=first, animate=animate, immediate=True)
        elif row >= self.scroll_offset.y + height:
            self.scroll_to(y=row - height + 1, animate=animate, immediate=True)

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_page_up(self) -> None:
        self.cursor -= max(1, self.size.height - 1)

    def action_page_down(self) -> None:
        self.cursor += max(1, self.size.height - 1)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.indexes) - 1

    def action_select(self) -> None:
        if self.current is not None:
            self.post_message(self.Selected(self.current))

    def on_click(self, event: events.Click) -> None:
        group, position = self.at_row(self.scroll_offset.y + event.y) if self.indexes else (None, None)
        if position is not None and position < len(self.indexes):
            self.cursor = position
            if event.chain == 2:
                self.action_select()

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self.row_count)
        self.post_message(self.Viewed())  # more or fewer rows on screen: the strip shows which

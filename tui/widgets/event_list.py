"""The timeline list: one row per event, drawn line by line (Textual's Line API).

Only the rows on screen are drawn, from an index into the model, so the list
answers a key in milliseconds with a hundred thousand events (as toolong's
log_lines.py does for logs).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from timeline.model import Event, Timeline

from ..keys import LIST_KEYS

DATE_WIDTH = 19


@dataclass(frozen=True)
class Row:
    """A separator (``event`` None) or an event at ``position`` in the shown list."""

    text: str
    position: int | None = None


def _period(event: Event) -> str:
    if event.interval is None:
        return "Undated"
    start = event.interval.start
    if event.interval.days > 62:
        return f"{start.year}"
    return f"{start:%B %Y}"


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
    EventList > .event-list--separator { color: $text-muted; text-style: bold; }
    EventList > .event-list--date { color: $text-primary; text-style: bold; }
    EventList > .event-list--mark { color: $text-warning; text-style: bold; }
    EventList > .event-list--sources { color: $text-muted; }
    EventList > .event-list--match { color: $text-accent; text-style: bold underline; }
    """
    BINDINGS = LIST_KEYS

    cursor: reactive[int] = reactive(0, init=False)

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

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.timeline: Timeline | None = None
        self.indexes: list[int] = []
        self.rows: list[Row] = []
        self.row_of: list[int] = []
        self.query_words: list[str] = []

    # -- data ------------------------------------------------------------------------

    def show(self, timeline: Timeline, indexes: list[int], query: str = "", keep: int | None = None) -> None:
        """Show the events at ``indexes``; keep the cursor on event ``keep`` when it is shown."""
        self.timeline, self.indexes = timeline, indexes
        self.query_words = [w.lower() for w in query.split() if len(w) > 1]
        self.rows, self.row_of = [], []
        previous = None
        sorted_by_date = not query
        for position, index in enumerate(indexes):
            event = timeline.events[index]
            period = _period(event)
            if sorted_by_date and period != previous:
                self.rows.append(Row(period))
                previous = period
            self.row_of.append(len(self.rows))
            self.rows.append(Row("", position))
        self.virtual_size = Size(self.size.width, len(self.rows))
        position = indexes.index(keep) if keep is not None and keep in indexes else 0
        self.set_reactive(EventList.cursor, position)
        self._scroll_to_cursor(animate=False)
        self.refresh()
        self.post_message(self.Highlighted(self.current))

    @property
    def current(self) -> int | None:
        """The index (into ``timeline.events``) of the event under the cursor."""
        return self.indexes[self.cursor] if self.indexes and self.cursor < len(self.indexes) else None

    # -- drawing ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        number = scroll_y + y
        width = self.scrollable_content_region.width  # what the vertical scrollbar leaves
        if self.timeline is None or number >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        row = self.rows[number]
        if row.position is None:
            style = self.rich_style + self.get_component_rich_style("event-list--separator", partial=True)
            line = f"── {row.text} " + "─" * max(0, width - len(row.text) - 4)
            return Strip([Segment(line[:width], style)]).adjust_cell_length(width, self.rich_style)
        return self._event_strip(row.position, width)

    def _event_strip(self, position: int, width: int) -> Strip:
        assert self.timeline is not None
        event = self.timeline.events[self.indexes[position]]
        base = self.rich_style
        cursor = self.get_component_rich_style("event-list--cursor") if position == self.cursor else Style()
        # Component styles carry their own background; the cursor's goes on top of all of them.
        date_style = base + self.get_component_rich_style("event-list--date", partial=True) + cursor
        mark_style = base + self.get_component_rich_style("event-list--mark", partial=True) + cursor
        muted = base + self.get_component_rich_style("event-list--sources", partial=True) + cursor
        base = base + cursor
        label = event.label or "undated"
        mark = "!" if event.conflict else ("~" if event.mod == "APPROX" else " ")
        sources = f" {event.source_count}×" if event.source_count > 1 else "   "
        segments = [Segment(f" {label:<{DATE_WIDTH}}"[:DATE_WIDTH + 1], date_style),
                    Segment(mark + " ", mark_style)]
        room = max(0, width - DATE_WIDTH - 3 - len(sources))
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
        if position < len(self.row_of):
            self.refresh_line(self.row_of[position])

    def _scroll_to_cursor(self, animate: bool = False) -> None:
        if not self.row_of:
            return
        row = self.row_of[self.cursor]
        top = row - 1 if row and self.rows[row - 1].position is None else row
        height = max(1, self.size.height)
        if top < self.scroll_offset.y:
            self.scroll_to(y=top, animate=animate, immediate=True)
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
        number = self.scroll_offset.y + event.y
        if 0 <= number < len(self.rows) and self.rows[number].position is not None:
            self.cursor = self.rows[number].position  # type: ignore[assignment]
            if event.chain == 2:
                self.action_select()

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.rows))

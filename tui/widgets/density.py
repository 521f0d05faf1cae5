"""A one-line overview of how many events fall when: the rows on screen and the selection marked;
a click goes to that date."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import events
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from timeline.model import Timeline
from timeline.output.view import Density, density

from .translucent import solid_style

BARS = " ▁▂▃▄▅▆▇█"


class DensityStrip(Widget):
    COMPONENT_CLASSES = {"density--on-screen", "density--selected", "density--axis"}
    DEFAULT_CSS = """
    DensityStrip { height: 2; padding: 0 1; color: $text-primary; }
    DensityStrip > .density--on-screen { background: $primary 30%; }
    DensityStrip > .density--selected { text-style: reverse bold; }
    DensityStrip > .density--axis { color: $foreground 70%; background: $background; }
    """

    selected: reactive[int | None] = reactive(None)
    #: the first and last dates of the events on screen
    on_screen: reactive[tuple[date, date] | None] = reactive(None)

    class Clicked(Message):
        """A click on the strip: go to ``day``."""

        def __init__(self, day: date) -> None:
            super().__init__()
            self.day = day

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.timeline: Timeline | None = None
        self.indexes: list[int] = []
        self.in_date_order = True
        self._spread: tuple[int, Density | None] | None = None  # (width, counts), computed once per view

    def show(self, timeline: Timeline, indexes: list[int], in_date_order: bool = True) -> None:
        self.timeline, self.indexes, self.in_date_order = timeline, indexes, in_date_order
        self._spread = None
        self.refresh()

    @property
    def spread(self) -> Density | None:
        width = max(1, self.content_region.width)
        if self.timeline is None:
            return None
        if self._spread is None or self._spread[0] != width:
            self._spread = (width, density(self.timeline, self.indexes, width, self.in_date_order))
        return self._spread[1]

    def render(self) -> Text:
        spread = self.spread
        if self.timeline is None:
            return Text("")
        if spread is None:
            return Text("no dated events", style="dim")
        peak = max(spread.counts) or 1
        marked = None
        if self.selected is not None:
            interval = self.timeline.events[self.selected].interval
            if interval is not None and spread.start <= interval.start <= spread.end:
                marked = spread.bucket_of(interval.start)
        seen = range(0)
        if self.on_screen is not None:
            seen = range(spread.bucket_of(self.on_screen[0]), spread.bucket_of(self.on_screen[1]) + 1)
        on_screen = self.get_component_rich_style("density--on-screen", partial=True)
        selected = self.get_component_rich_style("density--selected", partial=True)
        text = Text()
        for k, count in enumerate(spread.counts):
            bar = BARS[0 if not count else max(1, round(count / peak * (len(BARS) - 1)))]
            style = selected if k == marked else on_screen if k in seen else ""
            text.append(bar if bar != " " else "·" if count else " ", style=style)
        width = len(spread.counts)
        left, right = _day(spread.start), _day(spread.end)
        middle = ""
        if self.on_screen is not None:
            middle = f"{_day(self.on_screen[0])} – {_day(self.on_screen[1])}"
        gap = max(1, width - len(left) - len(right) - len(middle))
        axis = left + " " * (gap // 2) + middle + " " * (gap - gap // 2) + right
        text.append("\n" + axis[:width], style=solid_style(self, "density--axis"))
        return text

    def on_click(self, event: events.Click) -> None:
        spread = self.spread
        x = event.x - self.gutter.left
        if spread is not None and 0 <= x < len(spread.counts):
            self.post_message(self.Clicked(spread.first_day(x)))


def _day(day: date) -> str:
    return day.isoformat()

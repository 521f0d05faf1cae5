"""A one-line overview of how many events fall when, with the selection marked."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from timeline.model import Timeline
from timeline.output.view import Density, density

BARS = " ▁▂▃▄▅▆▇█"


class DensityStrip(Widget):
    DEFAULT_CSS = """
    DensityStrip { height: 2; padding: 0 1; color: $text-primary; }
    """

    selected: reactive[int | None] = reactive(None)

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.timeline: Timeline | None = None
        self.indexes: list[int] = []
        self._spread: tuple[int, Density | None] | None = None  # (width, counts), computed once per view

    def show(self, timeline: Timeline, indexes: list[int]) -> None:
        self.timeline, self.indexes = timeline, indexes
        self._spread = None
        self.refresh()

    def render(self) -> Text:
        width = max(1, self.size.width)
        if self.timeline is None:
            return Text("")
        if self._spread is None or self._spread[0] != width:
            self._spread = (width, density(self.timeline, self.indexes, width))
        spread = self._spread[1]
        if spread is None:
            return Text("no dated events", style="dim")
        peak = max(spread.counts) or 1
        text = Text()
        marked = None
        if self.selected is not None:
            interval = self.timeline.events[self.selected].interval
            if interval is not None and spread.start <= interval.start <= spread.end:
                marked = spread.bucket_of(interval.start)
        for k, count in enumerate(spread.counts):
            bar = BARS[0 if not count else max(1, round(count / peak * (len(BARS) - 1)))]
            text.append(bar if bar != " " else "·" if count else " ",
                        style="reverse bold" if k == marked else "")
        left, right = spread.start.isoformat(), spread.end.isoformat()
        text.append("\n" + left + " " * max(1, width - len(left) - len(right)) + right, style="dim")
        return text

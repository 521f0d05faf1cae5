"""Small modal dialogs: the filters, and the export format and path."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, SelectionList

from timeline.model import Timeline
from timeline.output.export import FORMATS, with_extension
from timeline.output.view import Filters, RangeError, parse_dates

from ..widgets.article_name import article_name

DIALOG_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{ width: 76; max-width: 100%; height: auto; max-height: 95%;
                    border: round $accent; background: $surface; padding: 0 1; }}
{name} Horizontal {{ height: auto; align-horizontal: right; }}
{name} Button {{ margin: 0 1; }}
{name} .error {{ color: $error; height: auto; }}
"""


class FilterScreen(ModalScreen[Filters]):
    BINDINGS = [("escape", "cancel", "Cancel")]
    DEFAULT_CSS = DIALOG_CSS.format(name="FilterScreen") + """
    FilterScreen SelectionList { height: 8; }
    """

    def __init__(self, timeline: Timeline, filters: Filters) -> None:
        super().__init__()
        self.timeline, self.filters = timeline, filters

    def compose(self) -> ComposeResult:
        f = self.filters
        chosen = f.articles
        with Vertical():
            yield Label("Dates (2013 · 2020-09 · 2020-09..2020-10 · last 30 days)")
            yield Input(value=f.dates_text, placeholder="all dates", id="dates")
            yield Label("", classes="error", id="dates-error")
            yield Label("At least this many sources")
            yield Input(value=str(f.min_sources), type="integer", id="sources")
            yield Checkbox("Conflicting dates only", f.conflicts_only, id="conflicts")
            yield Checkbox("Show undated events", f.show_undated, id="undated")
            yield Label("Articles")
            yield SelectionList[str](*[(article_name(a, style=""), a.id, chosen is None or a.id in chosen)
                                       for a in self.timeline.articles], id="articles")
            with Horizontal():
                yield Button("Clear", id="clear")
                yield Button("Cancel", id="cancel")
                yield Button("Apply", id="apply", variant="primary")

    @on(Button.Pressed, "#apply")
    @on(Input.Submitted)
    def apply(self) -> None:
        dates_text = self.query_one("#dates", Input).value.strip()
        dates = None
        if dates_text:
            try:
                dates = parse_dates(dates_text, self.timeline)
            except RangeError as error:
                self.query_one("#dates-error", Label).update(str(error))
                return
        try:
            sources = max(1, int(self.query_one("#sources", Input).value or 1))
        except ValueError:
            sources = 1
        selected = frozenset(self.query_one(SelectionList).selected)
        articles = None if len(selected) == len(self.timeline.articles) else selected
        self.dismiss(self.filters.with_(dates=dates, dates_text=dates_text, min_sources=sources,
                                        conflicts_only=self.query_one("#conflicts", Checkbox).value,
                                        show_undated=self.query_one("#undated", Checkbox).value,
                                        articles=articles))

    @on(Button.Pressed, "#clear")
    def clear(self) -> None:
        self.dismiss(Filters(query=self.filters.query))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(self.filters)


@dataclass(frozen=True)
class ExportRequest:
    """Where and how to export what is shown: a format name from the export registry."""

    path: Path
    format: str
    excel: bool = False


class ExportScreen(ModalScreen[ExportRequest | None]):
    BINDINGS = [("escape", "cancel", "Cancel")]
    AUTO_FOCUS = "#path"  # Enter exports; the format is a Tab away
    DEFAULT_CSS = DIALOG_CSS.format(name="ExportScreen")

    def __init__(self, default: Path, count: int, format: str = "csv") -> None:
        super().__init__()
        self.default, self.count, self.format = with_extension(default, format), count, format

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Export the {self.count} events shown as")
            yield Select([(f"{f.name} · {f.summary}", f.name) for f in FORMATS.values()], value=self.format,
                         allow_blank=False, id="format")
            yield Label("to the file")
            yield Input(value=str(self.default), id="path")
            excel = Checkbox("Start with a byte order mark (Excel reads accents right)", id="excel")
            excel.display = FORMATS[self.format].spreadsheet
            yield excel
            with Horizontal():
                yield Button("Cancel", id="cancel")
                yield Button("Export", id="export", variant="primary")

    @on(Select.Changed, "#format")
    def format_changed(self, changed: Select.Changed) -> None:
        """The file's extension follows the format (unless the path is empty)."""
        self.format = str(changed.value)
        path = self.query_one("#path", Input)
        if path.value.strip():
            path.value = str(with_extension(Path(path.value.strip()), self.format))
        self.query_one("#excel", Checkbox).display = FORMATS[self.format].spreadsheet

    @on(Button.Pressed, "#export")
    @on(Input.Submitted)
    def export(self) -> None:
        value = self.query_one("#path", Input).value.strip()
        excel = FORMATS[self.format].spreadsheet and self.query_one("#excel", Checkbox).value
        self.dismiss(ExportRequest(Path(value).expanduser(), self.format, excel) if value else None)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

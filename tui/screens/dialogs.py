"""Small modal dialogs: the filters, the export format and path, a date to go to. Each fits 80×24."""

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
from timeline.output.view import Filters, RangeError, parse_dates, parse_goto
from timeline.temporal import Interval

from ..widgets.article_name import article_name

DIALOG_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{ width: 76; max-width: 100%; height: auto; max-height: 95%;
                    border: round $accent; background: $surface; padding: 0 1; }}
{name} Horizontal {{ height: auto; align-horizontal: right; }}
{name} Button {{ margin: 0 1; }}
{name} .error {{ color: $text-error; height: auto; }}
"""


class FilterScreen(ModalScreen[Filters]):
    BINDINGS = [("escape", "cancel", "Cancel")]
    DEFAULT_CSS = DIALOG_CSS.format(name="FilterScreen") + """
    FilterScreen > Vertical { height: 100%; max-height: 30; }
    FilterScreen Horizontal.fields > Vertical { width: 1fr; height: auto; }
    FilterScreen Checkbox { width: 1fr; }
    FilterScreen SelectionList { height: 1fr; min-height: 3; }
    """

    def __init__(self, timeline: Timeline, filters: Filters) -> None:
        super().__init__()
        self.timeline, self.filters = timeline, filters
        every = {a.id for a in timeline.articles}
        #: the articles ticked, shown in the list or not (a search hides some)
        self.chosen: set[str] = set(every if filters.articles is None else filters.articles & every)
        self.names = {a.id: article_name(a, style="") for a in timeline.articles}

    def compose(self) -> ComposeResult:
        f = self.filters
        with Vertical():
            with Horizontal(classes="fields"):
                with Vertical():
                    yield Label("Dates (2020 · May 2020 · a..b)")
                    yield Input(value=f.dates_text, placeholder="all dates", id="dates")
                with Vertical():
                    yield Label("At least this many sources")
                    yield Input(value=str(f.min_sources), type="integer", id="sources")
            yield Label("", classes="error", id="dates-error")
            with Horizontal(classes="fields"):
                yield Checkbox("Conflicting dates only", f.conflicts_only, id="conflicts")
                yield Checkbox("Show undated events", f.show_undated, id="undated")
            yield Input(placeholder=f"articles: type to search {len(self.names)} titles and ids",
                        id="article-search")
            yield SelectionList[str](*self._options(""), id="articles")
            with Horizontal():
                yield Button("Clear", id="clear")
                yield Button("Cancel", id="cancel")
                yield Button("Apply", id="apply", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#dates-error").display = False

    def _options(self, query: str) -> list[tuple]:
        words = query.casefold().split()
        return [(name, id_, id_ in self.chosen) for id_, name in self.names.items()
                if all(w in name.plain.casefold() for w in words)]

    @on(Input.Changed, "#article-search")
    def search_articles(self, changed: Input.Changed) -> None:
        articles = self.query_one(SelectionList)
        with articles.prevent(SelectionList.SelectedChanged):
            articles.clear_options()
            articles.add_options(self._options(changed.value))

    @on(SelectionList.SelectedChanged)
    def ticked(self) -> None:
        articles = self.query_one(SelectionList)
        shown = {articles.get_option_at_index(k).value for k in range(articles.option_count)}
        self.chosen = (self.chosen - shown) | set(articles.selected)

    @on(Button.Pressed, "#apply")
    @on(Input.Submitted, "#dates,#sources")
    def apply(self) -> None:
        dates_text = self.query_one("#dates", Input).value.strip()
        dates = None
        if dates_text:
            try:
                dates = parse_dates(dates_text, self.timeline)
            except RangeError as error:
                self.query_one("#dates-error", Label).update(str(error))
                self.query_one("#dates-error").display = True
                return
        try:
            sources = max(1, int(self.query_one("#sources", Input).value or 1))
        except ValueError:
            sources = 1
        articles = None if len(self.chosen) == len(self.names) else frozenset(self.chosen)
        self.dismiss(self.filters.with_(dates=dates, dates_text=dates_text, min_sources=sources,
                                        conflicts_only=self.query_one("#conflicts", Checkbox).value,
                                        show_undated=self.query_one("#undated", Checkbox).value,
                                        articles=articles))

    @on(Input.Submitted, "#article-search")
    def into_articles(self) -> None:
        self.query_one(SelectionList).focus()

    @on(Button.Pressed, "#clear")
    def clear(self) -> None:
        self.dismiss(Filters(query=self.filters.query))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(self.filters)


class GoToScreen(ModalScreen[Interval | None]):
    """Ask for a date to go to: "1997", "2009-06", "June 2009", "25 June 2009", "juni 2009"."""

    BINDINGS = [("escape", "cancel", "Cancel")]
    AUTO_FOCUS = "#goto"
    DEFAULT_CSS = DIALOG_CSS.format(name="GoToScreen")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Go to a date (1997 · 2009-06 · June 2009 · 25 June 2009)")
            field = Input(placeholder="a year, a month or a day", id="goto")
            field.cursor_blink = False
            yield field
            yield Label("", classes="error", id="goto-error")
            with Horizontal():
                yield Button("Cancel", id="cancel")
                yield Button("Go", id="go", variant="primary")

    @on(Button.Pressed, "#go")
    @on(Input.Submitted)
    def go(self) -> None:
        try:
            self.dismiss(parse_goto(self.query_one("#goto", Input).value))
        except RangeError as error:
            self.query_one("#goto-error", Label).update(str(error))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


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
        #: the existing file the person was warned about (Export again replaces it)
        self.replacing: Path | None = None

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
            yield Label("", classes="error", id="exists")
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

    @on(Input.Changed, "#path")
    def path_changed(self) -> None:
        if self.replacing is not None:
            self.replacing = None
            self.query_one("#exists", Label).update("")
            self.query_one("#export", Button).label = "Export"

    @on(Button.Pressed, "#export")
    @on(Input.Submitted)
    def export(self) -> None:
        value = self.query_one("#path", Input).value.strip()
        target = Path(value).expanduser() if value else None
        if target is not None and target.exists() and target != self.replacing:
            self.replacing = target  # asked once; Export again replaces it
            self.query_one("#exists", Label).update(f"{target.name} exists: Export again to replace it")
            self.query_one("#export", Button).label = "Replace"
            return
        excel = FORMATS[self.format].spreadsheet and self.query_one("#excel", Checkbox).value
        self.dismiss(ExportRequest(target, self.format, excel) if target is not None else None)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

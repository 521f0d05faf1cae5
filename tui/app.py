"""The Textual app: it reads a Timeline and draws it; it never resolves dates or merges events."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from time import monotonic
from typing import Iterable

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.theme import BUILTIN_THEMES
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Static

from timeline.config import Config
from timeline.model import Problem, PublishSource, Timeline
from timeline.output.export import FORMATS, level_for, write_file
from timeline.output.navigation import ZOOMS, key_indexes
from timeline.output.view import Filters, subset, visible
from timeline.pipeline import NothingToRead, open_timeline
from timeline.store.cache import full_text_search

from . import position
from .places import Places
from .keys import APP_KEYS
from .screens.article import ArticleScreen
from .screens.dialogs import ExportRequest, ExportScreen, FilterScreen
from .screens.help import HelpScreen
from .widgets.detail import EventDetail, ExcerptList
from .widgets.density import DensityStrip
from .widgets.event_list import EventList
from .widgets.loading import LoadingPanel

NARROW = 150  # below this many columns the detail goes under the list (summaries get the width)
COMPACT_FOOTER = 100  # below this many columns the footer's keys are drawn closer together

#: Textual's light theme with warning and accent text dark enough to read on its surfaces (4.5:1)
LIGHT = replace(BUILTIN_THEMES["textual-light"], name="timeline-light",
                variables={**BUILTIN_THEMES["textual-light"].variables,
                           "text-warning": "#6B4510", "text-accent": "#6B4510"})


class TimelineApp(Places, App[None]):
    CSS_PATH = "app.tcss"
    BINDINGS = APP_KEYS
    TITLE = "timeline"

    class Loaded(Message):
        def __init__(self, timeline: Timeline | None, problems: list[Problem], error: str = "") -> None:
            super().__init__()
            self.timeline, self.problems, self.error = timeline, problems, error

    class Progress(Message):
        """``done`` of ``total`` at ``stage`` (a key of STAGES)."""

        def __init__(self, done: int, total: int, stage: str = "") -> None:
            super().__init__()
            self.done, self.total, self.stage = done, total, stage

    class Searched(Message):
        def __init__(self, query: str, indexes: list[int]) -> None:
            super().__init__()
            self.query, self.indexes = query, indexes

    def __init__(self, inputs: Iterable[str | Path], config: Config | None = None, name: str = "",
                 timeline: Timeline | None = None, use_cache: bool = False, jobs: int = 1) -> None:
        """Browse the articles at ``inputs`` (through the build cache if ``use_cache``), or an
        already built ``timeline``."""
        super().__init__()
        self.use_cache, self.jobs = use_cache, jobs
        self.inputs = [str(p) for p in inputs]
        self.config = config or Config()
        self.corpus_name = name or ", ".join(Path(p).name or p for p in self.inputs)
        self.prebuilt = timeline
        self.timeline: Timeline | None = None
        self._detail_timer: Timer | None = None
        self._last_move = float("-inf")  # when the cursor last moved (time.monotonic)
        self.filters = Filters()
        self.shown: list[int] = []
        #: how the list is grouped (one of ZOOMS), and whether only key events are shown
        self.zoom = "month"
        self.key_only = False
        #: set once the corpus is shown at its opening place (or could not be read): tests wait for it
        self.opened = False
        self.before_search: int | None = None
        #: the format the export dialog offers first: the one last used
        self.export_format = "csv"

    # -- layout -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="◷")
        yield LoadingPanel(self.corpus_name, id="loading")
        yield DensityStrip(id="density")
        with Horizontal(id="body"):
            yield EventList(id="events")
            yield EventDetail(id="detail")
        search = Input(placeholder="search summaries and excerpts (Escape clears)", id="search")
        search.cursor_blink = False  # calm, and the same in every screenshot
        yield search
        yield Static(id="status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.register_theme(LIGHT)
        self.title = f"timeline — {self.corpus_name}"
        self.query_one("#search").display = False
        self.query_one("#density").display = False
        self.query_one("#body").display = False
        self.load()

    def on_resize(self) -> None:
        self.query_one("#body").set_class(self.size.width < NARROW, "narrow")
        # Every key of the footer fits in 80 columns only without the spaces around each and without
        # the palette's own hint (ctrl+p is on the help screen)
        footer = self.query_one(Footer)
        footer.compact = self.size.width < COMPACT_FOOTER
        footer.show_command_palette = self.size.width >= COMPACT_FOOTER

    # -- loading (a worker; it never touches widgets) -------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        if self.prebuilt is not None:
            self.post_message(self.Loaded(self.prebuilt, self.prebuilt.problems))
            return

        def warn(message: str) -> None:
            self.call_from_thread(self.notify, message, severity="warning")

        try:
            timeline = open_timeline(self.inputs, self.config, use_cache=self.use_cache, jobs=self.jobs, warn=warn,
                                     progress=lambda stage, done, total: self.post_message(
                                         self.Progress(done, total, stage)))
        except NothingToRead as nothing:
            self.post_message(self.Loaded(None, nothing.problems))
        except Exception as error:  # shown in the app: a load that fails must not leave a blank screen
            self.post_message(self.Loaded(None, [], f"{type(error).__name__}: {error}"))
        else:
            self.post_message(self.Loaded(timeline, timeline.problems))

    @on(Progress)
    def show_progress(self, message: Progress) -> None:
        self.query_one(LoadingPanel).show(message.done, message.total, message.stage)

    @on(Loaded)
    def loaded(self, message: Loaded) -> None:
        self.query_one("#loading").display = False
        for problem in message.problems[:5]:
            self.notify(str(problem), severity="warning", timeout=8)
        if message.timeline is None:
            text = message.error or f"No article could be read from {self.corpus_name}."
            self.query_one("#status", Static).update(Text(text, style="bold"))
            self.sub_title = "empty"
            self.opened = True
            return
        self.timeline = message.timeline
        self.query_one("#density").display = True
        self.query_one("#body").display = True
        place = position.recall(self.inputs) if self.use_cache else None
        if place is not None and place.get("zoom") in ZOOMS:
            self.zoom = place["zoom"]
        self.refresh_view()
        self.call_after_refresh(self.go_to_start, place)  # once the list has its size
        self.query_one(EventList).focus()

    # -- the view -------------------------------------------------------------------------

    def refresh_view(self, keep: int | None = None, shown: list[int] | None = None) -> None:
        if self.timeline is None:
            return
        self.shown = visible(self.timeline, self.filters) if shown is None else shown
        if self.key_only:
            self.shown = key_indexes(self.timeline, self.shown)
        self.redraw_view(keep)

    def redraw_view(self, keep: int | None = None) -> None:
        """Show the events already chosen (``self.shown``) again: at a new zoom, say."""
        if self.timeline is None:
            return
        events = self.query_one(EventList)
        events.show(self.timeline, self.shown, self.filters.query, keep=keep if keep is not None else events.current,
                    zoom=self.zoom)
        self.query_one(DensityStrip).show(self.timeline, self.shown, in_date_order=not self.filters.query)
        self.update_status()

    def update_status(self) -> None:
        if self.timeline is None:
            return
        total = len(self.timeline.events)
        articles = len(self.timeline.articles)
        undated = sum(1 for a in self.timeline.articles if a.published is None)
        inferred = sum(1 for a in self.timeline.articles if a.published_source is PublishSource.INFERRED)
        self.sub_title = f"{total} events · {articles} articles" + (f" · {inferred} dated by inference"
                                                                     if inferred else "")
        text = Text(f"{len(self.shown)} of {total} events")
        described = " · ".join(part for part in (self.filters.describe(), "key events" if self.key_only else "")
                               if part)
        text.append(f" · {described}" if described else " · no filters", style="bold" if described else "dim")
        if undated:
            text.append(f" · {undated} undated article{'s' if undated > 1 else ''}", style="dim")
        text.append(f" · by {self.zoom}", style="dim")
        self.query_one("#status", Static).update(text)

    DETAIL_DELAY = 0.06  # seconds the cursor must rest before the detail is redrawn

    @on(EventList.Highlighted)
    def highlighted(self, message: EventList.Highlighted) -> None:
        # A move after a rest shows its detail at once; holding ↓ should not rebuild the detail for
        # every row passed, so a move soon after another draws it once the cursor rests.
        now = monotonic()
        repeating, self._last_move = now - self._last_move < self.DETAIL_DELAY, now
        if self._detail_timer is not None:
            self._detail_timer.stop()
        elif not repeating:
            self.show_detail(message.index)
            return
        self._detail_timer = self.set_timer(self.DETAIL_DELAY, lambda: self.show_detail(message.index))

    def show_detail(self, index: int | None) -> None:
        self._detail_timer = None
        if not self.is_running or self.timeline is None:
            return
        event = self.timeline.events[index] if index is not None else None
        self.screen_stack[0].query_one(EventDetail).show(event)
        self.screen_stack[0].query_one(DensityStrip).selected = index

    def flush_detail(self) -> None:
        """Draw a detail that is still waiting for the cursor to rest."""
        if self._detail_timer is not None:
            self._detail_timer.stop()
            self.show_detail(self.query_one(EventList).current)

    @on(EventList.Selected)
    def into_excerpts(self) -> None:
        self.flush_detail()
        excerpts = self.query_one(ExcerptList)
        if excerpts.mentions:
            excerpts.focus()

    @on(ExcerptList.Open)
    def open_article(self, message: ExcerptList.Open) -> None:
        assert self.timeline is not None
        mention = message.mention
        mentions = [m for m in self.timeline.mentions if m.article.id == mention.article.id]
        current = next((i for i, m in enumerate(mentions) if m.expression.start == mention.expression.start), 0)
        self.push_screen(ArticleScreen(mention.article, mentions, current))

    def action_open_article(self) -> None:
        self.flush_detail()
        excerpts = self.query_one(ExcerptList)
        if excerpts.mentions:
            excerpts.action_open()

    # -- search ---------------------------------------------------------------------------

    def action_search(self) -> None:
        if self.timeline is None:
            return
        search = self.query_one("#search", Input)
        if not search.display:
            self.before_search = self.query_one(EventList).current
        search.display = True
        self.screen.set_focus(search)  # at once, not later: keys typed right after "/" belong to it

    @on(Input.Changed, "#search")
    def search_changed(self, message: Input.Changed) -> None:
        self.run_search(message.value)

    @on(Input.Submitted, "#search")
    def search_submitted(self) -> None:
        self.query_one(EventList).focus()

    #: above this many events a search is first narrowed by the cache's full-text index
    FULL_TEXT_FROM = 20_000

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        if self.timeline is None:
            return
        candidates = None
        key = self.timeline.stats.key
        if query.strip() and key and self.use_cache and len(self.timeline.events) > self.FULL_TEXT_FROM:
            candidates = full_text_search(key, query)
        filters = self.filters.with_(query=query.strip())
        self.post_message(self.Searched(query, visible(self.timeline, filters, candidates)))

    @on(Searched)
    def searched(self, message: Searched) -> None:
        if message.query != self.query_one("#search", Input).value:
            return  # a newer query is on its way
        self.filters = self.filters.with_(query=message.query.strip())
        self.refresh_view(shown=message.indexes)

    def clear_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = False
        self.workers.cancel_group(self, "search")
        with search.prevent(Input.Changed):
            search.value = ""
        self.filters = self.filters.with_(query="")
        self.refresh_view(keep=self.before_search)
        self.query_one(EventList).focus()

    def action_back(self) -> None:
        if self.query_one("#search").display or self.filters.query:
            self.clear_search()
        elif isinstance(self.focused, ExcerptList):
            self.query_one(EventList).focus()

    # -- filters, export, help, theme ------------------------------------------------------

    def action_filters(self) -> None:
        if self.timeline is None:
            return

        def apply(filters: Filters | None) -> None:
            if filters is not None:
                self.filters = filters
                self.refresh_view()

        self.push_screen(FilterScreen(self.timeline, self.filters), apply)

    def action_toggle_undated(self) -> None:
        self.filters = self.filters.with_(show_undated=not self.filters.show_undated)
        self.refresh_view()

    def action_export(self) -> None:
        if self.timeline is None:
            return
        stem = Path(self.inputs[0]).stem if self.inputs else ""
        default = Path.cwd() / f"{stem or 'timeline'}-events.csv"

        def chosen(request: ExportRequest | None) -> None:
            if request is not None:
                self.export_format = request.format
                self.export_to(request, list(self.shown))

        self.push_screen(ExportScreen(default, len(self.shown), self.export_format), chosen)

    @work(thread=True, group="export")
    def export_to(self, request: ExportRequest, shown: list[int]) -> None:
        assert self.timeline is not None
        level = level_for(request.format, None)
        try:
            count = write_file(subset(self.timeline, shown), request.path, level, request.format,
                               excel=request.excel, title=self.corpus_name)
        except OSError as error:
            self.call_from_thread(self.notify, f"Cannot write {request.path}: {error.strerror or error}",
                                  severity="error")
            return
        what = FORMATS[request.format].summary.split(",")[0]
        self.call_from_thread(self.notify, f"Wrote {count} {level}s to {request.path} ({what})")

    MAIN_SCREEN_ACTIONS = frozenset({"search", "filters", "toggle_undated", "export", "open_article", "goto", "zoom",
                                     "key_events", "copy"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The timeline's own keys work (and show in the footer) only on the timeline screen."""
        if action in self.MAIN_SCREEN_ACTIONS and len(self.screen_stack) > 1:
            return False
        return True

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT.name if self.theme == "textual-dark" else "textual-dark"

    def action_save_screenshot(self) -> None:
        path = self.save_screenshot(path=str(Path.cwd()))
        self.notify(f"Saved a screenshot to {path}")

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # Textual's own Screenshot fails in some terminals (it "delivers" the file); ours saves it here.
        yield from (command for command in super().get_system_commands(screen) if command.title != "Screenshot")
        yield SystemCommand("Search", "Filter events by words in summaries and excerpts", self.action_search)
        yield SystemCommand("Go to a date", "1997, 2009-06, June 2009, 25 June 2009", self.action_goto)
        yield SystemCommand("Zoom", "Group the list by day, month or year", self.action_zoom)
        yield SystemCommand("Key events", "Only the most important events, or all again", self.action_key_events)
        yield SystemCommand("Filter", "Date range, sources, conflicts, articles", self.action_filters)
        yield SystemCommand("Copy", "The selected event or excerpt, to the clipboard", self.action_copy)
        yield SystemCommand("Toggle undated", "Show or hide events without a date", self.action_toggle_undated)
        yield SystemCommand("Export", "Write the events shown to a file (CSV, ICS, TimelineJS…)", self.action_export)
        yield SystemCommand("Screenshot", f"Save an SVG of the screen in {Path.cwd()}", self.action_save_screenshot)
        yield SystemCommand("Help", "Every key", self.action_help)

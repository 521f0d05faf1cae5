"""Pilot tests of the app's key flows; they assert state, not pixels."""

import asyncio
import contextlib
import csv
from pathlib import Path

import pytest

from timeline.config import Config
from tui.app import TimelineApp
from tui.screens.article import ArticleScreen
from tui.screens.help import HelpScreen
from tui.widgets.detail import ExcerptList
from tui.widgets.event_list import EventList

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@contextlib.asynccontextmanager
async def running(*inputs, size=(120, 40)):
    """A started app on ``inputs`` (the seeds by default), its timeline loaded."""
    app = TimelineApp(list(inputs) or [SEEDS], Config())
    async with app.run_test(size=size) as pilot:
        await started(pilot)
        yield app, pilot


async def filter_dates(pilot, text):
    """Open the filters, type a date range, apply."""
    await pilot.press("f")
    await pilot.pause()
    await pilot.click("#dates")
    await pilot.press(*text, "enter")
    await pilot.pause()


async def started(pilot):
    await pilot.app.workers.wait_for_complete()
    for _ in range(200):  # the app moves to its opening place after its first refresh
        if pilot.app.opened:
            break
        await pilot.pause(0.02)
    await pilot.pause(0.1)  # the detail is drawn once the cursor rests


def current_event(app):
    return app.timeline.events[app.query_one(EventList).current]


@pytest.mark.worker_processes  # the app's default build, its worker process and all
def test_open_and_move():
    asyncio.run(_test_open_and_move())


async def _test_open_and_move():
    async with running() as (app, pilot):
        assert len(app.shown) == len(app.timeline.events) == 8
        assert "8 events" in app.sub_title
        await pilot.press("home")
        first = current_event(app)
        assert first is app.timeline.events[app.shown[0]]
        await pilot.press("down", "down")
        assert current_event(app) is app.timeline.events[app.shown[2]]
        await pilot.press("up")
        assert current_event(app) is app.timeline.events[app.shown[1]]
        await pilot.press("end")
        assert current_event(app) is app.timeline.events[app.shown[-1]]


def test_search_and_clear_restores_selection():
    asyncio.run(_test_search_and_clear_restores_selection())


async def _test_search_and_clear_restores_selection():
    async with running() as (app, pilot):
        await pilot.press("down", "down")
        before = current_event(app)
        await pilot.press("slash")
        await pilot.press(*"grocery")
        await started(pilot)
        assert len(app.shown) == 1 and "grocery" in current_event(app).summary
        assert "search “grocery”" in app.filters.describe()
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.shown) == 8 and current_event(app) is before


def test_filters_by_date_range_and_sources():
    asyncio.run(_test_filters_by_date_range_and_sources())


async def _test_filters_by_date_range_and_sources():
    async with running() as (app, pilot):
        await filter_dates(pilot, "2020-10")
        assert app.shown and all(app.timeline.events[i].interval.start.month == 10 for i in app.shown)
        assert "dates 2020-10" in app.query_one("#status").render().plain
        app.filters = app.filters.with_(min_sources=3)
        app.refresh_view()
        assert all(app.timeline.events[i].source_count >= 3 for i in app.shown)


def test_bad_date_range_is_explained_not_applied():
    asyncio.run(_test_bad_date_range_is_explained_not_applied())


async def _test_bad_date_range_is_explained_not_applied():
    async with running() as (app, pilot):
        await filter_dates(pilot, "soon")
        assert "not a date" in str(app.screen.query_one("#dates-error").render())
        await pilot.press("escape")
        assert len(app.shown) == 8


def test_open_article_at_the_excerpt_and_back():
    asyncio.run(_test_open_article_at_the_excerpt_and_back())


async def _test_open_article_at_the_excerpt_and_back():
    async with running() as (app, pilot):
        while "Billboard" not in current_event(app).summary:
            await pilot.press("down")
        await pilot.press("enter")
        assert isinstance(app.focused, ExcerptList)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        first = screen.query_one("#article-status").render().plain
        assert "→ Wed 14 Oct 2020" in first
        await pilot.press("n")
        assert screen.query_one("#article-status").render().plain != first
        await pilot.press("escape")
        assert not isinstance(app.screen, ArticleScreen)


def test_export_writes_what_is_shown(tmp_path):
    asyncio.run(_test_export_writes_what_is_shown(tmp_path))


async def _test_export_writes_what_is_shown(tmp_path):
    async with running() as (app, pilot):
        app.filters = app.filters.with_(min_sources=2)
        app.refresh_view()
        shown = [app.timeline.events[i].id for i in app.shown]
        await pilot.press("e")
        await pilot.pause()
        target = tmp_path / "out.csv"
        app.screen.query_one("#path").value = str(target)
        await pilot.press("enter")
        await started(pilot)
        rows = list(csv.DictReader(open(target, encoding="utf-8", newline="")))
        assert [r["event_id"] for r in rows] == shown and len(shown) < 7


def test_export_dialog_offers_every_format_and_follows_its_extension(tmp_path):
    asyncio.run(_test_export_dialog_offers_every_format(tmp_path))


async def _test_export_dialog_offers_every_format(tmp_path):
    from icalendar import Calendar
    from textual.widgets import Checkbox, Select

    from timeline.output.export import FORMATS

    async with running() as (app, pilot):
        await pilot.press("e")
        await pilot.pause()
        select = app.screen.query_one("#format", Select)
        assert [value for _, value in select._options] == list(FORMATS)  # the registry, no second list
        assert app.screen.query_one("#path").value.endswith("-events.csv")
        assert app.screen.query_one("#excel", Checkbox).display  # for spreadsheets only
        select.value = "ics"
        await pilot.pause()
        assert app.screen.query_one("#path").value.endswith("-events.ics")
        assert not app.screen.query_one("#excel", Checkbox).display
        target = tmp_path / "shown.ics"
        app.screen.query_one("#path").value = str(target)
        await pilot.press("enter")
        await started(pilot)
        vevents = list(Calendar.from_ical(target.read_text(encoding="utf-8")).walk("VEVENT"))
        assert len(vevents) == sum(1 for i in app.shown if app.timeline.events[i].interval is not None)
        await pilot.press("e")  # the dialog offers the last format first
        await pilot.pause()
        assert app.screen.query_one("#format", Select).value == "ics"


def test_help_lists_keys():
    asyncio.run(_test_help_lists_keys())


async def _test_help_lists_keys():
    async with running() as (app, pilot):
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


def test_article_text_is_shown_literally(tmp_path):
    asyncio.run(_test_article_text_is_shown_literally(tmp_path))


async def _test_article_text_is_shown_literally(tmp_path):
    (tmp_path / "a.txt").write_text("date 2020-10-15 [bold red]Mayor[/] quit on Monday \x1b[31mnow\x1b[0m.",
                                    encoding="utf-8")
    async with running(tmp_path) as (app, pilot):
        events = app.query_one(EventList)
        lines = [events.render_line(y).text for y in range(3)]
        assert any("[bold red]Mayor[/]" in line for line in lines), lines
        assert not any("\x1b" in line for line in lines)


def test_empty_corpus_says_so(tmp_path):
    asyncio.run(_test_empty_corpus_says_so(tmp_path))


async def _test_empty_corpus_says_so(tmp_path):
    async with running(tmp_path, size=(80, 24)) as (app, pilot):
        assert app.timeline is None
        assert "No article could be read" in app.query_one("#status").render().plain


def test_undated_toggle(tmp_path):
    asyncio.run(_test_undated_toggle(tmp_path))


async def _test_undated_toggle(tmp_path):
    (tmp_path / "a.txt").write_text("date 2020-10-15 The mayor quit on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("A comet will pass next week.", encoding="utf-8")
    async with running(tmp_path) as (app, pilot):
        assert len(app.shown) == 2
        await pilot.press("u")
        assert len(app.shown) == 1 and "undated hidden" in app.filters.describe()


def test_density_span_ignores_outliers():
    from datetime import date as d

    from timeline.model import Event, Timeline
    from timeline.temporal import Granularity, Interval
    from timeline.output.view import density

    days = [d(1, 1, 1)] + [d(2020, 1, k) for k in range(1, 31)] * 4 + [d(2065, 1, 1)]
    events = [Event(f"E{k}", [], Interval(x, x), Granularity.DAY, None, "") for k, x in enumerate(days)]
    spread = density(Timeline([], [], events), list(range(len(events))), 10)
    assert spread.start == d(2020, 1, 1) and spread.end == d(2020, 1, 30)
    assert sum(spread.counts) == len(events)


def test_keys_typed_right_after_slash_go_to_the_search():
    asyncio.run(_test_keys_typed_right_after_slash_go_to_the_search())


async def _test_keys_typed_right_after_slash_go_to_the_search():
    from textual.widgets import Input

    async with running() as (app, pilot):
        await pilot.press("slash", *"grocery")  # one burst, as a paste
        await started(pilot)
        assert app.query_one("#search", Input).value == "grocery"
        assert not isinstance(app.screen, ArticleScreen)



def test_the_article_opens_scrolled_to_the_excerpt(tmp_path):
    asyncio.run(_test_the_article_opens_scrolled_to_the_excerpt(tmp_path))


async def _test_the_article_opens_scrolled_to_the_excerpt(tmp_path):
    from tui.screens.article import ArticleText

    filler = "\n\n".join(f"Paragraph {n} says nothing about any particular time at all." for n in range(80))
    (tmp_path / "a.txt").write_text(f"date 2020-10-15 {filler}\n\nThe mayor resigned on Monday.", encoding="utf-8")
    async with running(tmp_path, size=(100, 30)) as (app, pilot):
        await pilot.press("enter", "enter")
        await pilot.pause()
        view = app.screen.query_one(ArticleText)
        line = view.line_of(view.text.index("Monday"))
        assert line > 100
        assert view.scroll_offset.y <= line < view.scroll_offset.y + view.size.height


def test_article_lines_fit_beside_the_scrollbar():
    asyncio.run(_test_article_lines_fit_beside_the_scrollbar())


async def _test_article_lines_fit_beside_the_scrollbar():
    from tui.screens.article import ArticleText

    async with running(size=(100, 30)) as (app, pilot):
        await pilot.press("enter", "enter")
        await pilot.pause()
        view = app.screen.query_one(ArticleText)
        width = view.scrollable_content_region.width
        assert view.max_scroll_y > 0 and view.max_scroll_x == 0  # a vertical scrollbar, no horizontal one
        for y in range(view.size.height):
            start, end = view.lines[view.scroll_offset.y + y]
            assert view.render_line(y).text.rstrip() == view.text[start:end].rstrip()  # no character cut off
            assert end - start <= width


def test_titles_name_articles_everywhere(tmp_path):
    asyncio.run(_test_titles_name_articles_everywhere(tmp_path))


async def _test_titles_name_articles_everywhere(tmp_path):
    import json

    from textual.widgets import SelectionList

    from tui.screens.dialogs import FilterScreen

    items = [{"id": "a1", "title": "Mayor [b]quits[/b]", "url": "https://x.example/a1", "published": "2020-10-15",
              "text": "The mayor quit on Monday."}]
    (tmp_path / "news.json").write_text(json.dumps(items), encoding="utf-8")
    async with running(tmp_path) as (app, pilot):
        excerpts = app.query_one(ExcerptList)
        for _ in range(100):  # the detail is drawn once the cursor rests, later on a busy machine
            if excerpts.option_count:
                break
            await pilot.pause(0.05)
        prompt = excerpts.get_option_at_index(0).prompt.plain
        assert prompt.startswith("Mayor [b]quits[/b] (a1) · 2020-10-15")
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, FilterScreen)
        selection = app.screen.query_one(SelectionList)
        assert selection.get_option_at_index(0).prompt.plain == "Mayor [b]quits[/b] (a1)"
        await pilot.press("escape")
        await pilot.pause()
        excerpts.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        header = app.screen.query_one("#article-title").render().plain
        assert header.startswith("Mayor [b]quits[/b] (a1)") and "https://x.example/a1" in header


# -- issue 15: going places on a corpus of decades -----------------------------------------

import sys  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from snapshot_app import decades_timeline  # noqa: E402


@contextlib.asynccontextmanager
async def decades(size=(120, 40), use_cache=False, inputs=()):
    app = TimelineApp(list(inputs), Config(), name="decades", timeline=decades_timeline(), use_cache=use_cache)
    async with app.run_test(size=size) as pilot:
        await started(pilot)
        yield app, pilot


def test_opens_where_the_news_is_not_at_the_oldest_year():
    async def run():
        async with decades() as (app, pilot):
            event = current_event(app)
            assert event.interval.start.year == 2016 and event.interval.start.month == 6
            assert app.query_one(EventList).scroll_offset.y > 0
    asyncio.run(run())


def test_go_to_a_date_typed_in_several_forms():
    from tui.screens.dialogs import GoToScreen

    async def run():
        async with decades() as (app, pilot):
            for typed, year, month in (("1997", 1997, None), ("2009-06", 2009, 6), ("June 2009", 2009, 6),
                                       ("25 June 2009", 2009, 6), ("juni 2009", 2009, 6)):
                await pilot.press("g")
                await pilot.pause()
                assert isinstance(app.screen, GoToScreen)
                await pilot.press(*typed, "enter")
                await pilot.pause()
                start = current_event(app).interval.start
                assert start.year == year and (month is None or start.month == month), (typed, start)
            await pilot.press("g", *"soon", "enter")
            await pilot.pause()
            assert "not a date" in app.screen.query_one("#goto-error").render().plain
    asyncio.run(run())


def test_clicking_the_strip_goes_there_and_it_marks_the_rows_on_screen():
    from tui.widgets.density import DensityStrip

    async def run():
        async with decades() as (app, pilot):
            strip = app.query_one(DensityStrip)
            await pilot.click(DensityStrip, offset=(2, 0))
            await pilot.pause()
            assert current_event(app).interval.start.year < 1995
            assert strip.on_screen is not None and strip.on_screen[0].year < 1995
    asyncio.run(run())


def test_zoom_cycles_day_month_year_with_counts():
    async def run():
        async with decades() as (app, pilot):
            events = app.query_one(EventList)
            assert app.zoom == "month"
            await pilot.press("z")
            assert app.zoom == "year"
            assert any(g.name == "2016" and g.count > 1000 for g in events.groups)
            big = next(g for g in events.groups if g.name == "2016")
            assert f"{big.count:,} events ──" in events._heading_strip(big, 100).text
            await pilot.press("z")
            assert app.zoom == "day" and len(events.groups) > 1000
            await pilot.press("z")
            assert app.zoom == "month"
    asyncio.run(run())


def test_zoom_keeps_the_cursors_event_on_its_screen_row():
    async def run():
        async with decades() as (app, pilot):
            events = app.query_one(EventList)
            for _ in range(3):
                await pilot.press("pagedown")
            await pilot.press("down", "down")
            await pilot.pause()
            event, row = events.current, events.row_of(events.cursor) - events.scroll_offset.y
            for _ in range(3):  # year, day, month
                await pilot.press("z")
                await pilot.pause()
                assert events.current == event
                assert events.row_of(events.cursor) - events.scroll_offset.y == row
    asyncio.run(run())


def test_key_events_show_the_most_important_and_the_strip_follows():
    from tui.widgets.density import DensityStrip

    async def run():
        async with decades() as (app, pilot):
            await pilot.press("k")
            assert 0 < len(app.shown) < len(app.timeline.events) / 5
            lowest = min(app.timeline.events[i].importance for i in app.shown)
            assert sum(e.importance > lowest for e in app.timeline.events) <= len(app.shown)
            assert app.query_one(DensityStrip).indexes == app.shown
            assert "key events" in app.query_one("#status").render().plain
            await pilot.press("k")
            assert len(app.shown) == len(app.timeline.events)
    asyncio.run(run())


def test_copy_the_event_or_the_excerpt():
    async def run():
        async with decades() as (app, pilot):
            copied = []
            app.copy_to_clipboard = copied.append
            await pilot.press("c")
            event = current_event(app)
            assert event.summary in copied[-1] and event.label in copied[-1] and "(a" in copied[-1]
            await pilot.press("enter", "c")
            assert copied[-1].startswith(event.mentions[0].sentence)
    asyncio.run(run())


def test_ctrl_c_quits_and_the_place_is_remembered(tmp_path):
    async def run():
        (tmp_path / "corpus").mkdir()
        async with decades(use_cache=True, inputs=[tmp_path / "corpus"]) as (app, pilot):
            await pilot.press("g", *"1997", "enter")
            await pilot.pause()
            left = current_event(app)
            await pilot.press("ctrl+c")
            await pilot.pause()
        assert app.return_code is not None or not app.is_running
        async with decades(use_cache=True, inputs=[tmp_path / "corpus"]) as (again, pilot):
            assert current_event(again).id == left.id
    asyncio.run(run())


def test_export_asks_before_replacing_a_file(tmp_path):
    async def run():
        target = tmp_path / "out.csv"
        target.write_text("keep me", encoding="utf-8")
        async with decades() as (app, pilot):
            await pilot.press("e")
            await pilot.pause()
            app.screen.query_one("#path").value = str(target)
            await pilot.press("enter")
            await pilot.pause()
            assert "exists" in app.screen.query_one("#exists").render().plain
            assert target.read_text(encoding="utf-8") == "keep me"
            await pilot.press("enter")
            await started(pilot)
            assert target.read_text(encoding="utf-8").startswith("event_id")
    asyncio.run(run())


def test_article_filter_searches_titles_and_ids():
    from textual.widgets import SelectionList

    async def run():
        async with decades(size=(80, 24)) as (app, pilot):
            await pilot.press("f")
            await pilot.pause()
            await pilot.click("#article-search")
            await pilot.press(*"issue 15")
            await pilot.pause()
            articles = app.screen.query_one(SelectionList)
            shown = [articles.get_option_at_index(k).prompt.plain for k in range(articles.option_count)]
            assert shown and all("issue" in s and "15" in s for s in shown) and len(shown) < 20
            articles.deselect_all()
            await pilot.pause()
            assert app.screen.query_one("#apply").region.bottom <= 24  # the dialog fits 80×24
            await pilot.click("#apply")
            await pilot.pause()
            assert app.filters.articles is not None and len(app.filters.articles) == 200 - len(shown)
    asyncio.run(run())


def test_room_for_the_story_and_dates_never_cut():
    async def run():
        async with decades(size=(120, 40)) as (app, pilot):
            events = app.query_one(EventList)
            width = events.scrollable_content_region.width
            assert width - events.date_width - 8 >= 60  # room for at least 60 characters of summary
            for y in range(events.size.height):
                group, position = events.at_row(events.scroll_offset.y + y)
                if position is not None:
                    label = app.timeline.events[events.indexes[position]].label
                    assert label in events.render_line(y).text
    asyncio.run(run())


def test_light_theme_text_is_readable():
    from tui.widgets.density import DensityStrip

    def luminance(color):
        def channel(v):
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        r, g, b = color.get_truecolor()
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

    async def run():
        async with decades() as (app, pilot):
            await pilot.press("t")
            await pilot.pause()
            parts = [(app.query_one(EventList), c) for c in EventList.COMPONENT_CLASSES if c != "event-list--cursor"]
            parts.append((app.query_one(DensityStrip), "density--axis"))
            for widget, part in parts:
                style = widget.rich_style + widget.get_component_rich_style(part, partial=True)
                a, b = luminance(style.color), luminance(style.bgcolor)
                assert (max(a, b) + 0.05) / (min(a, b) + 0.05) >= 4.5, part
    asyncio.run(run())


def test_every_key_is_in_the_help_and_the_palette():
    from tui.keys import APP_KEYS, HELP

    async def run():
        async with decades() as (app, pilot):
            helped = " ".join(key for _, keys in HELP for key, _ in keys)
            for binding in APP_KEYS:
                if binding.action not in ("back", "quit", "help", "toggle_theme", "open_article"):
                    assert binding.key in helped or binding.key == "slash", binding.key
            titles = {command.title for command in app.get_system_commands(app.screen)}
            assert {"Go to a date", "Zoom", "Key events", "Copy", "Screenshot"} <= titles
    asyncio.run(run())

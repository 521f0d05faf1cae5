"""SVG snapshots of the app at fixed sizes on fixed data (pytest-textual-snapshot).

A new snapshot fails on its first run by design: generate with
``pytest tests/test_snapshots.py --snapshot-update``, look at every SVG in
tests/__snapshots__/, and commit only those that show the screen right.
"""

from pathlib import Path

import pytest

from timeline.config import Config
from tui.app import TimelineApp
from tui.widgets.event_list import EventList

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)  # paths shown in the app are relative, the same on every machine


async def loaded(pilot):
    await pilot.app.workers.wait_for_complete()
    for _ in range(200):  # the app moves to its opening place after its first refresh
        if pilot.app.opened:
            break
        await pilot.pause(0.02)
    await pilot.pause(0.1)  # the detail is drawn once the cursor rests


def seeds_app():
    return TimelineApp([Path("seeds")], Config())


async def to_event(pilot, word):
    await loaded(pilot)
    app = pilot.app
    events = app.query_one(EventList)
    while word not in app.timeline.events[events.current].summary:
        await pilot.press("down")
    await pilot.pause(0.1)


def test_main_screen_120x40(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(120, 40), run_before=loaded)


def test_main_screen_80x24(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(80, 24), run_before=loaded)


def test_billboard_event_detail(snap_compare):
    async def run_before(pilot):
        await to_event(pilot, "Billboard")
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(seeds_app(), terminal_size=(120, 40), run_before=run_before)


def test_article_screen_at_excerpt(snap_compare):
    async def run_before(pilot):
        await to_event(pilot, "tribute")
        await pilot.press("enter", "enter")
        await pilot.pause()

    assert snap_compare(seeds_app(), terminal_size=(120, 40), run_before=run_before)


def test_search_results(snap_compare):
    async def run_before(pilot):
        await loaded(pilot)
        await pilot.press("slash", *"instagram")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(seeds_app(), terminal_size=(120, 40), run_before=run_before)


def test_help_screen(snap_compare):
    async def run_before(pilot):
        await loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause(0.2)

    assert snap_compare(seeds_app(), terminal_size=(120, 40), run_before=run_before)


def test_empty_corpus(snap_compare, tmp_path):
    (tmp_path / "empty").mkdir()
    app = TimelineApp([tmp_path / "empty"], Config(), name="empty")
    assert snap_compare(app, terminal_size=(80, 24), run_before=loaded)


def test_corpus_with_undated_articles(snap_compare, tmp_path):
    (tmp_path / "a.txt").write_text("date 2020-10-15 The mayor of Springfield resigned on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("A rare comet will be visible from the south next week.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("The harbour flooded two weeks ago, the council said.", encoding="utf-8")
    app = TimelineApp([tmp_path], Config(), name="mixed")
    assert snap_compare(app, terminal_size=(100, 24), run_before=loaded)


# -- a synthetic corpus of 3,000 events over decades (tests/snapshot_app.py) ---------------

import sys  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from snapshot_app import decades_timeline  # noqa: E402


def decades_app():
    return TimelineApp([], Config(), name="decades", timeline=decades_timeline())


def pressing(*keys, settle=0.2):
    async def run_before(pilot):
        await loaded(pilot)
        for key in keys:
            await pilot.press(key)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(settle)
    return run_before


def test_decades_open_at_the_dense_period(snap_compare):
    """Opened at June 2016 (its latest dense month), not at "year 6": the heading with its count,
    dates uncut, summaries of 60+ characters, the strip marking the rows on screen."""
    assert snap_compare(decades_app(), terminal_size=(120, 40), run_before=loaded)


def test_decades_go_to_date_prompt(snap_compare):
    """The go-to-date dialog with "June 2009" typed, over the list."""
    assert snap_compare(decades_app(), terminal_size=(80, 24), run_before=pressing("g", *"June 2009"))


def test_decades_year_zoom(snap_compare):
    """Grouped by year ("z"): year headings with their counts; the status says "by year"."""
    assert snap_compare(decades_app(), terminal_size=(120, 40), run_before=pressing("z", "home"))


def test_decades_key_events(snap_compare):
    """Only the key events ("k"): far fewer rows, the status says "key events", the strip follows."""
    assert snap_compare(decades_app(), terminal_size=(120, 40), run_before=pressing("k"))


def test_decades_excerpts_at_80x24(snap_compare):
    """Excerpt mode in a small terminal: the excerpt's header and its sentence are visible."""
    assert snap_compare(decades_app(), terminal_size=(80, 24), run_before=pressing("enter"))


def test_decades_light_theme(snap_compare):
    """The light theme: headings, counts, source counts and the strip's dates dark on light."""
    assert snap_compare(decades_app(), terminal_size=(100, 30), run_before=pressing("t"))


def test_decades_article_filter_with_a_search(snap_compare):
    """The filter dialog at 80×24 with "Lakeside" typed in the article search: only Lakeside
    articles listed, the buttons on screen."""
    async def run_before(pilot):
        await loaded(pilot)
        await pilot.press("f")
        await pilot.pause()
        await pilot.click("#article-search")
        await pilot.press(*"Lakeside")
        search, articles = (pilot.app.screen.query_one(name) for name in ("#article-search", "#articles"))
        for _ in range(200):  # under load the last key's list may not be drawn yet
            await pilot.pause(0.02)
            options = [articles.get_option_at_index(i).prompt for i in range(articles.option_count)]
            if search.value == "Lakeside" and options and all("Lakeside" in str(p) for p in options):
                break
        await pilot.pause(0.1)

    assert snap_compare(decades_app(), terminal_size=(80, 24), run_before=run_before)

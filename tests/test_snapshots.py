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
        await pilot.pause()

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

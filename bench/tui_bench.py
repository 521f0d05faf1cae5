"""The app on 100,000 synthetic events, headless: time to first screen, time per key, peak memory.

    python bench/tui_bench.py [--events N]

Baselines in the same run: an unbound key (what Textual's Pilot harness
itself costs per press and repaint; "app's own" is the difference: in wall
time, which the harness's 20 ms idle checks make coarse and other work on the
machine inflates, and in this process's processor time, which neither does), and
the same events loaded into a Textual DataTable (the widget the Line-API
list replaces). "↓/PgDn to its last frame" is the app's own wall time per key
without the harness: from the key's action to the last frame it makes, with
Textual's 60-a-second frame pacing lifted (see frame_times).
Targets (issue 15, at 1,000,000 events): first screen < 1 s, the app's own time per ↓ and PgDn
< 20 ms, go-to-date < 50 ms, memory < 1 GB (issue 5, at 100,000: first screen < 1.5 s, key < 50 ms,
memory < 400 MB).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.model import Article, PublishSource  # noqa: E402
from timeline.model import Event, Mention, Timeline  # noqa: E402
from timeline.temporal import Granularity, Interval, TimeExpression  # noqa: E402


def synthetic(n: int) -> Timeline:
    """``n`` events over ~27 years, each with one mention in one of 1,000 articles."""
    articles = [Article(id=f"a{k:04d}", path=f"a{k:04d}.txt", text="On Monday the council met. " * 4,
                        published=date(2000, 1, 1) + timedelta(days=k), published_source=PublishSource.HEADER, language="en")
                for k in range(1000)]
    events, mentions = [], []
    expression = None
    for k in range(n):
        day = date(2000, 1, 1) + timedelta(days=k // 10)
        article = articles[k % 1000]
        if k % 10 == 0:  # one expression per day, shared by its ten events (as interned data would be)
            expression = TimeExpression(3, 9, "Monday", "DATE", day.isoformat(), None, Interval(day, day),
                                        Granularity.DAY)
        e = expression
        m = Mention(article, e, article.published, "On Monday the council met.", 0, event_id=f"E{k:06d}")
        mentions.append(m)
        events.append(Event(f"E{k:06d}", [m], e.interval, Granularity.DAY, None,
                            f"The council of town {k} met to discuss the budget", day.isoformat()))
    return Timeline(articles, mentions, events)


async def measure(timeline: Timeline) -> dict[str, float]:
    from tui.app import TimelineApp
    from tui.widgets.event_list import EventList

    app = TimelineApp([], name="synthetic", timeline=timeline)
    started = time.perf_counter()
    figures: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        figures["first screen (s)"] = time.perf_counter() - started
        for key, label in (("x", "unbound (harness)"), ("down", "↓"), ("pagedown", "PgDn"), ("end", "End"),
                           ("home", "Home")):
            runs = 20
            begin, cpu = time.perf_counter(), time.process_time()
            for _ in range(runs):
                await pilot.press(key)
                await pilot.pause()
            figures[f"key {label} (ms)"] = (time.perf_counter() - begin) / runs * 1000
            figures[f"cpu {label} (ms)"] = (time.process_time() - cpu) / runs * 1000
        assert app.query_one(EventList).current is not None
        from timeline.output.view import parse_goto

        begin = time.perf_counter()
        for typed in ("2003", "June 2009", "2001-02-03", "1 March 2005", "2020") * 4:
            app.go_to(parse_goto(typed))
        figures["go to a date, app's own (ms)"] = (time.perf_counter() - begin) / 20 * 1000
        begin = time.perf_counter()
        await pilot.press("z")
        await pilot.pause()
        figures["zoom (ms)"] = (time.perf_counter() - begin) * 1000
    return figures


async def frame_times(timeline: Timeline) -> dict[str, float]:
    """The app's own wall time per key, without the harness: from the key's action starting to the
    last frame it makes (median of 20 presses). Textual paces frames at 60 a second; that pacing is
    lifted here, so what is timed is the app's work and rendering, not the wait for a frame slot."""
    import statistics

    import textual.screen
    from tui.app import TimelineApp

    paced, textual.screen.UPDATE_PERIOD = textual.screen.UPDATE_PERIOD, 0.001
    app = TimelineApp([], name="synthetic", timeline=timeline)
    figures: dict[str, float] = {}
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause(0.3)
            started: list[float] = []
            frames: list[float] = []
            display, run_action = app._display, app.run_action

            def timed_display(screen, renderable) -> None:
                if renderable is not None:
                    frames.append(time.perf_counter())
                display(screen, renderable)

            async def timed_action(*args, **kwargs):
                started.append(time.perf_counter())
                return await run_action(*args, **kwargs)

            app._display, app.run_action = timed_display, timed_action
            for key, label in (("down", "↓"), ("pagedown", "PgDn")):
                spans = []
                for _ in range(20):
                    started.clear(), frames.clear()
                    await pilot.press(key)
                    await pilot.pause(0.1)
                    if started and frames:
                        spans.append((frames[-1] - started[0]) * 1000)
                figures[f"{label} to its last frame (ms)"] = statistics.median(spans)
    finally:
        textual.screen.UPDATE_PERIOD = paced
    return figures


async def datatable_baseline(timeline: Timeline) -> float:
    from textual.app import App
    from textual.widgets import DataTable

    class Table(App[None]):
        def compose(self):
            yield DataTable()

    app = Table()
    started = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        table = app.query_one(DataTable)
        table.add_columns("date", "summary", "sources")
        table.add_rows((e.label, e.summary, str(e.source_count)) for e in timeline.events)
        await pilot.pause()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--no-baseline", action="store_true", help="skip the DataTable baseline")
    args = parser.parse_args()
    built = time.perf_counter()
    timeline = synthetic(args.events)
    print(f"{date.today()}  {args.events:,} synthetic events (built in {time.perf_counter() - built:.1f} s)"
          f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    figures = asyncio.run(measure(timeline))
    figures.update(asyncio.run(frame_times(timeline)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    harness = figures["key unbound (harness) (ms)"]
    for name, value in figures.items():
        if name.startswith("cpu"):
            continue
        extra = ""
        if name.startswith("key") and "harness" not in name:
            label = name[4:-5]
            own_cpu = figures[f"cpu {label} (ms)"] - figures["cpu unbound (harness) (ms)"]
            extra = f"   app's own: {value - harness:5.1f} ms   (processor time: {own_cpu:5.1f} ms)"
        print(f"  {name:28} {value:8.1f}{extra}")
    print(f"  {'peak memory (MB)':28} {peak:8.0f}   (whole process, model included)")
    if not args.no_baseline:
        print(f"  baseline: DataTable with the same rows: {asyncio.run(datatable_baseline(timeline)):.1f} s to load")


if __name__ == "__main__":
    main()

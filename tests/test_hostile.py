"""A folder of hostile and broken input beside one good article (issue 7)."""

import asyncio
import csv
import gzip
import io
import json
import os
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.config import Config

GOOD = "date 2020-10-15 The mayor of Springfield resigned on Monday after the budget vote."
HOSTILE_TEXT = ('date 2020-10-15 =HYPERLINK("http://evil.example","click") [bold red]Alarm[/] [link=http://x]x[/link] '
                "\x1b[31mred\x1b[0m \x1b]8;;http://evil.example\x07link\x1b]8;;\x07 The council met on Tuesday.")
BAD_FILES = (("binary.txt", "binary"), ("empty.md", "empty"), ("latin1.txt", "Windows-1252"),
             ("header.txt", "malformed date header"), ("huge.txt", "only the first 1,000,000 are read"),
             ("feed.jsonl.gz:2", "not valid JSON"), ("feed.jsonl.gz:3", 'no "text"'),
             ("locked.txt", "cannot read: Permission denied"), ("loop", "link to a folder, not followed"))


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "latin1.txt").write_bytes("date 2020-10-15 Café owners met on Friday.".encode("latin-1"))
    (folder / "empty.md").write_text("", encoding="utf-8")
    (folder / "header.txt").write_text("date 2020-13-45 Something happened on Monday.", encoding="utf-8")
    with (folder / "huge.txt").open("w", encoding="utf-8") as stream:  # 50 MB
        stream.write("date 2020-10-15 On Monday it rained. ")
        for _ in range(50):
            stream.write("The river ran high. " * 52_429)
    lines = [json.dumps({"id": "j1", "text": "The vote was held on Monday.", "published": "2020-10-15"}),
             "{broken", json.dumps({"id": "j2", "published": "2020-10-15"})]
    with gzip.open(folder / "feed.jsonl.gz", "wt", encoding="utf-8") as stream:
        stream.write("\n".join(lines) + "\n")
    os.symlink(folder, folder / "loop")  # a link back to the folder itself
    locked = folder / "locked.txt"
    locked.write_text("date 2020-10-15 A secret meeting on Monday.", encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # permissions do not bind root: make the read fail as it would for anyone else
        real_open = Path.open

        def open_(path, *args, **kwargs):
            if path.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(Path, "open", open_)
    return folder


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_export_keeps_the_good_names_the_bad_and_injects_nothing(corpus):
    assert (corpus / "huge.txt").stat().st_size > 50_000_000
    for level in ("event", "mention"):  # the second run reads the first one's cache
        code, out, err = run("export", str(corpus), "--level", level)
        assert code == 0, err
        assert "Traceback" not in err
        for name, reason in BAD_FILES:
            assert any(name in line and reason in line for line in err.splitlines()), (name, err)
        assert all(line.startswith("timeline: ") for line in err.splitlines())
        rows = list(csv.reader(io.StringIO(out)))
        cells = [cell for row in rows[1:] for cell in row]
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
        assert not any("\x1b" in cell or "\x07" in cell for cell in cells)
    articles = {row["article"] for row in csv.DictReader(io.StringIO(out))}
    assert articles == {"good", "hostile", "latin1", "j1", "huge", "header"}


def test_build_exits_0_and_counts_what_it_skipped(corpus):
    code, out, err = run("build", str(corpus))
    assert code == 0 and "Traceback" not in err
    assert "6 articles read (6 inputs skipped, 3 with warnings: see above)" in out, out


def test_the_app_shows_article_text_literally(corpus):
    asyncio.run(_test_the_app_shows_article_text_literally(corpus))


async def _test_the_app_shows_article_text_literally(corpus):
    from tui.app import TimelineApp
    from tui.screens.article import ArticleScreen
    from tui.widgets.event_list import EventList

    app = TimelineApp([corpus], Config())
    async with app.run_test(size=(160, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause(0.1)
        events = app.query_one(EventList)
        while "council" not in app.timeline.events[events.current].summary:
            await pilot.press("down")
        await pilot.pause(0.2)
        screens = [app.export_screenshot()]
        await pilot.press("enter", "enter")  # into the excerpts, then open the article at one
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        screens.append(app.export_screenshot())
        for svg in screens:
            assert "[bold&#160;red]Alarm[/]" in svg and "[link=http://x]x[/link]" in svg
            assert not any(c in svg for c in "\x1b\x07\x9b\x9d")
        assert "=HYPERLINK(" in screens[1].replace("&quot;", '"')


def test_ids_and_file_names_carry_no_escape_codes_to_the_terminal(tmp_path, capsys):
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / "feed.jsonl").write_text(json.dumps({"id": "a\x1b[31mred\x07", "published": "2020-10-15",
                                                   "text": "The vote was held on Monday."}) + "\n{broken\n")
    (folder / "f\x1b[32mgreen.jsonl").write_text("{broken\n", encoding="utf-8")
    (folder / "two\nlines.jsonl").write_text("{broken\n", encoding="utf-8")
    code = main(["export", str(folder), "--level", "mention", "--format", "csv", "--no-cache"])
    out, err = capsys.readouterr()
    assert code == 0 and "vote was held" in out
    assert "\x1b" not in out + err and "\x07" not in out
    assert "a     red " in out and "not valid JSON" in err
    assert all(line.startswith("timeline: ") for line in err.splitlines())  # one line per problem

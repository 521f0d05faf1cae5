"""A folder of hostile and broken input beside one good article (issue 7)."""

import csv
import gzip
import io
import json
import os

from timeline.cli import main

GOOD = "date 2020-10-15 The mayor of Springfield resigned on Monday after the budget vote."
HOSTILE_TEXT = ('date 2020-10-15 =HYPERLINK("http://evil.example","click") [bold red]Alarm[/] [link=http://x]x[/link] '
                "\x1b[31mred\x1b[0m \x1b]8;;http://evil.example\x07link\x1b]8;;\x07 The council met on Tuesday.")


def make_corpus(folder):
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "latin1.txt").write_bytes("date 2020-10-15 Café owners met on Friday.".encode("latin-1"))
    (folder / "empty.md").write_text("", encoding="utf-8")
    (folder / "header.txt").write_text("date 2020-13-45 Something happened on Monday.", encoding="utf-8")
    (folder / "huge.txt").write_text("date 2020-10-15 On Monday it rained. " + "The river ran high. " * 60_000,
                                     encoding="utf-8")
    lines = [json.dumps({"id": "j1", "text": "The vote was held on Monday.", "published": "2020-10-15"}),
             "{broken", json.dumps({"id": "j2", "published": "2020-10-15"})]
    with gzip.open(folder / "feed.jsonl.gz", "wt", encoding="utf-8") as stream:
        stream.write("\n".join(lines) + "\n")
    os.symlink(folder, folder / "loop")  # a link back to the folder itself
    return folder


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_export_keeps_the_good_names_the_bad_and_injects_nothing(tmp_path):
    corpus = make_corpus(tmp_path / "corpus")
    for level in ("event", "mention"):
        code, out, err = run("export", str(corpus), "--level", level, "--no-cache")
        assert code == 0, err
        assert "Traceback" not in err
        for name, reason in (("binary.txt", "binary"), ("empty.md", "empty"), ("latin1.txt", "Windows-1252"),
                             ("header.txt", "malformed date header"), ("huge.txt", "only the first"),
                             ("feed.jsonl.gz:2", "not valid JSON"), ("feed.jsonl.gz:3", 'no "text"')):
            assert any(name in line and reason in line for line in err.splitlines()), (name, err)
        rows = list(csv.reader(io.StringIO(out)))
        cells = [cell for row in rows[1:] for cell in row]
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
        assert not any("\x1b" in cell or "\x07" in cell for cell in cells)
        text = " ".join(cells)
        for kept in ("good", "hostile", "latin1", "j1"):
            assert kept in text or level == "event", kept
    code, out, err = run("export", str(corpus), "--level", "mention", "--no-cache")
    articles = {row["article"] for row in csv.DictReader(io.StringIO(out))}
    assert {"good", "hostile", "latin1", "j1", "huge"} <= articles


def test_build_exits_0_and_counts_what_it_skipped(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    corpus = make_corpus(tmp_path / "corpus")
    code, out, err = run("build", str(corpus))
    assert code == 0 and "Traceback" not in err
    assert "skipped" in out and "articles read" in out

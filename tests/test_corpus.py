"""Loading every input format, and every kind of bad input beside good input."""

import gzip
import io
import json
from datetime import date
from pathlib import Path

from timeline.config import ArticlePin, Config
from timeline.ingest import detect_language, load

CONFIG = Config()


def write(path: Path, content, mode="w"):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_seed_header_is_not_text_but_offsets_match_the_file(seeds):
    result = load([seeds / "002_3d29fd54b6bbe3af.txt"], CONFIG)
    (article,) = result.articles
    raw = (seeds / "002_3d29fd54b6bbe3af.txt").read_text(encoding="utf-8")
    assert article.published == date(2020, 10, 15) and article.published_source == "header"
    assert "date 2020" not in article.text
    assert article.text.lstrip().startswith("John Legend is paying")
    assert len(article.text) == len(raw)
    start = article.text.index("Late last month")
    assert raw[start:start + 15] == "Late last month"


def test_folder_is_read_recursively_sorted_without_hidden(tmp_path):
    write(tmp_path / "b.txt", "Second article text.")
    write(tmp_path / "a" / "z.md", "First article text.")
    write(tmp_path / ".hidden.txt", "Hidden.")
    write(tmp_path / ".git" / "x.txt", "Hidden folder.")
    write(tmp_path / "notes.pdf", b"%PDF")
    write(tmp_path / "a" / "scan.pdf", b"%PDF")
    write(tmp_path / "photo.JPG", b"\xff\xd8")
    write(tmp_path / "README", "no extension")
    result = load([tmp_path], CONFIG)
    assert [a.id for a in result.articles] == ["z", "b"]
    assert result.ignored == 4
    (summary,) = result.problems  # one line for the folder, not one per file
    assert summary.path == str(tmp_path)
    assert summary.message.startswith("4 files of other kinds skipped (2 .pdf, 1 ")
    assert ".jpg" in summary.message and "1 without extension" in summary.message


def test_date_from_path(tmp_path):
    (article,) = load([write(tmp_path / "2011-01-25" / "138.txt", "He left on Monday.")], CONFIG).articles
    assert (article.published, article.published_source) == (date(2011, 1, 25), "path")


def test_undated_text(tmp_path):
    (article,) = load([write(tmp_path / "x.txt", "He left on Monday.")], CONFIG).articles
    assert (article.published, article.published_source) == (None, "none")


def test_timeml(tmp_path):
    source = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07">1998-08-07</TIMEX3></DCT>'
              '<TITLE>T</TITLE><TEXT>Bombs &amp; fire <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday'
              '</TIMEX3>.</TEXT></TimeML>')
    (article,) = load([write(tmp_path / "doc.tml", source)], CONFIG).articles
    assert article.text == "Bombs & fire Friday."
    assert (article.published, article.published_source, article.id) == (date(1998, 8, 7), "metadata", "doc")


def test_jsonl_and_gzip_with_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": "He left on Monday.", "published": "2020-10-15T08:00:00Z", "title": "T",
                    "url": "http://x", "language": "en"}),
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps({"text": "No id here.", "published": "15 October 2020"}),
        json.dumps({"id": "a4", "text": "Bad date.", "published": "someday"}),
        json.dumps(["a", "list"]),
    ]
    path = write(tmp_path / "news.jsonl", "\n".join(lines) + "\n")
    gz = tmp_path / "more.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as stream:
        stream.write(lines[0].replace("a1", "g1") + "\n")
    result = load([path, gz], CONFIG)
    by_id = {a.id: a for a in result.articles}
    assert sorted(by_id) == ["a1", "a4", "g1", "news:4"]
    assert by_id["a1"].published == date(2020, 10, 15) and by_id["a1"].url == "http://x"
    assert by_id["news:4"].published == date(2020, 10, 15)
    assert by_id["a4"].published is None
    messages = [str(p) for p in result.problems]
    assert any(m.startswith(f"{path}:2: not valid JSON") for m in messages)
    assert any(m.startswith(f"{path}:3: no \"text\"") for m in messages)
    assert any(m.startswith(f"{path}:5: unreadable published") for m in messages)
    assert any(m.startswith(f"{path}:6: not a JSON object") for m in messages)


def test_bad_inputs_are_reported_and_the_rest_is_read(tmp_path):
    good = write(tmp_path / "good.txt", " date 2020-10-15 He left on Monday.")
    write(tmp_path / "binary.txt", b"\x00\x01\x02PNG")
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "blank.md", "  \n\n")
    write(tmp_path / "latin.txt", "Caf\xe9 opened on Monday.".encode("latin-1"))
    write(tmp_path / "header.txt", "date 2020-13-45 He left on Monday.")
    write(tmp_path / "broken.tml", "<TimeML>no text</TimeML>")
    write(tmp_path / "broken.jsonl.gz", b"not gzip at all")
    result = load([tmp_path, tmp_path / "missing.txt"], CONFIG)
    ids = sorted(a.id for a in result.articles)
    assert ids == ["good", "header", "latin"]
    by_id = {a.id: a for a in result.articles}
    assert by_id["latin"].text.startswith("Café")
    assert by_id["header"].published is None and by_id["header"].text.strip().startswith("He left")
    reasons = {Path(p.path).name: p.message for p in result.problems}
    assert "binary" in reasons["binary.txt"]
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.md"]
    assert "Windows-1252" in reasons["latin.txt"]
    assert "malformed date header '2020-13-45'" in reasons["header.txt"]
    assert "no <TEXT>" in reasons["broken.tml"]
    assert "cannot read" in reasons["broken.jsonl.gz"]
    assert "no such file" in reasons["missing.txt"]
    assert good.exists()


def test_control_characters_and_escapes_are_blanked_keeping_offsets(tmp_path):
    text = "Red \x1b[31malert\x1b[0m on \x1b]8;;http://evil\x07link\x1b]8;;\x07 Monday.\x07"
    (article,) = load([write(tmp_path / "esc.txt", text)], CONFIG).articles
    assert len(article.text) == len(text)
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert article.text.index("Monday") == text.index("Monday")


def test_stdin_text_and_jsonl():
    (article,) = load(["-"], CONFIG, stdin=io.StringIO("date 2020-10-15 He left on Monday.")).articles
    assert (article.id, article.published) == ("stdin", date(2020, 10, 15))
    stream = io.StringIO(json.dumps({"id": "s", "text": "Hello there."}) + "\n")
    (article,) = load(["-"], CONFIG, stdin=stream).articles
    assert article.id == "s"


def test_config_pins_date_and_language(tmp_path):
    config = Config(articles={"x": ArticlePin(published=date(2020, 1, 2), language="sv")})
    (article,) = load([write(tmp_path / "x.txt", "He left on Monday.")], config).articles
    assert (article.published, article.published_source, article.language) == (date(2020, 1, 2), "config", "sv")


def test_duplicate_ids_are_renamed(tmp_path):
    write(tmp_path / "a" / "same.txt", "One.")
    write(tmp_path / "b" / "same.txt", "Two.")
    result = load([tmp_path], CONFIG)
    assert [a.id for a in result.articles] == ["same", "same~2"]
    assert "taken" in result.problems[0].message


def test_language_detection(seeds):
    result = load([seeds], CONFIG)
    languages = {a.id[:3]: a.language for a in result.articles}
    assert languages == {"000": "en", "001": "sv", "002": "en", "003": "en", "004": "en"}
    assert detect_language("Det är en klubb som ingen vill vara en del av.", ["en", "sv"]) == "sv"

"""The formats people have: saved web pages, CSV, JSON arrays, and publish dates written in text files."""

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline.config import Config, ConfigError, load_config
from timeline.extraction.mentions import extract_mentions
from timeline.ingest import load

CONFIG = Config()

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Storm hits the coast | Daily Example</title>
<meta property="og:title" content="Storm hits the coast">
<meta property="article:published_time" content="2020-10-15T08:00:00Z">
<meta property="article:modified_time" content="2020-10-17T09:00:00Z">
<link rel="canonical" href="https://news.example.com/2020/10/storm-hits-the-coast">
<script>var promo = "Sale ends Tuesday";</script>
<style>body { font-family: serif; }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/archive">Archive from last year</a></li></ul></nav>
<article>
<h1>Storm hits the coast</h1>
<p>The storm reached the coast on Wednesday night, two days after forecasters had warned the towns of it.</p>
<p>Residents said the last storm of this size came in 2013, seven years ago. The council will meet next
Monday to count the damage, the mayor said in a statement on Thursday.</p>
<p>Schools stayed closed on Thursday, and power that was cut late last month in the north is back.</p>
</article>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>Commenter99: I was there on Friday &amp; it was terrible!</p></div></section>
<div class="advert">Buy now! Offer ends Sunday</div>
<footer>Copyright 2020 Daily Example</footer>
</body></html>
"""


def write(path: Path, content) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def mention_texts(article) -> list[str]:
    return [m.expression.text for m in extract_mentions(article)]


# -- HTML -----------------------------------------------------------------------------

def test_html_page_gives_main_text_title_url_and_metadata_date(tmp_path):
    pytest.importorskip("trafilatura")
    (article,) = load([write(tmp_path / "storm.html", PAGE)], CONFIG).articles
    assert article.title == "Storm hits the coast"
    assert article.url == "https://news.example.com/2020/10/storm-hits-the-coast"
    assert (article.published, article.published_source) == (date(2020, 10, 15), "metadata")
    assert "reached the coast on Wednesday night" in article.text
    assert "power that was cut late last month" in article.text
    for furniture in ("Home", "Archive", "Commenter99", "Friday", "Buy now", "Sale ends", "font-family",
                      "Copyright", "<p>", "</"):
        assert furniture not in article.text
    assert "Friday" not in mention_texts(article) and "Wednesday night" in mention_texts(article)


def test_html_offsets_index_the_extracted_text(tmp_path):
    pytest.importorskip("trafilatura")
    (article,) = load([write(tmp_path / "storm.htm", PAGE)], CONFIG).articles
    for mention in extract_mentions(article):
        e = mention.expression
        assert article.text[e.start:e.end] == e.text


def test_html_without_trafilatura_says_what_to_install_once(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # importing it now fails
    write(tmp_path / "a.html", PAGE)
    write(tmp_path / "b.htm", PAGE)
    write(tmp_path / "c.txt", "He left on Monday.")
    result = load([tmp_path], CONFIG)
    assert [a.id for a in result.articles] == ["c"]
    (problem,) = result.problems
    assert problem.path.endswith("a.html")
    assert "pip install 'timeline[html]'" in problem.message and "1 more HTML file" in problem.message


def test_malformed_html_is_one_line_and_the_rest_is_read(tmp_path):
    pytest.importorskip("trafilatura")
    write(tmp_path / "cut.html", PAGE[:PAGE.index("<section")] + '<div class="comm')  # a page cut mid-tag
    write(tmp_path / "empty.html", "<html><head><script>var a = 1;</script></head><body><img src=x.png></body></html>")
    write(tmp_path / "good.html", PAGE)
    result = load([tmp_path], CONFIG)
    assert [a.id for a in result.articles] == ["cut", "good"]
    assert "Wednesday night" in result.articles[0].text
    (problem,) = result.problems
    assert problem.path.endswith("empty.html") and "no article text" in problem.message


def test_html_without_metadata_date_falls_back_to_its_dateline(tmp_path):
    pytest.importorskip("trafilatura")
    body = ("<p>BEIRUT, Oct. 15, 2020 (AP) — The blast on Tuesday shook the port, officials said, and the "
            "search for survivors went on through the night as families waited outside the gates.</p>"
            "<p>The government promised an inquiry within five days, and the army said the port would stay "
            "closed until further notice while engineers checked what was left of its warehouses.</p>")
    page = f"<html><head><title>Blast in Beirut</title></head><body><article>{body}</article></body></html>"
    (article,) = load([write(tmp_path / "beirut.html", page)], CONFIG).articles
    assert (article.published, article.published_source) == (date(2020, 10, 15), "dateline")
    assert article.title == "Blast in Beirut" and "BEIRUT" not in article.text
    assert mention_texts(article) == ["Tuesday"]


# -- publish dates written in text files ------------------------------------------------

@pytest.mark.parametrize("name, text, published, source", [
    ("published", "Published: 15 October 2020\nThe storm hit on Wednesday night.", date(2020, 10, 15), "header"),
    ("date", "Date: 2020-10-15\n\nThe storm hit on Wednesday night.", date(2020, 10, 15), "header"),
    ("updated-first", "Updated: 17 October 2020 09:00\nPublished: 15 October 2020 08:00\n\n"
     "The storm hit on Wednesday night.", date(2020, 10, 15), "header"),
    ("bare", "Thursday, October 15, 2020\n\nThe storm hit on Wednesday night.", date(2020, 10, 15), "header"),
    ("byline", "By Jane Doe and John Roe, October 15, 2020\n\nThe storm hit on Wednesday night.",
     date(2020, 10, 15), "header"),
    ("reuters", "LONDON, Oct 15, 2020 (Reuters) - The storm hit on Wednesday night.", date(2020, 10, 15),
     "dateline"),
    ("publicerad", "Publicerad 15 oktober 2020 kl 08.00\nUppdaterad 16 oktober 2020 kl 10.12\n\n"
     "Stormen slog till i onsdags kväll.", date(2020, 10, 15), "header"),
    ("datum", "Datum: 2020-10-15\nStormen slog till i onsdags kväll.", date(2020, 10, 15), "header"),
    ("av", "Av Anna Svensson 15 oktober 2020\n\nStormen slog till i onsdags kväll.", date(2020, 10, 15), "header"),
])
def test_publish_dates_written_in_text(tmp_path, name, text, published, source):
    (article,) = load([write(tmp_path / f"{name}.txt", text)], CONFIG).articles
    assert (article.published, article.published_source) == (published, source)
    assert len(article.text) == len(text)  # blanked, not removed: offsets are the file's
    body = "Stormen" if article.language == "sv" else "The storm"
    assert article.text.index(body) == text.index(body)
    assert not article.text[:article.text.index(body)].strip()
    # The publishing lines are not events: only the story's own expression is a mention.
    assert mention_texts(article) in (["Wednesday night"], ["i onsdags kväll"], ["onsdags kväll"])


def test_yearless_datelines_take_the_year_from_the_path(tmp_path):
    text = "BEIRUT, Oct 15 (AP) — The blast on Tuesday shook the port."
    (article,) = load([write(tmp_path / "2020-10-16" / "beirut.txt", text)], CONFIG).articles
    assert (article.published, article.published_source) == (date(2020, 10, 15), "dateline")
    sv = "Stockholm 15 oktober – Stormen slog till i onsdags."
    (article,) = load([write(tmp_path / "2020-10-15" / "stormen.txt", sv)], CONFIG).articles
    assert (article.published, article.published_source) == (date(2020, 10, 15), "dateline")
    assert article.text.lstrip().startswith("Stormen")


def test_a_yearless_dateline_without_other_dates_is_said_and_undated(tmp_path):
    result = load([write(tmp_path / "beirut.txt", "BEIRUT, Oct 15 (AP) — The blast on Tuesday.")], CONFIG)
    (article,) = result.articles
    assert article.published is None and "BEIRUT" not in article.text
    (problem,) = result.problems
    assert problem.line == 1 and "has no year" in problem.message and not problem.skipped


def test_a_dateline_without_a_date_and_ordinary_openings_are_text(tmp_path):
    for name, text in [("reuters", "LONDON (Reuters) - The storm hit on Wednesday night."),
                       ("by", "By Monday the storm had passed, on October 15, 2020, people said.\nMore."),
                       ("said", "Officials said on Oct 15 - a day late - that the port was closed.")]:
        (article,) = load([write(tmp_path / f"{name}.txt", text)], CONFIG).articles
        assert article.text == text and article.published is None, name


def test_a_headline_above_publishing_lines_is_the_title(tmp_path):
    text = "Storm hits the coast\nBy Jane Doe\nPublished: 15 October 2020\n\nThe storm hit on Wednesday night."
    (article,) = load([write(tmp_path / "storm.txt", text)], CONFIG).articles
    assert article.title == "Storm hits the coast" and article.text.startswith("Storm hits the coast\nBy Jane Doe")
    (plain,) = load([write(tmp_path / "plain.txt", "Storm hits the coast\nThe storm hit on Monday.")],
                    CONFIG).articles
    assert plain.title is None


def test_an_unreadable_labelled_date_is_said_and_kept(tmp_path):
    result = load([write(tmp_path / "x.txt", "Published: someday soon\nThe storm hit on Monday.")], CONFIG)
    (article,) = result.articles
    assert article.published is None and article.text.startswith("Published: someday")
    assert "unreadable date" in result.problems[0].message and result.problems[0].line == 1


def test_the_seed_header_still_wins(seeds):
    (article,) = load([seeds / "002_3d29fd54b6bbe3af.txt"], CONFIG).articles
    assert (article.published, article.published_source, article.title) == (date(2020, 10, 15), "header", None)


# -- CSV and JSON ---------------------------------------------------------------------

def test_csv_rows_are_articles_and_broken_rows_are_named(tmp_path):
    rows = ('id,title,published,url,language,text\n'
            'c1,Storm report,2020-10-16,https://x.example/c1,en,"The storm hit on Wednesday night.\n'
            'Power came back on Thursday."\n'
            'c2,Short row,2020-10-16\n'
            'c3,Broken quote,2020-10-16,,,"bad"quote\n'
            ',Untitled,16 October 2020,,,"No id; the council met on Monday."\n'
            'c5,Empty text,2020-10-16,,,\n')
    path = write(tmp_path / "news.csv", "\ufeff" + rows)
    result = load([path], CONFIG)
    by_id = {a.id: a for a in result.articles}
    assert sorted(by_id) == ["c1", "news:6"]
    c1 = by_id["c1"]
    assert (c1.title, c1.url, c1.published, c1.published_source) == (
        "Storm report", "https://x.example/c1", date(2020, 10, 16), "metadata")
    assert c1.text == "The storm hit on Wednesday night.\nPower came back on Thursday." and c1.line == 2
    assert by_id["news:6"].published == date(2020, 10, 16)
    messages = sorted(str(p) for p in result.problems)
    assert messages[0].startswith(f"{path}:4: 3 cells where the header has 6, row skipped")
    assert messages[1].startswith(f"{path}:5: broken row")
    assert messages[2].startswith(f'{path}:7: no "text" cell, row skipped')


def test_csv_columns_are_mapped_in_config(tmp_path):
    config_path = write(tmp_path / "config.toml", '[corpus.columns]\ntext = "body"\npublished = "date"\n')
    config = load_config(config_path)
    path = write(tmp_path / "export.csv", 'headline,date,body\nStorm,2020-10-15,"It hit on Monday."\n')
    (article,) = load([path], config).articles
    assert (article.text, article.published) == ("It hit on Monday.", date(2020, 10, 15))
    result = load([path], CONFIG)  # without the mapping there is no text column
    assert not result.articles
    assert "no 'text' column (the header has: headline, date, body)" in result.problems[0].message


@pytest.mark.parametrize("text, names", [
    ('[corpus.columns]\nbody = "text"', "corpus.columns.body: unknown key"),
    ('[corpus.columns]\ntext = 3', "corpus.columns.text: expected a column name"),
    ('[corpus.columns]\ntext = ""', "corpus.columns.text: expected a column name"),
    ('[corpus]\ncolumns = "body"', "corpus.columns: expected a table"),
])
def test_bad_column_mappings_name_the_key(tmp_path, text, names):
    with pytest.raises(ConfigError, match=names):
        load_config(write(tmp_path / "config.toml", text))


def test_json_array_items_are_articles(tmp_path):
    items = [
        {"id": "j1", "title": "JSON storm", "published": "2020-10-15", "url": "https://x.example/j1",
         "text": "The council met on Monday."},
        5,
        {"id": "j3", "title": "No text"},
        {"text": "Untitled, undated, and met on Tuesday.", "language": "en"},
    ]
    path = write(tmp_path / "articles.json", json.dumps(items, indent=1))
    result = load([path], CONFIG)
    by_id = {a.id: a for a in result.articles}
    assert sorted(by_id) == ["articles:14", "j1"]
    j1 = by_id["j1"]
    assert (j1.title, j1.url, j1.published, j1.text) == ("JSON storm", "https://x.example/j1", date(2020, 10, 15),
                                                         "The council met on Monday.")
    messages = [str(p) for p in result.problems]
    assert any(m.startswith(f"{path}:9: item 2 is not a JSON object") for m in messages)
    assert any(m.startswith(f'{path}:10: no "text" field, item 3 skipped') for m in messages)


@pytest.mark.parametrize("content, says", [
    ('{"text": "One article, not an array."}', "an object; expected a JSON array"),
    ('"just a string"', "not an array"),
    ('[{"text": "Kept."}, {"text": oops}]', "item 2 is not valid JSON"),
])
def test_json_that_is_not_an_array_of_objects(tmp_path, content, says):
    path = write(tmp_path / "bad.json", content)
    result = load([path, write(tmp_path / "ok.txt", "Fine on Monday.")], CONFIG)
    assert "ok" in [a.id for a in result.articles]
    assert len(result.problems) == 1 and says in result.problems[0].message
    assert result.problems[0].path == str(path)

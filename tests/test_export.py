import csv
import io
import json

from timeline import build_timeline
from timeline.config import Config
from timeline.ingest import load
from timeline.model import Article, PublishSource
from timeline.output.export import EVENT_COLUMNS, MENTION_COLUMNS, safe_cell, write


def export(timeline, level, format="csv"):
    stream = io.StringIO()
    write(timeline, stream, level, format)
    return stream.getvalue()


def test_csv_parses_back_with_the_exact_columns(seeds):
    timeline = build_timeline(load([seeds], Config()).articles)
    for level, columns in (("event", EVENT_COLUMNS), ("mention", MENTION_COLUMNS)):
        text = export(timeline, level)
        reader = csv.reader(io.StringIO(text))
        header = next(reader)
        assert tuple(header) == columns
        rows = list(reader)
        assert rows and all(len(r) == len(columns) for r in rows)
    assert EVENT_COLUMNS == ("event_id", "start", "end", "granularity", "label", "summary", "source_count",
                             "articles", "expressions", "importance")
    assert MENTION_COLUMNS == ("event_id", "article", "published", "published_source", "expression",
                               "char_start", "char_end", "start", "end", "granularity", "timex", "sentence")


def test_json_export_has_the_same_keys(seeds):
    timeline = build_timeline(load([seeds], Config()).articles)
    data = json.loads(export(timeline, "mention", "json"))
    assert data and all(tuple(row) == MENTION_COLUMNS for row in data)


def test_formula_cells_are_neutralised():
    for dangerous in ("=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(dangerous) == "'" + dangerous
    assert safe_cell("plain") == "plain" and safe_cell(3) == 3


def test_article_text_cannot_inject_formulas():
    article = Article(id="=evil()", path="x", text="=HYPERLINK(\"http://x\") happened on Monday.",
                      published=None, published_source=PublishSource.NONE, language="en")
    timeline = build_timeline([article])
    for level in ("event", "mention"):
        for row in csv.reader(io.StringIO(export(timeline, level))):
            assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row


def test_event_label_and_dates(seeds):
    timeline = build_timeline(load([seeds], Config()).articles)
    rows = list(csv.DictReader(io.StringIO(export(timeline, "event"))))
    labels = {(r["label"], r["start"], r["end"]) for r in rows}
    assert ("28–30 Sep 2020", "2020-09-28", "2020-09-30") in labels
    assert ("Wed 14 Oct 2020", "2020-10-14", "2020-10-14") in labels
    assert ("2013", "2013-01-01", "2013-12-31") in labels


def test_unresolved_events_have_empty_dates():
    article = Article(id="lone", path="x", text="The mayor resigned two weeks ago.", published=None,
                      published_source=PublishSource.NONE, language="en")
    rows = list(csv.DictReader(io.StringIO(export(build_timeline([article]), "event"))))
    assert [(r["start"], r["end"], r["label"], r["expressions"]) for r in rows] == [("", "", "", "two weeks ago")]

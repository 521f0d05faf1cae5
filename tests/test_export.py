"""CSV and nested JSON, the format registry, and `timeline export` with every format."""

import csv
import io
import json

import pytest

from export_fixtures import hostile_timeline
from timeline import build_timeline
from timeline.cli import main
from timeline.cli.parser import make_parser
from timeline.model import Article, PublishSource
from timeline.output.export import (EVENT_COLUMNS, FORMATS, MENTION_COLUMNS, LevelError, level_for, safe_cell,
                                    with_extension, write)
from pathlib import Path


def export(timeline, level=None, format="csv", **options):
    stream = io.StringIO()
    write(timeline, stream, level, format, **options)
    return stream.getvalue()



# -- CSV ----------------------------------------------------------------------------------------

def test_csv_parses_back_with_the_exact_columns(seeds_timeline):
    for level, columns in (("event", EVENT_COLUMNS), ("mention", MENTION_COLUMNS)):
        reader = csv.reader(io.StringIO(export(seeds_timeline, level)))
        assert tuple(next(reader)) == columns
        rows = list(reader)
        assert rows and all(len(r) == len(columns) for r in rows)
    # the old columns first, in their old order: readers by position keep working
    assert EVENT_COLUMNS == ("event_id", "start", "end", "granularity", "label", "summary", "source_count",
                             "articles", "expressions", "conflicting", "approximate", "titles", "urls",
                             "importance")
    assert MENTION_COLUMNS == ("event_id", "article", "published", "published_source", "expression",
                               "char_start", "char_end", "start", "end", "granularity", "timex", "sentence",
                               "title", "url")


def test_csv_flags_titles_and_urls(hostile):
    rows = {r["event_id"]: r for r in csv.DictReader(io.StringIO(export(hostile, "event")))}
    about = next(r for r in rows.values() if r["label"] == "about 2 Oct 2020")
    assert (about["approximate"], about["conflicting"]) == ("true", "false")
    monday = next(r for r in rows.values() if r["label"] == "Mon 12 Oct 2020")
    assert monday["approximate"] == "false"
    assert monday["titles"] == 'Storm <b>hits</b> & café; =HYPERLINK("http://x")'
    assert monday["urls"] == 'https://example.com/a?x=1&y="2"; javascript:alert(1)'
    mentions = list(csv.DictReader(io.StringIO(export(hostile, "mention"))))
    assert {(r["article"], r["title"], r["url"]) for r in mentions} >= {
        ("a1", "Storm <b>hits</b> & café", 'https://example.com/a?x=1&y="2"'), ("c3", "", "")}
    assert {r["title"] for r in mentions if r["article"] == "b2"} == {"'=HYPERLINK(\"http://x\")"}


def test_formula_cells_are_neutralised():
    for dangerous in ("=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(dangerous) == "'" + dangerous
    assert safe_cell("plain") == "plain" and safe_cell(3) == 3


@pytest.mark.parametrize("format", [f.name for f in FORMATS.values() if f.spreadsheet])
def test_no_spreadsheet_cell_is_a_formula(format, hostile):
    article = Article(id="=evil()", path="x", text="=HYPERLINK(\"http://x\") happened on Monday 12 Oct 2020.",
                      published=None, published_source=PublishSource.NONE, language="en", title="-2+3")
    timelines = [hostile, build_timeline([article])]
    for timeline in timelines:
        for level in FORMATS[format].levels:
            for row in csv.reader(io.StringIO(export(timeline, level, format))):
                assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row), row


def test_excel_starts_spreadsheets_with_a_bom(tmp_path, seeds):
    assert export(hostile_timeline(), "event", "csv", excel=True).startswith("\ufeffevent_id,")
    assert not export(hostile_timeline(), "event", "csv").startswith("\ufeff")
    target = tmp_path / "events.csv"
    assert main(["export", str(seeds), "--excel", "-o", str(target)], stdout=io.StringIO(), stderr=io.StringIO()) == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfevent_id,")
    rows = list(csv.DictReader(open(target, encoding="utf-8-sig", newline="")))
    assert any("för sju år sedan" in r["expressions"] for r in rows)  # accents intact


def test_unresolved_events_have_empty_dates():
    article = Article(id="lone", path="x", text="The mayor resigned two weeks ago.", published=None,
                      published_source=PublishSource.NONE, language="en")
    rows = list(csv.DictReader(io.StringIO(export(build_timeline([article]), "event"))))
    assert [(r["start"], r["end"], r["label"], r["expressions"]) for r in rows] == [("", "", "", "two weeks ago")]


def test_event_label_and_dates(seeds_timeline):
    rows = list(csv.DictReader(io.StringIO(export(seeds_timeline, "event"))))
    labels = {(r["label"], r["start"], r["end"]) for r in rows}
    assert ("28–30 Sep 2020", "2020-09-28", "2020-09-30") in labels
    assert ("Wed 14 Oct 2020", "2020-10-14", "2020-10-14") in labels
    assert ("2013", "2013-01-01", "2013-12-31") in labels


# -- nested JSON ------------------------------------------------------------------------------

@pytest.mark.parametrize("which", ["seeds", "hostile"])
def test_json_round_trips_to_the_same_events(which, seeds_timeline, hostile):
    timeline = seeds_timeline if which == "seeds" else hostile
    data = json.loads(export(timeline, "event", "json"))
    assert [e["id"] for e in data] == [e.id for e in timeline.events]
    for item, event in zip(data, timeline.events):
        interval = event.interval
        assert (item["start"], item["end"]) == ((interval.start.isoformat(), interval.end.isoformat())
                                                if interval else (None, None))
        assert item["conflicting"] is event.conflict and item["source_count"] == event.source_count
        assert [(m["article"], m["char_start"], m["char_end"], m["expression"]) for m in item["mentions"]] == [
            (m.article.id, m.expression.start, m.expression.end, m.expression.text) for m in event.mentions]
        assert [a["id"] for a in item["articles"]] == event.articles
        assert isinstance(item["mentions"][0]["sentence"], str)


def test_json_articles_are_objects_not_joined_strings(hostile):
    data = json.loads(export(hostile, "event", "json"))
    monday = next(e for e in data if e["label"] == "Mon 12 Oct 2020")
    assert monday["articles"] == [
        {"id": "a1", "title": "Storm <b>hits</b> & café", "url": 'https://example.com/a?x=1&y="2"',
         "published": "2020-10-15", "published_source": "metadata", "language": "en"},
        {"id": "b2", "title": '=HYPERLINK("http://x")', "url": "javascript:alert(1)",
         "published": "2020-10-16", "published_source": "metadata", "language": "en"}]
    assert next(e for e in data if e["label"] == "")["start"] is None
    assert next(e for e in data if e["label"] == "about 2 Oct 2020")["approximate"] is True


def test_json_mention_level_nests_the_article(hostile):
    data = json.loads(export(hostile, "mention", "json"))
    assert len(data) == len(hostile.mentions)
    for item, mention in zip(data, hostile.mentions):
        assert item["article"]["id"] == mention.article.id and item["event_id"] == mention.event_id
        assert item["article"]["title"] == mention.article.title
        assert (item["char_start"], item["char_end"]) == (mention.expression.start, mention.expression.end)


# -- the registry and the command -----------------------------------------------------------------

def test_the_cli_offers_exactly_the_registry():
    export_parser = make_parser()._subparsers._group_actions[0].choices["export"]
    choices = next(a.choices for a in export_parser._actions if a.dest == "format")
    assert list(choices) == list(FORMATS)
    assert set(FORMATS) >= {"csv", "json", "timelinejs", "timelinejs-sheet", "timesketch", "ics", "markdown"}


def test_levels_follow_the_format():
    assert level_for("csv", None) == "event" and level_for("timesketch", None) == "mention"
    assert level_for("json", "mention") == "mention"
    with pytest.raises(LevelError):
        level_for("ics", "mention")


def test_extension_follows_the_format():
    assert with_extension(Path("out/seeds-events.csv"), "timelinejs") == Path("out/seeds-events.json")
    assert with_extension(Path("x.json"), "timesketch") == Path("x.jsonl")
    assert with_extension(Path("x.jsonl"), "markdown") == Path("x.md")
    assert with_extension(Path("notes"), "ics") == Path("notes.ics")


@pytest.mark.parametrize("format", list(FORMATS))
def test_every_format_from_the_command_line(format, tmp_path, seeds):
    target = tmp_path / f"out{FORMATS[format].extension}"
    out, err = io.StringIO(), io.StringIO()
    assert main(["export", str(seeds), "--format", format, "-o", str(target)], stdout=out, stderr=err) == 0
    assert target.stat().st_size > 0 and err.getvalue().startswith("timeline: wrote ")


def test_a_level_the_format_lacks_is_a_usage_error(seeds):
    err = io.StringIO()
    assert main(["export", str(seeds), "--format", "ics", "--level", "mention"], stdout=io.StringIO(),
                stderr=err) == 2
    assert err.getvalue() == "timeline: --format ics writes one item per event; --level mention is not available\n"
    err = io.StringIO()
    assert main(["export", str(seeds), "--format", "json", "--excel"], stdout=io.StringIO(), stderr=err) == 2
    assert "--excel" in err.getvalue() and "json" in err.getvalue()

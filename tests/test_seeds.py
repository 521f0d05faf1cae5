"""The bundled seeds, end to end: what `timeline export --level mention` says about them."""

import csv
import io
from datetime import date

from timeline import build_timeline
from timeline.config import Config
from timeline.ingest import load
from timeline.output.export import write


def mention_rows(seeds):
    timeline = build_timeline(load([seeds], Config()).articles)
    stream = io.StringIO()
    write(timeline, stream, "mention")
    return timeline, list(csv.DictReader(io.StringIO(stream.getvalue())))


def test_every_mention_is_its_text(seeds):
    timeline, _ = mention_rows(seeds)
    assert len(timeline.mentions) > 10
    for mention in timeline.mentions:
        e = mention.expression
        assert mention.article.text[e.start:e.end] == e.text
        raw = open(mention.article.path, encoding="utf-8").read()
        assert raw[e.start:e.end] == e.text  # offsets are file offsets too


def found(rows, article_prefix):
    return {(r["expression"], r["start"], r["end"], r["timex"]) for r in rows
            if r["article"].startswith(article_prefix)}


def test_dated_english_seeds(seeds):
    _, rows = mention_rows(seeds)
    assert found(rows, "002") == {
        ("now", "", "", "PRESENT_REF"),
        ("seven years ago", "2013-01-01", "2013-12-31", "2013"),
        ("Late last month", "2020-09-21", "2020-09-30", "2020-09"),
        ("the weekend", "2020-10-10", "2020-10-11", "2020-W41-WE"),
    }
    assert found(rows, "003") == {
        ("now", "", "", "PRESENT_REF"),
        ("2013", "2013-01-01", "2013-12-31", "2013"),
        ("seven years ago", "2013-01-01", "2013-12-31", "2013"),
    }
    assert found(rows, "004") == {
        ("late last month", "2020-09-21", "2020-09-30", "2020-09"),
        ("the weekend", "2020-10-10", "2020-10-11", "2020-W41-WE"),
        ("Wednesday", "2020-10-14", "2020-10-14", "2020-10-14"),
        ("Thursday", "2020-10-15", "2020-10-15", "2020-10-15"),
        ("now", "", "", "PRESENT_REF"),
        ("seven years ago", "2013-01-01", "2013-12-31", "2013"),
    }


def test_undated_seeds_are_dated_by_the_corpus(seeds):
    timeline, rows = mention_rows(seeds)
    for prefix in ("000", "001"):
        article = next(a for a in timeline.articles if a.id.startswith(prefix))
        assert article.published_source == "inferred"
        assert date(2020, 10, 14) <= article.published <= date(2020, 10, 17)
        assert set(article.inference.neighbours) >= {"002_3d29fd54b6bbe3af", "004_153c19312460578d"}
        assert all(r["published_source"] == "inferred" for r in rows if r["article"] == article.id)
    english = found(rows, "000")
    assert ("Wednesday night", "2020-10-14", "2020-10-14", "2020-10-14TNI") in english
    assert ("seven years ago", "2013-01-01", "2013-12-31", "2013") in english
    swedish = found(rows, "001")
    assert ("onsdag kväll", "2020-10-14", "2020-10-14", "2020-10-14TEV") in swedish
    assert ("för sju år sedan", "2013-01-01", "2013-12-31", "2013") in swedish

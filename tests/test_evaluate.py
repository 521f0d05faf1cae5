"""The TimeML evaluator's matching and metrics on small hand-made TimeML with known answers."""

import io
import json
from datetime import date

import pytest

from timeline.cli import main
from timeline.evaluation.timeml import Score, compare, match, Span, value_class
from timeline.temporal import Granularity, Interval, TimeExpression
from timeline.ingest.timeml import parse_timeml

DOC = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2020-10-15">2020-10-15</TIMEX3></DCT><TEXT>'
       'She left <TIMEX3 tid="t1" type="DATE" value="2020-10-12">Monday</TIMEX3> and stayed '
       '<TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>; it rained '
       '<TIMEX3 tid="t3" type="DATE" value="2020-09">last month</TIMEX3>.</TEXT></TimeML>')


def system(text, *items):
    """TimeExpressions for (substring, timex[, type]) items, found in ``text``."""
    out = []
    for item in items:
        sub, timex = item[0], item[1]
        kind = item[2] if len(item) > 2 else "DATE"
        start = text.index(sub)
        out.append(TimeExpression(start, start + len(sub), sub, kind, timex, None,
                                  Interval(date(2020, 1, 1), date(2020, 1, 1)), Granularity.DAY))
    return out


def scored(*items, types="date-time", doc=DOC):
    document = parse_timeml(doc)
    score = Score(types=types)
    errors = []
    compare(document.text, document.timexes, system(document.text, *items), score, errors)
    return score.summary(), errors


def test_parse_timeml_offsets():
    document = parse_timeml(DOC)
    assert document.dct == date(2020, 10, 15)
    assert [document.text[t.start:t.end] for t in document.timexes] == ["Monday", "two days", "last month"]


def test_perfect_system():
    summary, errors = scored(("Monday", "2020-10-12"), ("last month", "2020-09"))
    assert summary["gold"] == 2 and summary["system"] == 2
    assert summary["strict"]["f"] == summary["relaxed"]["f"] == summary["value"]["f"] == 1.0
    assert errors == []


def test_empty_system():
    summary, errors = scored()
    assert summary["system"] == 0
    assert summary["strict"] == {"p": 0.0, "r": 0.0, "f": 0.0}
    assert sorted(e["kind"] for e in errors) == ["missed", "missed"]


def test_off_by_one_span_is_relaxed_not_strict():
    summary, errors = scored(("Monday and", "2020-10-12"), ("last month", "2020-09"))
    assert summary["strict"]["r"] == 0.5
    assert summary["relaxed"]["r"] == 1.0 and summary["value"]["r"] == 1.0
    assert [e["kind"] for e in errors] == ["boundary"]


def test_wrong_value():
    summary, errors = scored(("Monday", "2020-10-05"), ("last month", "2020-09"))
    assert summary["relaxed"]["f"] == 1.0
    assert summary["value"]["p"] == 0.5 and summary["value"]["r"] == 0.5
    assert summary["value_accuracy"] == 0.5
    assert errors[0]["kind"] == "wrong value" and errors[0]["gold_value"] == "2020-10-12"


def test_duration_hit_is_not_a_false_positive():
    summary, _ = scored(("Monday", "2020-10-12"), ("last month", "2020-09"), ("two days", "2020-10-13"))
    assert summary["system"] == 2 and summary["duration_or_set_hits"] == 1
    assert summary["strict"]["p"] == 1.0


def test_spurious_lowers_precision():
    summary, errors = scored(("Monday", "2020-10-12"), ("last month", "2020-09"), ("rained", "2020-10-01"))
    assert summary["system"] == 3
    assert summary["strict"]["p"] == pytest.approx(2 / 3)
    assert [e["kind"] for e in errors] == ["spurious"]


def test_system_durations_are_not_answers():
    summary, _ = scored(("Monday", "2020-10-12"), ("last month", "2020-09"), ("two days", "P2D", "DURATION"))
    assert summary["system"] == 2 and summary["duration_or_set_hits"] == 0


def test_matching_is_one_to_one_preferring_exact():
    gold = [Span(0, 10, "", "a"), Span(11, 20, "", "b")]
    sys = [Span(0, 20, "", "x"), Span(11, 20, "", "y")]
    assert sorted(match(gold, sys)) == [(0, 0), (1, 1)]


@pytest.mark.parametrize("value, name", [
    ("2020-10-12", "day"), ("2020-10", "month"), ("2020", "year"), ("2020-W41", "week"),
    ("2020-Q3", "quarter"), ("2020-SU", "season"), ("199", "decade"), ("PRESENT_REF", "*_REF"),
    ("2020-10-12TNI", "with time"), ("2020-10-12T10:35", "with time"), ("1949-XX", "other"),
])
def test_value_class(value, name):
    assert value_class(value) == name


def test_eval_command(tmp_path):
    (tmp_path / "doc.tml").write_text(DOC, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["eval", str(tmp_path), "--json", "--errors", str(tmp_path / "e.jsonl")], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    summary = json.loads(out.getvalue())
    assert summary["gold"] == 2 and summary["relaxed"]["r"] == 1.0
    assert summary["kb_per_second"] > 0
    for line in (tmp_path / "e.jsonl").read_text().splitlines():
        assert json.loads(line)["kind"] in ("missed", "spurious", "wrong value", "boundary")


def test_eval_with_nothing_to_read_exits_2(tmp_path):
    code = main(["eval", str(tmp_path)], stdout=io.StringIO(), stderr=io.StringIO())
    assert code == 2


# -- every TIMEX3 type (--types all) -------------------------------------------------

SET_DOC = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2020-10-15">2020-10-15</TIMEX3></DCT><TEXT>'
           'We met on <TIMEX3 tid="t1" type="DATE" value="2021-03-12">12 March 2021</TIMEX3> and talk '
           '<TIMEX3 tid="t2" type="SET" value="P1W">every week</TIMEX3> for '
           '<TIMEX3 tid="t3" type="DURATION" value="PT2H">two hours</TIMEX3> at '
           '<TIMEX3 tid="t4" type="TIME" value="2021-03-12T09:00">9 am</TIMEX3>.</TEXT></TimeML>')


def test_all_types_counts_durations_and_sets_as_gold_and_answers():
    summary, errors = scored(("Monday", "2020-10-12"), ("two days", "P2D", "DURATION"), ("last month", "2020-09"),
                             types="all")
    assert summary["gold"] == 3 and summary["system"] == 3 and summary["duration_or_set_hits"] == 0
    assert summary["strict"]["f"] == summary["value"]["f"] == summary["type"]["f"] == 1.0
    assert summary["by_type"]["DURATION"] == {"gold": 1, "system": 1, "found": 1, "value_correct": 1}
    assert errors == []


def test_all_types_missed_duration_lowers_recall():
    summary, errors = scored(("Monday", "2020-10-12"), ("last month", "2020-09"), types="all")
    assert summary["relaxed"]["r"] == pytest.approx(2 / 3) and summary["relaxed"]["p"] == 1.0
    assert [(e["kind"], e["gold_type"]) for e in errors] == [("missed", "DURATION")]


def test_wrong_type_is_a_type_error_not_a_span_error():
    """A span matches whatever its type (as in the official scorer); the type is scored apart."""
    summary, errors = scored(("Monday", "2020-10-12"), ("two days", "P2D", "DATE"), ("last month", "2020-09"),
                             types="all")
    assert summary["strict"]["f"] == 1.0 and summary["value"]["f"] == 1.0
    assert summary["type"]["p"] == pytest.approx(2 / 3) and summary["type_accuracy"] == pytest.approx(2 / 3)
    assert [(e["kind"], e["gold_type"], e["system_type"]) for e in errors] == [("wrong type", "DURATION", "DATE")]


def test_date_time_mode_sets_a_date_on_a_duration_aside():
    summary, errors = scored(("Monday", "2020-10-12"), ("two days", "P2D", "DATE"), ("last month", "2020-09"))
    assert summary["system"] == 2 and summary["duration_or_set_hits"] == 1
    assert "type" not in summary and "by_type" not in summary
    assert errors == []


def test_all_types_per_type_counts_and_granularity_of_dates_only():
    summary, _ = scored(("12 March 2021", "2021-03-12"), ("every week", "P1W", "SET"), ("two hours", "P2H", "DURATION"),
                        ("talk", "2021-03-12", "DATE"), types="all", doc=SET_DOC)
    assert summary["gold"] == 4 and summary["system"] == 4
    assert {t: (c["gold"], c["system"], c["found"], c["value_correct"]) for t, c in summary["by_type"].items()} == {
        "DATE": (1, 2, 1, 1), "TIME": (1, 0, 0, 0), "DURATION": (1, 1, 1, 0), "SET": (1, 1, 1, 1)}
    assert summary["relaxed"]["p"] == 0.75 and summary["value"]["p"] == 0.5
    # DURATION and SET values have no granularity: only the DATE and the TIME are classed
    assert {c: v["gold"] for c, v in summary["value_recall_by_class"].items()} == {"day": 1, "with time": 1}


def test_eval_command_all_types(tmp_path):
    (tmp_path / "doc.tml").write_text(DOC, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["eval", str(tmp_path), "--types", "all", "--json", "--errors", str(tmp_path / "e.jsonl")],
                stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    summary = json.loads(out.getvalue())
    assert summary["types"] == "all" and summary["gold"] == 3
    assert summary["by_type"]["DURATION"]["gold"] == 1 and summary["relaxed"]["r"] == 1.0
    assert summary["type"]["f"] == 1.0
    assert (tmp_path / "e.jsonl").read_text() == ""


def test_eval_command_tables_name_what_they_score(tmp_path):
    (tmp_path / "doc.tml").write_text(DOC, encoding="utf-8")
    tables = {}
    for types in ("date-time", "all"):
        out = io.StringIO()
        assert main(["eval", str(tmp_path), "--types", types], stdout=out, stderr=io.StringIO()) == 0
        tables[types] = out.getvalue()
    default = io.StringIO()
    main(["eval", str(tmp_path)], stdout=default, stderr=io.StringIO())
    assert default.getvalue().splitlines()[:7] == tables["date-time"].splitlines()[:7]
    assert tables["date-time"].startswith("documents 1   gold DATE/TIME 2   system 2   (+0 on gold DURATION/SET")
    assert "type accuracy" not in tables["date-time"]
    assert tables["all"].startswith("documents 1   gold TIMEX3 (DATE, TIME, DURATION, SET) 3   system 3")
    assert "type accuracy on matched pairs: 100.0" in tables["all"]
    assert "\nDURATION               1       1      1   100.0         1\n" in tables["all"]

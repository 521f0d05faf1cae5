"""Span scoring on Recognizers-Text DateExtractor cases, with hand-made cases and known counts."""

import io
import json
from datetime import date

import pytest

from timeline.cli import main
from timeline.evaluation.recognizers import Case, CaseScore, CasesError, compare_case, parse_cases
from timeline.temporal import Granularity, Interval, TimeExpression


def expression(text, sub, kind="DATE", timex="2020-10-12"):
    start = text.index(sub)
    return TimeExpression(start, start + len(sub), sub, kind, timex, None,
                          Interval(date(2020, 1, 1), date(2020, 1, 1)), Granularity.DAY)


def case(text, *expected):
    return Case(1, text, tuple((text.index(e), text.index(e) + len(e)) for e in expected))


def test_found_exact_missed_spurious_and_ignored():
    score, errors = CaseScore(), []
    first = case("I left on Monday 5 and came back the 9th", "Monday 5", "the 9th")
    compare_case(first, [expression(first.input, "Monday 5")], score, errors)
    second = case("see you on the first friday of july", "the first friday of july")
    compare_case(second, [expression(second.input, "friday"), expression(second.input, "see", "TIME")], score, errors)
    third = case("we stayed two weeks, every day")
    compare_case(third, [expression(third.input, "two weeks", "DURATION"), expression(third.input, "every day", "SET")],
                 score, errors)
    summary = score.summary()
    assert (summary["cases"], summary["expected"], summary["found"], summary["exact"]) == (3, 3, 2, 1)
    assert summary["spurious"] == 1 and summary["ignored_duration_or_set"] == 2 and summary["system"] == 5
    assert summary["found_share"] == pytest.approx(2 / 3)
    assert summary["cases_all_found_none_spurious"] == 1  # the third: nothing expected, nothing spurious
    assert [(e["kind"], e.get("expected") or e.get("system")) for e in errors] == [
        ("missed", "the 9th"), ("spurious", "see")]


def test_one_system_span_can_find_two_expected_spans():
    """Found is overlap, not one-to-one matching: a span covering two expected dates finds both."""
    score = CaseScore()
    c = case("from may 2 to may 5", "may 2", "may 5")
    compare_case(c, [expression(c.input, "may 2 to may 5")], score)
    assert (score.found, score.exact, score.spurious) == (2, 0, 0)


def test_parse_cases_reads_offsets_and_reference_date():
    cases = parse_cases(json.dumps([
        {"Input": "back on 15", "NotSupported": "javascript", "Results": [
            {"Text": "15", "Type": "date", "Start": 8, "Length": 2}]},
        {"Input": "saturday", "Context": {"ReferenceDateTime": "2017-09-01T00:00:00"}, "Results": []},
    ]))
    assert cases == [Case(1, "back on 15", ((8, 10),)), Case(2, "saturday", (), date(2017, 9, 1))]


@pytest.mark.parametrize("source, message", [
    ('{"Input": "x"}', "not a list"),
    ('[{"Input": "x"}]', "case 1"),
    ('[{"Input": "ab", "Results": [{"Start": 1, "Length": 5}]}]', "outside its Input"),
    ("[", "not JSON"),
])
def test_parse_cases_rejects_what_is_not_cases(source, message):
    with pytest.raises(CasesError, match=message):
        parse_cases(source)


CASES = [
    {"Input": "The meeting is on 12 March 2021.", "Results": [
        {"Text": "12 March 2021", "Type": "date", "Start": 18, "Length": 13}]},
    {"Input": "We talk every week for two hours.", "Results": []},
    {"Input": "I'll go back on Tuesday.", "Results": [{"Text": "Tuesday", "Type": "date", "Start": 16, "Length": 7}]},
]


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    return main(["eval", *argv], stdout=out, stderr=err), out.getvalue(), err.getvalue()


def test_eval_command_scores_case_files(tmp_path):
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(CASES), encoding="utf-8-sig")  # the published files may carry a BOM
    code, out, err = run(str(path), "--json", "--errors", str(tmp_path / "e.jsonl"))
    assert code == 0, err
    summary = json.loads(out)
    assert (summary["language"], summary["cases"], summary["expected"]) == ("en", 3, 2)
    assert (summary["found"], summary["exact"], summary["spurious"]) == (2, 2, 0)
    assert summary["ignored_duration_or_set"] == 2  # "every week" and "two hours"
    assert (tmp_path / "e.jsonl").read_text() == ""
    code, out, _ = run(str(path))
    assert code == 0 and "language en: 1 file(s), 3 cases, 2 expected spans" in out


def test_eval_command_cases_in_swedish(tmp_path):
    path = tmp_path / "fall.json"
    path.write_text(json.dumps([{"Input": "Vi ses den 12 mars 2021.", "Results": [
        {"Text": "12 mars 2021", "Type": "date", "Start": 11, "Length": 12}]}]), encoding="utf-8")
    code, out, err = run(str(path), "--lang", "sv", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["language"] == "sv" and summary["expected"] == 1 and summary["found"] == 1


@pytest.mark.parametrize("extra", [["--types", "all"], ["--types", "date-time"]])
def test_types_is_for_timeml_only(tmp_path, extra):
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(CASES), encoding="utf-8")
    code, _, err = run(str(path), *extra)
    assert code == 2 and "--types" in err


def test_timeml_and_cases_cannot_be_mixed(tmp_path):
    (tmp_path / "cases.json").write_text(json.dumps(CASES), encoding="utf-8")
    (tmp_path / "doc.tml").write_text("<TimeML><TEXT>x</TEXT></TimeML>", encoding="utf-8")
    code, _, err = run(str(tmp_path / "cases.json"), str(tmp_path / "doc.tml"))
    assert code == 2 and "not both" in err


def test_unreadable_case_file_is_named_and_exits_2(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"not": "cases"}', encoding="utf-8")
    code, _, err = run(str(path))
    assert code == 2
    assert f"{path}: not a list" in err and "no case file could be read" in err

import csv
import io
import json
import subprocess
import sys

import pytest

from timeline.cli import main


def run(*argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_extract_json_from_stdin():
    code, out, err = run("extract", "--dct", "2020-10-15", "--lang", "en", "--json",
                         stdin="Late last month she left.")
    assert code == 0, err
    (item,) = json.loads(out)
    assert item == {"start": 0, "end": 15, "text": "Late last month", "type": "DATE", "timex": "2020-09",
                    "mod": "END", "interval": ["2020-09-21", "2020-09-30"], "granularity": "part_of_month"}


def test_extract_uses_the_file_header(seeds):
    code, out, _ = run("extract", "--json", str(seeds / "004_153c19312460578d.txt"))
    assert code == 0
    assert {"Wednesday": "2020-10-14"}.items() <= {e["text"]: e["timex"] for e in json.loads(out)}.items()


def test_extract_table_shows_text_literally():
    code, out, _ = run("extract", "--dct", "2020-10-15", stdin="[bold red]On Monday[/] it rained.")
    assert code == 0 and "Monday" in out


@pytest.mark.worker_processes  # the default build, worker processes and all
def test_export_to_file(tmp_path, seeds):
    target = tmp_path / "events.csv"
    code, out, err = run("export", str(seeds), "-o", str(target))
    assert code == 0 and out == ""
    assert "wrote" in err and str(target) in err
    rows = list(csv.DictReader(open(target, encoding="utf-8", newline="")))
    assert rows and rows[0]["event_id"]


def test_export_output_dash_is_stdout(tmp_path, seeds, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("export", str(seeds), "-o", "-")
    assert code == 0 and out.startswith("event_id")
    assert not (tmp_path / "-").exists()


def test_export_unwritable_output_exits_1(tmp_path, seeds):
    code, _, err = run("export", str(seeds), "-o", str(tmp_path / "missing" / "x.csv"))
    assert code == 1 and "cannot write" in err


def test_no_article_exits_2(tmp_path):
    code, _, err = run("export", str(tmp_path / "nothing"))
    assert code == 2
    assert "no such file" in err and "no article could be read" in err


def test_bad_file_beside_good_exits_0(tmp_path):
    (tmp_path / "good.txt").write_text("date 2020-10-15 He left on Monday.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00binary")
    code, out, err = run("export", str(tmp_path), "--level", "mention")
    assert code == 0
    assert err.strip() == f"timeline: {tmp_path / 'bad.txt'}: binary file (NUL bytes), skipped"
    assert "2020-10-12" in out


@pytest.mark.parametrize("text, names", [
    (b"[corpus\npaths = 1", "not valid TOML: Expected ']' at the end of a table declaration (at line 1, column 8)"),
    (b"[corpus]\npaths = ['a']\npaths = ['b']", "not valid TOML"),
    (b"[corpus]\nlanguages = ['xx']", "corpus.languages: unsupported language 'xx'"),
    (b"[corpus]\nmax_article_chars = '10'", "corpus.max_article_chars: expected a whole number"),
    (b"[corpus]\narticle_timeout = -5", "corpus.article_timeout: expected a number from 0 to 86400"),
    (b"[corpus]\narticle_timeout = true", "corpus.article_timeout: expected a number"),
    (b"corpus = 3", "corpus: expected a table"),
    (b"events = [1]", "events: expected a table"),
    (b"[corpus]\nextra = 1", "corpus.extra: unknown key"),
    (b"[articles.a]\npublished = 2020-02-30", "not valid TOML"),
    (b"[articles.a]\npublished = '2020-02-30'", "articles.a.published: expected a date"),
    (b"[events]\nconflict_threshold = 7", "events.conflict_threshold: expected a number from 0 to 1, got 7"),
    (b"[corpus]\npaths = ['caf\xe9']", "not UTF-8"),
])
def test_every_bad_config_is_one_line_naming_the_key_and_exits_2(tmp_path, text, names):
    config = tmp_path / "config.toml"
    config.write_bytes(text)
    for command in (["export"], ["build"], ["show"], ["browse"]):
        code, out, err = run("--config", str(config), *command)
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and err.startswith(f"timeline: {config}: ") and names in err, err


def test_bare_paths_browse_and_fall_back_to_the_table_when_piped(seeds):
    code, out, _ = run(str(seeds / "004_153c19312460578d.txt"))
    assert code == 0 and "Wed 14 Oct 2020" in out


@pytest.mark.parametrize("command", ["browse", "show", "extract", "export", "build", "cache", "eval", "eval-timeline"])
def test_help_has_an_example_and_the_exit_codes(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        run(command, "--help")
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    assert f"\n  timeline {command}" in text.split("Example")[1]
    words = " ".join(text.split())
    assert "Exit status: 0 " in words and "2 a usage error" in words and "130 interrupted" in words
    assert text.startswith(f"usage: timeline {command}") and "options:" in text


def test_a_mistyped_command_is_not_read_as_a_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run("exprot", "seeds")
    assert code == 2 and out == ""
    assert err == "timeline: 'exprot' is neither a command nor a file or folder; did you mean 'export'?\n"
    (tmp_path / "exprot").mkdir()  # a folder of that name is read, as asked
    (tmp_path / "exprot" / "a.txt").write_text("date 2020-10-15 It rained on Monday.", encoding="utf-8")
    code, out, err = run("exprot")
    assert code == 0 and "Mon 12 Oct 2020" in out


def test_an_interrupt_exits_130_with_one_line(monkeypatch, seeds):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("timeline.build.build_timeline", interrupted)  # imported when a build runs
    code, out, err = run("export", str(seeds))
    assert code == 130 and err == "timeline: interrupted\n"


def test_python_dash_m_runs_from_the_repository(seeds):
    result = subprocess.run([sys.executable, "-m", "timeline", "export", str(seeds), "--level", "mention"],
                            capture_output=True, text=True, cwd=seeds.parent, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("event_id,article,published")

"""Worker processes with a time limit per item (issue 7): one slow or broken item never stalls the rest."""

import csv
import io
import os
import subprocess
import sys
import time
from pathlib import Path

from timeline.extraction import workers
from timeline.cli import main


def _work(item):
    """A stand-in task: its item says how it behaves."""
    if item == "slow":
        time.sleep(60)
    if item == "raise":
        raise ValueError("bad item")
    if item == "die":
        os._exit(3)
    return item.upper()


def test_slow_failing_and_dying_items_are_reported_and_the_rest_done():
    items = ["a", "slow", "b", "raise", "c", "die", "d"]
    started = time.monotonic()
    results = dict(workers.run(_work, items, jobs=2, timeout=2))
    assert time.monotonic() - started < 30  # the sleeping item was stopped, not waited for
    assert sorted(results) == list(range(len(items)))
    assert [results[n] for n in (0, 2, 4, 6)] == ["A", "B", "C", "D"]
    assert results[1] == workers.Failure("took longer than 2 s", timed_out=True)
    assert results[3] == workers.Failure("failed: ValueError: bad item")
    assert not results[5].timed_out and "worker process ended (exit code 3)" in results[5].reason


def test_without_a_timeout_every_item_is_answered():
    assert sorted(workers.run(_work, ["x", "y", "z"], jobs=3, timeout=None)) == [(0, "X"), (1, "Y"), (2, "Z")]


def test_no_items_start_no_work():
    assert list(workers.run(_work, [], jobs=2, timeout=1)) == []


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_an_article_over_the_timeout_is_reported_and_kept_without_dates(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("date 2020-10-15 The mayor resigned on Monday.", encoding="utf-8")
    # Two million characters of dated sentences: many seconds of work, far over the limit below,
    # which leaves the one-line article room on a loaded machine (1 s did not, at a load of 12).
    (corpus / "slow.txt").write_text("date 2020-10-15 " + "On Monday it rained. " * 94_000, encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text("[corpus]\narticle_timeout = 2\n", encoding="utf-8")
    for _ in range(2):  # a timed-out article is not cached: the second build says so again
        code, out, err = run("--config", str(config), "export", str(corpus), "--level", "mention")
        assert code == 0, err
        assert "slow.txt: extraction took longer than 2 s (corpus.article_timeout); the article is kept" in err
        assert "Traceback" not in err
        assert {row["article"] for row in csv.DictReader(io.StringIO(out))} == {"good"}


def test_workers_start_under_a_captured_stderr_like_textuals():
    # A fresh interpreter, so multiprocessing's resource tracker is not running yet; Textual's
    # captured stderr reports fileno() -1, which once made starting the first worker fail.
    script = (
        "import sys\n"
        "class Captured:\n"
        "    def write(self, text): return len(text)\n"
        "    def flush(self): pass\n"
        "    def fileno(self): return -1\n"
        "sys.stderr = Captured()\n"
        "from timeline.extraction import workers\n"
        "print(sorted(workers.run(str.upper, ['a', 'b'], 2, 30)))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            cwd=Path(__file__).resolve().parent.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[(0, 'A'), (1, 'B')]"


def _pid(item):
    return item, os.getpid()


def test_a_pool_keeps_its_processes_from_one_run_to_the_next():
    with workers.Pool(2) as pool:
        first = dict(pool.run(_pid, ["a", "b", "c"], timeout=None))
        second = dict(pool.run(_pid, ["d", "e"], timeout=None))
        assert [first[n][0] for n in range(3)] == ["a", "b", "c"] and second[1][0] == "e"
        assert {pid for _, pid in second.values()} <= {pid for _, pid in first.values()}  # none started anew
        assert dict(pool.run(_pid, ["f"], timeout=None, jobs=1))[0][0] == "f"
        # A worker stopped for running over is replaced; the pool goes on with its work.
        results = dict(pool.run(_work, ["slow", "g", "h"], timeout=2))
        assert results[0].timed_out and [results[1], results[2]] == ["G", "H"]
        assert sorted(v for _, v in pool.run(_work, ["i", "j"], timeout=None)) == ["I", "J"]
        assert len(pool.workers) == 2
    assert pool.workers == []


def test_items_sent_ahead_behind_a_slow_or_dying_one_are_done_again():
    # Each process holds two items: those waiting behind an item that runs over or kills its
    # process are sent again to the new process, and every item is answered once.
    items = ["slow", "a", "die", "b", "c", "d", "e"]
    results = list(workers.run(_work, items, jobs=2, timeout=2, ahead=2))
    answers = dict(results)
    assert sorted(index for index, _ in results) == list(range(len(items)))
    assert [answers[n] for n in (1, 3, 4, 5, 6)] == ["A", "B", "C", "D", "E"]
    assert answers[0].timed_out and "exit code 3" in answers[2].reason


def test_a_large_item_is_not_sent_behind_another():
    big = "x" * (4 * workers.AHEAD_BYTES)  # both ends could block on a full pipe
    assert dict(workers.run(_work, ["a", big, "b", big], jobs=1, timeout=None, ahead=2)) == \
        {0: "A", 1: big.upper(), 2: "B", 3: big.upper()}

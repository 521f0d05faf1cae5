"""Where extraction (and the merge's bucket scoring) runs: local processes, in this process, or Dask:
the same export, byte for byte."""

import io
import shutil
import sys
import time
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.config import ConfigError, parse_config
from timeline.events import parallel
from timeline.events.parallel import _part
from timeline.extraction import scheduler
from timeline.extraction.workers import Failure, Pool

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def corpus(tmp_path):
    """The seeds (two of them undated: dated by inference, then extracted again) and a copy of one
    under another name, so that more than one batch goes out."""
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", folder)
    first = sorted(folder.iterdir())[0]
    shutil.copy(first, folder / "copy.txt")
    return folder


def export(corpus, tmp_path, *options, timeout=None):
    """The mention-level JSON export of ``corpus`` built with ``options``, without a cache."""
    args = []
    if timeout is not None:
        config = tmp_path / f"config-{timeout}.toml"
        config.write_text(f"[corpus]\narticle_timeout = {timeout}\n")
        args = ["--config", str(config)]
    out, err = io.StringIO(), io.StringIO()
    code = main([*args, "export", str(corpus), "--no-cache", "--level", "mention", "--format", "json", *options],
                stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    return out.getvalue()


@pytest.fixture(scope="module")
def dask_cluster():
    """A Dask cluster in this process (threads): a real scheduler at a tcp:// address, started fast."""
    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp", host="127.0.0.1",
                           dashboard_address=None)
    yield cluster
    cluster.close()


@pytest.mark.worker_processes  # the default 30 s limit: the local export runs in stoppable workers
def test_every_scheduler_gives_the_same_export(corpus, tmp_path, dask_cluster, monkeypatch):
    monkeypatch.setattr(parallel, "MINIMUM", 0)  # the merge's buckets scored in parts even for the seeds
    parts = []
    monkeypatch.setattr(parallel, "_part", lambda *args: parts.append(args) or _part(*args))
    in_process = export(corpus, tmp_path, "--jobs", "1", timeout=0)  # no limit, one job: no worker at all
    assert parts == []
    sent = []
    run = Pool.run
    monkeypatch.setattr(Pool, "run", lambda pool, *args: sent.append(pool) or run(pool, *args))
    local = export(corpus, tmp_path, "--jobs", "2")  # with a limit: stoppable local worker processes
    assert sent  # the articles went to the workers
    locally = len(parts)
    assert locally > 1
    on_dask = export(corpus, tmp_path, "--scheduler", dask_cluster.scheduler_address)
    assert len(parts) > locally
    assert '"published_source": "inferred"' in in_process  # the re-extraction after dating ran too
    assert local == in_process
    assert on_dask == in_process


def test_a_dask_cluster_started_for_the_build(corpus, tmp_path):
    """``dask-local`` starts worker processes (here one) and stops them; the export is the same."""
    assert export(corpus, tmp_path, "--scheduler", "dask-local", "--jobs", "1") == \
        export(corpus, tmp_path, "--jobs", "1", timeout=0)


def test_without_dask_one_line_says_what_to_install(corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails
    out, err = io.StringIO(), io.StringIO()
    assert main(["export", str(corpus), "--scheduler", "dask-local"], stdout=out, stderr=err) == 2
    assert err.getvalue() == "timeline: --scheduler dask-local needs Dask: pip install 'timeline[dask]'\n"
    assert out.getvalue() == ""


def test_an_unreachable_scheduler_is_one_line(corpus, monkeypatch):
    monkeypatch.setattr(scheduler, "CONNECT_TIMEOUT", "0.5s")
    out, err = io.StringIO(), io.StringIO()
    assert main(["export", str(corpus), "--no-cache", "--scheduler", "tcp://127.0.0.1:9"], stdout=out,
                stderr=err) == 2
    assert err.getvalue().startswith("timeline: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(err.getvalue().splitlines()) == 1


def _slow_on_two(item):
    if item == 2:
        time.sleep(0.3)
    if item == 3:
        raise ValueError("bad")
    return item * 10


def test_a_task_that_overruns_is_reported_as_a_timeout():
    """On a worker the article is timed: over the limit its result is dropped, as locally."""
    results = dict(scheduler._run_batch(_slow_on_two, None, 0.1, [(0, 1), (1, 2), (2, 3)]))
    assert results[0] == 10
    assert results[1] == Failure("took longer than 0.1 s", timed_out=True)
    assert results[2] == Failure("failed: ValueError: bad")


@pytest.mark.parametrize("value, problem", [
    ("dask-local", None), ("local", None), ("tcp://10.0.0.5:8786", None),
    ("tcp://host", "not a scheduler"), ("dask", "not a scheduler"), (8786, "expected a string"),
])
def test_build_scheduler_in_config(value, problem):
    data = {"build": {"scheduler": value}}
    if problem is None:
        assert parse_config(data, "c.toml", Path(".")).scheduler == value
    else:
        with pytest.raises(ConfigError, match=f"c.toml: build.scheduler: {problem}"):
            parse_config(data, "c.toml", Path("."))


def test_build_table_allows_only_scheduler():
    with pytest.raises(ConfigError, match="build.jobs: unknown key"):
        parse_config({"build": {"jobs": 2}}, "c.toml", Path("."))

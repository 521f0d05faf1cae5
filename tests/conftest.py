import dataclasses
from pathlib import Path

import pytest

from timeline.cli import parser
from timeline.config import Config

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    """No test reads or writes the user's real cache."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


#: the time limit an article gets when no config sets one
DEFAULT_TIMEOUT = next(f.default for f in dataclasses.fields(Config) if f.name == "article_timeout")


@pytest.fixture(autouse=True)
def builds_in_this_process(request, monkeypatch):
    """Builds extract in this process, as with ``--jobs 1`` and ``corpus.article_timeout = 0``.

    By default a build starts worker processes (one per core, and one even at ``--jobs 1`` to
    watch the 30 s limit); each costs about a second of CPU to import and prepare, and hundreds of
    tests build. Tests that ask for jobs or a time limit other than the default keep them (an
    explicit 30 s is the default, and dropped too), and tests marked ``worker_processes`` keep every
    default: the scheduler test that checks the stoppable workers' export equals this one byte for
    byte, and a few end-to-end ones."""
    if request.node.get_closest_marker("worker_processes"):
        return
    monkeypatch.setattr(parser, "default_jobs", lambda: 1)
    monkeypatch.setattr(Config, "timeout", property(
        lambda config: None if config.article_timeout == DEFAULT_TIMEOUT else config.article_timeout or None))


@pytest.fixture(scope="module")
def seeds_timeline():
    """The seeds' timeline, built once per test module (exports read it, never change it)."""
    from timeline import build_timeline
    from timeline.config import Config
    from timeline.ingest import load

    return build_timeline(load([SEEDS], Config()).articles)


@pytest.fixture(scope="module")
def hostile():
    """A timeline of articles written to break exports (see export_fixtures.py)."""
    from export_fixtures import hostile_timeline

    return hostile_timeline()

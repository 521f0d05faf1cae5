from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    """No test reads or writes the user's real cache."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


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

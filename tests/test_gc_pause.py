"""The cycle collector kept off a build's long-lived heap (``timeline.gc_pause``, issue 16): frozen and run
less often while the build runs, exactly as before once it ends."""

import gc
from datetime import date

import pytest

from timeline import build, gc_pause
from timeline.extraction import workers
from timeline.model import Article, PublishSource


def test_the_collector_is_paused_in_the_block_and_restored_after_it_even_on_an_error():
    before = gc.get_threshold()
    with pytest.raises(KeyError):
        with gc_pause.building():
            assert gc.get_freeze_count() > 0
            assert gc.get_threshold()[0] >= gc_pause.YOUNG_THRESHOLD
            raise KeyError("stop")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0  # thawed: the caller's garbage is collected again


def test_a_callers_own_freeze_is_left_as_it_was():
    gc.freeze()
    try:
        with gc_pause.building():
            pass
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def _collector_state(item):
    return gc.get_freeze_count() > 0, gc.get_threshold()[0]


def test_a_worker_freezes_what_it_prepared():
    [(index, (frozen, young))] = list(workers.run(_collector_state, [None], jobs=1, timeout=None))
    assert index == 0
    assert frozen and young >= gc_pause.YOUNG_THRESHOLD


def test_a_cold_build_runs_paused_and_leaves_the_collector_as_it_found_it(monkeypatch):
    seen = []
    merge = build.merge

    def watched(*args, **kwargs):
        seen.append((gc.get_freeze_count() > 0, gc.get_threshold()[0]))
        return merge(*args, **kwargs)

    monkeypatch.setattr(build, "merge", watched)
    before = gc.get_threshold()
    text = "Quillon Harbour\n\nThe ferry to Ostrava Point sailed on 3 May 2011 after a week of storms."
    article = Article(id="q1", path="q1.txt", text=text, published=date(2011, 5, 4),
                      published_source=PublishSource.METADATA, language="en")
    timeline = build.build_timeline([article])
    assert timeline.mentions
    assert seen and seen[0][0] and seen[0][1] >= gc_pause.YOUNG_THRESHOLD
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0

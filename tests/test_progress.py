"""A build reports every stage, in order, each from 0 to its total."""

from timeline.config import Config
from timeline.pipeline import open_timeline
from timeline.progress import STAGES, Stages

STORIES = [
    ("2021-03-04", "The council voted on 2 March 2021 to close the bridge. Work starts in May 2021."),
    ("2021-03-05", "Work on the bridge starts in May 2021, the council said on Thursday."),
    ("2021-03-09", "Residents protested on Monday against the council vote of 2 March 2021."),
    (None, "The council voted on 2 March 2021 to close the bridge; residents protested yesterday."),
]


def write_corpus(folder):
    for n, (published, text) in enumerate(STORIES):
        header = f"Date: {published}\n\n" if published else ""
        (folder / f"story{n}.txt").write_text(f"{header}{text}\n", encoding="utf-8")


def test_a_build_reports_every_stage_in_order(tmp_path):
    write_corpus(tmp_path)
    calls = []
    timeline = open_timeline([tmp_path], Config(), use_cache=True, progress=lambda *call: calls.append(call))
    assert timeline.events
    stages = [stage for stage, _, _ in calls]
    assert list(dict.fromkeys(stages)) == list(STAGES)  # each stage, in the order of STAGES
    assert stages == sorted(stages, key=STAGES.index)  # a stage never comes back once the next began
    for stage in STAGES:
        counts = [(done, total) for name, done, total in calls if name == stage]
        assert counts[0][0] == 0 and counts[-1][0] == counts[-1][1], stage  # from 0 to its total
        assert all(0 <= done <= total for done, total in counts), stage
        assert [done for done, _ in counts] == sorted(done for done, _ in counts), stage
    assert ("reading", len(STORIES), len(STORIES)) in calls  # one file each
    assert [total for name, _, total in calls if name == "dating"][-1] == 1  # the one undated story


def test_a_cached_build_reports_reading_only(tmp_path):
    write_corpus(tmp_path)
    open_timeline([tmp_path], Config(), use_cache=True)
    calls = []
    timeline = open_timeline([tmp_path], Config(), use_cache=True, progress=lambda *call: calls.append(call))
    assert timeline.stats.cached_timeline
    assert {stage for stage, _, _ in calls} == {"reading"}


def test_stages_thin_the_reports_but_keep_start_and_end():
    calls = []
    stages = Stages(lambda *call: calls.append(call))
    count = stages.counter("merging")
    for done in range(0, 10_001):
        count(done, 10_000)
    assert calls[0] == ("merging", 0, 10_000) and calls[-1] == ("merging", 10_000, 10_000)
    assert len(calls) <= 202


def test_the_app_has_words_for_every_stage():
    from tui.widgets.loading import STAGES as SHOWN

    assert set(SHOWN) == set(STAGES)


def test_reading_ends_at_its_total_with_an_empty_folder_last(tmp_path):
    (tmp_path / "stories").mkdir()
    write_corpus(tmp_path / "stories")
    (tmp_path / "empty").mkdir()
    calls = []
    open_timeline([tmp_path / "stories", tmp_path / "empty"], Config(), progress=lambda *call: calls.append(call))
    reading = [(done, total) for name, done, total in calls if name == "reading"]
    assert reading[-1] == (len(STORIES), len(STORIES))

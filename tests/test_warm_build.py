"""What a warm build costs before the cache answers: the code fingerprinted in one reading of its
files, and none of the heavy modules (the reader, the resolver, the events' rules) imported."""

from collections import Counter
from pathlib import Path

from timeline.store import keys
from timeline.store.cache import Cache


def _fresh_fingerprints():
    for fingerprint in (keys.resolver_fingerprint, keys.builder_fingerprint, keys.pipeline_fingerprint):
        fingerprint.cache_clear()


def test_the_cache_opening_reads_each_source_once(tmp_path, monkeypatch):
    """Its three fingerprints cover mostly the same few hundred files: one reading serves them all."""
    reads = Counter()
    read_bytes = Path.read_bytes

    def counted(path):
        reads[path] += 1
        return read_bytes(path)

    _fresh_fingerprints()
    try:
        monkeypatch.setattr(Path, "read_bytes", counted)
        Cache(tmp_path / "c").close()
    finally:
        monkeypatch.undo()
        _fresh_fingerprints()
    assert len(reads) > 100  # the whole pipeline's code
    assert max(reads.values()) == 1


def test_one_reading_gives_the_fingerprints_of_separate_ones():
    roots = [keys.EXTRACTION_MODULES, ("timeline.build",), ("timeline.pipeline", "timeline.store.inputs")]
    apart = [keys.fingerprint(*modules) for modules in roots]
    with keys.one_reading():
        together = [keys.fingerprint(*modules) for modules in roots]
        closure = keys.code_closure("timeline.pipeline")
    assert together == apart and closure == keys.code_closure("timeline.pipeline")


def test_an_edit_after_one_reading_is_seen(tmp_path, monkeypatch):
    root = tmp_path / "timeline"
    (root / "sub").mkdir(parents=True)
    (root / "__init__.py").write_text("", "utf-8")
    (root / "sub" / "__init__.py").write_text("from .a import f\n", "utf-8")
    (root / "sub" / "a.py").write_text("def f():\n    return 1\n", "utf-8")
    monkeypatch.setattr(keys, "ROOT", root)
    monkeypatch.setattr(keys, "_known_imports", {})
    monkeypatch.setattr(keys, "_used_imports", set())
    with keys.one_reading():
        before = keys.fingerprint("timeline.sub")
        (root / "sub" / "a.py").write_text("from .b import g\ndef f():\n    return g()\n", "utf-8")
        (root / "sub" / "b.py").write_text("def g():\n    return 2\n", "utf-8")
        assert keys.fingerprint("timeline.sub") == before  # the code as the reading first saw it
    assert keys.fingerprint("timeline.sub") != before
    assert root / "sub" / "b.py" in keys.code_closure("timeline.sub")


STORY = """{title}

Published: 2021-03-0{day}

The ferry line between Harbourside and the outer islands reopened on Monday after a storm closed it on
February 12. Officials said a new pier would be finished by June 2021.
"""
#: the modules a warm build must not import: the reader, the resolver, the build with its rules, the
#: worker processes, the export formats' writers and what they bring
HEAVY = ("timeline.ingest.loader", "timeline.temporal.grammar", "timeline.temporal.engine",
         "timeline.temporal.sentences", "timeline.extraction.extractor", "timeline.extraction.workers",
         "timeline.build", "timeline.events", "timeline.output.tables", "timeline.output.nested",
         "rapidfuzz", "dateparser", "multiprocessing", "difflib")
WARM = """
import json, sys
from timeline.cli import main
main(["build", sys.argv[1]])
print(json.dumps(sorted(sys.modules)))
"""


def test_a_warm_build_imports_none_of_the_heavy_modules(tmp_path):
    import json
    import os
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for day, title in ((4, "Ferry line reopens"), (5, "Islands ferry back in service")):
        (corpus / f"{day}.txt").write_text(STORY.format(title=title, day=day), "utf-8")
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "TIMELINE_CACHE_DIR": str(tmp_path / "cache"),
           "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    runs = [subprocess.run([sys.executable, "-c", WARM, str(corpus)], env=env, cwd=tmp_path, capture_output=True,
                           text=True, check=True) for _ in range(2)]
    cold, warm = (run.stdout.splitlines() for run in runs)
    assert "all from the cache" not in cold[0] and "all from the cache" in warm[0]
    imported = json.loads(warm[-1])
    assert "timeline.build" in json.loads(cold[-1])  # the check can see a heavy module
    assert [m for m in imported if m.startswith(HEAVY)] == []


def test_what_a_paused_block_made_is_old_after_it(monkeypatch):
    """A stored timeline's objects live as long as the timeline: left young, the next young collection
    would trace every one of them."""
    import gc

    from timeline import collector

    if gc.get_freeze_count():
        gc.unfreeze()
    with collector.paused():
        made = [[n] for n in range(50_000)]
    assert gc.isenabled()
    assert gc.get_count()[0] < 1_000
    oldest = {id(item) for item in gc.get_objects(generation=2)}
    assert all(id(item) in oldest for item in made[::1000])

    gc.freeze()  # what a worker process keeps for its life (``gc_pause.settled``) is never thawed
    try:
        with collector.paused():
            more = [[n] for n in range(1000)]
        assert gc.get_freeze_count() >= len(made) and more
    finally:
        gc.unfreeze()


def _timeline():
    from datetime import date

    from timeline.model import Article, Event, Mention, PublishSource, Timeline
    from timeline.temporal import Granularity, Interval, TimeExpression

    text = "The pier opened on Monday.  Crews  worked\nall winter.\nIt closed in May."
    article = Article("a1", "a1.txt", text, date(2021, 3, 4), PublishSource.HEADER, "en")
    monday = Interval(date(2021, 3, 1), date(2021, 3, 1))
    day = TimeExpression(19, 25, "Monday", "DATE", "2021-03-01", None, monday, Granularity.DAY)
    may = TimeExpression(text.index("May"), text.index("May") + 3, "May", "DATE", "2021-05", None,
                         Interval(date(2021, 5, 1), date(2021, 5, 31)), Granularity.MONTH)
    cut = "The pier opened on Monday."
    collapsed = "Crews worked all winter. It closed in May."  # whitespace collapsed: not the text's own
    mentions = [Mention(article, day, date(2021, 3, 4), cut, 0, (0, 26), (0, 26), None, "E1"),
                Mention(article, may, date(2021, 3, 4), collapsed, 28, (28, len(text)), (0, len(text)), day, "E2")]
    events = [Event("E1", [mentions[0]], monday, Granularity.DAY, None, "The pier opened"),
              Event("E2", [mentions[1]], may.interval, Granularity.MONTH, None, "It closed")]
    return Timeline([article], mentions, events)


def test_a_stored_mention_keeps_its_sentence_as_a_length_when_it_is_the_texts_own():
    import json

    from timeline.store.snapshot import timeline_data, timeline_from, timeline_json

    timeline = _timeline()
    data = json.loads("".join(timeline_json(timeline)))
    assert data == json.loads(json.dumps(timeline_data(timeline)))
    sentences = [row[11] for row in data[3]]
    assert sentences == [len("The pier opened on Monday."), timeline.mentions[1].sentence]
    again = timeline_from(data)
    assert again.mentions == timeline.mentions and again.events == timeline.events
    assert [m.sentence for m in again.mentions] == [m.sentence for m in timeline.mentions]
    assert again.mentions[1].anchor is again.mentions[0].expression


def test_a_maker_makes_what_the_classes_own_init_makes():
    import dataclasses

    import pytest

    from timeline.store.makers import maker
    from timeline.temporal import TimeExpression

    timeline = _timeline()
    for made in (*timeline.mentions, *(m.expression for m in timeline.mentions)):
        values = [getattr(made, f.name) for f in dataclasses.fields(made)]
        copy = maker(type(made))(*values)
        assert copy == made and vars(copy) == vars(made)
        assert copy == type(made)(*values)
    with pytest.raises(dataclasses.FrozenInstanceError):
        maker(TimeExpression)(*values).start = 3

    @dataclasses.dataclass(frozen=True)
    class Checked:
        value: int

        def __post_init__(self):
            assert self.value > 0

    with pytest.raises(TypeError):
        maker(Checked)


ENDED = """
import atexit, runpy, sys
atexit.register(lambda: print("torn down", flush=True))
sys.argv = ["timeline", *sys.argv[1:]]
runpy.run_module("timeline", run_name="__main__")
"""


def test_the_program_ends_at_once_with_its_output_flushed_and_its_exit_code(tmp_path):
    import os
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "4.txt").write_text(STORY.format(title="Ferry line reopens", day=4), "utf-8")
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "TIMELINE_CACHE_DIR": str(tmp_path / "cache"),
           "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}

    def program(*argv):
        return subprocess.run([sys.executable, "-c", ENDED, *argv], env=env, cwd=tmp_path, capture_output=True,
                              text=True)

    built = program("build", str(corpus), "--jobs", "1")
    assert built.returncode == 0 and "1 articles read" in built.stdout
    assert "torn down" not in built.stdout  # ended without tearing the interpreter down
    exported = program("export", str(corpus), "--format", "json", "--level", "mention")
    assert exported.returncode == 0 and '"Monday"' in exported.stdout  # the export flushed whole
    assert program("export", str(tmp_path / "missing")).returncode == 2


def test_main_itself_keeps_nothing(tmp_path, monkeypatch):
    from timeline.cli import ending, main

    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "4.txt").write_text(STORY.format(title="Ferry line reopens", day=4), "utf-8")
    import io

    assert main(["build", str(corpus)], stdout=io.StringIO(), stderr=io.StringIO()) == 0
    assert ending._kept is None


def test_the_installed_program_ends_as_python_m_timeline_does():
    """Both ways of starting timeline run ``cli.program`` (the bench times one, users run the other)."""
    from pathlib import Path

    from timeline.config import tomllib

    root = Path(__file__).resolve().parent.parent
    scripts = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["timeline"] == "timeline.cli:program"
    assert "program()" in (root / "timeline" / "__main__.py").read_text(encoding="utf-8")

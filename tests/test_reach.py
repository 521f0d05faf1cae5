"""The candidate pairs ``pairs.edge`` turns down first are turned down before it (``reach``): the
same edges, fewer pairs scored."""

from datetime import date
from itertools import combinations

from timeline import build_timeline
from timeline.events import cluster as cluster_module
from timeline.events.cluster import _candidate_edges, bucket_edges
from timeline.events.evidence import Evidence, Stories, Weighed, context_signature
from timeline.events.pairs import edge
from timeline.events.reach import Reach, hopeless
from timeline.events.similarity import Weights
from timeline.model import Article, PublishSource
from timeline.settings import MergeSettings

TEXTS = [
    ("r1", date(2012, 5, 3), "The Vellmark ferry ran aground on Tuesday near the Osk islands, and its crew "
                             "of twelve waited for the tide."),
    ("r2", date(2012, 5, 4), "Coast guards said the Vellmark ferry ran aground on Tuesday near the Osk "
                             "islands; twelve crew were taken off on Wednesday."),
    ("r3", date(2012, 5, 20), "A bakery in Tarrow opened on 18 May, selling rye loaves to the harbour workers."),
    ("r4", date(2012, 4, 29), "The Osk islands council will vote on 2 May on a new ferry timetable."),
    ("r5", date(2012, 5, 9), "On Monday the Tarrow choir sang at the harbour, and on 2 May the council "
                             "met in the old school."),
]


def _placed():
    articles = [Article(id_, f"{id_}.txt", text, day, PublishSource.HEADER, "en") for id_, day, text in TEXTS]
    placed = [m for m in build_timeline(articles).mentions if m.interval is not None]
    placed.sort(key=lambda m: (m.interval.start, m.interval.end, m.article.id, m.expression.start))
    return placed


def test_every_pair_turned_down_before_edge_is_no_edge():
    """Whatever two mentions it turns down, ``edge`` turns down too (all pairs, not only a bucket's)."""
    placed = _placed()
    weights = Weights(context_signature(m) for m in placed)
    stories = Stories({m.article.id: m.article for m in placed}.values())
    settings = MergeSettings()
    weighed = [Weighed(Evidence.of(m), weights) for m in placed]
    turned_down = 0
    for i, j in combinations(range(len(placed)), 2):
        if hopeless(Reach.of(placed[i]), Reach.of(placed[j]), weighed[i], weighed[j], settings):
            turned_down += 1
            assert edge(placed, i, j, weighed[i], weighed[j], stories, settings, weights) is None
    assert turned_down  # the ferry's Tuesday and the bakery's 18 May, at least


def test_readings_apart_never_reach_edge(monkeypatch):
    """A bucket's pairs of readings weeks apart ("on 2 May", "on 18 May") are not scored, and the
    edges are those of scoring every pair."""
    placed = _placed()
    weights = Weights(context_signature(m) for m in placed)
    settings = MergeSettings()
    scored = []

    def counting(placed_, i, j, *rest):
        scored.append((placed_[i].expression.text, placed_[j].expression.text))
        return edge(placed_, i, j, *rest)

    monkeypatch.setattr(cluster_module, "pair_edge", counting)
    edges = _candidate_edges(placed, weights, settings, bucket_edges)
    assert not any({"18 May", "2 May"} == {a, b} for a, b in scored)
    stories = Stories({m.article.id: m.article for m in placed}.values())
    weighed = [Weighed(Evidence.of(m), weights) for m in placed]
    every = [e for i, j in combinations(range(len(placed)), 2)
             if (e := edge(placed, i, j, weighed[i], weighed[j], stories, settings, weights)) is not None]
    assert {(e.i, e.j) for e in edges} <= {(e.i, e.j) for e in every}


def test_reach_counts_days():
    placed = _placed()
    day = next(m for m in placed if m.expression.text == "18 May")
    reach = Reach.of(day)
    assert (reach.days, reach.end - reach.start, reach.published - reach.start) == (1, 0, 2)

"""Vetoes that keep apart what a third mention links: a pair found alike but two happenings (two
bodies' statements of one day, a saying and an act) is never joined through others."""

from datetime import date

from timeline.events.cluster import _join_strongest_first
from timeline.events.pairs import Edge
from timeline.model import Article, Mention, PublishSource
from timeline.temporal import Granularity, Interval, TimeExpression


def _mention(article_id: str, day: date) -> Mention:
    text = "The council met on Tuesday."
    expression = TimeExpression(18, 25, "Tuesday", "DATE", day.isoformat(), None, Interval(day, day), Granularity.DAY)
    article = Article(article_id, f"{article_id}.txt", text, day, PublishSource.HEADER, "en")
    return Mention(article, expression, day, text, 0)


def _groups(edges: list[Edge]) -> list[list[str]]:
    day = date(2011, 3, 8)
    placed = [_mention(name, day) for name in ("a", "b", "c")]
    return sorted(sorted(m.article.id for m in group) for group in _join_strongest_first(placed, edges))


def test_a_third_mention_links_two_vetoed_ones_into_no_group():
    """a~c and b~c, a and b alike but vetoed (two bodies' statements of one day): half the pairs
    across {a, c} and {b} are linked, which alone would join them."""
    linked = [Edge(3.0, True, 0, 2), Edge(2.0, True, 1, 2)]
    assert _groups(linked) == [["a", "b", "c"]]
    assert _groups(linked + [Edge(1.5, False, 0, 1, True)]) == [["a", "c"], ["b"]]


def test_a_vetoed_pair_is_no_edge():
    assert _groups([Edge(1.5, False, 0, 1, True)]) == [["a"], ["b"], ["c"]]


def test_a_saying_and_an_act_found_alike_are_recorded_apart():
    """"The governor said on Sunday …" and "the harbour reopened on Sunday": alike, but a saying and
    an act; the merge records the pair as apart, not as no pair at all."""
    from timeline import build_timeline
    from timeline.events.cluster import _candidate_edges, bucket_edges
    from timeline.events.evidence import context_signature
    from timeline.events.similarity import Weights
    from timeline.settings import MergeSettings

    day = date(2011, 3, 21)
    told = [Article(id_, f"{id_}.txt", text, day, PublishSource.HEADER, "en") for id_, text in (
        ("k1", "Governor Ilsa Marrow said on Sunday that reopening the Drennick harbour after the quarantine "
               "was the right choice."),
        ("k2", "The Drennick harbour reopened on Sunday after the quarantine was lifted."))]
    placed = sorted((m for m in build_timeline(told).mentions if m.interval is not None),
                    key=lambda m: m.article.id)
    weights = Weights(context_signature(m) for m in placed)
    edges = _candidate_edges(placed, weights, MergeSettings(), bucket_edges)
    assert [(placed[e.i].article.id, placed[e.j].article.id, e.apart) for e in edges] == [("k1", "k2", True)]

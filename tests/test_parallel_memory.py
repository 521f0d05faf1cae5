"""A worker scoring the buckets' pairs part after part keeps no more than the part at hand needs:
the articles (with their texts) of this part only, and none of the rules' memos of its mentions."""

from timeline.events import parallel
from timeline.events.memos import bounded_memos
from timeline.events.merge import merge
from timeline.extraction.mentions import extract_mentions

from test_parallel_merge import articles, picture, through_pickle


def test_a_worker_keeps_only_the_current_parts_articles_and_no_memos(monkeypatch):
    mentions = [m for a in articles(40) for m in extract_mentions(a)]
    monkeypatch.setattr(parallel, "MINIMUM", 0)
    seen: list[tuple[set[str], set[str], list[int]]] = []
    real = parallel.part_edges

    def watched(part):
        edges = real(part)
        seen.append((set(parallel._kept.stories.articles), set(part[5].articles),
                     [m.cache_info().currsize for m in bounded_memos()]))
        return edges

    monkeypatch.setattr(parallel, "part_edges", watched)
    spread = merge(mentions, spread=parallel.spread_over(through_pickle, 3))
    assert picture(spread) == picture(merge(mentions))
    assert len(seen) > 3
    for held, own, sizes in seen:
        assert held == own  # this part's articles, not all those met so far
        assert not any(sizes)  # the memos of the part's mentions let go
    assert len({frozenset(own) for _, own, _ in seen}) > 1  # parts of other articles

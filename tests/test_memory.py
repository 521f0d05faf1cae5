"""A corpus's build holds each article's data once, and drops what a stage no longer needs: the
tenfold corpus's peak memory stays under its bound (see bench/build_bench.py)."""

import random
import tracemalloc
from datetime import date

from timeline.events.unrelated import story_words, unrelated_articles
from timeline.model import Article, PublishSource


def _invented_corpus(count: int, words_each: int) -> list[Article]:
    """``count`` articles of made-up words from one small vocabulary (a feed of many stories: no word in most)."""
    pick = random.Random(7)
    syllables = ["ka", "lo", "mir", "tes", "van", "dru", "pel", "zor", "qui", "nam", "bex", "sul"]
    vocabulary = sorted({"".join(pick.choices(syllables, k=3)) for _ in range(3000)})
    articles = []
    for n in range(count):
        lines = [" ".join(pick.sample(vocabulary, 20)) + "." for _ in range(words_each // 20)]
        articles.append(Article(id=f"a{n}", path=f"a{n}.txt", text="\n".join(lines), published=date(2011, 3, 4),
                                published_source=PublishSource.METADATA, language="en"))
    return articles


def test_the_story_words_are_counted_one_article_at_a_time():
    """Each article's words are counted and let go: the words of the whole corpus, a set for each
    article, were held at once (a third of a GB for the tenfold corpus)."""
    articles = _invented_corpus(300, 200)
    story_words(articles[:1]), unrelated_articles(articles[:12])  # the grammar loaded before measuring
    tracemalloc.start()
    try:
        story = story_words(articles)
        unrelated = unrelated_articles(articles, story)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert story == () and unrelated == set()
    assert peak < 1_000_000, peak  # the articles' sets of words held at once took 6 MB here


def _seeds_timeline():
    from pathlib import Path

    from timeline.build import build_timeline
    from timeline.config import Config
    from timeline.ingest import load

    return build_timeline(load([Path(__file__).parent.parent / "seeds"], Config()).articles)


def test_the_stored_form_is_written_as_text_a_run_of_mentions_at_a_time(monkeypatch):
    """The whole result is stored as the text ``json.dumps`` makes of its form, but made in pieces:
    the form of every mention was held at once beside the text (75 MB for the tenfold corpus)."""
    import json

    from timeline.store import snapshot

    timeline = _seeds_timeline()
    assert len(timeline.mentions) > 7
    monkeypatch.setattr(snapshot, "MENTIONS_AT_ONCE", 3)
    made = []
    original = snapshot._mention
    monkeypatch.setattr(snapshot, "_mention", lambda *args: made.append(1) or original(*args))
    pieces = snapshot.timeline_json(timeline)
    first = [next(pieces), next(pieces)]
    assert len(made) == 3  # only the first run's rows made so far
    text = "".join([*first, *pieces])
    assert text == json.dumps(snapshot.timeline_data(timeline))
    assert snapshot.timeline_from(json.loads(text)).events[0].summary == timeline.events[0].summary


def test_a_built_timeline_holds_each_mention_once_without_what_was_prepared_for_merging():
    """Each mention is one object in its event and in the timeline's list (two copies of each were
    held), and what was prepared for merging is let go once the events are made."""
    timeline = _seeds_timeline()
    in_events = {id(m) for e in timeline.events for m in e.mentions}
    assert in_events and in_events <= {id(m) for m in timeline.mentions}
    assert all(m.prepared is None for m in timeline.mentions)


def test_the_rules_memos_are_let_go_once_the_events_are_made():
    """The bounded memos of the events' rules held the merge's mentions and texts for as long as the
    process lived; they are cleared once the events are made (the word tables are kept)."""
    from timeline.events.evidence import _article_signature
    from timeline.events.memos import bounded_memos

    timeline = _seeds_timeline()
    assert timeline.events
    memos = bounded_memos()
    assert _article_signature in memos and len(memos) > 10
    assert all(memo.cache_info().currsize == 0 for memo in memos)


def test_the_events_made_elsewhere_are_taken_in_a_part_at_a_time(monkeypatch):
    """Each part's plain data is let go as its events are made: all the parts' data and all the
    events were held at once."""
    from timeline.events import parallel

    timeline = _seeds_timeline()
    groups = [list(e.mentions) for e in timeline.events]
    monkeypatch.setattr(parallel, "MINIMUM", 0)
    returned = []

    def mapper(function, items, each):
        returned.append([function(item) for item in items])
        return returned[-1]

    events = parallel.events_over(mapper, 2)(groups, lambda done, total: None, timeline.story)
    assert [e.summary for e in events] == [e.summary for e in timeline.events]
    assert len(returned[0]) > 1 and all(part is None for part in returned[0])

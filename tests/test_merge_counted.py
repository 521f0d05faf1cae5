"""The corpus-wide counts of a merge (token weights, story weights) keep none of the signatures they
count (``events.counted``): the same weights, and the memos left as they were."""

from datetime import date

from timeline import build_timeline
from timeline.events import prepared
from timeline.events.counted import corpus_stories, token_weights
from timeline.events.evidence import Stories, _article_signature, context_signature
from timeline.events.similarity import Weights
from timeline.model import Article, PublishSource

TEXTS = [
    ("c1", date(2013, 2, 5), "The Brannock mill reopened on Monday after the flood, and its looms ran again."),
    ("c2", date(2013, 2, 6), "Workers said the Brannock mill reopened on Monday; the river fell on Tuesday."),
    ("c3", date(2013, 2, 9), "A choir from Lusk sang in the square on Friday to thank the volunteers."),
]


def _placed():
    articles = [Article(id_, f"{id_}.txt", text, day, PublishSource.HEADER, "en") for id_, day, text in TEXTS]
    placed = [m for m in build_timeline(articles).mentions if m.interval is not None]
    return articles, prepared.attach(placed, prepared.prepare(placed))  # as a build's merge gets them


def test_token_weights_keep_no_prepared_signature():
    """Counting the weights left every mention's context signature in the prepared memo (78 MB of a
    tenfold corpus's joining process, where nothing asks for them again)."""
    _, placed = _placed()
    assert placed and all(m.prepared is not None for m in placed)
    prepared._signature.cache_clear()
    weights = token_weights(placed)
    assert prepared._signature.cache_info().currsize == 0
    expected = Weights(context_signature(m) for m in placed)
    assert (weights.counts, weights.total, weights.words) == (expected.counts, expected.total, expected.words)


def test_stories_of_many_articles_keep_no_article_signature(monkeypatch):
    """Of more articles than ``Stories.KEPT`` no signature is kept by ``Stories``, and none is left
    in the memo of article signatures by counting them (the last 4,096, 60 MB of a tenfold corpus)."""
    articles, _ = _placed()
    monkeypatch.setattr(Stories, "KEPT", 2)
    _article_signature.cache_clear()
    stories = corpus_stories(articles)
    assert _article_signature.cache_info().currsize == 0
    expected = Stories(articles)
    assert (stories.weights.counts, stories.weights.total) == (expected.weights.counts, expected.weights.total)
    assert stories.signatures == expected.signatures == {}
    assert stories.similarity("c1", "c2") == expected.similarity("c1", "c2") > 0

"""Dating undated articles without comparing each with every dated one: the same inferences."""

from datetime import date

from timeline.config import Config
from timeline.events import dating
from timeline.extraction.mentions import extract_mentions
from timeline.ingest import load
from timeline.model import Article, PublishSource


def article(article_id, text, published=None):
    source = PublishSource.HEADER if published else PublishSource.NONE
    return Article(article_id, f"{article_id}.txt", text, published, source, "en")


def inferences(articles, mentions):
    return {a.id: (a.published, a.inference) for a in dating.date_undated(articles, mentions) if a.inference}


def all_pairs(monkeypatch):
    """Dating as it was before blocking: every dated article and every happening compared."""
    monkeypatch.setattr(dating, "MAX_CANDIDATES", 10 ** 9)
    monkeypatch.setattr(dating, "_sharing", lambda own, evidence: range(len(evidence.groups)))


def test_seeds_are_dated_as_with_all_pairs(seeds, monkeypatch):
    articles = load([seeds], Config()).articles
    mentions = {a.id: extract_mentions(a) for a in articles}
    blocked = inferences(articles, mentions)
    assert len(blocked) == 2  # the two undated seeds
    all_pairs(monkeypatch)
    assert inferences(articles, mentions) == blocked


STORIES = [
    ("Mayor Ann Quimby of Springfield resigned over the Shelbyville monorail budget scandal on {day}.",
     date(2020, 10, 16), "Wednesday"),
    ("The Ogdenville ferry operator Harbourline cancelled its winter timetable on {day}, citing fuel costs.",
     date(2019, 3, 8), "Tuesday"),
    ("Astronomers at the Kepler observatory in Arizona confirmed the comet Hale-Bopp fragment on {day}.",
     date(2018, 6, 1), "Monday"),
]


def corpus(copies):
    """Several dated retellings of three unrelated stories (more dated articles than the
    candidates compared) and one undated retelling of each."""
    articles = []
    for number, (text, published, day) in enumerate(STORIES):
        for copy in range(copies):
            articles.append(article(f"s{number}-{copy}", text.format(day=day) + f" Report {copy}.", published))
        articles.append(article(f"u{number}", text.format(day=day) + " Officials confirmed it later."))
    return articles


def test_a_corpus_larger_than_the_candidates_is_dated_as_with_all_pairs(monkeypatch):
    monkeypatch.setattr(dating, "MAX_CANDIDATES", 4)  # fewer than the dated articles: blocking is used
    articles = corpus(copies=3)
    mentions = {a.id: extract_mentions(a) for a in articles}
    blocked = inferences(articles, mentions)
    assert set(blocked) == {"u0", "u1", "u2"}
    for number, (_, published, _) in enumerate(STORIES):
        assert abs((blocked[f"u{number}"][0] - published).days) <= 7  # near its own story's date
        assert all(n.startswith(f"s{number}-") for n in blocked[f"u{number}"][1].neighbours)
    all_pairs(monkeypatch)
    assert inferences(articles, mentions) == blocked


def test_candidates_prefer_articles_sharing_rare_tokens(monkeypatch):
    monkeypatch.setattr(dating, "MAX_CANDIDATES", 2)
    articles = corpus(copies=2)
    dated = [a for a in articles if a.published]
    evidence = dating.DatedEvidence.of(dated, [], dating.MergeSettings())
    own = dating._article_signature(next(a for a in articles if a.id == "u1"))
    weights = dating._plus(evidence.article_counts, len(dated), [own])
    assert [dated[p].id for p in evidence.candidates(own, weights)] == ["s1-0", "s1-1"]


def test_weights_plus_one_are_the_weights_of_all():
    articles = corpus(copies=2)
    signatures = [dating._article_signature(a) for a in articles]
    dated, own = signatures[:-1], signatures[-1]
    counts = dating.Counter()
    for sig in dated:
        counts.update(dating._tokens(sig))
    plus = dating._plus(counts, len(dated), [own])
    whole = dating.Weights(signatures)
    assert plus.total == whole.total
    for sig in signatures:
        for token, is_name in sig.tokens():
            for strict in (False, True):
                assert plus.weight(token, is_name, strict) == whole.weight(token, is_name, strict)
    assert plus.weight("absent-token", False) == whole.weight("absent-token", False)

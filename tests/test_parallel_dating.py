"""Dating undated articles spread over processes gives the dates of dating in one process, exactly."""

import pickle
from datetime import date

import pytest

from timeline.build import build_timeline
from timeline.events import dating, parallel
from timeline.extraction.mentions import extract_mentions
from timeline.extraction.scheduler import mapper
from timeline.model import Article, PublishSource
from test_parallel_merge import through_pickle

STORIES = [
    ("Mayor Ann Quimby of Springfield resigned over the Shelbyville monorail budget scandal on {day}, "
     "a week after the audit of March 3.", date(2020, 10, 16), "Wednesday"),
    ("The Ogdenville ferry operator Harbourline cancelled its winter timetable on {day}, citing fuel costs "
     "that rose in January.", date(2019, 3, 8), "Tuesday"),
    ("Astronomers at the Kepler observatory in Arizona confirmed the comet Hale-Bopp fragment on {day}; "
     "it will pass Earth next month.", date(2018, 6, 1), "Monday"),
]
TAILS = [" Officials confirmed it later.", " Critics said yesterday it was overdue.", " More follows."]


def article(article_id, text, published=None):
    source = PublishSource.HEADER if published else PublishSource.NONE
    return Article(article_id, f"{article_id}.txt", text, published, source, "en")


def corpus():
    """Dated retellings of three unrelated stories, and three undated retellings of each."""
    articles = []
    for number, (text, published, day) in enumerate(STORIES):
        for copy in range(4):
            articles.append(article(f"s{number}-{copy}", text.format(day=day) + f" Report {copy}.", published))
        for tail, extra in enumerate(TAILS):
            articles.append(article(f"u{number}-{tail}", text.format(day=day) + extra))
    return articles


def dates(articles):
    return [(a.id, a.published, a.published_source, a.inference) for a in articles]


@pytest.fixture(scope="module")
def mentions():
    return {a.id: extract_mentions(a) for a in corpus()}


def test_dating_in_parts_equals_dating_here(mentions, monkeypatch):
    monkeypatch.setattr(parallel, "DATING_MINIMUM", 0)
    monkeypatch.setattr(parallel, "MINIMUM", 0)  # the dated happenings clustered in parts too
    parts = []
    real = parallel.part_dates
    monkeypatch.setattr(parallel, "part_dates", lambda part: parts.append(part) or real(part))
    serial = dating.date_undated(corpus(), mentions)
    assert sum(a.inference is not None for a in serial) == 9  # every undated article dated here
    counts = []
    spread = dating.date_undated(corpus(), mentions, progress=lambda *count: counts.append(count),
                                 spread=parallel.spread_over(through_pickle, 3),
                                 infer=parallel.dating_over(through_pickle, 3))
    assert len(parts) > 3  # it was cut into parts
    assert all(a.text == "" for part in parts for a in pickle.loads(part[1]).dated)  # texts are not sent
    assert dates(spread) == dates(serial)
    assert counts[0] == (0, 9) and counts[-1] == (9, 9)


def test_dating_in_local_processes(mentions, monkeypatch):
    monkeypatch.setattr(parallel, "DATING_MINIMUM", 0)
    elsewhere = mapper(2, None)
    assert dates(dating.date_undated(corpus(), mentions, infer=parallel.dating_over(elsewhere, 2))) \
        == dates(dating.date_undated(corpus(), mentions))


def test_few_undated_articles_are_dated_here(mentions):
    few = [a for a in corpus() if a.published or a.id.endswith("-0")]
    assert sum(a.published is None for a in few) < parallel.DATING_MINIMUM
    calls = []
    infer = parallel.dating_over(lambda function, items, each: calls.append(items) or [], 2)
    assert dates(dating.date_undated(few, mentions, infer=infer)) == dates(dating.date_undated(few, mentions))
    assert calls == []


def test_a_build_with_two_jobs_dates_as_one_job(monkeypatch):
    monkeypatch.setattr(parallel, "DATING_MINIMUM", 0)
    one, two = build_timeline(corpus(), jobs=1), build_timeline(corpus(), jobs=2)
    assert dates(two.articles) == dates(one.articles)
    assert sum(a.inference is not None for a in two.articles) == 9
    assert [(e.id, e.interval, e.summary) for e in two.events] == [(e.id, e.interval, e.summary) for e in one.events]

"""Merging spread over processes gives the events of merging in one process, exactly."""

import pickle
from datetime import date, timedelta

import pytest

from timeline.events import parallel
from timeline.events.merge import merge
from timeline.extraction.mentions import extract_mentions
from timeline.extraction.scheduler import mapper
from timeline.model import Article, PublishSource

PLACES = ["Lyon", "Oslo", "Quito", "Perth", "Dakar", "Hanoi", "Lima", "Turin"]
HAPPENINGS = ["a flood closed the harbour of {place}", "the mayor of {place} resigned after a vote",
              "a fire destroyed the old market of {place}", "{place} opened its new tram line",
              "striking nurses marched through {place}"]


def articles(count: int) -> list[Article]:
    """Short dated reports of a few happenings, each retold by several articles in other words and
    at other dates: many months, so many buckets, with edges within and across them."""
    out = []
    for n in range(count):
        published = date(2009, 1, 5) + timedelta(days=11 * n)
        told = []
        for k in range(3):
            place = PLACES[(n + k) % len(PLACES)]
            what = HAPPENINGS[(n * 3 + k) % len(HAPPENINGS)].format(place=place)
            day = published - timedelta(days=k * 9 + n % 4)
            told.append(f"On {day:%B} {day.day}, {day.year}, {what}. Officials in {place} said on "
                        f"{published:%A} that the city would recover by {published.year + 1}.")
        told.append("Last week the council met again, and in March the inquiry will report.")
        out.append(Article(f"a{n:03d}", f"a{n:03d}.txt", " ".join(told), published, PublishSource.METADATA, "en"))
    return out


def picture(events):
    """What a timeline shows of each event, with its members by reference."""
    return [(e.summary, e.interval, e.timex, e.conflict, sorted(e.outliers), e.importance,
             [(m.article.id, m.expression.start) for m in e.mentions]) for e in events]


@pytest.fixture(scope="module")
def mentions():
    return [m for a in articles(48) for m in extract_mentions(a)]


def through_pickle(function, items, each=lambda index: None):
    """A mapper that ships each part as a process would, and does them last first."""
    done = {}
    for n, item in reversed(list(enumerate(items))):
        done[n] = function(pickle.loads(pickle.dumps(item)))
        each(n)
    return [pickle.loads(pickle.dumps(done[n])) for n in range(len(items))]


def test_spread_merge_equals_the_serial_merge(mentions, monkeypatch):
    monkeypatch.setattr(parallel, "MINIMUM", 0)
    parts = []
    monkeypatch.setattr(parallel, "part_edges", lambda part: parts.append(part) or parallel.bucket_edges(*part[1:]))
    serial = merge(mentions)
    assert sum(len(e.mentions) > 1 for e in serial) >= 10  # real merges, not only single mentions
    spread = merge(mentions, spread=parallel.spread_over(through_pickle, 3))
    assert len(parts) > 3  # it was cut into parts
    assert picture(spread) == picture(serial)


def test_events_made_in_parts_equal_those_made_here(mentions, monkeypatch):
    monkeypatch.setattr(parallel, "MINIMUM", 0)
    parts = []
    real = parallel.part_events
    monkeypatch.setattr(parallel, "part_events", lambda groups: parts.append(groups) or real(groups))
    counts = []
    made = merge(mentions, make=parallel.events_over(through_pickle, 3), progress=lambda *count: counts.append(count))
    assert len(parts) > 3  # it was cut into parts
    assert picture(made) == picture(merge(mentions))
    own = {id(m) for m in mentions}
    assert all(id(m) in own for e in made for m in e.mentions)  # the mentions are this process's own
    assert counts[0][0] == 0 and counts[-1][0] == counts[-1][1] == len(made)


def test_events_made_in_parts_count_the_same_story(mentions, monkeypatch):
    """The story words reach the parts: a story no mention names leaves every importance at 0 there too."""
    monkeypatch.setattr(parallel, "MINIMUM", 0)
    story = ("qwxyzzy",)
    made = merge(mentions, story=story, make=parallel.events_over(through_pickle, 3))
    assert picture(made) == picture(merge(mentions, story=story))
    assert picture(made) != picture(merge(mentions))
    assert all(e.importance == 0 for e in made if e.interval is not None)


def test_spread_merge_in_local_processes(mentions, monkeypatch):
    monkeypatch.setattr(parallel, "MINIMUM", 0)
    elsewhere = mapper(2, None)
    assert elsewhere is not None and mapper(1, None) is None
    assert picture(merge(mentions, spread=parallel.spread_over(elsewhere, 2),
                         make=parallel.events_over(elsewhere, 2))) == picture(merge(mentions))


def test_few_mentions_are_merged_here():
    calls = []
    spread = parallel.spread_over(lambda function, items, each: calls.append(items) or [], 2)
    few = [m for a in articles(4) for m in extract_mentions(a)]
    assert len(few) < parallel.MINIMUM
    assert picture(merge(few, spread=spread)) == picture(merge(few))
    assert calls == []


def test_runs_cut_the_buckets_in_order_without_loss():
    class Buckets:
        looking = {k: list(range(k % 7 + 1)) for k in range(40)}
        registered = {k: list(range(k % 5 + 1)) for k in range(40)}

    keys = list(range(40))
    runs = parallel._runs(Buckets, keys, 8)
    assert [k for run in runs for k in run] == keys
    assert 2 <= len(runs) <= 8 and all(runs)
    assert parallel._runs(Buckets, [], 8) == []

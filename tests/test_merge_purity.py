"""Merges of different happenings told alike: each test builds its own small articles."""

from datetime import date

import pytest

from timeline import build_timeline
from timeline.model import Article, PublishSource


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def dated_groups(articles):
    timeline = build_timeline(articles)
    return sorted(sorted(m.article.id for m in e.mentions) for e in timeline.events
                  if e.interval is not None and e.interval.days == 1)


def test_two_visits_by_one_person_on_different_days_are_two_events():
    visits = [
        article("v1", "Mayor Dara Quill visited the flooded town of Ostrel on Monday, bringing blankets and water.",
                date(2010, 1, 19)),
        article("v2", "Dara Quill visited Ostrel again on Friday to meet the families of the flood victims.",
                date(2010, 1, 23)),
        article("v4", "Quill visited Ostrel on 18 January with blankets and water for the flooded town.", date(2010, 2, 1)),
        article("v5", "Quill visited Ostrel on 22 January to meet the families of the flood victims.", date(2010, 2, 1)),
    ]
    assert dated_groups(visits) == [["v1", "v4"], ["v2", "v5"]]


@pytest.mark.xfail(strict=True, reason="not done: one day's aftershock and aid visit in one city still merge "
                                        "(they share the city, the day and the quake)")
def test_an_aftershock_and_an_aid_visit_on_one_day_are_two_events():
    day = date(2010, 1, 20)
    told = [
        article("a1", "A strong aftershock of magnitude 5.9 shook Port Talen on Wednesday, sending residents "
                "of the capital running into the streets.", day),
        article("a2", "The aftershock on Wednesday, measured at 5.9, collapsed buildings already weakened by "
                "the earthquake in Port Talen.", day),
        article("a3", "The envoy Ines Marro visited Port Talen on Wednesday to see aid deliveries to earthquake "
                "survivors in the capital.", day),
        article("a4", "Ines Marro toured aid distribution points in Port Talen on Wednesday and promised more "
                "help for survivors of the earthquake.", date(2010, 1, 21)),
    ]
    assert dated_groups(told) == [["a1", "a2"], ["a3", "a4"]]

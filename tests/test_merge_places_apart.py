"""One family of acts told of one day in two countries is two happenings (``events.places_apart``).
Invented articles; the countries are the language resource's."""

from datetime import date

from timeline.events import pairs
from timeline.model import Article, PublishSource
from tests.test_merge_purity import dated_groups, works_folder

DAY = date(2010, 3, 13)  # a Saturday: "on Friday" is the day before


def _article(id_, title, text):
    return Article(id=id_, path=f"{id_}.txt", text=text, title=title, published=DAY,
                   published_source=PublishSource.HEADER, language="en")


def _groups(*told):
    return [g for g in dated_groups(works_folder(*told)) if any(id_.startswith("q") for id_ in g)]


PERU = _article("q1", "Moderate quake shakes central Peru",
                "A moderate earthquake measuring 4.8 on the Richter scale shook Huancayo and nearby towns on Friday, "
                "the geophysics institute said.")


def test_two_quakes_of_one_day_in_two_countries_are_two_events(monkeypatch):
    chile = _article("q2", "Quake kills two in Chile",
                     "An earthquake measuring 6.1 on the Richter scale hit the Chilean region of Atacama on Friday, "
                     "killing two people, the emergency office said.")
    assert _groups(PERU, chile) == [["q1"], ["q2"]]
    monkeypatch.setattr(pairs, "places_apart", lambda *args: False)
    assert _groups(PERU, chile) == [["q1", "q2"]]


def test_one_quake_told_by_a_neighbours_press_is_one_event():
    """The Peruvian story names the quake's country: one quake, felt across the border."""
    chile = _article("q2", "Quake kills two in Chile",
                     "An earthquake measuring 6.1 on the Richter scale hit the Chilean region of Atacama on Friday, "
                     "killing two people, the emergency office said.")
    felt = _article("q3", "Tremor felt in Peru",
                    "An earthquake measuring 6.1 on the Richter scale that hit Chile on Friday shook towns in "
                    "southern Peru, the geophysics institute said.")
    assert _groups(chile, felt) == [["q2", "q3"]]

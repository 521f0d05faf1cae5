"""One family of acts told of one day in two countries is two happenings (``events.places_apart``).
Invented articles; the countries are the language resource's."""

from datetime import date

from timeline.events import pairs, places_apart
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



def test_one_quake_told_from_the_neighbouring_country_with_its_magnitude_is_one_event():
    """The Chilean paper tells the Peruvian quake from its side of the border and names no country in
    its clause; its story's country would set the two apart, but both tell the quake's magnitude."""
    peru = _article("q4", "Strong quake rocks southern Peru",
                    "An earthquake measuring 6.4 on the Richter scale struck southern Peru on Friday, damaging houses "
                    "and killing three people, officials said.")
    chile = _article("q5", "Chile issues tsunami warning",
                     "Chile's navy issued a tsunami warning for the northern coast.\n\nAn earthquake measuring 6.4 on "
                     "the Richter scale shook buildings in Puerto Velas on Friday and killed three people across the "
                     "border, officials said.")
    assert dated_groups([peru, chile]) == [["q4", "q5"]]


def test_a_summit_told_from_the_visitors_country_in_the_city_both_name_is_one_event():
    spain = _article("q6", "EU ministers meet in Valmora",
                     "European Union ministers met in Valmora, Spain, on Friday to discuss fishing and the budget.")
    france = _article("q7", "France pushes fishing plan",
                      "France's president said the country would not accept new quotas.\n\nOstrand met European "
                      "Union ministers in Valmora on Friday to discuss fishing, aides said.")
    assert dated_groups([spain, france]) == [["q6", "q7"]]


def test_a_summit_told_with_the_visitors_nationality_is_one_event():
    """"The French president" says whose the visitor is, not where the meeting was."""
    spain = _article("q8", "Spain hosts EU talks",
                     "Spain's prime minister welcomed the ministers to the city.\n\nEuropean Union ministers met on "
                     "Friday to discuss fishing and the budget.")
    france = _article("q9", "Ministers discuss fishing",
                      "Talks ran late into the night.\n\nThe French president met European Union ministers on "
                      "Friday to discuss fishing, aides said.")
    assert dated_groups([spain, france]) == [["q8", "q9"]]

def test_a_word_made_from_a_country_before_an_office_is_no_place_of_the_act():
    assert places_apart._where("The French president met the ministers on §", "en") == frozenset()
    assert places_apart._where("Australian Prime Minister Ann Lee on § condemned the attack", "en") == frozenset()
    assert places_apart._where("An earthquake hit the Chilean region of Atacama on §", "en") == {"Chile"}
    assert places_apart._where("France's president met the ministers on §", "en") == {"France"}
    assert places_apart._where("A 30-year-old Egyptian man died on §", "en") == {"Egypt"}

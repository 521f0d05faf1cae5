"""A date's own clause ends where a clause telling something else begins ("after learning that …",
", who …"): a word past it is no act of that date (``events.own_clause``). Invented articles."""

from datetime import date

from timeline.events import own_clause
from timeline.events.acts import _act_words
from timeline.events.own_clause import own_part
from tests.test_merge_purity import article, dated_groups, works_folder

DAY = date(2010, 3, 10)


def _groups(*told):
    return [g for g in dated_groups(works_folder(*told)) if any(id_.startswith("k") for id_ in g)]


def test_an_alert_after_learning_of_deaths_and_a_death_that_day_are_two_events(monkeypatch):
    """The alert was Tuesday's; the deaths it learned of were earlier: "had died" shares no act."""
    told = [article("k1", "The port authority closed the harbour on Tuesday after learning that two sailors had "
                          "died of a fever aboard a trawler.", DAY),
            article("k2", "A fisherman died on Tuesday at the Kelmar clinic in Ostrel.", DAY)]
    assert _groups(*told) == [["k1"], ["k2"]]
    _without_tails(monkeypatch)
    assert _groups(*told) == [["k1", "k2"]]


def _without_tails(monkeypatch):
    """No clause ends before its sentence: the cached cuts already made are forgotten too."""
    monkeypatch.setattr(own_clause, "tail_start", lambda *args: None)
    own_part.cache_clear()
    _act_words.cache_clear()


def test_a_meeting_with_a_witness_of_a_death_and_the_death_are_two_events(monkeypatch):
    """The doctor was met on Tuesday; the death the relative clause tells was his witness's, not that day's act."""
    told = [article("k1", "Detectives met the skipper on Tuesday, who was aboard when the deckhand died.", DAY),
            article("k2", "A fisherman died on Tuesday at the Kelmar clinic in Ostrel.", DAY)]
    assert _groups(*told) == [["k1"], ["k2"]]
    _without_tails(monkeypatch)
    assert _groups(*told) == [["k1", "k2"]]


def test_one_death_told_twice_with_a_relative_clause_is_one_event():
    told = [article("k1", "A fisherman died on Tuesday at the Kelmar clinic, which had opened a week before.", DAY),
            article("k2", "A fisherman died at the Kelmar clinic in Ostrel on Tuesday.", DAY)]
    assert _groups(*told) == [["k1", "k2"]]


def test_a_raid_told_with_its_date_first_and_an_aside_on_its_raiders_is_one_event():
    """"On Tuesday, the raiders, who …, attacked": the relative is an aside on the subject, whose verb
    comes after it; the raid is the clause's act, as the other article tells it."""
    told = [article("k1", "On Tuesday, the raiders, who had crossed the river at dawn, attacked the village and "
                          "burned its granary.", DAY),
            article("k2", "Gunmen attacked the village on Tuesday and burned its granary, farmers said.", DAY)]
    assert _groups(*told) == [["k1", "k2"]]


def test_a_relative_before_the_clauses_own_verb_is_no_tail():
    assert own_part("On § , the singer , who had been rehearsing , collapsed and died .", "§", "en").endswith("died .")
    assert own_part("On § , which was a holiday , gunmen attacked the market .", "§", "en").endswith("market .")
    assert own_part("On § , Tesk raiders , who came at dawn , attacked the market .", "§", "en").endswith("market .")
    assert own_part("Raiders on § attacked the market , which burned .", "§", "en") == \
        "Raiders on § attacked the market "


def test_act_words_past_the_dates_own_clause_tell_no_act_of_it():
    """The closing and the meeting are the date's acts; the deaths told past them are not."""
    learned = "The port was closed on § after learning that two sailors had died ."
    relative = "Police met the doctor on § , who was with the singer when he died ."
    assert [w for w, _ in _act_words(learned, "en")] == ["closed"]
    assert [w for w, _ in _act_words(relative, "en")] == ["met"]
    assert [w for w, _ in _act_words("Two sailors died on § at the port .", "en")] == ["died"]

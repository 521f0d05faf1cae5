"""One act of two actors on one day is two happenings: the actor each clause opens with
(``events.actor``). Each test builds its own small invented articles."""

from datetime import date

from timeline.events import actor, cluster, pairs
from tests.test_merge_purity import article, dated_groups, works_folder

DAY = date(2010, 1, 20)


def _groups(told, prefix):
    return [g for g in dated_groups(works_folder(*told)) if any(id_.startswith(prefix) for id_ in g)]


def test_two_countries_condemning_one_bombing_on_one_day_are_two_events(monkeypatch):
    told = [
        article("a1", "Ostrelia condemned the bombing of the Kelmar embassy on Wednesday as a cowardly attack. "
                      "Trade between Kelmar and Ostrelia has doubled.", DAY),
        article("a2", "Vantoria condemned the bombing of the Kelmar embassy on Wednesday as a cowardly attack. "
                      "Trade between Kelmar and Vantoria has doubled.", DAY),
    ]
    assert _groups(told, "a") == [["a1"], ["a2"]]
    monkeypatch.setattr(cluster, "split_by_actor", lambda groups, weights: groups)
    assert _groups(told, "a") == [["a1", "a2"]]


def test_one_actor_told_in_two_forms_is_one_event():
    """"Ostrelia's condemnation" and "Ostrelia condemned": the owner of the noun is the actor."""
    told = [
        article("b1", "Ostrelia condemned the bombing of the Kelmar embassy on Wednesday as a cowardly attack.", DAY),
        article("b2", "Ostrelia's condemnation of the bombing of the Kelmar embassy on Wednesday was swift.", DAY),
    ]
    assert _groups(told, "b") == [["b1", "b2"]]


def test_an_actor_named_in_the_other_sentence_sets_nothing_apart():
    """"Ostrelia condemned …" and "Minister Tovan condemned … for Ostrelia": one act, its actor told twice."""
    told = [
        article("c1", "Ostrelia condemned the bombing of the Kelmar embassy on Wednesday as a cowardly attack.", DAY),
        article("c2", "Foreign Minister Daro Tovan condemned the bombing of the Kelmar embassy on Wednesday, "
                      "speaking for Ostrelia.", DAY),
    ]
    assert _groups(told, "c") == [["c1", "c2"]]


def test_the_actor_is_the_name_opening_the_clause():
    told = article("d1", "KELMAR, Jan 20 (Wire) - On Wednesday, Ostrelia's foreign office condemned the attack. "
                         "A top general of Vantoria said prices rose on Wednesday.", DAY)
    weights = pairs.Weights([])
    first = actor._opening("KELMAR, Jan 20 (Wire) - On Wednesday, Ostrelia's foreign office condemned", "en")
    assert first == ("ostrelia",)
    assert actor._opening("A top general of Vantoria said", "en") == ()
    assert actor._opening("prices in Ostrelia rose", "en") == ()
    assert actor._opening("The UN mission began", "en") == ("un",)
    assert told.id == "d1" and weights.total == 1


def test_a_date_far_inside_the_clause_dates_its_own_act_not_the_openers(monkeypatch):
    """"Ostrelia welcomed the truce that negotiators … reached in Kelmar on Wednesday": the day is the
    truce's, told alike by both; the two welcomes are no reason to keep it apart."""
    told = [
        article("f1", "Ostrelia welcomed the truce that negotiators of the two rebel armies finally reached in "
                      "Kelmar on Wednesday. Trade between Kelmar and Ostrelia has doubled.", DAY),
        article("f2", "Vantoria welcomed the truce that negotiators of the two rebel armies finally reached in "
                      "Kelmar on Wednesday. Trade between Kelmar and Vantoria has doubled.", DAY),
    ]
    assert _groups(told, "f") == [["f1", "f2"]]
    monkeypatch.setattr(actor, "ACTOR_REACH", 100)
    assert _groups(told, "f") == [["f1"], ["f2"]]


def test_a_hyphened_name_is_known_by_its_part():
    assert actor._named(frozenset(actor._stems("al-kelmari")), "On Saturday, Kelmari called on the officers.")
    assert not actor._named(frozenset(actor._stems("ostrelia")), "On Saturday, Kelmari called on the officers.")


def test_one_articles_list_of_one_day_gives_each_actor_its_event(monkeypatch):
    """A digest of one day's lines ("Ostrel index down", "Vantor index down"): one kind of act of
    two participants, told alike in one article, is two happenings."""
    told = [article("g1", "Ostrel stock index down -- Jan. 20\n\nVantor stock index down -- Jan. 20\n\n"
                          "Kelmar port reopens to tankers -- Jan. 20\n\nBrokers in Ostrel and Vantor expect thin trade.", DAY)]
    groups = _groups(told, "g")
    assert len(groups) == 3, groups
    monkeypatch.setattr(cluster, "split_by_actor", lambda groups, weights: groups)
    monkeypatch.setattr(pairs, "markets_apart", lambda m, other: False)  # the pairs' veto keeps them apart too
    assert len(_groups(told, "g")) < 3


def test_a_name_with_a_lower_case_prefix_is_named_by_its_part():
    """"Prime Minister Tovan al-Kelmari invited …" names the "Kelmari" of the other sentence."""
    assert actor._named(frozenset(actor._stems("kelmari")), "Prime Minister Tovan al-Kelmari invited the officers.")



def test_two_exchanges_daily_reports_are_two_events_whoever_opens_the_clause(monkeypatch):
    """"Share prices on the Ostrel Stock Exchange closed down Wednesday" and "... on the Vantor
    Stock Exchange": no name opens either clause, yet each names its market."""
    told = [
        article("m1", "Share prices on the Ostrel Stock Exchange closed down Wednesday with the key index down 18 "
                      "points at 2438 points. Brokers blamed thin trade.", DAY),
        article("m2", "Share prices on the Vantor Stock Exchange closed down Wednesday with the key index down 9 "
                      "points at 1043 points. Brokers blamed thin trade.", DAY),
    ]
    assert _groups(told, "m") == [["m1"], ["m2"]]
    monkeypatch.setattr(cluster, "split_by_actor", lambda groups, weights: groups)
    monkeypatch.setattr(pairs, "markets_apart", lambda m, other: False)  # the pairs' veto keeps them apart too
    assert _groups(told, "m") == [["m1", "m2"]]


def test_the_market_is_the_name_before_its_word():
    assert actor._markets("The key Ostrel All Share Price Index fell 18 points", "en") == frozenset({"ostre"})
    assert actor._markets("the stock market fell", "en") == frozenset()


def test_a_dateline_in_accented_capitals_is_not_the_actor():
    """"MALMÖ, Oct 3 (Wire) – Ostrelia condemned …": the place in capitals (any script's capitals,
    as ``extraction.furniture`` reads datelines) is no actor; the name after the dash is."""
    assert actor._opening("MALMÖ, Oct 3 (Wire) – Ostrelia condemned the bombing", "en") == ("ostrelia",)
    assert actor._opening("ÅRHUS, Oct 3 (Wire) - Vantoria condemned the bombing", "en") == ("vantoria",)
    assert actor._opening("Åsa Berg - the minister - condemned the bombing", "en")[:2] == ("åsa", "berg")


def test_a_short_name_opening_its_sentence_is_known_by_another_articles_writing(monkeypatch):
    """"Falcon, the city's standing flood relief committee, is to meet …" (the aside between commas
    is no distance from the name to the date) opens its only sentence naming it, and a
    name of six letters or fewer is not told from a word by the collection's counts: the other
    article of the group writes "the city's Falcon committee", so Falcon acts, and the Ostrel
    council's meeting of that day is another happening."""
    told = [
        article("f1", "Falcon, the city's standing flood relief committee, is to meet at noon on Thursday to discuss "
                      "road closures.", DAY),
        article("f2", "An Ostrel council meeting will discuss road closures on Thursday, she added. The mayor "
                      "also chairs the city's Falcon committee.", DAY),
    ]
    assert _groups(told, "f") == [["f1"], ["f2"]]
    monkeypatch.setattr(actor, "_written_as_name", lambda word, text: False)
    assert _groups(told, "f") == [["f1", "f2"]]


def test_an_aside_after_the_opening_name_is_no_distance_to_the_date():
    clause = "Falcon , the city 's standing flood relief committee , is to meet at noon on § ."
    assert actor._words_to_date(clause, "falcon") == 6  # is to meet at noon on
    assert actor._words_to_date("Falcon said the city 's standing flood relief committee met on § .", "falcon") == 10


def test_a_common_word_opening_a_sentence_is_no_actor_for_a_longer_name_elsewhere():
    """"Police arrested …" names no actor though the other article writes "the Northshire Police": the
    last word of a longer name, and a word of the language's lists; so the arrest is told twice, one event."""
    told = [
        article("p1", "A silver crown was taken from the town museum. Police arrested a 41-year-old man on Thursday "
                      "over the theft of the crown.", DAY),
        article("p2", "The museum had offered a reward. Harbour Yard arrested a man on Thursday over the theft of the "
                      "silver crown, a spokesman said. The suspect was questioned by the Northshire Police at a "
                      "station.", DAY),
    ]
    assert _groups(told, "p") == [["p1", "p2"]]


def test_a_word_is_written_as_a_name_only_alone_after_a_lower_case_word():
    assert actor._written_as_name("falcon", "The mayor chairs the city's Falcon committee.")
    assert actor._written_as_name("falcon", "a meeting of Falcon, the relief committee")
    assert actor._written_as_name("falcon", "la réunion du comité é Falcon")  # any script's lower case
    assert not actor._written_as_name("falcon", "questioned by the Northshire Falcon at a station")
    assert not actor._written_as_name("falcon", "a meeting of Falcon Group shareholders")
    assert not actor._written_as_name("falcon", "Falcon met on Thursday.")


def test_an_owner_is_told_by_the_languages_possessive_endings():
    assert actor._owner("ostrel", "Ostrel's premier agency", "en")
    assert actor._owner("ostrel", "Ostrel 's premier agency", "en")
    assert not actor._owner("ostrel", "Ostrel said on §", "en")


def test_a_weeks_telling_in_a_group_of_two_markets_days_does_not_keep_them_together(monkeypatch):
    """A group of two exchanges' closes of one day that a week's mention joined ("prices fell this
    week") is still cut by market: the week's telling is no reason to keep two markets together."""
    from dataclasses import replace
    from datetime import timedelta
    from timeline import build_timeline
    from timeline.events.evidence import context_signature
    from timeline.events.similarity import Weights
    from timeline.temporal import Interval
    told = [
        article("w1", "Share prices on the Ostrel Stock Exchange closed down Wednesday with the key index down 18 "
                      "points at 2438 points. Brokers blamed thin trade.", DAY),
        article("w2", "Share prices on the Vantor Stock Exchange closed down Wednesday with the key index down 9 "
                      "points at 1043 points. Brokers blamed thin trade.", DAY),
    ]
    monkeypatch.setattr(cluster, "split_by_actor", lambda groups, weights: groups)
    timeline = build_timeline(works_folder(*told))
    day = [m for e in timeline.events for m in e.mentions if m.article.id in ("w1", "w2")]
    week = Interval(DAY - timedelta(days=DAY.weekday()), DAY + timedelta(days=6 - DAY.weekday()))
    weekly = replace(day[0], expression=replace(day[0].expression, interval=week))
    weights = Weights(context_signature(m) for m in day)
    parts = actor.split_by_actor([day + [weekly]], weights)
    assert not any({"w1", "w2"} <= {m.article.id for m in part} for part in parts)

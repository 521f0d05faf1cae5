"""A week's or a month's mention beside a day's group: it stays with the group only when its clause tells
no act family other than the group's own mentions (events.acts.tells_the_act), in the merge's last cut and
in regroup's coarse joins. Each test builds its own small invented articles."""

from datetime import date

from timeline.events import regroup
from timeline.events.acts import split_by_act
from timeline.events.evidence import context_signature
from timeline.events.similarity import Weights
from timeline.extraction.mentions import extract_mentions
from tests.test_regroup import article, groups_of, joined, mention

FRIDAY = date(2011, 3, 18)  # "this week" holds Thursday 17 March


def cut(*told):
    group = [mention(id_, text, FRIDAY, expression) for id_, text, expression in told]
    weights = Weights(context_signature(m) for m in group)
    return sorted(sorted(m.article.id for m in part) for part in split_by_act([group], weights))


ARRESTS = [("a1", "Police in Kelmar arrested two smugglers at the harbour on Thursday.", "Thursday"),
           ("a2", "Two smugglers were arrested by Kelmar police at the harbour on Thursday.", "Thursday")]


def test_a_weeks_mention_of_another_act_leaves_a_days_group():
    """Floods killing three "this week" beside Thursday's arrests share the town, not the act."""
    week = ("w1", "Floods killed three people near the Kelmar harbour this week.", "this week")
    assert cut(*ARRESTS, week) == [["a1", "a2"], ["w1"]]


def test_a_weeks_mention_of_the_days_act_stays():
    week = ("w2", "Kelmar police arrested two smugglers at the harbour this week.", "this week")
    assert cut(*ARRESTS, week) == [["a1", "a2", "w2"]]


def test_a_weeks_mention_telling_no_listed_act_stays():
    """Only act families decide: a clause of no listed act is no sign of another happening."""
    week = ("w3", "The two smugglers from the Kelmar harbour made headlines this week.", "this week")
    assert cut(*ARRESTS, week) == [["a1", "a2", "w3"]]


def test_a_day_among_a_months_mentions_keeps_them():
    """Of a month's group that one day joined, the day is the odd one: the month's mentions are not cut."""
    month = [("m1", "Floods killed three people near the Kelmar harbour this month.", "this month"),
             ("m2", "Three people were killed by floods at the Kelmar harbour this month.", "this month")]
    assert cut(ARRESTS[0], *month) == [["a1", "m1", "m2"]]


DEATH = [("d1", "Orlo Vantz was found dead at his Bel Air home on 25 June.", "25 June"),
         ("d2", "The singer Orlo Vantz died on 25 June, his family said.", "25 June")]
DOSES = [("x1", "Dr Amsby gave the singer a sedative at the Bel Air home on 25 June.", "25 June"),
         ("x2", "The singer was given a sedative by Dr Amsby at his Bel Air home on 25 June.", "25 June")]
MONTH = [("m1", "The singer was at his Bel Air home when he died in June 2009.", "June 2009"),
         ("m2", "The singer died at his Bel Air home in June 2009.", "June 2009")]


def test_a_month_group_joins_the_day_group_of_its_act_not_a_more_alike_one(monkeypatch):
    monkeypatch.setattr(regroup, "_join_lone_coarse", lambda *args: None)
    assert joined(groups_of(DEATH, DOSES, MONTH)) == [["d1", "d2", "m1", "m2"], ["x1", "x2"]]


def test_a_month_group_joins_no_day_group_of_another_act(monkeypatch):
    """A month's death beside its month's only day group, a doctor's doses: two happenings."""
    monkeypatch.setattr(regroup, "_join_lone_coarse", lambda *args: None)
    assert joined(groups_of(DOSES, MONTH)) == [["m1", "m2"], ["x1", "x2"]]



FLOOD = [("f1", "The river Oska burst its banks in Drellby on Tuesday, flooding 300 homes.", "Tuesday"),
         ("f2", "Water from the river Oska swamped 300 homes in Drellby on Tuesday.", "Tuesday")]
CLOSURE = [("b1", "Earlier this month the council closed the Drellby bridge over the river Oska.", "this month"),
           ("b2", "The council closed the river bridge in Drellby earlier this month.", "this month")]


def test_a_months_act_joins_no_day_group_whose_sentences_tell_no_act_of_its_family():
    """The closure of a bridge shares the river and the town with the flood, not its act: the day's
    clauses tell no listed act, and none of their words is one of the closure's."""
    assert joined(groups_of(FLOOD, CLOSURE)) == [["b1", "b2"], ["f1", "f2"]]


def test_the_last_cut_keeps_a_pairs_coarse_mention_telling_its_act_in_unlisted_words():
    """In the merge's last cut a coarse mention found alike with the day's keeps it: "diagnosed a case
    earlier this month" and "was confirmed to have contracted the virus on Friday" are one act."""
    day = [("v1", "A Kelmar man staying in a Drellby hotel was confirmed to have contracted the virus on "
            "Friday.", "Friday")]
    month = ("v2", "Earlier this month Drellby diagnosed a case of the virus in a Kelmar man.", "this month")
    assert cut(*day, month) == [["v1", "v2"]]


def test_an_everyday_verb_is_no_act_family():
    """"ended in tragedy" tells no market's close: the week's mention of the sinking stays with its day."""
    sinking = [("s1", "A tug boat sank in the Kelmar harbour on Thursday, killing two crew.", "Thursday"),
               ("s2", "Two crew were killed when a tug boat sank in the Kelmar harbour on Thursday.", "Thursday")]
    week = ("w4", "The tug boat's last voyage ended in tragedy in the Kelmar harbour this week.", "this week")
    assert cut(*sinking, week) == [["s1", "s2", "w4"]]


def test_a_date_named_again_for_a_second_act_of_its_sentence_is_another_event():
    """"incorporated … in 1995 and registered … in the same year": the resolver anchors the second on
    the first, one reading, but the writer names the date again for another act."""
    told = ("y1", "The statement said Orvel Ltd, incorporated in Kelmar in 1995 and registered in Drellby as "
            "an overseas company in the same year, would raise funds.")
    group = [mention(told[0], told[1], FRIDAY, "1995"), mention(told[0], told[1], FRIDAY, "the same year")]
    weights = Weights(context_signature(m) for m in group)
    assert [[m.expression.text for m in part] for part in split_by_act([group], weights)] == [
        ["1995"], ["the same year"]]


def test_a_date_named_again_with_no_act_between_stays_one_event():
    """Only an act's word between the two cuts: "in 1995, the same year …" may be an apposition."""
    told = ("y2", "The Kelmar mill closed in 1995, the same year its owner retired.")
    found = [m for m in extract_mentions(article(*told, FRIDAY))]
    assert [m.anchor is not None for m in found] == [False, True]
    weights = Weights(context_signature(m) for m in found)
    assert len(split_by_act([found], weights)) == 1


def test_a_clock_time_anchored_on_its_day_stays_with_it():
    told = ("y3", "On 12 March Orlo Vantz flew home. The next day, shortly after noon, he was found unconscious "
            "at his Bel Air home.")
    found = [m for m in extract_mentions(article(*told, FRIDAY)) if m.interval is not None and m.sentence_start]
    weights = Weights(context_signature(m) for m in found)
    assert len(found) == 2 and len(split_by_act([found], weights)) == 1


def test_that_year_told_again_of_one_happening_stays_one_event():
    """"until 1957, when a new strain replaced it, which caused the epidemic of that year": one story."""
    told = ("y4", "The old strain circulated until 1957, when it was replaced by a new type, which caused "
            "the Kelmar epidemic of that year.")
    found = [m for m in extract_mentions(article(*told, FRIDAY)) if m.interval is not None]
    assert [m.anchor is not None for m in found] == [False, True]
    weights = Weights(context_signature(m) for m in found)
    assert len(split_by_act([found], weights)) == 1

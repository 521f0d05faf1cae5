"""Two acts of different families told of one day by different participants are two happenings
(``events.acts``); one act told in two families' words, or by one participant, is not cut. Each
test builds its own small invented articles."""

from datetime import date

from timeline.events import acts, cluster
from tests.test_merge_purity import article, dated_groups, works_folder

DAY = date(2010, 1, 20)


def _groups(told, prefix):
    return [g for g in dated_groups(works_folder(*told)) if any(id_.startswith(prefix) for id_ in g)]


def _unsplit(monkeypatch):
    monkeypatch.setattr(cluster, "split_by_act", lambda groups, weights: groups)


DOSE_AND_DEATH = [
    article("a1", "Doctor Osric Pell gave the singer a dose of the sedative at the Port Talen house on "
                  "Wednesday.", DAY),
    article("a2", "The singer died at the Port Talen house on Wednesday, Aldric Vane said.", DAY),
    article("a3", "The singer died at his Port Talen house on Wednesday, Aldric Vane said.", DAY),
]


def test_a_dose_and_a_death_of_one_day_are_two_events(monkeypatch):
    assert _groups(DOSE_AND_DEATH, "a") == [["a1"], ["a2", "a3"]]
    _unsplit(monkeypatch)
    assert _groups(DOSE_AND_DEATH, "a") == [["a1", "a2", "a3"]]


def test_one_death_told_as_died_and_killed_is_one_event():
    told = [
        article("b1", "Mayor Dara Quill died at the Port Talen market on Wednesday after the earthquake.", DAY),
        article("b2", "Dara Quill was killed at the Port Talen market on Wednesday after the earthquake.", DAY),
    ]
    assert _groups(told, "b") == [["b1", "b2"]]


def test_a_clause_naming_no_act_leaves_its_group_whole():
    told = DOSE_AND_DEATH[:2] + [
        article("a4", "Doctor Osric Pell was at the Port Talen house on Wednesday.", DAY)]
    groups = _groups(told, "a")
    assert ["a1", "a2", "a4"] in groups or ["a1", "a4"] in groups


def test_families_are_read_from_the_language_data():
    death = acts._family_of("en")["died"]
    assert death == acts._family_of("en")["killed"] == acts._family_of("en")["death"]
    assert acts._family_of("en")["dose"].isdisjoint(death)
    assert acts._family_of("en")["charged"] == acts._family_of("en")["pleaded"]
    assert acts._family_of("xx") == {}

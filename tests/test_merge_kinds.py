"""Happenings of one day told alike but of different kinds or by different doers: each test builds
its own small articles (a folder about an invented fever, so its name is the topic)."""

from datetime import date

from test_merge_purity import article, dated_groups, today_folder

from timeline.events.evidence import BOUNDARY, act_kind
from timeline.extraction.mentions import extract_mentions

DAY = date(2011, 3, 21)  # a Monday


def groups_with(prefix, articles):
    return [g for g in dated_groups(articles) if any(id_.startswith(prefix) for id_ in g)]


def test_the_end_of_a_state_and_an_act_of_that_day_are_two_events(monkeypatch):
    """"Schools closed until 6 April" dates where the closure ends, not an act of 6 April: it joins
    the closure told again (alone, such mentions make no event), not the cafes reopening that day."""
    told = [
        article("s1", "Schools in Drennick have been closed until 6 April because of the marsh fever.", DAY),
        article("s2", "The marsh fever closed schools in Drennick until 6 April.", DAY),
        article("s3", "Restaurants and cafes in Drennick are to reopen on 6 April after the marsh fever waned.", DAY),
    ]
    assert groups_with("s", today_folder(*told)) == [["s3"]]
    from timeline.events import evidence
    monkeypatch.setattr(evidence, "bounds_a_state", lambda mention: False)  # read as acts: one event
    from timeline.events import pairs
    monkeypatch.setattr(pairs, "same_subject", lambda m, other: True)  # sharing only the town, one subject
    assert groups_with("s", today_folder(*told)) == [["s1", "s2", "s3"]]


def test_the_start_of_a_state_still_joins_the_happening_that_began_it():
    """"Closed since 14 March" dates where the closure began, most often a happening of that day
    (the flood that closed it): it is no state's end, so it may join the flood told by another."""
    road = "The Drennick road has been closed {} 14 March, the council said."
    kinds = [(m.expression.text, act_kind(m)) for word in ("since", "until")
             for m in extract_mentions(article("b1", road.format(word), DAY))]
    assert kinds == [("14 March", ""), ("14 March", BOUNDARY)]
    # a span's two ends told as one ("from ... to") are one mention of the whole span, no state's end
    fair = "The Drennick fair will be held from 14 March to 20 March."
    assert [(m.expression.text, act_kind(m)) for m in extract_mentions(article("b2", fair, DAY))] == \
        [("14 March to 20 March", "")]


def test_a_caption_repeating_its_lead_is_one_event(monkeypatch):
    """A caption and the lead it repeats name one day in one article, one in more words: one act
    told twice. Two acts of that day told in the same article stay two."""
    text = ("Brenmoor College is due to re-open on Friday after the holiday. "
            "Brenmoor College, near Callow, is shut for the holiday and is due to re-open on Friday "
            "25 March, but will now stay shut for a week after the marsh fever reached a pupil. "
            "The Callow museum will close its doors on Friday.")
    told = [article("e1", text, DAY)]
    groups = groups_with("e", today_folder(*told))
    assert sorted(map(len, groups)) == [1, 2]
    from timeline.events import pairs
    monkeypatch.setattr(pairs, "RETOLD_WORDS", 99)
    # not joined, the lead's plan called off ("due to re-open on Friday 25 March, but will now stay shut") makes
    # no event alone (events.side_part): the caption's and the museum's stay
    assert sorted(map(len, groups_with("e", today_folder(*told)))) == [1, 1]


def test_the_end_of_a_state_joins_the_act_that_ends_it(monkeypatch):
    """"The trial, delayed until 6 April" and "the trial begins on 6 April" tell one happening: the
    end of a state is an act of its own subject, told with the same content words."""
    told = [
        article("j1", "A judge has delayed the fraud trial of the Drennick harbour master until 6 April.", DAY),
        article("j2", "The fraud trial of the Drennick harbour master is due to begin on 6 April.", DAY),
    ]
    assert groups_with("j", today_folder(*told)) == [["j1", "j2"]]
    from timeline.events import pairs
    monkeypatch.setattr(pairs, "_bound_apart", lambda *args: True)
    assert groups_with("j", today_folder(*told)) == [["j2"]]

"""Mentions whose date is the day of the folder's own happening ("survivors of Tuesday's
earthquake"), and deadlines beside acts: each test builds its own small invented articles."""

from datetime import date

import pytest

from timeline import build_timeline
from timeline.model import Article, PublishSource

from test_merge_purity import QUAKE_DAYS


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def groups_with(prefix, articles):
    """The events holding an article whose id starts with ``prefix``, as their sorted article ids."""
    timeline = build_timeline(articles)
    return sorted(sorted(m.article.id for m in e.mentions) for e in timeline.events
                  if any(m.article.id.startswith(prefix) for m in e.mentions))


FOLDER = [article(f"q{n}", text, published) for n, (published, text) in enumerate(QUAKE_DAYS)]
QUAKE_DAY = date(2010, 1, 12)  # a Tuesday, the day QUAKE_DAYS' first article tells

#: the quake's day told three ways, and two acts of other days by one singer that name the quake's day
SINGER = [
    article("m1", "A magnitude 7.0 earthquake struck Port Talen on Tuesday, flattening the cathedral and "
            "the harbour.", date(2010, 1, 13)),
    article("m2", "The earthquake flattened the cathedral and the harbour of Port Talen on Tuesday.",
            date(2010, 1, 13)),
    article("s1", "The folk singer Arlo Venn has set up an appeal to help the survivors of Tuesday's "
            "earthquake.", date(2010, 1, 14)),
    article("s2", "The folk singer Arlo Venn urged his fans to donate to the appeal in the wake of the "
            "huge earthquake that struck Port Talen on Tuesday.", date(2010, 1, 15)),
]


def test_two_acts_that_name_the_topics_day_are_not_one_event_of_their_own():
    """The appeal and the call to donate share the singer and the quake's day, not an act: each is
    told with the quake (its day's main event), never as an event of the two of them alone."""
    groups = groups_with("s", FOLDER + SINGER)
    assert ["s1", "s2"] not in groups
    assert all(set(g) & {"m1", "m2"} or len(g) == 1 for g in groups)


def test_without_the_rule_the_singers_acts_made_one_event(monkeypatch):
    """The test above can fail: with the veto off, the singer's name joins the two."""
    from timeline.events import pairs, regroup
    monkeypatch.setattr(pairs, "topic_apart", lambda *args: False)
    monkeypatch.setattr(regroup, "_topic_noun", lambda *args: "")
    assert ["s1", "s2"] in groups_with("s", FOLDER + SINGER)


def test_a_mention_dating_the_topic_joins_no_act_of_another_kind():
    """"after last week's earthquake" dates the quake, not the minister's speech, and no visit of
    that week is what it tells."""
    told = [
        article("p1", "The prime minister Ode Carrow said rebuilding must begin soon after last week's "
                "devastating earthquake.", date(2010, 1, 19)),
        article("p2", "The prime minister Ode Carrow visited aid staff at the relief headquarters in Vantor "
                "on Friday.", date(2010, 1, 15)),
    ]
    assert not any({"p1", "p2"} <= set(g) for g in groups_with("p", FOLDER + told))


def test_the_topics_happening_told_with_its_day_stays_one_event():
    """Mentions that date the quake join the quake's own tellings (they tell its day's happening)."""
    told = SINGER[:2] + [
        article("m3", "Rescuers searched the rubble left by the earthquake in Port Talen on Tuesday for "
                "survivors of the cathedral collapse.", date(2010, 1, 14)),
    ]
    groups = groups_with("m", FOLDER + told)
    assert any({"m1", "m2", "m3"} <= set(g) for g in groups)


def test_a_deadline_and_an_act_of_its_day_sharing_one_word_are_two_events():
    """"will be there by Friday, in case they are needed" and "aid is needed … on Friday" share one
    word by chance: a deadline is one happening, the act of that day another."""
    told = [
        article("d1", "Another 800 marines will be there by Friday, in case they are needed in the port.",
                date(2010, 1, 14)),
        article("d2", "The relief chief Ines Marro launched a flash appeal on Friday, saying aid is needed "
                "for three million people.", date(2010, 1, 16)),
    ]
    assert all(len(g) == 1 for g in groups_with("d", FOLDER + told))


def test_a_state_delayed_until_a_day_joins_its_act_of_that_day():
    """Two shared words ("fraud trial") keep the end of a state and the act that ends it one event."""
    told = [
        article("j1", "A judge has delayed the fraud trial of the Drennick harbour master until 6 April.",
                date(2010, 3, 1)),
        article("j2", "The fraud trial of the Drennick harbour master is due to begin on 6 April.",
                date(2010, 3, 1)),
    ]
    assert ["j1", "j2"] in groups_with("j", FOLDER + told)


def test_a_title_cased_topic_noun_is_the_topics_noun():
    from timeline.events.topical import _noun_before
    assert _noun_before("Singers Rally After The Earthquake In Port Talen ", "en") == "earthquake"
    assert _noun_before("singers rally after the earthquake in Port Talen ", "en") == "earthquake"


#: the quake's day told by ten articles (enough to be the month's widely told happening)
TOLD_TEN = [article(f"t{n}", f"A magnitude 7.0 earthquake struck Port Talen on Tuesday, {what}.", date(2010, 1, 13))
            for n, what in enumerate(["flattening the cathedral", "flattening the harbour", "destroying the port",
                                      "flattening the old town", "destroying the palace", "cutting the roads",
                                      "destroying the prison", "flattening the market", "cutting the power",
                                      "destroying the airport tower"])]
MONTH_QUAKE = article("k1", "The 7.0-magnitude earthquake killed as many as 20,000 people in Port Talen earlier "
                      "this month and left a million homeless.", date(2010, 1, 25))


def quake_event_of(prefix, articles):
    """The article ids of the event holding the day's tellings ("t0"), of those starting with ``prefix``."""
    (found,) = [g for g in groups_with("t0", articles) if "t0" in g]
    return [id_ for id_ in found if id_.startswith(prefix)]


def test_a_months_mention_of_the_topics_happening_joins_its_widely_told_day():
    """"The 7.0-magnitude earthquake killed … earlier this month" dates the quake by its noun and its
    verb: it is told with the quake's day, not as a month's event of its own."""
    assert quake_event_of("k", FOLDER + TOLD_TEN + [MONTH_QUAKE]) == ["k1"]


def test_a_months_mention_of_another_act_does_not_join_the_topics_day():
    other = article("k2", "The Port Talen council closed the old harbour bridge earlier this month and "
                    "left a ferry in its place.", date(2010, 1, 25))
    assert quake_event_of("k", FOLDER + TOLD_TEN + [other]) == []


def test_a_weeks_mention_of_the_topics_happening_needs_a_widely_told_day():
    """With three tellings of the day, "last week's earthquake" joins none widely told enough."""
    week = article("k3", "Many houses weakened by last week's earthquake were torn down in Port Talen.",
                   date(2010, 1, 20))
    assert quake_event_of("k", FOLDER + TOLD_TEN + [week]) == ["k3"]
    assert quake_event_of("k", FOLDER + TOLD_TEN[:3] + [week]) == []


@pytest.mark.parametrize("before, expected", [
    ("The 7.0-magnitude earthquake killed as many as 9,000 people in Port Talen ", "earthquake"),
    ("the earthquake struck the capital ", "earthquake"),
    ("the earthquake death toll rose to 9,000 ", None),  # the toll's update, another act
    ("The earthquake survivors were flown to Dorvania ", None),  # the airlift
])
def test_a_date_after_the_happening_and_its_verb_dates_the_happening(before, expected):
    from timeline.events.topical import _noun_before
    assert _noun_before(before, "en") == expected

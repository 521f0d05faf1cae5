"""A date told as a span up to the writing ("in the past week", "ever since April 1997"): a tally or a
state over the span, never joined to one day's act in it however alike the words (events/window.py)."""

from datetime import date

from timeline import build_timeline
from timeline.model import Article, PublishSource
from timeline.events.window import window


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def groups_of(articles):
    timeline = build_timeline(articles)
    return sorted(sorted(m.article.id for m in e.mentions) for e in timeline.events if e.interval is not None)


def test_a_week_tally_is_not_joined_to_one_day_of_it():
    told = [
        article("t1", "The charity Velbo Aid has said four of its cargo flights carrying tents and water have been "
                "refused landing at Ostrel airport in the past week.", date(2011, 3, 18)),
        article("t2", "Velbo Aid has said four of its cargo flights carrying tents and water have been refused "
                "landing at Ostrel airport in the past week.", date(2011, 3, 18)),
        article("d1", "Velbo Aid urged the airport to let its cargo flights land, after one carrying tents and water "
                "was refused landing at Ostrel airport on Saturday night.", date(2011, 3, 13)),
        article("d2", "Velbo Aid urged the airport to let its cargo flights land after one carrying tents and "
                "water was refused landing at Ostrel on Saturday night.", date(2011, 3, 13)),
    ]
    assert groups_of(told) == [["d1", "d2"], ["t1", "t2"]]


def test_a_state_ever_since_a_month_is_not_the_act_of_a_day_in_it():
    told = [
        article("s1", "A cargo ship from Velmar docked in the port of Ostrel on Friday, the first direct "
                "crossing of the strait in forty years, port officials said.", date(1998, 5, 16)),
        article("s2", "Ever since May 1998, direct cargo crossings of the strait have made the port of Ostrel "
                "the busiest on the coast.", date(2004, 2, 3)),
    ]
    # the docking keeps its event, alone ("since" makes no event of its own: it may only join one)
    assert [g for g in groups_of(told) if "s1" in g] == [["s1"]]


def test_windows_are_told_by_their_words_not_by_a_calendar_week():
    a = article("w1", "In the past week three schools closed. Last week two shops closed. In the last week "
                "four more did. Since June prices rose.", date(2011, 7, 20))
    found = {m.expression.text: window(m) for m in build_timeline([a]).mentions}
    assert found == {"past week": True, "Last week": False, "last week": True, "June": True}

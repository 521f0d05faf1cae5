"""Events across granularities, robust fusion with outliers, purer merges, and importance."""

import csv
import io
from datetime import date

from timeline import build_timeline
from timeline.model import Article, PublishSource
from timeline.output.export import write
from timeline.output.view import key_events


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def events_of(*articles):
    return build_timeline(list(articles)).events


def day(event):
    return event.interval.start if event.interval and event.interval.start == event.interval.end else None


# -- across granularities ------------------------------------------------------------------

def _one_death_told_three_ways():
    """The day, the month and the year of one death, each in an article of its own."""
    day_ = article("day", "The singer Lena Marsh died at her home in Leeds on 25 June, her family said.",
                   date(2009, 6, 26))
    month = article("month", "Fans of Lena Marsh still gather in Leeds after the singer died at her home "
                             "in June 2009, her family said.", date(2009, 8, 3))
    year = article("year", "Since the singer Lena Marsh died at her home in Leeds in 2009, her family said, "
                           "fans gather each week.", date(2010, 3, 1))
    return day_, month, year


def test_day_month_and_year_mentions_of_one_happening_are_one_event_dated_by_the_day():
    day_, month, year = _one_death_told_three_ways()
    (event,) = events_of(day_, month, year)
    assert event.articles == ["day", "month", "year"]
    assert (event.interval.start, event.interval.end) == (date(2009, 6, 25), date(2009, 6, 25))
    assert not event.conflict


def test_a_coarse_mention_joins_only_a_happening_it_holds_and_tells():
    died = article("died", "The singer Lena Marsh died at her home in Leeds on 25 June, her family said.",
                   date(2009, 6, 26))
    other_year = article("other", "The singer Lena Marsh died at her home in Leeds in 2008, a blog wrongly said.",
                         date(2009, 7, 1))
    unrelated = article("tour", "A new ring road around Bradford opened to traffic in 2009 after delays.",
                        date(2009, 12, 1))
    events = events_of(died, other_year, unrelated)
    (death,) = [e for e in events if "died" in e.articles]
    assert death.articles == ["died"] and day(death) == date(2009, 6, 25)


# -- robust fusion -----------------------------------------------------------------------------

BRIDGE = "The Riverside bridge over the Elm river collapsed on {}, injuring four commuters."


def test_an_outlier_stays_in_the_event_as_a_conflicting_reading_and_moves_nothing():
    right = [article(f"r{n}", BRIDGE.format("Monday"), date(2020, 10, 15)) for n in range(4)]
    wrong = article("wrong", BRIDGE.format("Sunday"), date(2020, 10, 15))
    (event,) = events_of(*right, wrong)
    assert (event.interval.start, event.interval.end) == (date(2020, 10, 12), date(2020, 10, 12))
    assert event.conflict and event.source_count == 5
    (outlier,) = [m for m in event.mentions if not event.agrees(m)]
    assert outlier.article.id == "wrong" and outlier.interval.start == date(2020, 10, 11)
    assert all(event.agrees(m) for m in event.mentions if m.article.id != "wrong")


def test_a_tie_is_dated_by_one_reading_and_marked_conflicting_not_spread_over_both():
    a = article("a", BRIDGE.format("Monday"), date(2020, 10, 15))
    b = article("b", BRIDGE.format("Thursday"), date(2020, 10, 16))
    (event,) = events_of(a, b)
    assert event.conflict and event.interval.start == event.interval.end
    assert sum(not event.agrees(m) for m in event.mentions) == 1


# -- purer merges ---------------------------------------------------------------------------------

MARKET = "The Kestrel index of the Northland exchange closed {} on {} as bank shares {}, traders said."


def test_daily_reports_of_one_market_stay_apart():
    reports = [article("mon", MARKET.format("higher", "Monday", "rose"), date(2021, 3, 1)),
               article("tue", MARKET.format("lower", "Tuesday", "fell"), date(2021, 3, 2)),
               article("wed", MARKET.format("higher", "Wednesday", "rose"), date(2021, 3, 3))]
    events = events_of(*reports)
    assert sorted(day(e) for e in events) == [date(2021, 3, 1), date(2021, 3, 2), date(2021, 3, 3)]
    assert not any(e.conflict for e in events)


def test_two_visits_by_one_person_stay_apart():
    first = article("first", "Prime Minister Olga Brandt visited the flooded town of Karsby on Monday.",
                    date(2021, 5, 10))
    second = article("second", "Prime Minister Olga Brandt visited the flooded town of Karsby on Friday.",
                     date(2021, 5, 14))
    events = events_of(first, second)
    assert sorted(day(e) for e in events) == [date(2021, 5, 10), date(2021, 5, 14)]


# -- importance ----------------------------------------------------------------------------------

STORY = ("Engineers reopened the Halden tunnel on Tuesday after a month of repairs, the transport agency "
         "said. Traffic was light in the morning. Drivers welcomed the shorter route to the coast.")
RETOLD = ("After four weeks of repair work the Halden tunnel was opened again to cars on Tuesday, according "
          "to the agency. Commuters to the coast were pleased.")
COPIED = ("Residents of Varby complained about noise from the harbour works for weeks. The port authority "
          "said on Tuesday that work on the quay of Varby harbour would stop at night.")


def test_importance_counts_independent_sources_not_copies():
    told = [article("t0", STORY, date(2022, 4, 6)), article("t1", RETOLD, date(2022, 4, 6))]
    copies = [article(f"c{n}", COPIED, date(2022, 4, 6)) for n in range(3)]  # one story, three copies
    events = events_of(*told, *copies)
    tunnel = next(e for e in events if "t0" in e.articles)
    quay = next(e for e in events if "c0" in e.articles)
    assert tunnel.articles == ["t0", "t1"] and quay.source_count == 3
    assert tunnel.importance > quay.importance  # the copies count once


def test_a_lead_mention_makes_an_event_more_important():
    lead = article("lead", STORY, date(2022, 4, 6))
    buried = article("buried", "Traffic was light in the morning. Drivers welcomed the route. It was warm. "
                               "Later the mayor of Ostby resigned on Tuesday over the budget.", date(2022, 4, 6))
    events = events_of(lead, buried)
    tunnel = next(e for e in events if "lead" in e.articles)
    mayor = next(e for e in events if "buried" in e.articles)
    assert tunnel.importance > mayor.importance > 0


def test_furniture_counts_for_nothing_and_key_events_keep_the_best_of_each_day():
    a = article("a", STORY, date(2022, 4, 6))
    b = article("b", STORY.replace("Engineers", "Workers"), date(2022, 4, 6))
    timeline = build_timeline([a, b])
    (event,) = timeline.events
    for mention in event.mentions:
        object.__setattr__(mention, "furniture", True)  # what the furniture pass will mark
    from timeline.events.importance import Copies, importance
    assert importance(event, {"a": "a", "b": "b"}, Copies()) == 0
    kept = key_events(timeline, top=1, per_day=True)
    assert [e.id for e in kept.events] == [event.id]
    stream = io.StringIO()
    write(kept, stream)
    (row,) = csv.DictReader(io.StringIO(stream.getvalue()))
    assert float(row["importance"]) == event.importance > 0


def test_a_month_or_year_joined_to_a_day_does_not_count_for_that_day():
    """'June 2009' tells that a happening of 25 June is remembered, not which day it was: the day's
    importance counts the sources that name the day."""
    from timeline.events.importance import Copies, evidence, together
    day_, month, year = _one_death_told_three_ways()
    (event,) = events_of(day_, month, year)
    assert event.articles == ["day", "month", "year"]
    assert [m.article.id for m in evidence(event)] == ["day"]
    alone = events_of(day_)[0]
    assert event.importance == alone.importance == together([event], Copies())


def test_a_day_told_again_weeks_later_matters_more_than_one_told_only_on_the_day():
    fresh = [article("f0", "The Ostby ferry ran aground near the harbour on Monday, the coast guard said.",
                     date(2022, 4, 4)),
             article("f1", "Passengers were taken ashore after the Ostby ferry ran aground on Monday near the "
                           "harbour.", date(2022, 4, 4))]
    recalled = [article("r0", "The Varby dam burst on Tuesday and flooded the valley, officials said.",
                        date(2022, 4, 5)),
                article("r1", "Since the Varby dam burst on 5 April and flooded the valley, farmers have waited "
                              "for help.", date(2022, 5, 20))]
    events = events_of(*fresh, *recalled)
    ferry = next(e for e in events if "f0" in e.articles)
    dam = next(e for e in events if "r0" in e.articles)
    assert ferry.source_count == dam.source_count == 2 and ferry.interval.days == dam.interval.days == 1
    assert dam.importance > ferry.importance


def test_a_day_only_announced_beforehand_matters_less_than_one_reported_after():
    """Two sources each: a hearing set for a day (told before it) ranks below a happening told after."""
    announced = [article("a0", "A court hearing in the Varby land case has been set for 14 April.", date(2022, 4, 1)),
                 article("a1", "Lawyers said the Varby land case returns to court on 14 April.", date(2022, 4, 8))]
    reported = [article("r0", "The Ostby bridge collapsed on Tuesday, injuring two drivers.", date(2022, 4, 13)),
                article("r1", "Two drivers were hurt when the Ostby bridge collapsed on Tuesday, police said.",
                        date(2022, 4, 13))]
    events = events_of(*announced, *reported)
    hearing = next(e for e in events if "a0" in e.articles)
    bridge = next(e for e in events if "r0" in e.articles)
    assert hearing.articles == ["a0", "a1"] and bridge.articles == ["r0", "r1"]
    assert day(hearing) == date(2022, 4, 14) and day(bridge) == date(2022, 4, 12)
    assert bridge.importance > hearing.importance > 0


def test_a_chronology_entry_counts_like_a_lead():
    """A sentence opening with its date written out ("3 March 2021 The ...") is a chronology's entry
    about that day; the same day named within a report's later sentence counts less."""
    chronology = article("chron", "Key dates in the Halden tunnel works. Engineers measured the rock for a "
                                  "year. Crews worked in two shifts. 3 March 2021 The tunnel roof gave way "
                                  "and three workers were hurt. 9 June 2021 Repairs began.", date(2022, 1, 10))
    buried = article("buried", "Traffic on the coast road was light. Drivers took the ferry. It was warm. "
                               "The mayor of Ostby said the Varby school would be closed from 4 March 2021.",
                     date(2022, 1, 10))
    events = events_of(chronology, buried)
    roof = next(e for e in events if day(e) == date(2021, 3, 3))
    school = next(e for e in events if day(e) == date(2021, 3, 4))
    assert roof.importance > school.importance > 0

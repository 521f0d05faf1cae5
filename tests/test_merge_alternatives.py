"""Times offered as alternatives for one happening ("in September or October") make one event
spanning both, while each mention keeps its own reading: invented articles."""

from datetime import date

from timeline import build_timeline
from timeline.model import Article, PublishSource
from timeline.output.rows import is_approximate


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def events_with(timeline, *expressions):
    return [e for e in timeline.events if any(m.expression.text in expressions for m in e.mentions)]


def test_two_months_offered_as_alternatives_are_one_event_spanning_both():
    text = "A spokeswoman said the Tarrow bridge will reopen in September or October."
    timeline = build_timeline([article("a1", text, date(2011, 6, 3))])
    events = events_with(timeline, "September", "October")
    assert len(events) == 1
    event = events[0]
    assert (event.interval.start, event.interval.end) == (date(2011, 9, 1), date(2011, 10, 31))
    assert is_approximate(event) and not event.conflict
    # the mentions keep their own readings
    assert sorted(m.interval.start.month for m in event.mentions) == [9, 10]


def test_the_end_of_a_year_or_early_next_year_spans_both():
    text = ("The bank's governor said the mill towns should recover towards the end of this year "
            "or early in 2013.")
    timeline = build_timeline([article("a2", text, date(2012, 4, 20))])
    events = events_with(timeline, "2013")
    assert len(events) == 1
    assert events[0].interval.start.year == 2012 and events[0].interval.end == date(2013, 12, 31)


def test_two_dates_years_apart_stay_two_events():
    text = "The old mill hall burned down in January 2005 or in March 2011, the river board said."
    timeline = build_timeline([article("a3", text, date(2012, 4, 20))])
    assert len(events_with(timeline, "January 2005")) == 1
    assert events_with(timeline, "January 2005") != events_with(timeline, "March 2011")


def test_two_months_of_two_acts_are_not_alternatives():
    text = "The ferry ran in September and the harbour closed in October."
    timeline = build_timeline([article("a4", text, date(2011, 11, 3))])
    assert events_with(timeline, "September") != events_with(timeline, "October")

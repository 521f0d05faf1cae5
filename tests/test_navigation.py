"""Groups of the list, the dense period and positions, found by bisection: checked against counting
event by event."""

from datetime import date, timedelta
from itertools import groupby

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Event, Timeline
from timeline.output.navigation import ZOOMS, dense_period, group_of, groups, position_of
from timeline.temporal import Granularity, Interval
from timeline.temporal import calendar as cal

# Days from a few years, bunched (many events on a day, gaps of months) as news is.
days = st.lists(st.one_of(st.none(), st.integers(0, 4 * 365).map(lambda d: date(2001, 1, 1) + timedelta(days=d)),
                          st.sampled_from([date(1, 1, 1), date(9999, 12, 30)])), max_size=300)


def timeline_of(starts: list[date | None], long_from: int | None = None) -> Timeline:
    """Events starting on ``starts``, in date order, undated last; the event at ``long_from`` lasts
    two years."""
    ordered = sorted(starts, key=lambda d: (d is None, d or date.min))
    events = []
    for k, day in enumerate(ordered):
        end = day if day is None or k != long_from or day.year > 9990 else day + timedelta(days=2 * 365)
        granularity = Granularity.DAY if day == end else Granularity.YEAR
        events.append(Event(f"E{k}", [], None if day is None else Interval(day, end), granularity, None, f"event {k}"))
    return Timeline([], [], events)


def counted(timeline: Timeline, indexes: list[int], zoom: str) -> list[tuple[int, int]]:
    """(first, count) of each run, event by event."""
    keys = [group_of(None if timeline.events[i].interval is None else timeline.events[i].interval.start, zoom)
            for i in indexes]
    out, first = [], 0
    for _, run in groupby(keys):
        count = len(list(run))
        out.append((first, count))
        first += count
    return out


@settings(max_examples=150, deadline=None)
@given(days, st.sampled_from(ZOOMS), st.integers(0, 5), st.data())
def test_groups_are_the_runs_of_equal_dates_at_each_zoom(starts, zoom, long_from, data):
    timeline = timeline_of(starts, long_from)
    indexes = list(range(len(timeline.events)))
    if indexes:  # a filtered view: some events left out
        indexes = sorted(data.draw(st.sets(st.sampled_from(indexes))))
    found = groups(timeline, indexes, zoom)
    assert [(g.first, g.count) for g in found] == counted(timeline, indexes, zoom)
    for g in found:
        event = timeline.events[indexes[g.first]]
        assert g.event is event and g.name  # named by its first event
        if event.interval is None:
            assert g.name == "Undated"


def test_a_group_is_named_by_its_unit_or_by_a_long_event():
    timeline = timeline_of([date(2009, 6, 25), date(2009, 6, 25), date(2009, 7, 1), None], long_from=2)
    assert [g.name for g in groups(timeline, [0, 1, 2, 3], "day")] == \
        ["Thu 25 June 2009", timeline.events[2].label, "Undated"]
    assert [g.name for g in groups(timeline, [0, 1, 2, 3], "month")] == \
        ["June 2009", timeline.events[2].label, "Undated"]
    assert [g.name for g in groups(timeline, [0, 2], "year")] == ["2009"]


@settings(max_examples=100, deadline=None)
@given(days)
def test_the_dense_period_is_the_latest_month_with_half_the_busiest_months_events(starts):
    timeline = timeline_of(starts)
    indexes = list(range(len(timeline.events)))
    found = dense_period(timeline, indexes)
    dated = sorted(e.interval.start for e in timeline.events if e.interval is not None)
    if not dated:
        assert found is None
        return
    first, last = dated[len(dated) // 100], dated[-1 - len(dated) // 100]
    months = {}
    for day in dated:
        if (first.year, first.month) <= (day.year, day.month) <= (last.year, last.month):
            months[(day.year, day.month)] = months.get((day.year, day.month), 0) + 1
    peak = max(months.values())
    assert found == cal.month(*max(m for m, count in months.items() if count * 2 >= peak))


@given(days, st.integers(0, 5 * 365))
def test_position_of_a_date_is_the_first_event_on_or_after_it(starts, offset):
    timeline = timeline_of(starts)
    indexes = list(range(len(timeline.events)))
    day = date(2000, 6, 1) + timedelta(days=offset)
    if not any(e.interval for e in timeline.events):
        assert position_of(timeline, indexes, day) == 0
        return
    at = position_of(timeline, indexes, day)
    later = [k for k, e in enumerate(timeline.events) if e.interval is not None and e.interval.start >= day]
    assert at == (later[0] if later else max(k for k, e in enumerate(timeline.events) if e.interval is not None))

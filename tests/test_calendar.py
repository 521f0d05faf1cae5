from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import calendar as cal
from timeline.temporal import extract
from timeline.temporal.calendar import Interval


@given(start=st.dates(min_value=date(1, 1, 1), max_value=date(9000, 1, 1)), days=st.integers(1, 4000),
       mod=st.sampled_from(["START", "MID", "END"]))
def test_a_part_is_never_empty_and_stays_inside(start, days, mod):
    whole = Interval(start, start + timedelta(days=days - 1))
    piece = cal.part(whole, mod)
    assert whole.start <= piece.start <= piece.end <= whole.end


def test_month_parts_follow_the_newsroom_thirds():
    september = cal.month(2020, 9)
    assert cal.part(september, "START") == Interval(date(2020, 9, 1), date(2020, 9, 10))
    assert cal.part(september, "END") == Interval(date(2020, 9, 21), date(2020, 9, 30))


def test_the_end_of_next_week():
    (e,) = extract("Talks resume at the end of next week.", date(2005, 11, 27))
    assert e.interval == Interval(date(2005, 12, 2), date(2005, 12, 4)) and e.mod == "END"  # Fri-Sun


def test_easter():
    assert [cal.easter(y) for y in (2000, 2019, 2024)] == [date(2000, 4, 23), date(2019, 4, 21), date(2024, 3, 31)]

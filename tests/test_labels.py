"""Date labels as the list, the detail and the exports show them."""

from datetime import date

from timeline.temporal import Granularity, Interval
from timeline.temporal.labels import label


def test_a_time_is_written_after_its_day_and_midnight_is_the_end_of_that_day():
    friday = Interval(date(2006, 12, 1), date(2006, 12, 1))
    assert label(friday, Granularity.DAY, timex="2006-12-01T09:30") == "Fri 1 Dec 2006 09:30"
    assert label(friday, Granularity.DAY, timex="2006-12-01T24:00") == "Fri 1 Dec 2006 (midnight)"
    assert label(friday, Granularity.DAY, timex="2006-12-01T00:00") == "Fri 1 Dec 2006 00:00"
    assert label(friday, Granularity.DAY, timex="2006-12-01TEV") == "Fri 1 Dec 2006 (evening)"


def test_a_range_of_years_or_months_is_written_whole():
    assert label(Interval(date(2006, 1, 1), date(2010, 12, 31)), Granularity.YEAR, timex="2006/2010") == "2006–2010"
    assert label(Interval(date(2006, 1, 1), date(2006, 12, 31)), Granularity.YEAR, timex="2006") == "2006"
    assert label(Interval(date(2009, 3, 1), date(2009, 5, 31)), Granularity.MONTH) == "Mar–May 2009"
    assert label(Interval(date(2008, 11, 1), date(2009, 2, 28)), Granularity.MONTH) == "Nov 2008–Feb 2009"
    assert label(Interval(date(2009, 3, 1), date(2009, 3, 31)), Granularity.MONTH, timex="2009-03") == "Mar 2009"

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

"""A year-less day that opens a sentence told in the past is the latest such day, however near the next one
(temporal/fronted_day.py); a plan, a future or a present clause after it leaves it weighed by distance."""

from datetime import date

import pytest

from timeline import extract


def timexes(text, reference):
    return [e.timex for e in extract(text, reference, "en")]


LATE_NOV = date(2023, 11, 27)


@pytest.mark.parametrize("text, timex", [
    ("On Jan. 9, a small ferry of the harbour board sank off the northern cape.", "2023-01-09"),
    ("On January 12, the council voted to close the old mill.", "2023-01-12"),
    ("Jan. 9, the night the ferry sank, was the coldest of the year.", "2023-01-09"),
])
def test_a_fronted_day_of_a_past_clause_is_the_latest(text, timex):
    assert timexes(text, LATE_NOV)[:1] == [timex]


@pytest.mark.parametrize("text, timex", [
    ("On Jan. 9, the council will vote on the old mill.", "2024-01-09"),
    ("On Jan. 1, either we see change or we go to court, the mayor told reporters.", "2024-01-01"),
    ("On January 12, the council is due to vote on the old mill.", "2024-01-12"),
    ("The 12 January gig at the harbour was announced by the promoters on Monday.", "2024-01-12"),
])
def test_a_fronted_day_of_a_plan_stays_ahead(text, timex):
    assert timexes(text, LATE_NOV)[:1] == [timex]

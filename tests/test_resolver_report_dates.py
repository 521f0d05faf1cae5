"""Dates judges found wrong in scraped news pages (issue 13): a weekday read in the tense of the
sentence before it, a weekend or a weekday ahead in a report, the year of the narrative."""

from datetime import date

import pytest

from timeline import extract


def found(text, reference, language="en"):
    return [(e.text, e.timex, None if e.interval is None else (e.interval.start.isoformat(),
                                                               e.interval.end.isoformat()))
            for e in extract(text, reference, language)]


def day(iso):
    return (iso, iso)


# Wednesday 17 March 2021
WED = date(2021, 3, 17)


@pytest.mark.parametrize("text", [
    # tokenised text: the closing quotes stand apart from the period, and the sentence still ends there
    "`` We will keep working on it . '' On Monday , the council closed the park .",
    "\" We will keep working on it . \" On Monday , the council closed the park .",
    "“We will keep working on it.” On Monday, the council closed the park.",
])
def test_the_tense_of_a_quote_before_does_not_reach_the_next_sentence(text):
    assert found(text, WED) == [("Monday", "2021-03-15", day("2021-03-15"))]

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


# Friday 19 March 2021
FRI = date(2021, 3, 19)


@pytest.mark.parametrize("text, expected", [
    # a sentence that looks ahead: the coming weekend
    ("Most shops are expected to reopen over the weekend.", ("2021-W11-WE", ("2021-03-20", "2021-03-21"))),
    ("The ferries will run during the weekend.", ("2021-W11-WE", ("2021-03-20", "2021-03-21"))),
    # a report: the weekend before
    ("Most shops reopened over the weekend.", ("2021-W10-WE", ("2021-03-13", "2021-03-14"))),
])
def test_over_the_weekend_follows_the_tense(text, expected):
    assert [(timex, interval) for _, timex, interval in found(text, FRI)] == [expected]


@pytest.mark.parametrize("text", [
    "The charity said it had a cargo plane standing by to carry tents to the island on Saturday.",
    "The club said it was ready to play the match on Saturday.",
    "Officials said they were poised to open the border on Saturday.",
    "The crew said it was preparing to launch the boat on Saturday.",
])
def test_a_weekday_after_a_readiness_phrase_lies_ahead(text):
    assert found(text, WED) == [("Saturday", "2021-03-20", day("2021-03-20"))]

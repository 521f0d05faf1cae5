"""A headline does not start at an apposition set off by commas ("The state capital, but died five days later",
"The third, marks a new start"): the predicate after it is the described word's."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, unwanted", [
    ("She went to the Kerrow Clinic in Velbo , the state capital , on 8 March but died five days later .",
     "8 March", "The state capital"),
    ("She went to the Kerrow Clinic in Velbo, the state capital, on 8 March but died five days later.",
     "8 March", "The state capital"),
    ("The vote , the third this year , marks a new start for the people of Velbo .", "this year", "The third"),
    ("The army formed its line at Kerrow , a few kilometers east of Velbo , after leaving the town on Sunday .",
     "Sunday", "A few kilometers"),
])
def test_no_headline_starts_at_an_apposition(text, expression, unwanted):
    summary = headline(LEAD + text, expression)
    assert not summary.startswith(unwanted)


@pytest.mark.parametrize("text, expression, expected", [
    ("In July 2005 , a court of three judges upheld the ban on fishing in the Velbo bay .", "July 2005",
     "A court of three judges upheld the ban"),
    ("According to the report , a new strain of the virus broke out in eight hospitals in 2004 .", "2004",
     "A new strain of the virus broke out"),
    ("Berg , the envoy of the UN chief , warned on Monday that the talks would fail .", "Monday",
     "Berg warned that the talks would fail"),
])
def test_a_subject_after_a_comma_still_starts_a_headline(text, expression, expected):
    assert headline(LEAD + text, expression).startswith(expected)


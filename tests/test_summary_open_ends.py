"""Summaries that end on no open word: a hedge before a date ("until at least") stays or goes with the date, and a
run of clauses never stops inside a pair whose other half the next conjunction brings ("aged between 18 months |
and 60 years", "both the ferry | and the tug") (invented sentences)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    # "until" binds its date, past the hedge: both stay
    ("The harbour school has been closed until at least Thursday after a pupil was diagnosed with the fever .",
     "Thursday", "The harbour school has been closed until at least Thursday"),
    ("The ferry owner said he wanted the captain to delay his return to the port until at least next Tuesday .",
     "next Tuesday", "The ferry owner said he wanted the captain to delay his return to the port until at least next "
     "Tuesday"),
    # a separable date: the hedge goes with it
    ("The harbour will stay shut to ferries at least in March while the quay is rebuilt .", "March",
     "The harbour will stay shut to ferries"),
])
def test_a_hedge_before_a_date_is_never_left_alone(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("Anna Berg said on Monday that eleven relatives in the valley aged between 18 months and 60 years had survived .",
     "Monday", "Anna Berg: Eleven relatives in the valley aged between 18 months and 60 years had survived"),
    ("On Monday the rescue teams in the valley found both the ferry and the tug unharmed after the storm .", "Monday",
     "The rescue teams in the valley found both the ferry and the tug unharmed after the storm"),
    ("One reason is that an earlier fever outbreak in the valley , in 1976 , found both the political and medical "
     "worlds unprepared to cope with the threat .", "1976",
     "One reason is that an earlier fever outbreak in the valley, found both the political and medical worlds "
     "unprepared to cope with the threat"),
])
def test_a_run_does_not_stop_inside_a_pair(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_pronoun_s_both_before_its_verb_opens_no_pair():
    text = "On Monday the ferry crews said they both agreed , and the strike ended ."
    assert headline(LEAD + text, "Monday") == "The ferry crews said they both agreed"


@pytest.mark.parametrize("text, expression, expected", [
    ("`` That was the odd feature about 1918 , it was the healthy young farmers that suffered most ... and I think "
     "everybody understands the risk , '' he said .", "1918", "It was the healthy young farmers that suffered most"),
    ("The harbour chief conceded on Monday that the abuse in the port is going on ... and I do not challenge the "
     "facts , she said .", "Monday", "The harbour chief conceded that the abuse in the port is going on"),
])
def test_a_quote_s_ellipsis_before_a_conjunction_ends_the_summary(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("Anna Berg told the court on Monday that Holm in 1951 ... passed into the service of the navy .", "Monday",
     "Anna Berg told the court that Holm in 1951... passed into the service of the navy"),
    ("`` Fifty thousand pensioners will die ... of cold , '' the harbour union said on Monday .", "Monday",
     "Fifty thousand pensioners will die... of cold"),
])
def test_an_ellipsis_inside_a_clause_stays(text, expression, expected):
    assert headline(LEAD + text, expression) == expected

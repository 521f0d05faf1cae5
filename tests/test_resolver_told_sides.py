"""Sides a past report keeps: a date opening a clause whose thing "was announced" is the announcing's
(looking_ahead.announced_own_date), a weekday a past telling looked ahead to is never before the telling
(telling_day), a tenseless headline's weekend is the one gone (weekend_side), an earlier year of the
sentence wins over a scheduled present, a year before a flu subtype is a time after any word but a
determiner, a count before a holiday's things is no date, "spent the last year" is twelve months."""

from datetime import date

import pytest

from timeline import extract


def timexes(text, reference):
    return [(e.text, e.timex) for e in extract(text, reference, "en")]


TUE = date(2024, 5, 7)  # a Tuesday
MON = date(2024, 5, 6)
THU, FRI = date(2024, 5, 9), date(2024, 5, 10)
AUG, OCT = date(2024, 8, 10), date(2024, 10, 1)


@pytest.mark.parametrize("text, reference, timex", [
    ("On Friday, the prize winners were announced.", TUE, "2024-05-03"),
    ("The tallies on Friday were announced by the vote board.", TUE, "2024-05-03"),
    ("On 12 March the new scooter was unveiled in Lisbon.", OCT, "2024-03-12"),
    ("On 3 February a curfew was announced in the river towns.", AUG, "2024-02-03"),
    ("The 20 January ballot was postponed after the storm.", AUG, "2024-01-20"),
])
def test_a_date_opening_a_clause_told_as_announced_is_the_announcings(text, reference, timex):
    assert timexes(text, reference)[0][1] == timex


@pytest.mark.parametrize("text", [
    "The 9 November gala at the old mill was announced by the trust.",
    "The 9 November gala at the old mill has been officially scheduled.",
])
def test_the_own_date_of_a_thing_announced_is_still_the_nearest(text):
    assert timexes(text, AUG)[0][1] == "2024-11-09"


@pytest.mark.parametrize("text, reference, day, timex", [
    # the telling's own day named: the weekday looked ahead to is on or after it
    ("Engineers said on Monday they would reopen the ferry on Friday.", MON, "Friday", "2024-05-10"),
    ("The mayor said on Tuesday she would chair a panel on Monday.", TUE, "Monday", "2024-05-13"),
    ("The mayor said late on Monday she would chair a panel on Sunday.", TUE, "Sunday", "2024-05-12"),
    # none named: back at most two days
    ("Engineers said they would reopen the ferry on Friday.", MON, "Friday", "2024-05-10"),
    ("The mayor said she would chair a panel on Monday.", TUE, "Monday", "2024-05-06"),
])
def test_a_weekday_a_past_telling_looked_ahead_to_is_never_before_the_telling(text, reference, day, timex):
    assert dict(timexes(text, reference))[day] == timex


@pytest.mark.parametrize("text, reference", [
    ("Three hurt after scuffles at the weekend", THU),
    ("Police report on the weekend brawl in the old town.", FRI),
    ("Hundreds at the weekend march in the port, police say.", FRI),
])
def test_a_tenseless_weekend_of_a_thing_done_is_the_one_gone(text, reference):
    assert dict(timexes(text, reference))["the weekend"] == "2024-W18-WE"


@pytest.mark.parametrize("text", [
    "The local radio is airing jazz over the weekend.",
    "The envoy has been working on preparing the ground for a possible meeting over the weekend in Oslo.",
])
def test_a_present_act_or_a_plan_keeps_the_weekend_ahead_late_in_the_week(text):
    assert dict(timexes(text, FRI))["the weekend"] == "2024-W19-WE"


def test_an_earlier_year_of_the_sentence_wins_over_a_scheduled_present():
    text = "In 1997 the enclave, which returns to its old rulers on 1 July, was uneasy."
    assert dict(timexes(text, FRI))["1 July"] == "1997-07-01"


@pytest.mark.parametrize("text, expression, timex", [
    ("By late 2009 H1N1 had reached every island.", "late 2009", "2009"),
    ("In the spring of 2009 H1N1 spread fast.", "spring of 2009", "2009-SP"),
    ("In 1977 H1N1 came back among the young.", "1977", "1977"),
])
def test_a_year_before_a_flu_subtype_after_other_words_than_a_determiner_is_a_time(text, expression, timex):
    assert (expression, timex) in timexes(text, date(2010, 1, 10))


def test_a_year_in_a_list_of_subtypes_still_names_a_virus():
    assert timexes("It was seen in three strains, namely 1918 H1N1, 1957 H2N2 and 1968 H3N2.", date(2010, 1, 10)) == []


@pytest.mark.parametrize("text", [
    "Scouts wrapped the 1800 Christmas presents on Monday.",
    "Volunteers packed the 1900 Christmas hampers on Monday.",
])
def test_a_count_of_a_holidays_things_is_no_date(text):
    assert timexes(text, TUE) == [("Monday", "2024-05-06")]


def test_a_holiday_of_a_named_year_before_a_happening_stays():
    assert timexes("The 2004 Christmas floods drowned the valley.", TUE) == [("2004 Christmas", "2004-12-25")]


@pytest.mark.parametrize("text", ["He spent the last year in the navy.", "She had lived there for the last year in a tent."])
def test_spending_the_last_year_somewhere_is_twelve_months(text):
    assert timexes(text, TUE) == [("the last year", "P1Y")]

"""Cues that put a year-less month or a bare weekday ahead of the writing (or either side of it)
where the sentence's nearest tense cue points back: a supposed example ("in October, say,"), a
present perfect of booking ("we have booked a trip in July"), the earliest time of what may happen
("could be signed as early as Friday") and a plan told in the past after its date ("Under a deal in
February, the staff were to get a bonus")."""

from datetime import date

import pytest

from timeline import extract

MON = date(2015, 3, 16)  # a Monday in March
JUNE = date(2015, 6, 20)  # a Saturday in June


def timexes(text, reference):
    return [(e.text, e.timex) for e in extract(text, reference, "en")]


@pytest.mark.parametrize("text, reference, expected", [
    # an example supposed lies ahead, though a comparative "earlier" stands before it
    ("If the storms come earlier in the season, in October, say, the harbour will not be ready.", JUNE,
     ("October", "2015-10")),
    ("Suppose the fair came back in February, let's say, then the stalls would need new permits.", JUNE,
     ("February", "2016-02")),
    # a real month given as an example keeps its past
    ("In March, for example, sales fell by a tenth.", JUNE, ("March", "2015-03")),
    ("Sales in March, say, were weaker than in April, the bank wrote.", JUNE, ("March", "2015-03")),
    # a present perfect of booking: the booked thing's month is ahead
    ("We have booked a cabin by the lake in August and wonder whether to go.", MON, ("August", "2015-08")),
    ("My sister has already reserved a table in December for the anniversary.", MON, ("December", "2015-12")),
    # a booking told in the simple past is the booking's own time
    ("He booked the hall in January, the caretaker said.", MON, ("January", "2015-01")),
])
def test_supposed_and_booked_months_lie_ahead(text, reference, expected):
    assert expected in timexes(text, reference)


@pytest.mark.parametrize("text, reference, expected", [
    # the earliest time of what may happen: the coming weekday
    ("The merger could be signed as early as Wednesday, a trade paper reported.", MON,
     ("Wednesday", "2015-03-18")),
    ("A ruling could be handed down as soon as Friday, lawyers for the town said.", MON, ("Friday", "2015-03-20")),
    # told in the past it stays the last such day
    ("Officials knew as early as Friday that the dam was leaking.", MON, ("Friday", "2015-03-13")),
])
def test_the_earliest_time_of_what_may_happen_is_ahead(text, reference, expected):
    assert expected in timexes(text, reference)


@pytest.mark.parametrize("text, reference, expected", [
    # a plan told in the past after its date may lie either side: the nearer one
    ("Under a rescue deal in February, the bakers were to get half of the shop.", JUNE,
     ("February", "2015-02")),
    ("Under the settlement in September, each farmer was to receive a new tractor.", JUNE,
     ("September", "2015-09")),
])
def test_a_plan_told_in_the_past_after_its_date_lies_either_side(text, reference, expected):
    assert expected in timexes(text, reference)


@pytest.mark.parametrize("text, reference, expected", [
    # a past verb in a relative clause before the weekday tells of its noun, not of the weekday
    ("The flood crest is expected to reach the old mill town, which barely survived a storm last year, "
     "on Thursday, engineers said.", MON, ("Thursday", "2015-03-19")),
    # outside a relative clause the past verb nearest still decides
    ("The crest was expected to reach the town, and it flooded the square on Thursday.", MON,
     ("Thursday", "2015-03-12")),
])
def test_a_relative_clauses_past_verb_does_not_turn_a_looked_for_day_back(text, reference, expected):
    assert expected in timexes(text, reference)

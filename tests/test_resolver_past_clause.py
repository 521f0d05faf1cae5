"""A year-less month dated by a past verb of its own clause is the latest such month, however near
the next one (past_clause.py); a plan, a future or another clause between the verb and the month
leaves it weighed by distance. "the past month" is the month up to the writing day, not the
calendar month before."""

from datetime import date

import pytest

from timeline import extract


def readings(text, reference):
    return [(e.text, e.timex, e.interval and (e.interval.start, e.interval.end)) for e in extract(text, reference, "en")]


DEC, NOV = date(2023, 12, 14), date(2023, 11, 22)
MAR = date(2023, 3, 22)


@pytest.mark.parametrize("text, reference, timex", [
    ("The decree followed the capture of the harbour by the rebels in February.", DEC, "2023-02"),
    ("The Green League won the council elections in January.", NOV, "2023-01"),
    ("The treasurer was arrested in January and charged with fraud.", NOV, "2023-01"),
    ("The orchestra began its tour of the northern towns in February.", DEC, "2023-02"),
])
def test_a_month_of_a_past_clause_is_the_latest(text, reference, timex):
    assert [t for _, t, _ in readings(text, reference)] == [timex]


@pytest.mark.parametrize("text, reference, timex", [
    # a plan, a future or another verb between the past verb and the month: still the coming one
    ("The mayor said the ferry would start sailing in February.", DEC, "2024-02"),
    ("The two towns, which agreed to merge their schools in May, met again.", MAR, "2023-05"),
    ("The lawyer had not signed the papers when the case is heard in May.", MAR, "2023-05"),
    ("The hearing was adjourned to February.", DEC, "2024-02"),
    ("The council barred the occupied villages from taking part in January's vote.", DEC, "2024-01"),
    ("The old desk was among the singer's belongings which are being sold in December.", date(2023, 11, 16),
     "2023-12"),
    # the month a change takes effect: as often ahead as past
    ("The council raised the harbour toll from January.", NOV, "2024-01"),
    ("The guild cut its fees effective February.", DEC, "2024-02"),
])
def test_a_plan_told_in_the_past_still_looks_ahead(text, reference, timex):
    assert [t for _, t, _ in readings(text, reference)] == [timex]


def test_the_past_month_runs_up_to_the_writing_day():
    [(text, timex, interval)] = readings("The toy maker's shares have climbed 40 percent in the past month.",
                                         date(2023, 5, 18))
    assert (text, timex, interval) == ("past month", "2023-04", (date(2023, 4, 18), date(2023, 5, 18)))


def test_the_past_month_of_a_short_month_ends_its_first_day_in_range():
    [(_, _, interval)] = readings("Prices fell over the last month.", date(2023, 3, 31))
    assert interval == (date(2023, 2, 28), date(2023, 3, 31))


def test_last_month_stays_the_calendar_month_before():
    [(_, _, interval)] = readings("Prices fell last month.", date(2023, 3, 31))
    assert interval == (date(2023, 2, 1), date(2023, 2, 28))


def test_concerned_before_a_noun_is_no_past_verb():
    """"urging concerned member states" is an adjective: a Monday's "this week" of a present sentence
    stays the writing day's week, not the week just ended."""
    monday = date(2023, 11, 27)
    [(_, timex, interval)] = readings("This week's summit answers the council's call urging concerned "
                                      "member states to settle their quarrel.", monday)
    assert (timex, interval) == ("2023-W48", (date(2023, 11, 27), date(2023, 12, 3)))


@pytest.mark.parametrize("unit, reference, start", [
    ("D", date(2023, 3, 1), date(2023, 2, 28)),
    ("W", date(2023, 3, 1), date(2023, 2, 22)),
    ("M", date(2023, 3, 31), date(2023, 2, 28)),
    ("Q", date(2023, 5, 31), date(2023, 2, 28)),
    ("Y", date(2024, 2, 29), date(2023, 2, 28)),
    ("DE", date(2023, 6, 15), date(2013, 6, 15)),
])
def test_a_trailing_unit_starts_one_such_unit_back(unit, reference, start):
    # the span "the past year" or "the past quarter" would read up to the writing day: one unit back, not a week
    from timeline.temporal.resolvers.relative import _unit_before
    assert _unit_before(reference, unit) == start


def test_a_trailing_span_of_an_unknown_unit_is_an_error():
    from timeline.temporal.resolvers.relative import _unit_before
    with pytest.raises(ValueError):
        _unit_before(date(2023, 6, 15), "BD")


@pytest.mark.parametrize("text, reference, timex", [
    # a year-less day of a past verb's own clause is over: the latest such day, however near the next one
    ("The pact was signed at the summit of the league held on January 9 in Tarsk.", date(2023, 11, 29), "2023-01-09"),
    ("The ferry sank on February 2 off the northern cape.", date(2023, 12, 20), "2023-02-02"),
])
def test_a_day_of_a_past_clause_is_the_latest(text, reference, timex):
    assert [t for _, t, _ in readings(text, reference)] == [timex]


@pytest.mark.parametrize("text, reference, timex", [
    # a plan or a start told in the past still looks ahead: weighed by distance as before
    ("The vote was postponed to January 30 by the council.", date(2023, 12, 12), "2024-01-30"),
    ("The talks were last scheduled for January 25.", date(2023, 12, 12), "2024-01-25"),
    ("The council said the ferry would sail on January 9.", date(2023, 12, 12), "2024-01-09"),
    # a thing's own date after a determiner may lie ahead whatever verb governs the thing
    ("The band cancelled the March 3 concert at the arena.", date(2024, 1, 15), "2024-03-03"),
    ("The dockers' union backed the March 3 strike.", date(2024, 1, 15), "2024-03-03"),
])
def test_a_day_a_past_clause_looks_ahead_to_keeps_its_weighing(text, reference, timex):
    assert [t for _, t, _ in readings(text, reference)] == [timex]


def test_a_day_far_from_a_participle_of_a_schedule_keeps_its_weighing():
    text = "Varda open their league campaign in Tarsk on February 3, followed by Lind at the harbour ground on February 11."
    assert [t for _, t, _ in readings(text, date(2023, 12, 28))] == ["2024-02-03", "2024-02-11"]

"""Resolver classes seen on scraped news folders (issue 13): coordinated months sharing a year,
pluperfect plans, clock times of a recurrence, years glossing a name."""

from datetime import date

import pytest

from timeline import extract

SAT = date(2011, 3, 19)  # a Saturday


def found(text, reference=SAT, language="en"):
    return [(e.text, e.type, e.timex, e.interval and (e.interval.start.isoformat(), e.interval.end.isoformat()))
            for e in extract(text, reference, language)]


@pytest.mark.parametrize("text, language, first, second", [
    ("Exports to the island fell in March and April of 2008.", "en",
     ("March", "DATE", "2008-03", ("2008-03-01", "2008-03-31")),
     ("April of 2008", "DATE", "2008-04", ("2008-04-01", "2008-04-30"))),
    ("Rents were frozen in May or June 2009, the council said.", "en",
     ("May", "DATE", "2009-05", ("2009-05-01", "2009-05-31")),
     ("June 2009", "DATE", "2009-06", ("2009-06-01", "2009-06-30"))),
    ("Hyrorna frystes i maj och juni 2009.", "sv",
     ("maj", "DATE", "2009-05", ("2009-05-01", "2009-05-31")),
     ("juni 2009", "DATE", "2009-06", ("2009-06-01", "2009-06-30"))),
])
def test_two_months_share_the_year_after_the_second(text, language, first, second):
    assert found(text, language=language) == [first, second]


def test_a_month_before_another_with_no_year_keeps_its_own():
    assert found("He came in March and left in April 2008.")[0] == (
        "March", "DATE", "2011-03", ("2011-03-01", "2011-03-31"))


@pytest.mark.parametrize("text, timex", [
    # a plan told in the pluperfect belonged to a past moment: its day is the nearest either way,
    # behind ...
    ("A cargo plane that had been due to land on Friday was sent to another airport.", "2011-03-18"),
    ("The ferry had been expected to sail on Friday but stayed in port.", "2011-03-18"),
    # ... or ahead, when that is nearer: written on a Saturday, the plan for Monday was not kept
    ("The minister had been expected to open the bridge on Monday, but he fell ill.", "2011-03-21"),
    # a plan told in the present or simple past still looks ahead
    ("The ferry is expected to sail on Friday.", "2011-03-25"),
    ("The ferry is due to sail on Friday.", "2011-03-25"),
])
def test_pluperfect_plans_take_the_nearest_day(text, timex):
    assert [t for _, _, t, _ in found(text)] == [timex]


def test_a_pluperfect_plan_beside_a_coming_one():
    assert [t for _, _, t, _ in found(
        "A cargo plane that had been due to land on Friday was diverted, and is due to arrive on Monday.")] == [
        "2011-03-18", "2011-03-21"]


@pytest.mark.parametrize("text, clock", [
    ("The quiz show airs at 10:40 every Saturday.", ("10:40", "SET", "XXXX-WXX-6T10:40", None)),
    ("The curfew starts at 6 p.m. daily.", ("6 p.m.", "SET", "XXXX-XX-XXT18:00", None)),
])
def test_a_clock_time_of_a_recurrence_is_on_no_day(text, clock):
    assert found(text)[0] == clock


def test_a_bare_clock_time_without_a_recurrence_is_still_placed():
    assert found("The ferry sailed at 10:40.") == [
        ("10:40", "TIME", "2011-03-19T10:40", ("2011-03-19", "2011-03-19"))]


@pytest.mark.parametrize("text, language", [
    ("Like the painter Arvo Lind (1896-1981), she worked at night.", "en"),
    ("The tombs of the Kalder Dynasty (1644-1911) were restored.", "en"),
    ("The poet Ola Vinge -LRB- 1904-2005 -RRB- wrote about the sea.", "en"),
    ("Liksom målaren Arvo Lind (1896–1981) arbetade hon på natten.", "sv"),
])
def test_years_glossing_a_name_are_no_happening(text, language):
    assert found(text, language=language) == []


@pytest.mark.parametrize("text, language, span", [
    ("Under the five-year plan (2006-2010) output will double.", "en", "2006-2010"),
    ("Under femårsplanen (2006–2010) ska exporten växa.", "sv", "2006–2010"),
])
def test_years_after_a_common_noun_stay_a_span(text, language, span):
    assert [(t, x) for t, _, x, _ in found(text, language=language) if t == span] == [(span, "2006/2010")]


def test_a_clock_time_beside_a_rate_is_still_placed():
    assert found("As of 10 a.m., the storm moved at 20 kilometers per hour.")[0] == (
        "10 a.m.", "TIME", "2011-03-19T10:00", ("2011-03-19", "2011-03-19"))


def test_a_clock_time_far_from_a_recurrence_is_still_placed():
    text = "At 22:48 a reader wrote: the real danger of the outbreak lies in what it does to the rhythm of daily life."
    assert found(text)[0] == ("22:48", "TIME", "2011-03-19T22:48", ("2011-03-19", "2011-03-19"))


@pytest.mark.parametrize("text", [
    "It was plain that Thursday's quake would be a disaster.",
    "It was plain that Thursday 's quake would be a disaster .",  # tokenised text
])
def test_a_weekday_outcome_looks_back_in_tokenised_text_too(text):
    assert [t for _, _, t, _ in found(text)] == ["2011-03-17"]


@pytest.mark.parametrize("text", [
    "The storm made landfall at 1653 local time (2153 GMT) on Tuesday, 8 March.",
    "The storm made landfall at 1653 local time -LRB- 2153 GMT -RRB- on Tuesday , 8 March .",
    "The storm made landfall at 1653 GMT on Tuesday, March 8.",
])
def test_a_clock_time_before_a_weekday_and_its_date_is_on_that_date(text):
    # the weekday alone would be the latest Tuesday, 15 March
    assert found(text)[0][2] == "2011-03-08T16:53"


@pytest.mark.parametrize("text", [
    'The minister added: "When the cold season comes in the autumn, clinics must be ready."',
    "The minister added : `` When the cold season comes in the autumn , clinics must be ready . ''",
])
def test_a_quote_framed_by_a_colon_has_its_own_tense(text):
    # "added" is the frame's past; the quote's "comes" looks at the coming autumn
    assert [t for _, _, t, _ in found(text, reference=date(2011, 6, 9))] == ["2011-FA"]


@pytest.mark.parametrize("text, reference, timex", [
    # written on a Sunday, "Monday's paper" is tomorrow's
    ("The paper quoted the minister in an early edition of Monday's paper.", date(2011, 3, 20), "2011-03-21"),
    ("The paper quoted the minister in an early edition of Monday 's paper .", date(2011, 3, 20), "2011-03-21"),
    # written on a Saturday, "Thursday's edition" was two days ago
    ("The letter ran in Thursday's edition of the weekly.", SAT, "2011-03-17"),
])
def test_an_edition_is_the_nearest_day_of_its_name(text, reference, timex):
    assert [t for _, _, t, _ in found(text, reference=reference)] == [timex]


@pytest.mark.parametrize("text, language, timex", [
    ("Two bridges collapsed on Thursday in the north, the ministry said Friday. "
     "At the same day, floods closed the port.", "en", "2011-03-17"),
    ("Two bridges collapsed on Thursday in the north, the ministry said on Friday. "
     "On the same day, floods closed the port.", "en", "2011-03-17"),
    ("Två broar rasade i torsdags i norr, vilket ministeriet meddelade på fredagen. "
     "Samma dag stängde översvämningar hamnen.", "sv", "2011-03-17"),
    # a day no one reports is still what "the same day" shares
    ("Talks ended on Friday. On the same day, floods closed the port.", "en", "2011-03-18"),
])
def test_the_same_day_is_not_the_day_of_the_report(text, language, timex):
    assert found(text, language=language)[-1][2] == timex

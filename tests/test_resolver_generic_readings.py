"""Readings that are not the calendar's: "the fall of" a regime, "today's youth", vague plurals
("for weeks"), and "until Thursday" in a pluperfect clause (issue 12)."""

from datetime import date

import pytest

from timeline import extract

THU = date(2020, 10, 15)  # a Thursday
TUE = date(2020, 10, 13)


def found(text, reference=THU, language="en"):
    return [(e.text, e.type, e.timex) for e in extract(text, reference, language)]


@pytest.mark.parametrize("text", [
    "Violence grew after the fall of the old regime.",
    "Since the fall of Marcus Tiberius, the province has been calm.",
    "The fall of communism changed the continent.",
])
def test_fall_of_a_name_is_a_downfall_not_autumn(text):
    assert found(text) == []


@pytest.mark.parametrize("text, span, timex", [
    ("The congress resumes in the fall.", "the fall", "2020-FA"),
    ("The harvest failed in the fall of 1998.", "fall of 1998", "1998-FA"),
])
def test_the_fall_as_a_season_stays(text, span, timex):
    assert found(text) == [(span, "DATE", timex)]


@pytest.mark.parametrize("text", [
    "Music matters to today's youth, she said.",
    "Borders mean little in today's connected world.",
    "Today's personal computers are fast.",
])
def test_todays_generic_noun_is_no_day(text):
    assert found(text) == []


def test_todays_own_event_is_the_day():
    assert found("Today's match was called off.") == [("Today", "DATE", "2020-10-15")]


@pytest.mark.parametrize("text", [
    '"Today it is the miners, tomorrow it could be the dockers," the organiser warned.',
    "We will stand by the valley today, tomorrow and for the time ahead.",
    "Our pledge holds today, tomorrow and forever.",
    "Farmers of yesterday, today and tomorrow shared the fair.",
    '"If I were choosing the people of tomorrow, I would start with the apprentices," she said.',
    "The children of today will pay the bill.",
    "They call the board yesterday's men.",
    "Tomorrow's leaders were at the summit.",
    "Planners drew the Brantley of tomorrow on one sheet.",
])
def test_figurative_today_and_tomorrow_are_no_days(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The talks continue today and tomorrow.",
     [("today", "DATE", "2020-10-15"), ("tomorrow", "DATE", "2020-10-16")]),
    ("Today we rest, tomorrow we will train again.",
     [("Today", "DATE", "2020-10-15"), ("tomorrow", "DATE", "2020-10-16")]),
    ("The events of yesterday shocked the town.", [("yesterday", "DATE", "2020-10-14")]),
    ("Crowds gathered before today's World Cup match.", [("today", "DATE", "2020-10-15")]),
    ("Tomorrow's meeting was cancelled.", [("Tomorrow", "DATE", "2020-10-16")]),
])
def test_today_and_tomorrow_as_days_stay(text, expected):
    assert found(text) == expected
    assert [e.interval for e in extract(text, THU)] == [(date.fromisoformat(t), date.fromisoformat(t))
                                                        for _, _, t in expected]


@pytest.mark.parametrize("text", [
    "I dag är det gruvarbetarna, i morgon kan det vara hamnarbetarna, sade hon.",
    "Vi står vid dalen i dag, i morgon och för all framtid.",
    "Bönder i går, i dag och i morgon möttes på mässan.",
])
def test_figurative_today_and_tomorrow_are_no_days_sv(text):
    assert found(text, language="sv") == []


def test_today_and_tomorrow_as_days_stay_sv():
    assert found("Förhandlingarna fortsätter i dag och i morgon.", language="sv") == [
        ("i dag", "DATE", "2020-10-15"), ("i morgon", "DATE", "2020-10-16")]


@pytest.mark.parametrize("text, span, timex", [
    ("For weeks the strikers blocked the road.", "weeks", "PXW"),
    ("The two towns have argued for years over the bridge.", "years", "PXY"),
    ("A decision is expected within days.", "days", "PXD"),
    ("Exports grew for the first time in decades.", "decades", "PXY"),
    ("The ferry waited for hours at the pier.", "hours", "PTXH"),
    ("In the years that followed, the mill closed.", "years", "PXY"),
    ("In the months since, prices have fallen.", "months", "PXM"),
])
def test_a_bare_plural_after_a_preposition_is_a_vague_duration(text, span, timex):
    assert found(text) == [(span, "DURATION", timex)]


@pytest.mark.parametrize("text", ["The dam will stand for years to come.", "He left for years ago."])
def test_a_bare_plural_with_a_point_after_it_is_no_duration(text):
    assert [f for f in found(text) if f[1] == "DURATION"] == []


@pytest.mark.parametrize("text, reference, language, timex", [
    ("Until Thursday, the police had not named him a suspect.", TUE, "en", "2020-10-08"),
    ("The hearing was postponed until Thursday.", TUE, "en", "2020-10-15"),
    ("Fram till torsdag hade polisen inte kallat honom misstänkt.", TUE, "sv", "2020-10-08"),
    ("Förhandlingen sköts upp fram till torsdag.", TUE, "sv", "2020-10-15"),
])
def test_until_in_a_pluperfect_clause_looks_back(text, reference, language, timex):
    assert [f[2] for f in found(text, reference, language)] == [timex]


@pytest.mark.parametrize("text, span, timex, mod", [
    ("The post-1959 reforms split many families.", "post-1959", "1959", "AFTER"),
    ("Output never returned to pre-2008 levels.", "pre-2008", "2008", "BEFORE"),
])
def test_a_year_with_its_side_is_left_off_the_calendar(text, span, timex, mod):
    [e] = extract(text, THU)
    assert (e.text, e.timex, e.mod, e.interval) == (span, timex, mod, None)


@pytest.mark.parametrize("text", [
    "The party daily Nuevo Dia compared the strike to a siege.",
    "The business daily reported that the bank would merge.",
    "He told the Danish daily Borsen that he would resign.",
    "Israeli daily Maariv quoted a minister.",
    "The claim was printed in the Daily Herald.",
    "He told the news weekly that the plan was dead.",
    "The daily's editor resigned.",
])
def test_a_newspaper_called_a_daily_is_no_recurrence(text):
    assert [f for f in found(text) if f[1] == "SET"] == []


@pytest.mark.parametrize("text", [
    "Protesters gather daily outside the embassy.",
    "Take the tablets twice daily.",
    "Bombs kill civilians in Kabul daily.",
    "The ferry sails daily to the island.",
    "The paper prints a weekly column.",
])
def test_daily_as_a_recurrence_stays(text):
    assert [f[2] for f in found(text) if f[1] == "SET"] in (["P1D"], ["P1W"])


@pytest.mark.parametrize("text, span, timex", [
    ("The mill produces 40,000 tonnes a year.", "a year", "P1Y"),
    ("Teachers earn 300 dollars a month.", "a month", "P1M"),
    ("The ferry sails three times a week.", "a week", "P1W"),
    ("The field pumps 2.6 million barrels per day.", "per day", "P1D"),
    ("The clinic sees dozens of patients a day.", "a day", "P1D"),
    ("Prices rose 4% a year.", "a year", "P1Y"),
])
def test_an_amount_a_unit_is_a_rate(text, span, timex):
    assert found(text) == [(span, "SET", timex)]


@pytest.mark.parametrize("text, span, timex", [
    ("It was a year of change.", "a year", "P1Y"),
    ("The rebels gave the troops a month to leave.", "a month", "P1M"),
    ("He left the talks a day early.", "a day", "P1D"),
])
def test_a_unit_that_is_no_rate_stays_a_duration(text, span, timex):
    assert found(text) == [(span, "DURATION", timex)]


@pytest.mark.parametrize("text, language, span, timex", [
    ("The monsoon usually begins in June.", "en", "June", "XXXX-06"),
    ("Visitors come especially in the winter.", "en", "the winter", "XXXX-WI"),
    ("Prices normally peak in summer.", "en", "summer", "XXXX-SU"),
    ("Regnen börjar vanligtvis i maj.", "sv", "maj", "XXXX-05"),
    ("Turisterna brukar komma i juli.", "sv", "juli", "XXXX-07"),
])
def test_a_habitual_season_or_month_is_no_one_years(text, language, span, timex):
    [e] = extract(text, THU, language)
    assert (e.text, e.timex, e.interval) == (span, timex, None)


@pytest.mark.parametrize("text, language, timex", [
    ("The bridge was closed in June.", "en", "2020-06"),
    ("Talks often stalled in May.", "en", "2020-05"),
    ("Bron stängdes i maj.", "sv", "2020-05"),
])
def test_a_season_or_month_of_one_event_stays_placed(text, language, timex):
    assert [f[2] for f in found(text, THU, language)] == [timex]


@pytest.mark.parametrize("text, timex", [
    ("The striker may miss the cup games with a knee hurt in Sunday's defeat.", "2020-10-11"),
    ("The union would look for ways to get around Monday's ruling.", "2020-10-12"),
    ("Shares will open higher ahead of Friday's ruling.", "2020-10-16"),
    ("The two sides will meet in Saturday's final.", "2020-10-17"),
])
def test_a_weekdays_known_outcome_is_behind(text, timex):
    assert [f[2] for f in found(text, TUE) if f[1] == "DATE"] == [timex]


@pytest.mark.parametrize("text", [
    "The envoys face a future in which water is scarce.",
    "The ferry line faced an uncertain future.",
    "Villagers hope for a brighter future for their children.",
])
def test_a_future_as_a_noun_is_no_time(text):
    assert found(text) == []


@pytest.mark.parametrize("text, span", [
    ("The committee will meet again at a future date.", "future"),
    ("In the future, ferries will stop at Bodø.", "the future"),
])
def test_the_future_stays_a_future_reference(text, span):
    assert found(text) == [(span, "DATE", "FUTURE_REF")]


def test_later_in_the_day_before_a_clause_is_no_day_before():
    assert found("She spent two hours in Tromsø and more in Bodø later in the day before flying home.") == [
        ("two hours", "DURATION", "PT2H")]


def test_the_day_before_a_clause_stays():
    assert [(e.text, e.type) for e in extract("He met the mayor the day before leaving.", THU)] == [
        ("the day before", "DATE")]


@pytest.mark.parametrize("text", [
    "The ferry line will one day reach Tromsø.",
    "She hopes one day to sail the fjord.",
    "He voiced the hope he one day follow his aunt into politics.",
    "One day the dust there could form planets.",
])
def test_one_day_as_some_day_is_a_future_reference(text):
    assert found(text) == [("one day" if "one day" in text else "One day", "DATE", "FUTURE_REF")]


@pytest.mark.parametrize("text", [
    "The strike began one day after the vote.",
    "Within one day the river could flood.",
    "The talks will last one day.",
    "They will stay one day in Bodø.",
])
def test_one_day_as_a_length_stays(text):
    assert [(t.lower(), ty, v) for t, ty, v in found(text) if t.lower() == "one day"] == [
        ("one day", "DURATION", "P1D")]


@pytest.mark.parametrize("text", [
    "Färjan kan en dag nå Tromsø.",
    "Hon hoppas en dag segla över fjorden.",
    "Han kommer en dag att förstå.",
])
def test_one_day_as_some_day_is_a_future_reference_sv(text):
    assert found(text, language="sv") == [("en dag", "DATE", "FUTURE_REF")]


def test_one_day_as_a_length_stays_sv():
    assert found("Strejken började en dag efter valet.", language="sv") == [("en dag", "DURATION", "P1D")]

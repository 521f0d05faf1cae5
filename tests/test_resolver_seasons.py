"""Year choice of seasons and months ahead, "the past year", "<Month> of <year>",
programme names with a time word, and "first half" (of a match or of a year)."""

from datetime import date

import pytest

from timeline import extract

SPRING = date(2021, 4, 20)


def found(text, reference=SPRING, language="en"):
    return [(e.text, e.type, e.timex) for e in extract(text, reference, language)]


@pytest.mark.parametrize("text, expected", [
    ("The bridge was closed in August of 2017.", [("August of 2017", "DATE", "2017-08")]),
    ("Early October of 2016 was wet.", [("Early October of 2016", "DATE", "2016-10")]),
])
def test_month_of_year_is_one_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "The minister told the World Today programme that the talks had failed.",
    "Speaking on The World Tonight, she defended the plan.",
])
def test_programme_names_with_a_time_word_are_not_dates(text):
    assert found(text) == []


def test_today_beside_a_programme_name_is_still_today():
    assert found("Today the World Today team flew home.") == [("Today", "DATE", "2021-04-20")]


@pytest.mark.parametrize("text, language, expected", [
    ("She has coached the team for the past year.", "en", [("the past year", "DURATION", "P1Y")]),
    ("For the last year he has not written a line.", "en", [("the last year", "DURATION", "P1Y")]),
    ("The past year has been hard on the village.", "en", [("The past year", "DURATION", "P1Y")]),
    ("Under det senaste året har hyrorna stigit.", "sv", [("det senaste året", "DURATION", "P1Y")]),
    # as the annotated news reads it, "in/over the past year" stays the calendar year before
    ("Crime rose over the past year.", "en", [("past year", "DATE", "2020")]),
])
def test_the_past_year_as_twelve_months(text, language, expected):
    assert found(text, language=language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # said in spring 2021: a modal looks ahead, to the next such season or month
    ("Officials fear the virus could return in the winter.", "en", [("the winter", "DATE", "2021-WI")]),
    ("Prices might fall in January.", "en", [("January", "DATE", "2022-01")]),
    ("Ships came and the port may close in the winter.", "en", [("the winter", "DATE", "2021-WI")]),
    # but not a modal of the past
    ("The virus could have spread in the winter.", "en", [("the winter", "DATE", "2020-WI")]),
    ("He could not travel in January.", "en", [("January", "DATE", "2021-01")]),
    ("Next autumn the school opens.", "en", [("Next autumn", "DATE", "2021-FA")]),
    ("Skolan öppnar till hösten.", "sv", [("till hösten", "DATE", "2021-FA")]),
    ("Till vintern väntas fler fall.", "sv", [("Till vintern", "DATE", "2021-WI")]),
])
def test_a_season_or_month_ahead(text, language, expected):
    assert found(text, language=language) == expected


@pytest.mark.parametrize("text, expected", [
    # a report verb's past is not the reported clause's: its own verb decides
    ("The mayor said that repairs in the winter will cost more.", [("the winter", "DATE", "2021-WI")]),
    ("The mayor said that repairs in the winter had cost more.", [("the winter", "DATE", "2020-WI")]),
    # a date right after the report verb is the report's
    ("The mayor said in January that repairs will cost more.", [("January", "DATE", "2021-01")]),
])
def test_a_reported_clause_has_its_own_tense(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Doctors warned the flu is likely to return in the winter.", [("the winter", "DATE", "2021-WI")]),
    ("The maker expects the drug to reach pharmacies by autumn, it said.", [("autumn", "DATE", "2021-FA")]),
    ("The league said it hoped to finish the stadium in October.", [("October", "DATE", "2021-10")]),
    ("Extra beds might be opened in the winter.", [("the winter", "DATE", "2021-WI")]),
    ("The patient might have been infected in the winter.", [("the winter", "DATE", "2020-WI")]),
])
def test_forward_cues_place_a_season_or_month_ahead(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("The striker scored early in the second half.", "en", []),
    ("They dominated the first half but lost.", "en", []),
    ("Net profit rose 8 percent in the first half.", "en", [("the first half", "DATE", "2021-H1")]),
    ("Exports grew in the first half of this year.", "en",
     [("the first half", "DATE", "2021-H1"), ("this year", "DATE", "2021")]),
    ("Exports grew in the second half of 2019.", "en", [("the second half of 2019", "DATE", "2019-H2")]),
    ("Exporten ökade under första halvåret.", "sv", [("första halvåret", "DATE", "2021-H1")]),
    ("Han gjorde mål i andra halvlek.", "sv", []),
])
def test_a_match_half_is_not_a_half_year(text, language, expected):
    assert found(text, language=language) == expected


NOVEMBER = date(2020, 11, 13)


@pytest.mark.parametrize("text, reference, timex", [
    ("The heat wave struck this summer.", NOVEMBER, "2020-SU"),
    ("Exports fell this spring.", NOVEMBER, "2020-SP"),
    ("The dam opens this summer.", SPRING, "2021-SU"),
    ("Heating bills will rise this winter.", NOVEMBER, "2020-WI"),
])
def test_this_season_is_this_calendar_years(text, reference, timex):
    assert [f[2] for f in found(text, reference)] == [timex]


def test_swedish_i_sommar_in_the_autumn_is_the_next_one():
    assert [f[2] for f in found("Bron öppnar i sommar.", NOVEMBER, "sv")] == ["2021-SU"]

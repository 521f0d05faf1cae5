"""Years that name a thing rather than a time ("the 1968 H3N2 strain"), a holiday of a named year
("the 2011 Christmas Day floods") and a year counted in a cycle ("the last year in the 12-year cycle"):
timeline/temporal/resources/en.toml."""

from datetime import date

import pytest

from timeline import extract

TUE = date(2020, 10, 13)  # a Tuesday


def timexes(text, reference=TUE):
    return [(e.text, e.timex) for e in extract(text, reference, "en")]


@pytest.mark.parametrize("text", [
    "Researchers set it beside the 1968 H3N2 strain and the 1977 H1N1 strain.",
    "The clinic's kit found the 2019 A(H7N9) virus in two samples.",
    "The clinic's kit found the 2019 A -LRB- H7N9 -RRB- virus in two samples.",
])
def test_a_year_before_a_flu_subtype_names_a_virus(text):
    assert timexes(text) == []


def test_a_year_after_a_preposition_of_time_stays_a_year_before_a_subtype():
    assert timexes("In 1977 H1N1 came back among the young.") == [("1977", "1977")]


@pytest.mark.parametrize("text, timex", [
    ("Divers who worked after the 2011 Christmas Day floods in the valley were honoured.", "2011-12-25"),
    ("Survivors of the 2015 Easter Monday landslide met the mayor.", "2015-04-06"),
])
def test_a_year_before_a_holiday_names_that_years_holiday(text, timex):
    assert [t for _, t in timexes(text)] == [timex]


def test_the_last_year_of_a_cycle_is_no_year_before_the_writing():
    text = "The Ox was the last year in the 12-year cycle of the old calendar, growers said."
    assert [t for e, t in timexes(text) if "year" == e.split()[-1]] == []


def test_over_the_last_year_stays_a_time():
    assert timexes("Prices in the town rose over the last year.") != []

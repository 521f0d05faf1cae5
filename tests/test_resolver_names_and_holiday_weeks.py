"""English classes fixed against AQUAINT and TimeBank (round 12): a holiday's week, "May" and
"March" as the month of a noun, and quoted programme and film titles that hold a time word.

Swedish has no holiday words, no capital-only month names ("maj", "mars") and writes titles
in sentence case, so none of these classes applies to it."""

from datetime import date

import pytest

from timeline import extract

MON = date(2021, 3, 29)  # a Monday, in the week before Easter (Easter Sunday 2021-04-04)


def dated(text, reference=MON):
    return [(e.text, e.timex, e.interval) for e in extract(text, reference, "en") if e.type in ("DATE", "TIME")]


def days(a, b):
    return (date.fromisoformat(a), date.fromisoformat(b))


@pytest.mark.parametrize("text, span, timex, interval", [
    ("Pilgrims filled the town as Easter week began.", "Easter week", "2021-W13", days("2021-03-29", "2021-04-04")),
    ("Shops will stay open late in Christmas week.", "Christmas week", "2021-W51", days("2021-12-20", "2021-12-26")),
    ("Traffic was heavy last Thanksgiving week.", "last Thanksgiving week", "2020-W48",
     days("2020-11-23", "2020-11-29")),
    # said in Easter week itself, "next Easter week" is next year's
    ("The choir will sing again next Easter week.", "next Easter week", "2022-W15", days("2022-04-11", "2022-04-17")),
])
def test_a_holiday_week_is_the_iso_week_holding_the_holiday(text, span, timex, interval):
    assert dated(text) == [(span, timex, interval)]


def test_a_holiday_weekend_is_not_its_week():
    assert all(t != "Easter week" for t, _, _ in dated("They travelled over the Easter weekend."))


@pytest.mark.parametrize("text, span, timex, interval", [
    ("The opposition will boycott the May elections.", "May", "2021-05", days("2021-05-01", "2021-05-31")),
    ("The March accession lets the three countries sign the treaty.", "March", "2021-03",
     days("2021-03-01", "2021-03-31")),
    ("In its May outlook the bank will raise its forecast.", "May", "2021-05", days("2021-05-01", "2021-05-31")),
])
def test_may_and_march_before_a_noun_are_months(text, span, timex, interval):
    assert dated(text) == [(span, timex, interval)]


@pytest.mark.parametrize("text", [
    "Thousands joined the March on Washington.",
    "The March of Dimes raised money for research.",
    "The march was long and the crowd may march again.",
    "Critics of the May government protested.",
])
def test_may_and_march_as_names_verbs_and_walks_are_no_months(text):
    assert dated(text) == []


@pytest.mark.parametrize("text", [
    "The minister said on CBS's ''60 Minutes.'' that talks would go on.",
    'The senator, speaking on ABC\'s "This Week," defended the plan.',
    'She appeared on "This Week With Maria Lopez" to discuss it.',
    "He starred in \u201cThe Day After Tomorrow\u201d and other films.",
])
def test_a_quoted_title_holding_a_time_word_is_no_time(text):
    assert dated(text) == []


@pytest.mark.parametrize("text, span, timex", [
    ('They marked the "September 11" anniversary.', "September 11", "2020-09-11"),
    ('It was the last stand of the "1916 Rising" against the British.', "1916", "1916"),
    ('He promised it for "next week" and then forgot.', "next week", "2021-W14"),
])
def test_a_quoted_date_stays_a_date(text, span, timex):
    assert [(t, v) for t, v, _ in dated(text)] == [(span, timex)]


@pytest.mark.parametrize("text", [
    "The coach told USA Today that the season was over.",
    "The weekly India Today ran the leaked memo.",
    "She repeated it in an interview with the breakfast television show Today .",
    # a title-cased name whose outlet noun is capitalised too
    "Mara Quill, editor of Pets Today Magazine, talks about the cat shows.",
    "The figures were first printed by Bakers Today Weekly, the trade paper.",
])
def test_a_name_ending_in_today_is_no_day(text):
    assert dated(text) == []


def test_a_country_then_today_stays_the_day():
    assert dated("India today opened the new bridge.") == [("today", "2021-03-29", days("2021-03-29", "2021-03-29"))]


@pytest.mark.parametrize("text", [
    "Elders fear the pull of western festivals like the Valentine's Day and Christmas on the young.",
    "The bakery sells more on holidays such as Easter, Halloween and Christmas.",
])
def test_holidays_named_as_kinds_are_no_day(text):
    assert dated(text) == []


def test_a_holiday_of_a_year_in_such_a_list_stays_a_day():
    assert [t for t, _, _ in dated("They spent festivals like Christmas 2019 at the farm.")] == ["Christmas 2019"]

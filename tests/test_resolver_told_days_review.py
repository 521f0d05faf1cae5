"""A reviewer's cases against the told-days rules (tests/test_resolver_told_days.py): a sentence's
own year does not reach a month whose clause looks ahead, a plan stops a "since" clause's past only
as the head its date belongs to, a Monday's "this week" stays the current one when the sentence names
the writing day, a group "today" keeps a day only for a day's act, fiscal quarters keep their dates,
and a year listed with others is no title (timeline/temporal/paragraph_years.py, clause_cues.py,
resolvers/relative.py, en.toml, sv.toml)."""

from datetime import date

import pytest

from timeline import extract

from test_resolver_clause_cues import placed

THU = date(2020, 10, 15)  # a Thursday
MON = date(2020, 10, 12)  # a Monday
DEC = date(2020, 12, 10)


def month(text, reference, language="en"):
    found = [e for e in extract(text, reference, language) if len(e.timex or "") == 7]
    assert len(found) == 1, found
    return found[0].timex, placed(found[0])


@pytest.mark.parametrize("text, language", [
    ("In 2017 the bakery was opened in Lund, and in November it will open a second shop.", "en"),
    ("In 2016, Berg won the cup, and in November she will defend it.", "en"),
    ("År 2016 vann Berg cupen, och i november ska hon försvara den.", "sv"),
])
def test_a_looking_ahead_clause_takes_no_year_from_the_sentence(text, language):
    assert month(text, THU, language) == ("2020-11", ("2020-11-01", "2020-11-30"))


@pytest.mark.parametrize("text, language", [
    ("In 2016, Berg won the cup, and in November she defended it.", "en"),
    ("In 2016 the bakery was opened in Lund and got a second shop in November.", "en"),
    ("År 2016 vann Berg cupen, och i november försvarade hon den.", "sv"),
])
def test_a_past_clause_still_takes_the_sentence_year(text, language):
    assert month(text, THU, language) == ("2016-11", ("2016-11-01", "2016-11-30"))


@pytest.mark.parametrize("text, language", [
    ("Fares have risen since the council rejected the proposal in February.", "en"),
    ("Shops have reopened since the rebels stormed the town to end the siege in February.", "en"),
    ("Trafiken har ökat sedan fullmäktige avvisade förslaget i februari.", "sv"),
])
def test_a_since_clause_with_a_plan_noun_acted_on_stays_behind(text, language):
    assert month(text, DEC, language) == ("2020-02", ("2020-02-01", "2020-02-29"))


@pytest.mark.parametrize("text, language", [
    ("Since the board unveiled a proposal to hold a strike in February, staff have been uneasy.", "en"),
    ("Since the club announced plans for a derby in February, tickets have sold out.", "en"),
    ("Sedan klubben presenterade planer på ett derby i februari har biljetterna sålt slut.", "sv"),
])
def test_a_since_clause_with_a_plan_reaching_the_date_looks_ahead(text, language):
    assert month(text, DEC, language) == ("2021-02", ("2021-02-01", "2021-02-28"))


def week(text, reference, language="en"):
    found = [e for e in extract(text, reference, language) if (e.timex or "").startswith("2020-W")]
    assert len(found) == 1, found
    return found[0].timex, placed(found[0])


@pytest.mark.parametrize("text, language", [
    ("The strike began this week, on Monday afternoon, the union said.", "en"),
    ("Guards detained three men this week after Monday's brawl.", "en"),
    ("Strejken började den här veckan, på måndagseftermiddagen.", "sv"),
    ("Vakterna grep tre män den här veckan, sade polisen i dag.", "sv"),
])
def test_a_mondays_week_naming_the_writing_day_is_the_current_week(text, language):
    assert week(text, MON, language) == ("2020-W42", ("2020-10-12", "2020-10-18"))


@pytest.mark.parametrize("text, language", [
    ("Guards detained three men this week.", "en"),
    ("Guards detained three men this week after last Monday's brawl.", "en"),
    ("Vakterna grep tre män den här veckan.", "sv"),
])
def test_a_mondays_past_week_without_the_writing_day_is_the_week_just_ended(text, language):
    assert week(text, MON, language) == ("2020-W42", ("2020-10-05", "2020-10-11"))


@pytest.mark.parametrize("text", [
    "Young people today are borrowing more than their parents did.",
    "Teenagers today are dating later in life.",
    "Women today are renting for longer.",
])
def test_a_group_today_in_an_open_progressive_stays_no_day(text):
    assert extract(text, THU, "en") == []


@pytest.mark.parametrize("text", [
    "Women today are marching to the parliament.",
    "Children today are protesting outside the ministry.",
    "Citizens today are voting in a local referendum.",
])
def test_a_group_today_in_a_progressive_of_a_days_act_keeps_the_day(text):
    found = extract(text, THU, "en")
    assert [(e.timex, placed(e)) for e in found] == [("2020-10-15", ("2020-10-15", "2020-10-15"))]


def quarter(text, reference):
    found = [e for e in extract(text, reference, "en") if "Q" in (e.timex or "")]
    assert len(found) == 1, found
    return found[0].timex, placed(found[0])


@pytest.mark.parametrize("text, timex, interval", [
    ("Margins shrank by a 4-6 percent range in the third quarter, the bank said.", "2020-Q3",
     ("2020-07-01", "2020-09-30")),
    ("Mills ran more overtime shifts in the third quarter, the agency said.", "2020-Q3", ("2020-07-01", "2020-09-30")),
    ("The brewer sold more cans to NFL fans in the third quarter, it said.", "2020-Q3", ("2020-07-01", "2020-09-30")),
    ("The maker fumbled its launch in the third quarter, analysts said.", "2020-Q3", ("2020-07-01", "2020-09-30")),
    ("Shares lost 3-4 percent in the third quarter.", "2020-Q3", ("2020-07-01", "2020-09-30")),
])
def test_a_fiscal_quarter_beside_sports_or_range_words_keeps_its_date(text, timex, interval):
    assert quarter(text, THU) == (timex, interval)


@pytest.mark.parametrize("text", [
    "The Hawks led 21-14 in the third quarter.",
    "Berg scored twice in the fourth quarter to seal a 98-90 win.",
    "The Owls kicked a field goal early in the second quarter.",
    "The visitors opened the third quarter with an 11-2 run.",
])
def test_a_quarter_of_play_stays_no_date(text):
    assert [e.interval for e in extract(text, THU, "en") if "quarter" in e.text] in ([], [None])


def test_the_first_of_a_list_of_years_after_a_possessive_is_a_year():
    found = extract("Berg's 2004, 2010 and 2018 tours sold out.", THU, "en")
    assert [(e.timex, placed(e)) for e in found] == [
        ("2004", ("2004-01-01", "2004-12-31")), ("2010", ("2010-01-01", "2010-12-31")),
        ("2018", ("2018-01-01", "2018-12-31"))]


def test_a_title_year_before_a_comma_is_still_no_year():
    assert extract("Readers of Huxley's 1932, a bleak fable, will know the scene.", THU, "en") == []

"""A sentence opened by "Today" whose subject then possesses, owns, knows, sells, costs or is home to something tells
how things stand now ("nowadays", PRESENT_REF), no happening of the writing day; a verb of an act keeps the day.
Invented sentences."""

from datetime import date

import pytest

from timeline import extract

WRITTEN = date(2010, 1, 18)


def today(text):
    [timex] = [e.timex for e in extract(text, WRITTEN, "en") if e.text.lower() == "today"]
    return timex


@pytest.mark.parametrize("text", [
    "Today, eleven states possess long-range missiles.",
    "Today, a $ 20 pair of boots sells for just $ 3 in the valley.",
    "Today, everyone knows that the old mill was a prison.",
    '"Today the harbour is home to six shipyards," the guide said.',
])
def test_a_standing_state_opened_by_today_is_nowadays(text):
    assert today(text) == "PRESENT_REF"


@pytest.mark.parametrize("text", [
    "Today marks a milestone for the harbour.",
    "Today we pray for those who drowned.",
    "Today the council is set to announce new fares.",
    "Today we have confirmed three new cases.",
    "Today the mayor has a meeting with the dockers.",
    "Today the minister said the island is a partner.",
    "Today we opened our clinic in the valley.",
    "The mayor said today that the island is a partner.",
    # a state that may be the day's news
    "Today the president is a guest of the king in Velmora.",
    "Today we have 3 new cases of the fever.",
    "Today the Quill index is 2 percent higher.",
    "Today we see the launch of the new ferry.",
])
def test_an_act_opened_by_today_keeps_the_writing_day(text):
    assert today(text) == "2010-01-18"


@pytest.mark.parametrize("text", [
    "In 1985 , for instance , there were 50 mills in the valley ; today , 6m sacks are ground in 6 sheds .",
    "Bread in the valley was cheaper than it is today.",
    "The villagers were never in a crisis like that of today, the elders said.",
    "The old border war divides the island even today.",
])
def test_a_lower_case_today_set_against_another_time_is_nowadays(text):
    assert today(text) == "PRESENT_REF"


@pytest.mark.parametrize("text", [
    "In 2009 the mill closed; today, the mayor said it would reopen.",
    "The mill closed in May; today, the two owners are meeting in Porto.",
])
def test_a_lower_case_today_of_an_act_keeps_the_day(text):
    assert today(text) == "2010-01-18"

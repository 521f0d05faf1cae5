"""Review fixes to times read ahead and seasons read as any year's (s15-fixO2), on invented text: a plan
told in the past ("was to be held on Sunday") keeps its past day; a day a verb of calling sets "for" is the
coming one in any tense, days ahead; a bare season beside a word placing it in one year, or with one
actor as its subject, is that year's; a retrospective "will be remembered" is no plan for the coming
week; a headline in Title Case keeps its holiday."""

from datetime import date

import pytest

from timeline import extract

TUE = date(2022, 3, 15)  # a Tuesday
MON = date(2022, 3, 14)
SUN = date(2022, 3, 13)


def timexes(text, reference):
    return [(e.text, e.timex) for e in extract(text, reference, "en")]


@pytest.mark.parametrize("text, expected", [
    ("The derby, which was to be played on Sunday, was called off on Friday after the storm.", "2022-03-13"),
    ("The ballot was to be held on Saturday, but the hall was flooded.", "2022-03-12"),
    ("The talks were to be staged on Saturday, but the envoy fell ill.", "2022-03-12"),
])
def test_a_plan_told_in_the_past_keeps_its_past_day(text, expected):
    assert timexes(text, TUE)[0][1] == expected


@pytest.mark.parametrize("text", [
    "The porters' union called a walkout for Friday.",
    "Drivers have called a stoppage for Friday.",
    "The guild has called a protest march for Friday.",
    "The mayor convened a meeting of the council for Friday.",
])
def test_a_day_called_for_is_the_coming_one_in_any_tense(text):
    # written on the Monday: the last Friday lies three days back, the called one four ahead
    assert timexes(text, MON)[0] == ("Friday", "2022-03-18")


@pytest.mark.parametrize("text, expected", [
    ("Local polls are held in autumn this year.", "2022-FA"),
    ("We sail to Corsica in summer, she said.", "2022-SU"),
    ("The governor tours the islands in summer to open a bridge.", "2022-SU"),
    # a generic subject's habit stays any year's
    ("Ticks bite more often in summer, vets said.", "XXXX-SU"),
])
def test_a_season_placed_by_its_sentence_or_one_actor_is_one_years(text, expected):
    assert timexes(text, date(2022, 5, 17))[0][1] == expected


def test_a_retrospective_future_this_week_at_the_weekend_is_the_week_ending():
    assert timexes("This week will be remembered for the floods, the governor said.", SUN)[0][1] == "2022-W10"
    assert timexes("The bridge will stay shut this week, the governor said.", SUN)[0][1] == "2022-W11"


def test_a_holiday_in_a_title_case_headline_keeps_its_day():
    assert timexes("Families Say They Will Cut Back This Christmas", date(2022, 12, 5)) == \
        [("This Christmas", "2022-12-25")]
    # a song's title after a lower-case word or a quote is still no date
    assert timexes("The choir sang Do They Know It's Christmas at the fair.", date(2022, 12, 5)) == []
    assert timexes('The list ends with "Rudolph Won\'t Be Home for Christmas."', date(2022, 12, 5)) == []

"""Times counted from the story's own happenings, and times ahead read back (issue 13, s15-anchor),
on invented text: a count naming a happening ("six weeks before the singer's death") is placed against
a later sentence's time only when that sentence goes on right after it or tells the same happening
(temporal/later_anchor.py); a future "this week" written at the weekend is the coming week; "the
coming year" is the twelve months ahead (no calendar year) but late in the year; a holiday naming a
kind of thing ("Christmas trees") or ending a song's title is no date (resources/en.toml)."""

from datetime import date

import pytest

from timeline import extract

WED = date(2011, 10, 5)  # a Wednesday
SAT = date(2021, 6, 19)  # a Saturday
SUN = date(2021, 6, 20)
FRI = date(2021, 6, 18)


def values(text, reference):
    return [(e.text, e.timex, e.interval and (e.interval.start.isoformat(), e.interval.end.isoformat()))
            for e in extract(text, reference, "en")]


@pytest.mark.parametrize("text", [
    "On the tape made six weeks before the painter's death, a sleepy voice talks of plans for a gallery."
    " The museum bought the tape. The clip, first heard in last week's hearing, was played in full on Wednesday.",
    "A boy was lifted from the ruins of a school, 15 days after the flood struck, rescuers say. He is well."
    " Meanwhile the council said a local vote due on 28 February will be postponed.",
])
def test_a_count_from_a_happening_is_not_counted_from_another_story(text):
    first = values(text, WED)[0]
    assert first[2] is None and first[1].startswith("P")  # the duration it names, no date


def test_a_count_is_placed_against_a_later_sentence_telling_its_happening():
    text = ("Two days after the landslide, the road was still shut. Crews worked all night."
            " The landslide came down on Monday.")
    assert values(text, WED)[0] == ("Two days after", "2011-10-05", ("2011-10-05", "2011-10-05"))


@pytest.mark.parametrize("reference", [SAT, SUN])
def test_a_future_this_week_written_at_the_weekend_is_the_coming_week(reference):
    assert values("The libraries will stay shut this week, the council said.", reference)[0] == \
        ("this week", "2021-W25", ("2021-06-21", "2021-06-27"))


@pytest.mark.parametrize("text, reference, expected", [
    ("The libraries stayed shut this week.", SAT, ("2021-06-14", "2021-06-20")),
    ("The libraries will stay shut this week.", FRI, ("2021-06-14", "2021-06-20")),
])
def test_this_week_otherwise_holds_the_writing_day(text, reference, expected):
    assert values(text, reference)[0][2] == expected


def test_the_coming_year_is_the_twelve_months_ahead():
    assert values("In the coming year, I'll be writing about farming.", date(2009, 3, 30))[0][2] is None
    assert values("Spending would grow over the coming year.", date(2010, 1, 14))[0][2] is None
    # written in December it is the next calendar year
    assert values("Spending would grow during the coming year.", date(2009, 12, 20))[0] == \
        ("the coming year", "2010", ("2010-01-01", "2010-12-31"))


@pytest.mark.parametrize("text", [
    "The pupils sang Christmas carols and hung paper lanterns.",
    "The council removed two plastic Christmas trees from the square.",
    "A man dressed as Father Christmas handed out oranges.",
    "The band recorded a new version of Do They Know It 's Christmas for the appeal.",
    "The choir sang All I Want For Christmas at the fair.",
])
def test_a_holiday_naming_a_thing_or_ending_a_title_is_no_date(text):
    assert values(text, date(2010, 1, 20)) == []


@pytest.mark.parametrize("text, expected", [
    ("The shops were busy before Christmas.", "2009-12-25"),
    ("Fears of Christmas attacks grew in the town.", "2009-12-25"),
])
def test_a_holiday_of_the_story_keeps_its_day(text, expected):
    assert values(text, date(2010, 1, 20))[0][1] == expected


@pytest.mark.parametrize("text, reference, expected", [
    # what a verb of calling or setting sets "for" lies after the calling: the nearest such day
    ("The dockers' union has called a strike for Monday.", SUN, "2021-06-21"),
    ("Marches were also announced for Sunday in two other towns.", SAT, "2021-06-20"),
    ("The board called a meeting of engineers for Wednesday.", date(2021, 6, 15), "2021-06-16"),
    # a plain past verb before "on" keeps the day behind
    ("Police called for calm on Monday.", SUN, "2021-06-14"),
])
def test_a_day_called_for_lies_after_the_calling(text, reference, expected):
    assert values(text, reference)[0][1] == expected


def test_a_hope_reported_in_the_pluperfect_is_the_nearest_day():
    tue = date(2006, 12, 19)
    text = "The skipper had said he hoped to stay on for the one-day games on Monday, just after the defeat."
    assert [t for t in values(text, tue) if t[0] == "Monday"][0][1] == "2006-12-18"
    # reported in the past tense, the hope still looks ahead
    assert values("The skipper said he hoped to stay on as captain on Monday.", tue)[0][1] == "2006-12-25"


@pytest.mark.parametrize("text, expected", [
    # a bare season in a present that recurs is any year's
    ("Droplets stay in the air for longer in winter.", "XXXX-WI"),
    ("Demand for firewood rises in winter, traders said.", "XXXX-WI"),
    ("Some moths often vanish over the summer months.", "XXXX-SU"),
    # told in the past, ahead, or as a present going on now, it is placed
    ("The lambs born in spring were sold.", "2009-SP"),
    ("In autumn the new strain could spread north.", "2009-FA"),
    ("We are getting ready for a harder season in autumn.", "2009-FA"),
])
def test_a_bare_season_in_a_recurring_present_is_any_years(text, expected):
    assert values(text, date(2009, 5, 8))[0][1] == expected


@pytest.mark.parametrize("text, expected", [
    # a thing "to be held", "to be broadcast" is a plan: the coming day
    ("The council rejected a rival motion to be debated Thursday.", "2021-06-17"),
    ("He told the station in an interview to be broadcast Monday that he would stay.", "2021-06-21"),
    ("Voters queued to register for elections to be held on Sunday.", "2021-06-20"),
    # after a verb of belief or finding it is no plan
    ("The boy was found to be infected on Monday.", "2021-06-14"),
    ("The hostages, said to be held in a cellar since Monday, are well.", "2021-06-14"),
    # a plan told in the past whose act is no planned one keeps its past verb's day
    ("He was to be followed by the mayor, who on his arrival late Monday called for calm.", "2021-06-14"),
])
def test_a_thing_to_be_done_on_a_weekday_lies_ahead(text, expected):
    assert values(text, date(2021, 6, 16))[0][1] == expected


def test_a_year_whose_happening_became_something_still_sets_the_scene():
    # "became" in a clause on the happening ("that became a disaster") is no background fact of a life
    text = ("In 1889, a fever epidemic started that became a disaster. Estimates of the toll from the 1889"
            " outbreak vary. Some say it was higher. `` There was a mild wave in the spring, but the lethal wave"
            " was in the autumn , '' says a historian.")
    assert [t for _, t, _ in values(text, date(2009, 4, 29))][-2:] == ["XXXX-SP", "XXXX-FA"]
    # the sentence's own "became" is one
    text = "In 1889, he became mayor of the port. Some say it was good. There was a mild wave in the spring."
    assert values(text, date(2009, 4, 29))[-1][1] == "2009-SP"


def test_a_month_a_thing_is_to_be_offered_in_lies_ahead():
    text = "The town is expected to be among the first to be offered a grant at a congress in July."
    assert values(text, date(1997, 4, 28))[0][1] == "1997-07"

"""Resolver classes that misdated real news folders (issue 13): names read as times, past plans
moved a year ahead, past narratives resolved forward."""

from datetime import date

import pytest

from timeline import extract

TUE = date(2011, 9, 27)  # a Tuesday


def found(text, reference=TUE, language="en"):
    return [(e.text, e.timex, e.interval and (e.interval.start.isoformat(), e.interval.end.isoformat()))
            for e in extract(text, reference, language)]


@pytest.mark.parametrize("text", [
    "The doctor told Today 's Anna Berg he had not been distracted.",
    "Speaking on KXTV's Today, the mayor defended the budget.",
    "He said on the Today programme that the plan had failed.",
    'She appeared on "Today" to defend the plan.',
    "In an interview with Metro Today, the coach said the season was over.",
    "Gulf Today reported the leaked memo.",
    "She told Nordic Today.",
    "USA Today said the plan had failed.",
    "Harbour Today quoted the mayor at length.",
    "In an interview with Harbour Today magazine the mayor defended the budget.",
])
def test_a_programme_or_paper_called_today_is_no_day(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Today, the ministry said prices rose.",
    "Also Today, the army said the road was open.",
    "Kenya today opened the new bridge.",
    "Flood Survivors Rescued Today",
    "HARBOUR DAY Today the gates open at nine.",  # a run-in heading before a clause's opener
    # after a capitalised name, "Today" before a verb that reports nothing is the day
    "President Obama Today signed the bill.",
    "Mayor Berg Today opened the bridge.",
    # a contraction of "is" is no possessive
    "It's Today, the day the bridge opens.",
    "Here's Today's plan for the bridge.",
    "That's Today's news from the port.",
])
def test_the_day_called_today_stays_the_day(text):
    assert [(t, v) for t, v, _ in found(text)] == [(text.split("oday")[0][-1] + "oday", "2011-09-27")]


@pytest.mark.parametrize("text, timex, interval", [
    # written in late September, a plan told in the past for mid-July was this July's, not next
    ("She was rehearsing for the tour, which was due to open in Leeds on 13 July.", "2011-07-13",
     ("2011-07-13", "2011-07-13")),
    ("The fair was scheduled to open on 12 July, but it was called off.", "2011-07-12",
     ("2011-07-12", "2011-07-12")),
    # the nearest such day either way: Thursday is five days back, next Thursday two ahead
    ("The hearing was due to start on Thursday.", "2011-09-29", ("2011-09-29", "2011-09-29")),
    # a plan told in the present still looks ahead
    ("The tour is due to open in Leeds on 13 July.", "2012-07-13", ("2012-07-13", "2012-07-13")),
])
def test_a_plan_told_in_the_past_takes_the_nearest_reading(text, timex, interval):
    assert [(v, i) for _, v, i in found(text)] == [(timex, interval)]


def test_a_plan_told_in_the_past_for_a_weekday_just_gone():
    friday = date(2011, 9, 9)
    assert [v for _, v, _ in found("The case was due to start on Thursday, but the jury took longer.", friday)] == [
        "2011-09-08"]


@pytest.mark.parametrize("reference, timex, interval", [
    # written on a Wednesday, the weekend just gone is as near as the coming one: the earlier
    (date(2009, 5, 6), "2009-W18-WE", ("2009-05-02", "2009-05-03")),
    (date(2009, 5, 7), "2009-W19-WE", ("2009-05-09", "2009-05-10")),
    (date(2009, 5, 10), "2009-W19-WE", ("2009-05-09", "2009-05-10")),
])
def test_a_weekend_beside_a_plan_told_in_the_past_is_the_nearest(reference, timex, interval):
    text = "The champion was due to fly home, after his victory in the final at the weekend."
    assert found(text, reference) == [("the weekend", timex, interval)]


def test_a_tokenised_bracket_opens_a_sentence_whose_tense_is_its_own():
    # the next sentence's "will" is not the tense of a quarter the figures already cover
    text = ("Figures showed that the country is in recession after a fall in output in the first quarter . "
            "-LRB- Ref : X12 -RRB- The report will also examine trade .")
    assert found(text, date(2009, 6, 12)) == [("the first quarter", "2009-Q1", ("2009-01-01", "2009-03-31"))]


@pytest.mark.parametrize("verb", ["sank", "fled", "swept", "shook"])
def test_an_irregular_past_verb_tells_a_past_month(verb):
    # written in early October, the coming March is nearer than the last one: only the past verb
    # makes it the last
    assert found(f"The ferry {verb} in March.", date(2011, 10, 5)) == [
        ("March", "2011-03", ("2011-03-01", "2011-03-31"))]


def test_a_present_verb_leaves_the_nearer_march():
    assert found("The ferry sails in March.", date(2011, 10, 5))[0][1] == "2012-03"


@pytest.mark.parametrize("text, reference, timex", [
    # told in the past, the day after Monday cannot lie after a Monday's writing
    ("The storm struck on Monday. The rescue teams returned the following day.", date(2010, 1, 18), None),
    ("The storm struck on Monday. The rescue teams returned the following day.", date(2010, 1, 19), "2010-01-19"),
    # a plan may run past it
    ("The teams will arrive on Monday and leave the following day.", date(2010, 1, 16), "2010-01-19"),
])
def test_a_past_narrative_chains_no_day_past_the_writing(text, reference, timex):
    assert [(t, v) for t, v, _ in found(text, reference)][1] == ("the following day", timex)


@pytest.mark.parametrize("text, language, quoted, timex", [
    # written on Thursday 29 September, said on Tuesday the 27th
    ("`` Last night we finished the song , '' the singer said on Tuesday .", "en", "Last night", "2011-09-26TNI"),
    ('She said on Tuesday: "Today we open the bridge."', "en", "Today", "2011-09-27"),
    ("“We will vote tomorrow,” the speaker said Tuesday.", "en", "tomorrow", "2011-09-28"),
    ("Hon sa i tisdags: ”I dag öppnar vi bron.”", "sv", "I dag", "2011-09-27"),
])
def test_a_quoted_day_counts_from_the_day_it_was_said(text, language, quoted, timex):
    assert dict((t, v) for t, v, _ in found(text, date(2011, 9, 29), language))[quoted] == timex


@pytest.mark.parametrize("text, quoted", [
    # no day of saying: the day of writing
    ('"Today we open the bridge," she said.', "Today"),
    # not quoted: the writer's own day
    ("She said on Tuesday that today the bridge opens.", "today"),
])
def test_a_day_with_no_day_of_saying_stays_the_writing_day(text, quoted):
    assert dict((t, v) for t, v, _ in found(text))[quoted] == "2011-09-27"


@pytest.mark.parametrize("text, clock", [
    ("The club meets at 10 a.m. weekly.", ("10 a.m.", "XXXX-WXX-XT10:00")),
    ("The club meets at 10 a.m. daily.", ("10 a.m.", "XXXX-XX-XXT10:00")),
])
def test_a_clock_time_of_a_weekly_recurrence_is_weekly(text, clock):
    assert [(t, v) for t, v, _ in found(text)][0] == clock


@pytest.mark.parametrize("text, clock", [
    # a pluperfect episode on a day the text does not name: no day rather than the writing day
    ("The nurse said she had sat with the patient until he slept , before leaving the ward at 11:20 am .",
     ("11:20 am", "XXXX-XX-XXT11:20", None)),
    # a pluperfect's deadline is a time of the day it is told on
    ("Rescuers had found ten survivors by 11:20 am .", ("11:20 am", "2011-09-27T11:20", ("2011-09-27", "2011-09-27"))),
    # no pluperfect ("had" owns a thing here): the writing day, as before
    ("The nurse had lunch at 11:20 am .", ("11:20 am", "2011-09-27T11:20", ("2011-09-27", "2011-09-27"))),
])
def test_a_clock_time_of_a_pluperfect_episode_is_on_no_day(text, clock):
    assert found(text)[-1] == clock


def test_a_week_after_an_undated_happening_is_not_counted_from_a_later_time_once_the_story_has_begun():
    text = ("The envoys met again on Monday after a break.\n\n"
            "The dispute comes just a week after the talks restarted. "
            "The conflict began in February 2003.")
    assert [(t, v) for t, v, _ in found(text, date(2005, 12, 5))] == [
        ("Monday", "2005-12-05"), ("a week", "P1W"), ("February 2003", "2003-02")]

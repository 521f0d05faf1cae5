"""Forward-looking sentences, alternatives and qualifiers, generic "today": issue 13 date classes."""

from datetime import date

import pytest

from timeline import extract

JUNE = date(2021, 6, 14)  # a Monday


def timexes(text, reference, language="en"):
    return [(e.text, e.timex) for e in extract(text, reference, language)]


def test_should_after_a_past_verb_looks_ahead():
    text = "A spokeswoman said the plant should have the new pumps ready in September."
    assert timexes(text, JUNE) == [("September", "2021-09")]
    assert timexes("The mayor said the bridge should reopen in August.", JUNE) == [("August", "2021-08")]


def test_should_have_done_looks_back():
    assert timexes("She said the council should have known in March.", JUNE) == [("March", "2021-03")]
    assert timexes("He said the board should have acted in September.", JUNE) == [("September", "2020-09")]


def placed(text, reference=JUNE, language="en"):
    return [(e.text, e.timex, e.mod, e.interval and (e.interval.start.isoformat(), e.interval.end.isoformat()))
            for e in extract(text, reference, language)]


def test_two_following_years_as_alternatives_are_one_span():
    assert placed("The orchard was planted in 2011 or 2012.") == [
        ("2011 or 2012", "2011/2012", None, ("2011-01-01", "2012-12-31"))]
    assert placed("Fruktträdgården planterades 2011 eller 2012.", language="sv") == [
        ("2011 eller 2012", "2011/2012", None, ("2011-01-01", "2012-12-31"))]
    assert placed("The orchard was planted in 1994 or 2003.")[0][3] is None


def test_after_a_year_is_open():
    assert placed("Rents climbed steadily after 2013, the survey found.") == [("2013", "2013", "AFTER", None)]
    assert placed("Hyrorna steg efter 2013.", language="sv") == [("2013", "2013", "AFTER", None)]


def test_before_a_year_is_open():
    # "who were apprentices before 1961" tells a time before the year, nothing of the year itself
    assert placed("Weavers who were apprentices before 1961 may still know the old looms.") == [
        ("1961", "1961", "BEFORE", None)]
    assert placed("Vävarna lärde sig yrket före 1961.", language="sv") == [("1961", "1961", "BEFORE", None)]


def test_a_part_of_a_hundreds_is_its_century():
    assert placed("The mill was busy in the mid 1800s.") == [
        ("the mid 1800s", "18", "MID", ("1833-05-02", "1866-08-31"))]
    assert placed("The mill was busy in the mid-1980s.")[0][1] == "198"


def test_a_lost_sentence_break_before_a_capitalised_preposition_ends_the_tense_reach():
    from timeline.temporal import load_grammar
    from timeline.temporal.context import Context
    text = "We will need more help from the council On Saturday , a tremor shook the old town ."
    start = text.index("Saturday")
    ctx = Context(text, start, start + len("Saturday"), date(2010, 1, 17), load_grammar("en"))
    assert ctx.tense == "past"
    text = "We will need more help from the council on Saturday , the mayor said ."
    ctx = Context(text, start, start + len("Saturday"), date(2010, 1, 17), load_grammar("en"))
    assert ctx.tense == "future"


def test_a_next_day_chained_past_the_page_in_a_sentence_not_looking_ahead_is_unplaced():
    sat = date(2010, 1, 16)
    text = "Families hope the teams will return tomorrow. But as the sun rises the following day , the teams do not return ."
    found = {e.text: e for e in extract(text, sat)}
    assert found["tomorrow"].interval.start == date(2010, 1, 17)
    assert found["the following day"].interval is None
    text = "The fair opens on Monday. The next day, the mayor will cut the ribbon."
    found = {e.text: e for e in extract(text, sat)}
    assert found["The next day"].interval.start == date(2010, 1, 19)


def test_today_of_an_era_is_no_day():
    may = date(2009, 5, 2)
    assert timexes("Critics blame today's globalised toy trade for the shortages.", may) == []
    assert timexes("He wrote that what's happening today in the league is shameful.", may) == []
    assert timexes("Today's match was postponed.", may) == [("Today", "2009-05-02")]


def test_a_weekday_apposed_to_a_holiday_is_that_holiday():
    fri = date(2006, 12, 29)
    text = "The ferry company said sailings stop at 9:00 am Monday, New Year's Day, because of the strike."
    assert timexes(text, fri) == [("9:00 am Monday", "2007-01-01T09:00"), ("New Year's Day", "2007-01-01")]
    text = "Sailings stop at 9:00 am (0800 GMT) Monday, New Year's Day, the company said."
    assert timexes(text, fri) == [("9:00 am", "2007-01-01T09:00"), ("Monday", "2007-01-01"),
                                  ("New Year's Day", "2007-01-01")]


@pytest.mark.parametrize("text", [
    "The briefing to be held Friday (May 8, 2009) at 10:30 a.m. will be open to reporters.",
    "The briefing to be held Friday -LRB- May 8 , 2009 -RRB- at 10:30 a.m. will be open to reporters.",
])
def test_a_weekday_with_its_date_in_brackets_is_that_date(text):
    """A release written on Tuesday 5 May names the coming Friday and its date beside it."""
    found = dict(timexes(text, date(2009, 5, 5)))
    assert found["Friday"] == "2009-05-08"
    assert found["10:30 a.m."] == "2009-05-08T10:30"


def test_a_clock_time_in_us_eastern_time_is_on_the_date_after_it():
    text = "You can join the call at 10:30 a.m. ET on May 8, 2009 by dialing the number."
    assert timexes(text, date(2009, 5, 5)) == [("10:30 a.m. ET on May 8, 2009", "2009-05-08T10:30")]


@pytest.mark.parametrize("text", [
    "Inmates were to mark the anniversary by staging a play for invited members of the public on Saturday.",
    "The choir will sing for invited guests on Saturday.",
])
def test_a_participle_before_its_noun_is_no_past_verb(text):
    """"for invited guests" describes the guests: the sentence still looks ahead (written on a Friday)."""
    assert timexes(text, date(2010, 6, 25)) == [("Saturday", "2010-06-26")]


def test_a_possibility_in_a_month_lies_ahead():
    dec = date(2006, 12, 15)
    assert timexes("The club grows, with a third member possible in March.", dec) == [("March", "2007-03")]
    assert timexes("Travel was possible in March before the borders closed.", dec) == [("March", "2006-03")]


def test_a_time_one_is_coming_to_lies_ahead():
    june = date(2009, 6, 2)
    text = "Our worry, as we come to the busy season in the winter, is that the wards are already full."
    assert timexes(text, june) == [("the winter", "2009-WI")]
    assert timexes("Heading into the weekend, shares fell on Friday.", june)[0][1] == "2009-W22-WE"


def test_should_of_an_obligation_does_not_look_ahead():
    """'should resign over Monday's vote' names a duty, not a time ahead: Monday is the past one."""
    assert timexes("Critics said he should resign over Monday's vote.", date(2021, 6, 16)) == [("Monday", "2021-06-14")]
    assert timexes("He said the minister should apologise for Friday's remarks.", date(2021, 6, 16)) == \
        [("Friday", "2021-06-11")]


def test_a_list_of_dates_on_one_weekday_keeps_each_date():
    assert timexes("Meetings are scheduled for May 4, May 11 and May 18.", date(2021, 4, 20)) == \
        [("May 4", "2021-05-04"), ("May 11", "2021-05-11"), ("May 18", "2021-05-18")]


def test_a_fiscal_year_ending_in_a_month_is_the_twelve_months_to_it():
    # written in May 2014: the fiscal year ending in March is April 2013 to March 2014, not March
    assert placed("For the fiscal year ending in March, the bakery chain's sales rose.",
                  reference=date(2014, 5, 2)) == [
        ("March", "2013-04/2014-03", None, ("2013-04-01", "2014-03-31"))]
    assert placed("Profit fell in the financial year to June 2012.", reference=date(2014, 5, 2))[0][1] == "2011-07/2012-06"
    # a year ending on a written day keeps its day
    assert placed("Sales rose in the fiscal year ended Sept. 30.", reference=date(2014, 5, 2))[0][1] == "2013-09-30"

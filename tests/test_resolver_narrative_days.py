"""Resolver classes that misdated real folders of news, round 2 (issue 13): rounding of "almost N
years ago", days said in a quote, year-less dates told of a past plan, anaphora after a year or a
range, a time of day in a story told later. Own sentences, exact timex and interval; a reading that
cannot be trusted is left unplaced (interval None)."""

from datetime import date

import pytest

from timeline import extract


def found(text, reference, language="en"):
    return {e.text: e for e in extract(text, reference, language)}


def year(y):
    return (date(y, 1, 1), date(y, 12, 31))


def interval(e):
    return None if e.interval is None else (e.interval.start, e.interval.end)


@pytest.mark.parametrize("text, reference, language, span, timex, placed", [
    # a few months short of the day N years back: that day's year when the months stay in it
    ("The mill shut almost four years ago.", date(2010, 1, 15), "en", "almost four years ago", "2006",
     year(2006)),
    ("The mill shut nearly two years ago.", date(2010, 6, 15), "en", "nearly two years ago", "2008",
     year(2008)),
    # said in November, the months short of November four years back run into the next year
    ("The mill shut almost four years ago.", date(2010, 11, 20), "en", "almost four years ago", "2006",
     None),
    ("The mill shut nearly five years ago.", date(2010, 12, 5), "en", "nearly five years ago", "2005",
     None),
    ("Bruket stängde för nästan fyra år sedan.", date(2010, 2, 15), "sv", "för nästan fyra år sedan",
     "2006", year(2006)),
    ("Bruket stängde för nästan fyra år sedan.", date(2010, 11, 20), "sv", "för nästan fyra år sedan",
     "2006", None),
    # "drygt" is "more than": said in January, the year before the day N years back
    ("Bruket stängde för drygt fyra år sedan.", date(2010, 1, 20), "sv", "för drygt fyra år sedan",
     "2005", year(2005)),
])
def test_almost_years_ago(text, reference, language, span, timex, placed):
    e = found(text, reference, language)[span]
    assert (e.timex, interval(e)) == (timex, placed)


@pytest.mark.parametrize("text, span, placed", [
    # a month counted from a year, or a year back from a range of years, is no one month or year
    ("Exports rose 8 percent in May from a year earlier, after a 3 percent rise in the previous month.",
     "the previous month", None),
    ("The bakery opened in 2004. The next month the owners hired a second baker.", "The next month", None),
    ("The bakery opened in 2004. That month the owners hired a second baker.", "That month", None),
    ("Claims rose to 700 in 2006-2007 from 450 in 2005-2006. Appeals also rose from the previous year.",
     "the previous year", None),
    # from a month or a day, and forward from a range, it still counts
    ("The bakery opened in June 2004. The next month the owners hired a second baker.", "The next month",
     (date(2004, 7, 1), date(2004, 7, 31))),
    ("The bakery opened in 2004. The previous year the owners had sold a farm.", "The previous year",
     year(2003)),
    ("The mill ran in 1995-97. A year later it was sold.", "A year later", year(1998)),
])
def test_anaphora_counted_from_a_year_or_a_range(text, span, placed):
    assert interval(found(text, date(2010, 4, 10))[span]) == placed


@pytest.mark.parametrize("text, span, timex", [
    # a plan told in the past, in a story whose time names its year: that year's day
    ("The ferry sank on 3 May 2008. Its new route had been due to open on 20 June.", "20 June", "2008-06-20"),
    ("The ferry sank on 3 May 2008. That day the crew had been scheduled to rest. The new route was due to "
     "open on 20 June.", "20 June", "2008-06-20"),
    ("In 2007 the band recorded an album. Its tour was scheduled to begin in November.", "November", "2007-11"),
    # a story of the writing days, or no story: the year nearest the writing day
    ("The ferry sank last week. Its new route had been due to open on 20 June.", "20 June", "2010-06-20"),
    ("Its new route had been due to open on 20 June.", "20 June", "2010-06-20"),
    # not a plan: the tense decides as before
    ("The ferry sank on 3 May 2008. Its new route will open on 20 June.", "20 June", "2011-06-20"),
])
def test_a_plan_told_in_the_past_lies_in_the_narrative_year(text, span, timex):
    assert found(text, date(2010, 9, 27))[span].timex == timex


TUE, THU = "2010-01-19", "2010-01-21"


@pytest.mark.parametrize("text, language, span, timex", [
    # a quote running over two sentences: its frame, before or after it, names the day it was said
    ('The mayor said on Tuesday: "We are proud. Today we opened the bridge."', "en", "Today", TUE),
    ('"We are proud. Today we opened the bridge," the mayor said on Tuesday.', "en", "Today", TUE),
    ("The mayor said on Tuesday : `` We are proud .\nToday we opened the bridge . ''\nShe left .", "en",
     "Today", TUE),
    ("Borgmästaren sade i tisdags: ”Vi är stolta. I dag öppnade vi bron.”", "sv", "I dag", TUE),
    # an adverb of the day's time between the verb and the day
    ('"Today we opened the bridge," the mayor said earlier Tuesday.', "en", "Today", TUE),
    ('"Today we opened the bridge," the mayor said late on Tuesday.', "en", "Today", TUE),
    ("”I dag öppnade vi bron”, borgmästaren sade sent i tisdags.", "sv", "I dag", TUE),
    # another quote's frame, or a day that is no telling's, leaves it on the writing day
    ('"We won," he said on Tuesday. "We are proud. Today we feel safer," the mayor said.', "en", "Today", THU),
    ('Police made arrests on Tuesday. "We are proud. Today we feel safer," the mayor said.', "en", "Today",
     THU),
    ('"Today we opened the bridge," the mayor said of the vote on Tuesday.', "en", "Today", THU),
])
def test_a_quote_told_on_the_day_its_frame_names(text, language, span, timex):
    assert found(text, date(2010, 1, 21), language)[span].timex == timex

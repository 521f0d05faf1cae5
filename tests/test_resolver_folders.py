"""Resolver classes that misdated real folders of news (issue 13): each with its own sentences,
exact timex and interval; a reading that cannot be trusted is left unplaced (interval None)."""

from datetime import date

import pytest

from timeline import extract

THU = date(2010, 1, 21)  # a Thursday in January
FRI = date(2011, 9, 30)  # a Friday


def found(text, reference=THU, language="en"):
    return {e.text: e for e in extract(text, reference, language)}


def days(a, b):
    return (date.fromisoformat(a), date.fromisoformat(b))


@pytest.mark.parametrize("text, span, timex, interval", [
    # "the past year" is the twelve months before the writing day, across two calendar years
    ("Prices have doubled over the past year.", "past year", "2009", None),
    ("In the past year the club lost twice.", "past year", "2009", None),
    ("Sales fell last year.", "last year", "2009", days("2009-01-01", "2009-12-31")),
    ("Output may shrink 2 percent over the next year.", "the next year", "2011", None),
    ("Output will shrink next year.", "next year", "2011", days("2011-01-01", "2011-12-31")),
    # a two-digit year after an apostrophe
    ("Growth should return in the second quarter of '10.", "the second quarter of '10", "2010-Q2",
     days("2010-04-01", "2010-06-30")),
    ("Orders slowed in the fourth quarter of ’08.", "the fourth quarter of ’08", "2008-Q4",
     days("2008-10-01", "2008-12-31")),
    # a side of a holiday is days around it, not the holiday
    ("Shops reported brisk post-Christmas sales.", "post-Christmas", "2009-12-25", None),
    ("The pre-Christmas rush was thin.", "pre-Christmas", "2009-12-25", None),
    ("They met on Christmas.", "Christmas", "2009-12-25", days("2009-12-25", "2009-12-25")),
    # "more than N years ago": the calendar year on the bound's side when the day N years back lies
    # near a year's end; else unplaced
    ("The flood struck more than three years ago.", "more than three years ago", "2006",
     days("2006-01-01", "2006-12-31")),
    ("The bridge opened almost two years ago.", "almost two years ago", "2008", days("2008-01-01", "2008-12-31")),
    ("Seven years ago the firm was founded.", "Seven years ago", "2003", days("2003-01-01", "2003-12-31")),
])
def test_placed_or_left_unplaced(text, span, timex, interval):
    e = found(text)[span]
    assert (e.timex, e.interval) == (timex, interval)


def test_more_than_years_ago_mid_year_is_unplaced():
    e = found("The flood struck more than three years ago.", date(2010, 6, 15))["more than three years ago"]
    assert (e.timex, e.mod, e.interval) == ("2007", "MORE_THAN", None)


@pytest.mark.parametrize("text, span, timex", [
    ("There was a threefold increase in orders in a week, and the board would meet.", "a week", "P1W"),
    ("Shares gained 8 percent in two days, and more could follow.", "two days", "P2D"),
    ("Nobody can say where the team will be in a week, a month or a year.", "a week", "P1W"),
])
def test_amount_of_a_change_or_a_list_is_a_duration(text, span, timex):
    e = found(text)[span]
    assert (e.type, e.timex, e.interval) == ("DURATION", timex, None)


def test_in_a_week_ahead_stays_a_date():
    e = found("The minister will return in a week.")["a week"]
    assert (e.type, e.timex, e.interval) == ("DATE", "2010-W04", days("2010-01-25", "2010-01-31"))


@pytest.mark.parametrize("text, reference, span, timex, interval", [
    # counted from a year, an amount of months lands on no one month
    ("The book came out four months after the author's death in 2007.", THU, "four months", "P4M", None),
    ("The bridge reopened three days after the May 4 storm.", THU, "three days after", "2009-05-07",
     days("2009-05-07", "2009-05-07")),
    ("He resigned a year after the 2004 election.", THU, "a year after", "2005", days("2005-01-01", "2005-12-31")),
])
def test_an_amount_counted_from_a_longer_time(text, reference, span, timex, interval):
    e = found(text, reference)[span]
    assert (e.timex, e.interval) == (timex, interval)


@pytest.mark.parametrize("text, reference, timex, interval", [
    # preparations for a weekday's happening: the coming one
    ("Final preparations are under way for Saturday's charity match in the park.", FRI, "2011-10-01",
     days("2011-10-01", "2011-10-01")),
    ("Crowds cheered at Saturday's charity match in the park.", FRI, "2011-09-24", days("2011-09-24", "2011-09-24")),
    # a counterfactual weekday may be the last one or the coming one: unplaced
    ("Without the detour we'd have reached the coast on Saturday, the driver said.", FRI, "XXXX-WXX-6", None),
    ("The side would have won on Saturday but for the rain.", FRI, "XXXX-WXX-6", None),
    ("The side won on Saturday despite the rain.", FRI, "2011-09-24", days("2011-09-24", "2011-09-24")),
])
def test_weekday_ahead_or_open(text, reference, timex, interval):
    e = found(text, reference)["Saturday"]
    assert (e.timex, e.interval) == (timex, interval)


@pytest.mark.parametrize("text, reference, timex, placed", [
    # "last Tuesday's" later in the same week may be that week's Tuesday or the one before: unplaced
    ("Hundreds died in last Tuesday's landslide.", date(2010, 1, 22), "2010-01-19", False),
    ("Hundreds died in last Tuesday 's landslide.", date(2010, 1, 24), "2010-01-19", False),
    # from the next week on, the latest Tuesday
    ("Hundreds died in last Tuesday's landslide.", date(2010, 1, 25), "2010-01-19", True),
    ("The fair opened last Tuesday.", date(2010, 1, 22), "2010-01-19", True),
])
def test_last_weekday_of_a_happening(text, reference, timex, placed):
    e = next(e for e in extract(text, reference, "en") if e.text == "last Tuesday")
    assert (e.timex, e.interval) == (timex, days(timex, timex) if placed else None)


@pytest.mark.parametrize("text, years", [
    # a year inside a name dates nothing
    ("Fans bought scarves for the Harbour Games 2014 on the quay.", []),
    ("The rules come from the Fisheries Act 1994, officials said.", []),
    ("The Expo 2015 pavilion was crowded.", []),
    # a time's own word, a preposition or a sentence's start before it: a year
    ("Sales rose in March 2009 and in 2008.", ["March 2009", "2008"]),
    ("He asked: Will 2011 be better?", ["2011"]),
    # a one-word name right after "at" or "after" dates the happening it names
    ("She won her first medal at Sydney 2000 and retired after Athens 2004.", ["2000", "2004"]),
])
def test_year_in_a_name(text, years):
    assert [e.text for e in extract(text, THU, "en")] == years


@pytest.mark.parametrize("text, reference, language, timex, interval", [
    # "the coming week" is the seven days after the writing day: written on a Monday, this week
    ("Talks go on during the coming week.", date(2005, 12, 5), "en", "2005-W49", days("2005-12-05", "2005-12-11")),
    ("Talks go on during the coming week.", date(2005, 12, 4), "en", "2005-W49", days("2005-12-05", "2005-12-11")),
    ("Talks go on during the coming week.", date(2005, 12, 7), "en", "2005-W50", days("2005-12-12", "2005-12-18")),
    ("Samtalen fortsätter under den kommande veckan.", date(2005, 12, 5), "sv", "2005-W49",
     days("2005-12-05", "2005-12-11")),
    ("Samtalen fortsätter under den kommande veckan.", date(2005, 12, 8), "sv", "2005-W50",
     days("2005-12-12", "2005-12-18")),
])
def test_the_coming_week(text, reference, language, timex, interval):
    e = next(e for e in extract(text, reference, language) if "week" in e.text or "veckan" in e.text)
    assert (e.timex, e.interval) == (timex, interval)


def test_next_week_on_a_monday_is_the_week_after():
    e = found("Talks resume next week.", date(2005, 12, 5))["next week"]
    assert (e.timex, e.interval) == ("2005-W50", days("2005-12-12", "2005-12-18"))


@pytest.mark.parametrize("text, timex, interval", [
    # a season a recurring present names is any year's
    ("Colds peak in the winter season in northern towns.", "XXXX-WI", None),
    ("Midges tend to swarm in the summer near lakes.", "XXXX-SU", None),
    # a season a past sentence names is placed
    ("Colds peaked in the winter.", "2009-WI", days("2009-12-01", "2010-02-28")),
])
def test_recurring_season(text, timex, interval):
    e = next(e for e in extract(text, THU, "en") if e.type == "DATE")
    assert (e.timex, e.interval) == (timex, interval)


@pytest.mark.parametrize("text, day", [
    # a noun "due on <day>" and "gearing up for" / "are preparing for" look forward (THU is a Thursday)
    ("The envoy referred to the council vote due on Monday, when members will decide.", "2010-01-25"),
    ("Fans are gearing up for the final on Saturday.", "2010-01-23"),
    ("Crews are preparing for the launch on Tuesday.", "2010-01-26"),
    # told in the past, the same weekday is the last one
    ("Crews prepared for the launch on Tuesday.", "2010-01-19"),
])
def test_a_weekday_a_sentence_looks_forward_to(text, day):
    (expression,) = extract(text, THU, "en")
    assert expression.timex == day

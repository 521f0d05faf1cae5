"""Expressions a sentence looks ahead to, and names and spans that are not the calendar unit they hold:
the present of a scheduled act ("the fair opens on Friday"), "could be delivered in October" said in
June, a quote's tense ending at tokenised closing quotes, "over the next week", "the last week
before the vote", a quoted programme title, a club named after a weekday."""

from datetime import date

import pytest

from timeline import extract

THU = date(2021, 6, 17)  # a Thursday in June
SAT = date(2021, 6, 19)


def values(text, reference, language="en"):
    return [(e.text, e.timex, e.interval and (e.interval.start.isoformat(), e.interval.end.isoformat()))
            for e in extract(text, reference, language)]


@pytest.mark.parametrize("text, reference, expected", [
    # the present of a scheduled act points ahead; a past verb nearer still wins
    ("The new ferry timetable takes effect on Monday.", THU, ("Monday", "2021-06-21")),
    ("The first letters go out on Friday to every school.", THU, ("Friday", "2021-06-18")),
    ("The flower fair opens on Tuesday in the old market.", SAT, ("Tuesday", "2021-06-22")),
    # but a story told in the present is not a schedule
    ("She begins the letter, written on Tuesday, with a joke.", SAT, ("Tuesday", "2021-06-15")),
    ("The flower fair opened on Tuesday in the old market.", SAT, ("Tuesday", "2021-06-15")),
    ("The club says it closed the ground, which reopens on Tuesday after repairs, on Monday.", SAT,
     ("Tuesday", "2021-06-22")),
    # hoping that / hoping to look ahead, a hope for something does not date what follows
    ("The mayor is hoping we can open the bridge on Wednesday.", SAT, ("Wednesday", "2021-06-23")),
    ("See you after the weekend.", THU, ("the weekend", "2021-W24-WE")),
])
def test_scheduled_present_and_hopes_look_ahead(text, reference, expected):
    span, timex = expected
    found = [(t, x) for t, x, _ in values(text, reference)]
    assert (span, timex) in found


def test_could_be_given_leaves_the_tense_open():
    said_in_june = "The first doses could be delivered in October, the ministry said."
    assert values(said_in_june, THU)[0] == ("October", "2021-10", ("2021-10-01", "2021-10-31"))
    # a past verb alone still puts an October said in June in the year before
    assert values("The first doses were delivered in October.", THU)[0][1] == "2020-10"
    # and a bare weekday after "could be" keeps the news default: the latest one
    assert values("The missing hiker could be spotted on Tuesday from the ridge.", SAT)[0][1] == "2021-06-15"


def test_a_tokenised_quote_ends_its_tense_at_the_closing_quotes():
    text = ("The professor 's warning : `` We are getting ready for a harder season in Autumn '' The council "
            "closed two schools after a pupil fell ill .")
    assert ("Autumn", "2021-FA", ("2021-09-01", "2021-11-30")) in values(text, THU)


def test_over_the_next_week_is_a_span_not_the_calendar_week():
    found = values("Over the next week the engineers will inspect every bridge.", THU)
    assert found == [("the next week", "P1W", None)]
    # "the next week" of a narrative stays the week after the time before it
    found = values("The storm hit in March 2019. The next week the roads reopened.", THU)
    assert found[-1] == ("The next week", "2019-W10", ("2019-03-04", "2019-03-10"))
    # "the coming week" keeps its calendar reading
    assert values("Inspectors will visit in the coming week.", SAT)[0][1] == "2021-W25"


def test_the_last_week_before_another_time_is_not_last_week():
    found = values("Fares rose during the last week before the timetable change, the office said.", THU)
    assert found == []
    assert values("Fares rose last week, before the change.", THU)[0][1] == "2021-W23"


@pytest.mark.parametrize("text", [
    'She spoke on the radio station\'s "This Week" programme about the harbour plan.',
    "He told the `` Today '' show that the harbour plan was ready .",
    "He once played for Sheffield Wednesday before moving abroad.",
    "He watched the Sheffield Wednesday-Leeds game from the stand.",
])
def test_names_holding_time_words_are_not_dates(text):
    assert values(text, THU) == []


def test_a_weekday_outside_a_name_still_resolves():
    # a fixture told in the present is the coming one
    assert values("Sheffield Wednesday play at home on Wednesday.", SAT)[-1][:2] == ("Wednesday", "2021-06-23")

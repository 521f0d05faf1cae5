"""A past narrative going on through the seasons of a far year: once a month or season is placed
in a year long before the writing, a bare month or season of the next past sentence goes on in it."""

from datetime import date

from timeline import extract

REFERENCE = date(2016, 5, 9)


def timexes(text):
    return [(e.text, e.timex) for e in extract(text, REFERENCE, "en")]


def test_a_far_years_story_goes_on_through_its_seasons():
    found = timexes("Historians say the 1957 outbreak began quietly among dock workers in the spring . "
                    "It faded over the summer , but spread through the schools in October .")
    assert ("the spring", "1957-SP") in found
    assert ("the summer", "1957-SU") in found
    assert ("October", "1957-10") in found


def test_a_month_earlier_in_the_calendar_is_left_unplaced_and_a_telling_keeps_its_year():
    found = timexes("The 1957 outbreak peaked in the autumn . It came back in February , doctors recalled .")
    assert ("February", "XXXX-02") in found
    # a telling and a story after a background fact keep their own year
    found = timexes("The 1957 outbreak began in the spring . The ministry said in March that it had studied the records .")
    assert ("March", "2016-03") in found
    found = timexes("Founded in June 1990 , the bakery lost half its staff in April .")
    assert ("April", "2016-04") in found
    # a baseline month carries no narrative on
    found = timexes("Prices had their sharpest fall since September 1990 in March , when they fell from February .")
    assert ("March", "2016-03") in found and ("February", "2016-02") in found

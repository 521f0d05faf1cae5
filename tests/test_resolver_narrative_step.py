"""A step of the narrative ("the next day", "three years later") counts from a told time: not from
a plan told in the past, nor (for weeks, months, years) on from a time told after it."""

from datetime import date

from timeline import extract

TUE = date(2017, 5, 2)


def timexes(text):
    return [(e.text, e.timex) for e in extract(text, TUE, "en")]


def test_a_past_plan_is_no_anchor_of_the_night_before():
    text = ("It was a cold grey morning in Leeds on 3 March , 2015 . The mill owner Harold Finch died that day . "
            "He had been building a museum , which was due to open in York on 20 April . "
            "The night before his death , he worked until after midnight . "
            "The next day , shortly after noon , he was found in his study .")
    got = timexes(text)
    assert ("The night before", "2015-03-02TNI") in got
    assert ("The next day", "2015-03-03") in got
    # a plan that is the only time within reach still anchors
    text = "The ferry was scheduled to sail on 9 June 2016 . The next day the harbour closed for repairs ."
    assert ("The next day", "2016-06-10") in timexes(text)


def test_years_later_are_not_counted_on_from_a_later_year():
    text = ("Raised by an aunt , Mr Tolley enrolled at a small college in Ohio . "
            "He graduated three years later with a degree in chemistry . In 1994 , he opened his own bakery .")
    got = timexes(text)
    assert ("three years later", "1997") not in got
    assert ("1994", "1994") in got
    # an earlier year within reach is still counted from
    text = "In 1988 , Mr Tolley enrolled at a small college in Ohio . He graduated three years later ."
    assert ("three years later", "1991") in timexes(text)

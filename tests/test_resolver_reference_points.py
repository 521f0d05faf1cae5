"""Times read from the wrong reference point (issue 13): a shift against a plan read as a year, a limit
of a pluperfect read ahead, "later on Tuesday" read as the coming Tuesday, the open side before a day
read as that day. Invented text."""

from datetime import date

import pytest

from timeline import extract


def found(text, reference, language="en"):
    return [(e.text, e.timex, None if e.interval is None else (e.interval.start.isoformat(),
                                                               e.interval.end.isoformat()))
            for e in extract(text, reference, language)]


def day(iso):
    return (iso, iso)


# Saturday 13 March 2021
SAT = date(2021, 3, 13)
# Wednesday 17 March 2021
WED = date(2021, 3, 17)


@pytest.mark.parametrize("text, shift", [
    ("The club said on Friday it would leave the league one year earlier than planned.", "one year earlier"),
    ("The board will repay the loan by next year, a year earlier than was originally agreed.", "a year earlier"),
    ("Work on the bridge began in May 2019; it opened two months later than expected.", "two months later"),
])
def test_a_shift_against_a_plan_is_a_length_not_a_date(text, shift):
    readings = {t: (timex, interval) for t, timex, interval in found(text, WED)}
    timex, interval = readings[shift]
    assert timex.startswith("P") and interval is None
    # no plan compared: the count is from the day told before it
    assert found("The mill closed in 2015. Two years later, it reopened as a school.", WED)[1] == \
        ("Two years later", "2017", ("2017-01-01", "2017-12-31"))


def test_a_shift_against_a_plan_in_swedish_is_a_length_not_a_date():
    readings = {t: (timex, interval) for t, timex, interval in
                found("Klubben meddelade i fredags att den lämnar ligan ett år tidigare än planerat.", WED, "sv")}
    assert readings["ett år tidigare"] == ("P1Y", None)


@pytest.mark.parametrize("text", [
    "The ministry had insisted until late on Thursday that the water was safe to drink.",
    "The council had said until Thursday that the bridge was sound.",
])
def test_a_limit_of_a_pluperfect_is_past(text):
    assert found(text, SAT) == [("Thursday", "2021-03-11", day("2021-03-11"))]
    # a limit ahead stays ahead
    for ahead in ("The library will stay closed until late on Thursday.",
                  "He had said the museum would stay shut until Thursday."):
        assert found(ahead, SAT) == [("Thursday", "2021-03-18", day("2021-03-18"))]


@pytest.mark.parametrize("text, weekday, expected", [
    # written on the Wednesday: the Tuesday just past, though the clause looks ahead
    ("The doctors said it was hoped that the climber could go home later on Tuesday.", "Tuesday", "2021-03-16"),
    ("The mayor was to open the fair later Tuesday.", "Tuesday", "2021-03-16"),
])
def test_a_weekday_of_the_telling_is_never_ahead(text, weekday, expected):
    assert found(text, WED) == [(weekday, expected, day(expected))]
    # written on the Monday, the coming Tuesday: the telling's day is the publish day or the one before it
    monday = date(2021, 3, 15)
    for ahead in ("The talks will continue later on Tuesday.", "The minister will speak later Tuesday."):
        assert found(ahead, monday) == [("Tuesday", "2021-03-16", day("2021-03-16"))], ahead


@pytest.mark.parametrize("text, weekday", [
    ("Prior to Thursday , Norland was the only country in the region with a case.", "Thursday"),
    ("The old roads that existed before Tuesday were already too narrow.", "Tuesday"),
])
def test_the_open_side_before_a_day_dates_nothing(text, weekday):
    assert found(text, SAT) == [(weekday, found(weekday, SAT)[0][1], None)]
    # a day's event, a count back from the day, one of two days: the day itself
    for other, day_word in (("The parties met before Tuesday's vote.", "Tuesday"),
                            ("Results are not expected before Monday or Tuesday.", "Monday"),
                            ("The talks ended two days before Tuesday.", "Tuesday")):
        readings = found(other, SAT)
        assert day_word in [t for t, _, _ in readings]
        assert all(interval is not None for t, _, interval in readings if t == day_word)




# Monday 12 December 2005
MON = date(2005, 12, 12)


def test_a_bare_day_of_the_narrative_takes_the_year_the_text_names_for_it():
    text = ("The guards, acting from November 20 to November 21, 1991 at the camp, held 90 villagers, the judge "
            "said on Monday.\n\nThe villagers were kept in a barn. The siege started on November 20 and ended "
            "early the next day.")
    readings = found(text, MON)
    assert readings[3] == ("November 20", "1991-11-20", day("1991-11-20"))
    assert readings[4] == ("the next day", "1991-11-21", day("1991-11-21"))
    # a return of the day is this year's; a day the text names with two years is left as it was
    for other in ("The bridge fell on November 20, 1991. Crowds marked the anniversary on November 20 with a march.",
                  "The bridge fell on November 20, 1991 and the dam on November 20, 1993. Both were rebuilt "
                  "after the storm on November 20."):
        assert found(other, MON)[-1] == ("November 20", "2005-11-20", day("2005-11-20"))
    # a day told as a birthday is this year's (review G)
    born = "Lund was born on November 20, 1941. He died at home on November 20, his 64th birthday."
    assert found(born, MON)[-1] == ("November 20", "2005-11-20", day("2005-11-20"))


def test_a_deadline_one_had_stays_ahead():
    # "had" as the verb: the limit is a deadline ahead
    assert found("The builders had until Thursday to finish the roof.", SAT) == \
        [("Thursday", "2021-03-18", day("2021-03-18"))]
    # a later year named for the day is a plan's: a past day never moves later
    text = "His term ends on November 20, 2007. He said on November 20 that he was tired."
    assert found(text, MON)[1] == ("November 20", "2005-11-20", day("2005-11-20"))

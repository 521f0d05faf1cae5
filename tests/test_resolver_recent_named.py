"""Days of the news's own weeks, on invented text: a bare day of the last fortnight stays this year's
though an older year is named for the same month and day (review G H2), while a far one still takes the
named year."""

from datetime import date

import pytest

from timeline import extract


def timexes(text, reference, language="en"):
    return [e.timex for e in extract(text, reference, language)]


@pytest.mark.parametrize("text, reference, expected", [
    ("The gauge hit a peak on September 15, 2019. It dropped 2 percent on September 15 after the board met.",
     date(2022, 9, 20), "2022-09-15"),
    ("The mill first ran on December 1, 2018. A flood stopped it on December 1, the owners said.",
     date(2022, 12, 10), "2022-12-01"),
    ("Mätaren nådde en topp den 15 september 2019. Den föll två procent den 15 september efter mötet.",
     date(2022, 9, 20), "2022-09-15"),
])
def test_a_day_of_the_last_fortnight_stays_the_news_own(text, reference, expected):
    language = "sv" if "den 15" in text else "en"
    assert timexes(text, reference, language)[1] == expected


def test_a_far_day_still_takes_its_named_year():
    text = ("Guards held the camp from March 3 to March 4, 1994 on the hill. "
            "The siege began on March 3 and ended early the next day.")
    assert timexes(text, date(2022, 3, 30))[2:] == ["1994-03-03", "1994-03-04"]



def test_the_writing_day_named_with_a_year_elsewhere_is_that_year():
    text = "Speakers did not mourn the 9th of May at the rally. On May 9, 1961 the old council was dissolved."
    assert timexes(text, date(2022, 5, 9))[0] == "1961-05-09"

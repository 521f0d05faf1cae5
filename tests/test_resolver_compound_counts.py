"""A count of years spelled in several words before "ago" / "sedan" is read whole, or left with only
its side known: no part of it ("fifty years ago" out of "six hundred and fifty years ago") is a year."""

from datetime import date

import pytest

from timeline import extract

JUN = date(2009, 6, 20)


def values(text, language="en"):
    return [(e.text, e.timex, e.interval and (e.interval.start.isoformat(), e.interval.end.isoformat()))
            for e in extract(text, JUN, language)]


@pytest.mark.parametrize("text, language, expected", [
    ("The well was dug three hundred fifty years ago.", "en",
     ("three hundred fifty years ago", "1659", ("1659-01-01", "1659-12-31"))),
    ("The wall went up two thousand five hundred years ago.", "en",
     ("two thousand five hundred years ago", "PAST_REF", None)),
    ("The mill was built six hundred and fifty years ago.", "en",
     ("six hundred and fifty years ago", "PAST_REF", None)),
    ("The oak was planted one hundred and twenty years ago.", "en",
     ("one hundred and twenty years ago", "PAST_REF", None)),
    ("Brunnen grävdes för tre hundra femtio år sedan.", "sv",
     ("för tre hundra femtio år sedan", "1659", ("1659-01-01", "1659-12-31"))),
    ("Muren restes för två tusen fem hundra år sedan.", "sv", ("år sedan", "PAST_REF", None)),
    ("Kvarnen byggdes för sexhundra och femtio år sedan.", "sv",
     ("för sexhundra och femtio år sedan", "PAST_REF", None)),
    # a plain count stays a year
    ("The mill was built six hundred years ago.", "en",
     ("six hundred years ago", "1409", ("1409-01-01", "1409-12-31"))),
])
def test_a_spelled_compound_count_of_years_ago(text, language, expected):
    assert values(text, language) == [expected]

"""A bare "start"/"begin" after "a" and one word is a noun ("a slow start in January"): no scheduled
act, so the month keeps its past pick; the verb of a plural subject still looks ahead."""

from datetime import date

import pytest

from timeline import extract

JUN = date(2009, 6, 20)


def values(text, language="en"):
    return [(e.text, e.timex, e.interval and (e.interval.start.isoformat(), e.interval.end.isoformat()))
            for e in extract(text, JUN, language)]


@pytest.mark.parametrize("text, expected", [
    ("Car sales got off to a slow start in January.", ("January", "2009-01", ("2009-01-01", "2009-01-31"))),
    ("The club made a fresh start in March under a new coach.", ("March", "2009-03", ("2009-03-01", "2009-03-31"))),
    ("Exports had an uneven start in February.", ("February", "2009-02", ("2009-02-01", "2009-02-28"))),
    # the verb still looks ahead
    ("The new ferry routes start in January.", ("January", "2010-01", ("2010-01-01", "2010-01-31"))),
    ("Their two new ferries start in March.", ("March", "2010-03", ("2010-03-01", "2010-03-31"))),
    ("Ekonomin fick en trög start i januari.", None),
])
def test_a_start_after_an_article_and_a_word_is_a_noun(text, expected):
    if expected is None:  # Swedish "start" is a noun only: the month keeps its past pick
        assert values(text, "sv") == [("januari", "2009-01", ("2009-01-01", "2009-01-31"))]
    else:
        assert values(text) == [expected]

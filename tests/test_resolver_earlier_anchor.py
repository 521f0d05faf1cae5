"""A count of days forward ("the following day") with no time within reach before it is counted
from the latest time of its paragraph before it, not on from a later one."""

from datetime import date

from timeline import extract

WED = date(2017, 3, 15)

FILLER = ("The waiting room was full and the lights flickered all the while we sat there quietly . " * 7)


def timexes(text):
    return [(e.text, e.timex) for e in extract(text, WED, "en")]


def test_the_following_day_counts_on_from_the_earlier_time():
    text = ("On Sunday we flew home from the coast . " + FILLER +
            "The nurse said we should come back the following day . This morning the clinic called us .")
    assert ("the following day", "2017-03-13") in timexes(text)
    # across a paragraph break the earlier time is another story's: not counted from
    text = ("On Sunday we flew home from the coast .\n\n" + FILLER +
            "The nurse said we should come back the following day . This morning the clinic called us .")
    assert ("the following day", "2017-03-13") not in timexes(text)

"""A chronology whose items open a line with their full date: an item's "today" and "yesterday" are
counted from the item's date, not from the day the chronology was published."""

from datetime import date

from timeline import extract

PUBLISHED = date(2014, 6, 30)

CHRONOLOGY = (
    "How the harbour dispute unfolded .\n"
    "3 March 2014 Dock workers walk out over pay and block the north gate .\n"
    "20 April 2014 The port authority offers a new contract .\n"
    "`` We are closer than ever today , '' a union steward says .\n"
    "9 June 2014 The strike ends after a vote held yesterday , the union announces .\n"
)


def timexes(text, reference=PUBLISHED):
    return [(e.text, e.timex) for e in extract(text, reference, "en")]


def test_an_items_today_and_yesterday_are_its_own_days():
    found = timexes(CHRONOLOGY)
    assert ("today", "2014-04-20") in found
    assert ("yesterday", "2014-06-08") in found
    # the items' own dates stay the story's
    assert ("3 March 2014", "2014-03-03") in found
    # two such lines are as often datelines: the publish date holds
    two = timexes("".join(CHRONOLOGY.splitlines(keepends=True)[2:]))
    assert ("today", "2014-06-30") in two
    # nor is a text whose dated lines lie ahead of the writing a chronology
    ahead = timexes(CHRONOLOGY, date(2014, 5, 1))
    assert ("today", "2014-05-01") in ahead

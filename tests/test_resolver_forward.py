"""Forward-looking sentences, alternatives and qualifiers, generic "today": issue 13 date classes."""

from datetime import date

from timeline import extract

JUNE = date(2021, 6, 14)  # a Monday


def timexes(text, reference, language="en"):
    return [(e.text, e.timex) for e in extract(text, reference, language)]


def test_should_after_a_past_verb_looks_ahead():
    text = "A spokeswoman said the plant should have the new pumps ready in September."
    assert timexes(text, JUNE) == [("September", "2021-09")]
    assert timexes("The mayor said the bridge should reopen in August.", JUNE) == [("August", "2021-08")]


def test_should_have_done_looks_back():
    assert timexes("She said the council should have known in March.", JUNE) == [("March", "2021-03")]
    assert timexes("He said the board should have acted in September.", JUNE) == [("September", "2020-09")]

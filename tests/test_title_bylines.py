"""A byline ending a title is dropped when the body writes it as a byline, with an affiliation or
credits after it, led by the language's byline word; a person the body tells of stays (an agent)."""

import pytest

from timeline.events.title import headline_title

TITLE = "Ferry workers vote to end their strike by Ingrid Holm"
STORY = "Ferry workers voted on Monday to end the strike, Ingrid Holm writes."


@pytest.mark.parametrize("body", [
    "By Ingrid Holm, Staff Writer\n\n" + STORY,
    "Ingrid Holm | Harbour Post\n" + STORY,
    STORY + "\n\nAdditional reporting by Ingrid Holm; editing by Tom Lee",
    STORY + "\n\nReporting by Ingrid Holm; editing by Tom Lee",
])
def test_a_byline_with_an_affiliation_or_credits_is_a_byline(body):
    assert headline_title(TITLE, "en", body) == "Ferry workers vote to end their strike"


def test_a_swedish_byline_with_an_affiliation_is_a_byline():
    title = "Färjepersonalen röstar för att avsluta strejken av Ingrid Holm"
    body = "Av Ingrid Holm, reporter\n\nFärjepersonalen röstade på måndagen för att avsluta strejken, skriver Ingrid Holm."
    assert headline_title(title, "sv", body) == "Färjepersonalen röstar för att avsluta strejken"


def test_a_person_a_body_line_tells_of_is_no_byline():
    title = "Harbour board shaken up by Ingrid Holm"
    body = "Ingrid Holm, the new chair of the harbour board, fired three directors on Monday and named a new pilot chief."
    assert headline_title(title, "en", body) == title

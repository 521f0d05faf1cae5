"""Text that tells no happening makes no event: an indefinite weekday, a clause with no act, and
page furniture that is no story (advisories, schedules, programme lines, authors' biographies)."""

from datetime import date

import pytest

from timeline import extract

MONDAY = date(2010, 3, 8)


def found(text, reference=MONDAY, language="en"):
    return [(e.text, e.timex) for e in extract(text, reference, language)]


# --- 1. an indefinite weekday names no day ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It was a Wednesday, and I was painting the fence.",
    "One Sunday evening under a full moon we sat outside.",
    "The twins were born on a Tuesday.",
    "We used to meet on a Friday when work ended.",
])
def test_an_indefinite_weekday_is_no_date(text):
    assert found(text) == []


@pytest.mark.parametrize("text, kept", [
    ("A Wednesday landslide buried the road.", [("Wednesday", "2010-03-03")]),
    ("She spoke at a Monday meeting of the board.", [("Monday", "2010-03-08")]),
    ("One man died on Friday.", [("Friday", "2010-03-05")]),
])
def test_a_weekday_that_dates_an_act_stays(text, kept):
    assert found(text) == kept


# --- 2. notices that read like prose are furniture -----------------------------------------------

from timeline.extraction.furniture import furniture  # noqa: E402


def spans(text, reason):
    return [text[s.start:s.end] for s in furniture(text, "en") if s.reason == reason]


def test_an_advisory_page_is_furniture_as_a_whole():
    text = ("Following are some of the major news stories scheduled to be covered by the agency on Friday.\n\n"
            "-- Port workers begin a strike on Friday.\n\n-- Ministers meet in the capital.")
    assert spans(text, "advisory") == [text]
    schedule = "Following is the match schedule of the Lakeside Cup to start here on Tuesday:\n\nMay 2: quarterfinals"
    assert spans(schedule, "advisory") == [schedule]


def test_a_story_that_names_an_advisory_or_lists_results_is_none():
    story = "The ministry issued a news advisory on Friday, and the port workers began a strike."
    assert spans(story, "advisory") == []
    results = "Following are the results of the Lakeside Cup matches played on Tuesday:\n\nReds 2 Blues 1"
    assert spans(results, "advisory") == []


def test_a_programme_greeting_and_sign_off_are_furniture_but_a_quote_is_not():
    text = ("Hello, I'm Sam from the news for schools.\nIt 's Friday March the 5th .\n"
            "Floods hit the coast on Friday .\nWe 're back tomorrow !")
    assert spans(text, "programme") == ["It 's Friday March the 5th .", "We 're back tomorrow !"]
    quoted = "\"We're back tomorrow!\" the strikers shouted on Friday. It's Friday and the market opened."
    assert spans(quoted, "programme") == []


def test_an_authors_biography_runs_while_its_lines_speak_of_the_author():
    text = ("The plant closed on Friday , workers said .\n"
            "Jane Roe is based in Leeds and covers industry for the agency .\n"
            "Previously , Jane covered farming for two years .\n"
            "She joined the agency in 1998 .")
    assert spans(text, "biography") == [text[text.index("Jane Roe"):]]
    roll_up = ("-- Jane Roe is a Globe columnist .\nThe opinions expressed are her own -- Prices fell on Monday .\n"
               "Traders sold shares on Monday .")
    assert spans(roll_up, "biography") == ["-- Jane Roe is a Globe columnist .", "The opinions expressed are her own"]


def test_a_character_in_a_story_is_no_biography():
    text = "Tom Ash is a critically acclaimed but poorly paid writer .\nHe moved to Leeds in 1998 ."
    assert spans(text, "biography") == []

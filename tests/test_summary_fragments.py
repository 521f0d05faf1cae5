"""Summaries with no fragment left where a date was cut, and no wrong credit: a speaker's title joined
by "and" is not the speaker, a word pointing at a date keeps it, a stop between two numbers that ends a
sentence is no decimal, an agent after "by" the article names is no byline (invented sentences)."""

import pytest

from test_headlines import LEAD, headline
from timeline.events.headline_words import lexicon
from timeline.events.rejoin import whole_numbers
from timeline.events.title import headline_title

QUOTE = '"We need to watch the harbour prices carefully this month,"'


@pytest.mark.parametrize("text", [
    f"{QUOTE} Economic and Fiscal Policy Minister Anna Berg told reporters.",
    f"{QUOTE} Trade and Industry Minister Anna Berg said.",
])
def test_a_title_joined_by_and_is_not_the_speaker(text):
    assert headline(LEAD + text, "this month") == "Anna Berg: We need to watch the harbour prices carefully"


def test_a_glued_title_whose_name_is_not_clear_credits_no_one():
    text = f"{QUOTE} Minister of Trade and Industry Anna Berg told reporters."
    assert headline(LEAD + text, "this month") == "We need to watch the harbour prices carefully"


@pytest.mark.parametrize("text, expression, expected", [
    ("The folk song Silver River was a huge hit back in 1993 for the band.", "1993",
     "The folk song Silver River was a huge hit back in 1993 for the band"),
    ("The senior officials meet before the harbour forum on Nov. 15-16 and the 5th Harbour Leaders' Meeting "
     "that will take place on Nov. 18-19.", "Nov. 18-19",
     "The 5th Harbour Leaders' Meeting that will take place on Nov. 18-19"),
    # a whole clause: the date goes
    ("The harbour festival will take place on Friday.", "Friday", "The harbour festival will take place"),
    ("The ferry left the harbour on Monday after repairs.", "Monday", "The ferry left the harbour after repairs"),
    # the date is in the subject's relative clause, its verb past: Monday is the order's, not the firing's
    ("The captain who gave the order to leave the harbour on Monday, ignoring the storm, has been fired.",
     "Monday", "The captain gave the order to leave the harbour"),
])
def test_a_date_stays_where_cutting_it_leaves_a_word_pointing_at_it(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_an_auxiliary_after_ever_is_not_trimmed_off():
    text = "If the town does not build the dock in March, then the painter does not think it ever will."
    assert headline(LEAD + text, "March") == "The painter does not think it ever will"


@pytest.mark.parametrize("text, expected", [
    ("lagged the 1. 53 billion shares traded", "lagged the 1.53 billion shares traded"),
    ("rose 0. 68 percent, at", "rose 0.68 percent, at"),
    ("the quake of 5. 3 on the scale", "the quake of 5.3 on the scale"),
    ("The death toll rose to 35. 12 of them died", "The death toll rose to 35. 12 of them died"),
    ("The death toll rose to 35. 12 Britons died", "The death toll rose to 35. 12 Britons died"),
])
def test_a_number_after_a_stop_is_a_fraction_only_when_the_number_goes_on(text, expected):
    assert whole_numbers(text, lexicon("en")) == expected


def test_a_sentence_opening_with_a_number_is_not_joined_to_the_one_before():
    text = LEAD + "The death toll at the harbour rose to 35. 12 of them died on Tuesday in the fire."
    assert headline(text, "Tuesday") == "12 of them died in the fire"


def test_an_agent_the_article_names_is_no_byline():
    title = "Eleven sailors hurt in raid by Sea Wolves"
    body = title + "\n\nBERGEN -- Eleven sailors were hurt on Monday in a raid the navy blamed on the Sea Wolves."
    assert headline_title(title, "en", body) == title
    assert headline_title(title, "en", "BERGEN -- Eleven sailors were hurt on Monday.") == "Eleven sailors hurt in raid"
    byline = "Ferry workers vote to end their strike by Ingrid Holm"
    body = "By Ingrid Holm\n\nFerry workers voted on Monday to end the strike, Ingrid Holm writes."
    assert headline_title(byline, "en", body) == "Ferry workers vote to end their strike"


@pytest.mark.parametrize("text, expression, expected", [
    # a short relative clause that ends at its date
    ("The harbour festival, which took place earlier this month, has raised $2m so far.", "this month",
     "The harbour festival took place earlier this month"),
    ("Several ferry routes run today which did not run in 1990, however.", "1990",
     "Several ferry routes run today which did not run in 1990"),
    # a restrictive "who" clause with a past verb tells the dated act, with its noun (the day is not today's)
    ("It was a long day for the crew, which includes two divers who arrived last Friday.", "last Friday",
     "Two divers arrived last Friday"),
    # a participle that wants the date
    ("Bookings at the ferry office rose 40 percent in the week ending March 8, the office said.", "March 8",
     "Bookings at the ferry office rose 40 percent in the week ending March 8"),
    # an "of" phrase goes on from the date
    ("Bookings are weak, which means the second half of this year will be hard for the ferry lines.",
     "the second half", "Bookings are weak, which means the second half of this year will be hard for the ferry lines"),
    # a verb's particle before the date's preposition
    ("The coast guard declared the search over at 1600 local time.", "1600 local time",
     "The coast guard declared the search over at 1600 local time"),
    # a plural noun the date modifies
    ("Thousands of geese fly into the bay during the winter months to feed.", "the winter",
     "Thousands of geese fly into the bay during the winter months to feed"),
])
def test_a_date_stays_where_cutting_it_leaves_a_phrase_dangling(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("Anna Berg, who sold the farm in March, moved to the city.", "March", "Anna Berg sold the farm"),
    ("The court heard the drug, which harmed him in 2009, was sold in Oslo.", "2009", "The drug harmed him"),
    ("The talks began on Monday.", "Monday", "The talks began"),
])
def test_a_date_after_a_whole_clause_is_still_cut(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_byline_after_a_plural_noun_is_cut_off_the_title():
    """A word in "-s" before "by" is most often a plural noun, not a verb whose agent follows ("sold by")."""
    title = "Lund warns Velbo over ferry fees but pledges to protect Velbo interests by Ingrid Holm"
    body = "Lund warned on Monday that the ferry fees would hurt trade with Velbo."
    assert headline_title(title, "en", body) == "Lund warns Velbo over ferry fees but pledges to protect Velbo interests"
    assert headline_title("Old harbour sold by Ingrid Holm", "en", body) == "Old harbour sold by Ingrid Holm"

"""An opening preposition that heads a noun phrase stays at a headline's start: dropping it, as a
subordinating word before a clause is dropped, would leave the phrase as a false subject ("After a brief
boom, the market crashed" is no "A brief boom, the market crashed"); "So far" stays whole."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    ("So far the new strain has not shown signs of spread outside of Mirova , an official said on Monday .",
     "Monday", "So far the new strain has not shown signs of spread outside of Mirova"),
    ("Even before the drought Velbo had been hit by falling exports , shrinking its economy by 5 % in the first "
     "quarter .", "the first quarter", "Even before the drought Velbo had been hit by falling exports"),
    ("Before the drought Velbo had been hit by falling exports in the first quarter .", "the first quarter",
     "Before the drought Velbo had been hit by falling exports"),
    ("After a long career Berg was elected mayor of Velbo in 2003 .", "2003",
     "After a long career Berg was elected mayor of Velbo"),
    ("Until 30 December , there will be three daily flights from Velbo to Mirova .", "30 December",
     "There will be three daily flights from Velbo to Mirova"),
])
def test_a_preposition_heading_a_phrase_stays(text, expression, expected):
    assert headline(LEAD + text, expression).startswith(expected)


@pytest.mark.parametrize("text", [
    "After a brief boom , the grain market of Velbo crashed in 1998 .",
    "After a brief boom, the grain market of Velbo crashed in 1998.",
])
def test_a_phrase_before_a_comma_is_no_subject(text):
    summary = headline(LEAD + text, "1998")
    assert summary.lower().endswith("the grain market of velbo crashed") and not summary.startswith("A brief boom")


@pytest.mark.parametrize("text, expression, expected", [
    ("After the rebels left Velbo on Monday , the town council met again .", "Monday", "The rebels left Velbo"),
    ("Since the outbreak was declared on Monday , 40 people have died in Velbo .", "Monday",
     "The outbreak was declared"),
    ("As many as 300 people died in the floods in Velbo on Monday .", "Monday", "As many as 300 people died"),
])
def test_a_word_opening_a_clause_still_goes_or_stays_as_before(text, expression, expected):
    assert headline(LEAD + text, expression).startswith(expected)


@pytest.mark.parametrize("text, expression, expected", [
    ("Before 15.5 million voters cast their ballots on Thursday , 300 soldiers in Velbo voted for the council .",
     "Thursday", "15.5 million voters cast their ballots"),
    ("The Hawks have lost five of their last six games including both matches since Velbo tycoon Ola Lind became "
     "chairman last week .", "last week", "Velbo tycoon Ola Lind became chairman"),
])
def test_a_clause_whose_verb_the_lists_miss_or_after_a_named_noun_still_goes(text, expression, expected):
    assert headline(LEAD + text, expression).startswith(expected)

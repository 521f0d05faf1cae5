"""A saved page whose title and photo caption run into its first sentence on its first line ("Velbo lifts fever
curbs Shops in Velbo have been hit … Velbo has lifted …") is read as title | caption | lead, so a headline glues
none of them together; a name after a role or an object of a verb in a plain first sentence stays in it."""

import pytest

from test_headlines import headline

_MORE = "\nThe mayor said that no new cases had been found in the town since the spring."


@pytest.mark.parametrize("text, expression, unwanted", [
    ("Velbo lifts fever curbs Shops in Velbo have been hit hard by the fever outbreak Velbo has lifted all the "
     "limits imposed last month , after a fever outbreak across Mirova .", "last month", "Shops in Velbo"),
    ("Anna Berg to write memoir of her youth Anna Berg said the book told the things she kept from everyone A memoir by "
     "Anna Berg will come out in the autumn , her publishers have announced .", "the autumn",
     "Anna Berg said the book"),
])
def test_a_title_and_caption_run_into_the_lead_are_apart(text, expression, unwanted):
    summary = headline(text + _MORE, expression)
    assert unwanted not in summary


@pytest.mark.parametrize("text, expression, expected", [
    ("The health secretary Ola Lind said on Monday that the clinics would stay open all week .", "Monday",
     "The health secretary Ola Lind said that the clinics would stay open all week"),
    ("Rescuers working to help Velbo said on Monday that the roads to the coast were open again .", "Monday",
     "Rescuers working to help Velbo said that the roads to the coast were open again"),
])
def test_a_plain_first_sentence_stays_whole(text, expression, expected):
    assert headline(text + _MORE, expression) == expected


def test_an_opening_heading_that_runs_a_title_into_a_caption_is_no_title():
    """"Panic over … hoax | Norway is the only …" is a title and a caption: the lead's mention reads its own piece."""
    text = ("Panic over Velbo fever hoax Norway is the only northern country with a confirmed fever case A hoax text "
            "message warning people that fever had broken out in Velbo has caused panic and confusion this week .")
    summary = headline(text + _MORE, "this week")
    assert summary.endswith("A hoax text message warning people that fever had broken out in Velbo has caused panic "
                            "and confusion")

"""A cut date joined by "and"/"or" to another time stays whole (cut, the other time hangs on the conjunction:
"comes along and the winter"), and a date before a noun in "-ing" that ends the sentence leaves no gap
("telling his agent recording")."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    ("`` Then a much worse wave comes along in the autumn and the winter , '' the Velbo doctor said .", "the autumn",
     "comes along in the autumn and the winter"),
    ("The lighthouse keeper wrote that they had felt a couple of strong tremors yesterday and last night .",
     "yesterday", "strong tremors yesterday and last night"),
    ("The school has arranged for all pupils to be offered the jab tonight or tomorrow morning .", "tonight",
     "offered the jab tonight or tomorrow morning"),
])
def test_a_date_joined_to_another_time_stays(text, expression, expected):
    assert expected in headline(LEAD + text, expression)


def test_a_date_joined_to_a_clause_is_still_cut():
    assert headline(LEAD + "The talks were held on Monday and the ministers left Velbo .", "Monday") == \
        "The talks were held and the ministers left Velbo"


@pytest.mark.parametrize("text", [
    "Berg is heard telling his agent in the 10 May 2009 recording .",
    "Berg is heard telling his agent in the 10 May 2009 recording.",
])
def test_a_date_before_a_noun_in_ing_leaves_no_gap(text):
    assert not headline(LEAD + text, "the 10 May 2009").endswith("agent recording")


def test_a_modal_after_and_is_no_month():
    summary = headline(LEAD + "Ola Lind is expected to return to the squad next week and may regain the captaincy .",
                       "next week")
    assert "next week" not in summary

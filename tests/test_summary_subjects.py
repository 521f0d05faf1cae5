"""Summaries that keep their clause's subject and its reported verb: a fronted phrase is no subject (its
name and the aside after it stay), an age between commas is no subject, and a report is not cut in its subject."""

import pytest

from test_headlines import LEAD, headline


def test_a_fronted_phrase_keeps_the_subject_and_its_aside():
    text = LEAD + "Thanks to brisk exports, Korvik, unlike its stronger rivals, posted a rise in profits on Monday."
    assert headline(text, "Monday").startswith("Korvik, unlike its stronger rivals, posted a rise in profits")


@pytest.mark.parametrize("text, expected", [
    ("In a recorded speech, which was broadcast on radio for the first time, the queen, 80, spoke of how families "
     "help children on Monday.", "The queen spoke of how families help children"),
    ("Lena Voss, 54, died in Mirova on Monday.", "Lena Voss died in Mirova"),
])
def test_an_age_between_commas_leaves_the_subject_with_its_verb(text, expected):
    assert headline(LEAD + text, "Monday") == expected


def test_a_number_that_is_no_age_stays():
    assert "300, 450" in headline(LEAD + "The scores were 120, 300, 450 and 600 on Monday, officials said.", "Monday")


@pytest.mark.parametrize("text, expected", [
    ("The Harbour Party announced Monday that its chief, tribal leader Omar Veld, had been elected, while "
     "unofficial sources said the mayor's son had won his first seat in the capital.",
     "The Harbour Party announced that its chief, tribal leader Omar Veld, had been elected"),
    ("The report released in Mirova on Thursday said many northern countries, including Velor, Tarsk and Ostrava, "
     "have lifted large shares of their citizens above the poverty line and might well be on course to meet the "
     "target.", "The report released in Mirova said many northern countries, including Velor, Tarsk and Ostrava, "
     "have lifted"),
])
def test_a_report_is_not_cut_in_its_subject(text, expected):
    expression = "Monday" if "Monday" in text else "Thursday"
    assert headline(LEAD + text, expression).startswith(expected)


@pytest.mark.parametrize("text, expected", [
    ("Anna Berg of the charity, Helpwell, tells the radio on Friday that the roads are blocked.",
     "Anna Berg of the charity Helpwell tells the radio that the roads are blocked"),
    ("The singer said on Friday she will give $250,000 to the victims through the charity, Partners in Health.",
     "The singer said she will give $250,000 to the victims through the charity Partners in Health"),
    # an aside opened before the article closes at the name: the comma stays, and the subject with its verb
    ("Tom Berg, a film-maker and founder of the charity, Helpwell, tells the radio on Friday that the roads are "
     "blocked.", "Tom Berg, a film-maker and founder of the charity Helpwell, tells the radio that the roads are blocked"),
])
def test_a_name_set_beside_its_head_stays_with_it(text, expected):
    assert headline(LEAD + text, "Friday") == expected


@pytest.mark.parametrize("text, kept", [
    # no head of the lists: "Tom Berg" is the subject of the main clause, not the meeting's name
    ("After the meeting, Tom Berg said on Friday the roads were blocked.", "Tom Berg said"),
    # the name goes on to a description, not a verb: left as written
    ("Lawyers for the company, Velor Foods, the biggest bakery, said on Friday the case was closed.", "said"),
])
def test_no_name_is_joined_to_what_it_does_not_name(text, kept):
    summary = headline(LEAD + text, "Friday")
    assert kept in summary and "company Velor" not in summary and "meeting Tom" not in summary


def test_an_age_after_a_name_in_apposition_keeps_the_comma_that_closes_it():
    text = LEAD + "On Friday the woman's husband, Tomas Brenn, 42, was arrested and charged."
    summary = headline(text, "Friday")
    assert summary.startswith(("The woman's husband, Tomas Brenn, was arrested", "The woman's husband was arrested"))

"""Summaries that keep whole phrases and clauses: a dated noun keeps the noun it complements, no word is
doubled by a scraped page (invented sentences)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    ("The town will open a new dock during the coming Bergen Summit of the Forum on Harbour Cooperation (FHC), "
     "scheduled for Nov. 4-5, said the deputy mayor here on Thursday.", "Nov. 4-5",
     "The coming Bergen Summit of the Forum on Harbour Cooperation scheduled for Nov. 4-5"),
    ("Fans will travel to the final of the Fjord Cup, scheduled for Sunday, by boat.", "Sunday",
     "The final of the Fjord Cup scheduled for Sunday"),
    ("A draft programme for the Harbour Day event on Dec. 1, issued by the town council on Tuesday, suggested that "
     "the town would open a new dock.", "Tuesday", "A draft programme for the Harbour Day event on Dec. 1 issued by the town council"),
    ("Crowds recalled the murder of Olof Berg, committed in 1986, at a vigil.", "1986", "The murder of Olof Berg committed"),
])
def test_a_dated_noun_keeps_the_noun_it_complements(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_caption_naming_the_story_by_surname_is_cut_off():
    text = ("Lind has has just come back from the northern islands Island-born singer Ola Lind wept at a press "
            "conference about the storm that hit the islands last week .")
    assert headline(LEAD + text, "last week") == (
        "Island-born singer Ola Lind wept at a press conference about the storm that hit the islands last week")


@pytest.mark.parametrize("text, expected", [
    ("The ferry has has left the harbour in Bergen on Monday after repairs.", "The ferry has left the harbour in Bergen after repairs"),
    ("What the ferry had had on board was unclear on Monday, the captain said.", "What the ferry had had on board was unclear"),
    ("The harbour gave her her first licence on Monday after years of waiting.", "The harbour gave her her first licence after years of waiting"),
    ("The new mayor was sworn in in Bergen on Monday after a long count.", "The new mayor was sworn in in Bergen after a long count"),
    ("What the ferry carries carries no weight in Bergen on Monday, the captain said.", "What the ferry carries carries no weight in Bergen"),
])
def test_a_word_a_page_doubled_is_read_once(text, expected):
    assert headline(LEAD + text, "Monday") == expected


def test_two_participles_sharing_their_agent_stay_together():
    text = ("This year the harbour radio program will play one old song written and read by each of the ten "
            "shortlisted fishermen .")
    assert headline(LEAD + text, "This year") == (
        "The harbour radio program will play one old song written and read by each of the ten shortlisted fishermen")


def test_a_headline_does_not_open_inside_an_aside_set_off_by_dashes():
    text = ("The chairman said that NORDA -- which groups Bergen, Oslo, Tromso, the Lofoten, Alta, Molde and Moss -- "
            "was committed to its decision taken last year to admit Bodo at the same time as Narvik and Hamar.")
    summary = headline(LEAD + text, "last year")
    assert "NORDA" in summary and "was committed" in summary, summary


@pytest.mark.parametrize("text", [
    "Bergen lowered its storm alert level from yellow to green late last night as the mayor, Ola Lind, claimed "
    "residents could relax as there had been no new floods for a week.",
    "Bergen lowered its storm alert level from yellow to green late last night as the mayor , Ola Lind , claimed "
    "residents could relax as there had been no new floods for a week .",
])
def test_a_headline_does_not_stop_before_a_name_set_off_by_commas_and_its_verb(text):
    summary = headline(LEAD + text, "last night")
    assert not summary.endswith("the mayor"), summary
    assert "claimed residents could relax" in summary, summary


def test_a_dated_noun_with_no_name_keeps_its_sentence():
    text = ("The latest case of ferry fever , confirmed on Tuesday , was in an adult from the Molde area of Romsdal , "
            "the health authority said .")
    assert headline(LEAD + text, "Tuesday").endswith("was in an adult from the Molde area of Romsdal")

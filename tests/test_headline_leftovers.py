"""Summaries for the classes the first summary passes left: datelines that hold the date, titles
shorter than a headline's length, whole clauses over cut runs, first-person narration and
possessive pronouns (invented sentences, tokenised as the scraped corpora write them)."""

from datetime import date

import pytest

from test_headlines import LEAD, headline
from timeline.events.fusion import make_event
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


@pytest.mark.parametrize("text", [
    "BERGEN, HORDALAND COUNTY, Nov. 15 --The ferry Nordlys arrived at the harbour on a three-day visit .",
    "BERGEN, Nov. 15 -- The ferry Nordlys arrived at the harbour on a three-day visit .",
])
def test_a_dateline_that_holds_the_date_is_cut_off(text):
    assert headline(LEAD + text, "Nov. 15") == "The ferry Nordlys arrived at the harbour on a three-day visit"


def _article(name, text, title=None):
    return Article(id=name, path=f"{name}.txt", text=text, published=date(2020, 10, 16),
                   published_source=PublishSource.HEADER, language="en", title=title)


def test_a_short_title_beats_a_fragment_of_headline_length():
    titled = _article("a", "The ferry strike ended on 12 March after nine weeks.", title="Ferry strike ends")
    other = _article("b", LEAD + "The crews of the ferries on the western coast , whose long strike ended on 12 March .")
    mentions = [m for a in (titled, other) for m in extract_mentions(a) if m.expression.text == "12 March"]
    assert len(mentions) == 2
    assert make_event(mentions).summary == "Ferry strike ends"


DIARY = ("Aid workers have been sharing their accounts of the storm with us .\n"
         "INGRID BERG , FERRY CAPTAIN IN HORTEN I had the scare of my life this morning .\n"
         "My heart was racing .\n"
         "This afternoon I spent a few hours at our harbour office in Horten .\n")


def test_first_person_narration_is_credited_to_the_writer_a_heading_in_capitals_names():
    assert headline(DIARY, "This afternoon") == "Ingrid Berg: I spent a few hours at our harbour office in Horten"


def test_a_signing_heading_run_into_the_sentence_is_cut_off_and_credits_it():
    text = ("Readers have been describing the storm .\n"
            "OLA NORDMANN , BERGEN , NORWAY We lost power on Tuesday and the ferries stopped .\n")
    assert headline(text, "Tuesday") == "Ola Nordmann: We lost power and the ferries stopped"


def test_first_person_narration_is_credited_to_the_byline():
    text = "The storm hit the coast .\nBy Kari Holm\nI spent a few hours in the harbour office on Tuesday .\n"
    assert headline(text, "Tuesday") == "Kari Holm: I spent a few hours in the harbour office"


def test_first_person_narration_is_credited_to_the_writer_its_post_stamp_names():
    """A blog post's stamp opens with its writer's name and a bar; the post under it is theirs."""
    text = (LEAD + "\nKari Holm | 16:55 UK time , Tuesday , 9 March 2010 We are recording the first show "
            "of the new series today , which is exciting .\n")
    assert headline(text, "today") == "Kari Holm: We are recording the first show of the new series"


def test_first_person_narration_is_credited_to_the_writer_the_blogs_about_box_introduces():
    text = (LEAD + "\nI think there will be a record uptake for the jab on Tuesday at the clinics .\n"
            "Comments are closed .\nI 'm Kari Holm , the Courier 's health correspondent .\n")
    assert headline(text, "Tuesday") == "Kari Holm: I think there will be a record uptake for the jab at the clinics"


def test_a_quoted_self_introduction_in_a_story_credits_no_one():
    text = (LEAD + "\nI think there will be a record uptake for the jab on Tuesday at the clinics .\n"
            "`` I 'm Kari Holm , the mayor , '' she told the crowd .\n")
    assert headline(text, "Tuesday").startswith("I think there will be")


@pytest.mark.parametrize("text", [
    LEAD + "I spent a few hours on Tuesday at the harbour office with the crews .\n",
    # a dateline in capitals is a place, not a writer: it has no comma and role after it
    "BERGEN - The storm hit the coast .\nI spent a few hours on Tuesday at the harbour office with the crews .\n",
])
def test_first_person_narration_with_no_signature_is_not_credited(text):
    assert headline(text, "Tuesday").startswith("I spent a few hours")


@pytest.mark.parametrize("text", [
    # a heading of place names only, or a dateline (an agency and a dash, a date), is no writer
    LEAD + "\nNEW YORK, USA\nWe drove to the coast on Tuesday and the roads were empty .\n",
    LEAD + "\nUNITED NATIONS , GENEVA We drove to the coast on Tuesday and the roads were empty .\n",
    LEAD + "\nNew York , USA We drove to the coast on Tuesday and the roads were empty .\n",
    "LOS ANGELES, CALIFORNIA (Reuters) - We drove to the coast on Tuesday and the roads were empty .\n",
    "HARBOUR TOWN, BERGEN (Reuters) - We drove to the coast on Tuesday and the roads were empty .\n",
])
def test_a_capitals_dateline_or_place_heading_is_not_credited_as_the_writer(text):
    assert headline(text, "Tuesday").startswith("We drove to the coast")


def test_a_possessive_pronoun_takes_the_name_the_sentence_before_opens_with():
    text = LEAD + "Ingrid Berg was arrested in Horten last week . Her lawyer said on Tuesday that the charges would be dropped ."
    assert headline(text, "Tuesday") == "Ingrid Berg's lawyer said that the charges would be dropped"


def test_a_possessive_pronoun_stays_when_the_sentence_before_names_two():
    text = (LEAD + "Ingrid Berg told Ola Nordmann about the ferry . Her lawyer said on Tuesday that the charges "
            "would be dropped .")
    assert headline(text, "Tuesday") == "Her lawyer said that the charges would be dropped"


def test_a_reported_clause_with_its_own_subject_beats_the_bare_report_and_is_credited():
    text = (LEAD + "Ingrid Berg told the regional parliament in Bergen on Tuesday that hospital cases in the western "
            "region have doubled since the ferries stopped sailing .")
    assert headline(text, "Tuesday") == ("Ingrid Berg: Hospital cases in the western region have doubled since the "
                                         "ferries stopped sailing")


def test_a_whole_clause_a_little_over_the_length_is_kept_rather_than_cut_mid_phrase():
    text = (LEAD + "Berg made the remarks on Saturday at an international symposium held by the Nordic Research Center "
            "of Bergen-based Harbour University .")
    assert headline(text, "Saturday") == ("Berg made the remarks at an international symposium held by the Nordic "
                                          "Research Center of Bergen-based Harbour University")


def test_a_first_person_quote_is_not_credited_to_the_byline():
    text = ("The storm hit the coast .\nBy Kari Holm\n`` I spent a few hours in the harbour office on Tuesday , '' "
            "she said .\n")
    assert not headline(text, "Tuesday").startswith("Kari Holm")


def test_a_report_is_credited_to_the_name_without_its_title_and_never_cut_for_the_credit():
    text = (LEAD + "Harbour chief Ingrid Berg told the regional radio station in Bergen on Tuesday that hospital cases in "
            "the region have doubled .")
    assert headline(text, "Tuesday") == "Ingrid Berg: Hospital cases in the region have doubled"
    longer = (LEAD + "Ingrid Berg told the radio on Tuesday that the last time a leaflet had been sent to every home "
              "in the county was after the great storm .")
    assert not headline(longer, "Tuesday").startswith("Ingrid Berg: The last time a leaflet")


def test_a_signature_in_capitalised_words_run_into_first_person_narration_credits_it():
    text = ("Aid workers have been sending us their diaries .\n"
            "Kari Holm , Harbour Relief I walked along the harbour on Tuesday with the crews of two ferries .\n")
    assert headline(text, "Tuesday") == "Kari Holm: I walked along the harbour with the crews of two ferries"


@pytest.mark.parametrize("text, expected", [
    ("Rain fell across the coast , and on Tuesday the ferry company cancelled all of its crossings to the northern "
     "islands of the county .", "The ferry company cancelled all of its crossings to the northern islands of the county"),
    ("The storm moved north , and on Tuesday the harbour board of the western county closed the port of Bergen to "
     "all ships for two days .", "The harbour board of the western county closed the port of Bergen to all ships for two days"),
])
def test_the_whole_clause_a_date_opens_beats_a_run_cut_inside_it(text, expected):
    assert headline(LEAD + text, "Tuesday") == expected


def test_a_stamp_heading_an_entry_does_not_pull_the_summary_back_to_the_reporter():
    text = ("Live coverage of the storm on the coast . All times GMT .\n"
            "1712 The ferries have stopped .\n"
            "1740 The BBC 's Kari Holm says : Horten appears to have had more than its fair share of storms , floods "
            "and broken ferries .\n"
            "1802 The harbour is closed .\n")
    assert headline(text, "1740") == ("The BBC's Kari Holm says: Horten appears to have had more than its fair share of storms, floods and "
                                      "broken ferries")


def test_a_report_too_long_to_credit_keeps_its_speaker_rather_than_stating_the_claim_as_fact():
    text = (LEAD + "Norwegian Vice Mayor Ola Jens Nordmann said Tuesday that the harbour elections will go ahead despite "
            "a boycott from three opposition parties .")
    assert headline(text, "Tuesday").startswith("Norwegian Vice Mayor Ola Jens Nordmann said")


def test_a_signing_heading_credits_only_its_own_account_not_a_passage_far_down_the_page():
    # a page of diaries where only the first writer's heading survived: the passage far below
    # may be another writer's, so it names no one rather than the wrong one
    lines = [f"The crews cleared road number {n} near the harbour .\n" for n in range(14)]
    text = DIARY + "".join(lines) + "This evening I spoke to a nurse in the field clinic .\n"
    assert headline(text, "This evening") == "I spoke to a nurse in the field clinic"
    near = DIARY + "".join(lines[:6]) + "This evening I spoke to a nurse in the field clinic .\n"
    assert headline(near, "This evening") == "Ingrid Berg: I spoke to a nurse in the field clinic"


@pytest.mark.parametrize("text", [
    # the sentence credits its own speaker
    "I 'm Kari Holm , the Courier 's health correspondent .\n\nI was attacked by a patient on Tuesday , "
    "said nurse Lina Dahl .\n",
    # the paragraph before brings in another person, whose "I" follows
    "I 'm Kari Holm , the Courier 's health correspondent , and tonight we hear from a nurse .\n\n"
    "Lina Dahl has worked on the ward for ten years .\n\nI was attacked by a patient on Tuesday and nobody helped .\n",
])
def test_the_about_box_writer_is_not_credited_with_another_persons_first_person(text):
    assert not headline(text, "Tuesday").startswith("Kari Holm")

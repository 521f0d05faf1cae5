"""Summaries that tell the dated act: a date's own clause, run-in captions cut off, named subjects first."""

from datetime import date

import pytest

from timeline.events.fusion import make_event
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    # a subordinate clause with its own subject and verb holds the date: its act is the headline
    ("Fans gathered outside the hospital where the pop star died in 2009 after a cardiac arrest.", "2009",
     "The pop star died after a cardiac arrest"),
    ("When the old bridge collapsed in June 2019, the mayor ordered a review of every crossing.", "June 2019",
     "The old bridge collapsed"),
    # a relative clause after a comma tells of its noun
    ("The lawyers said the singer had hired Dr Lee , who goes on trial in March 2011 for manslaughter .",
     "March 2011", "Dr Lee goes on trial for manslaughter"),
    ("The fund, which was set up in 1998 by farmers, now holds assets of two billion crowns.", "1998",
     "The fund was set up by farmers"),
    ("Mr Orlov, who first entered parliament as a lawyer in the 1990s, has spoken against the law.", "the 1990s",
     "Mr Orlov first entered parliament as a lawyer"),
])
def test_a_date_in_a_clause_of_its_own_gives_that_clause(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    # a pronoun subject names no one: the main clause stays
    ("Since it first reopened in March, 717 visitors have been counted at the harbour museum in Ostrava.", "March",
     "717 visitors have been counted at the harbour museum in Ostrava"),
    # a preposition's date is no clause
    ("All parcels received after 21 April will be subject to the new tariff.", "21 April",
     "All parcels received after 21 April will be subject to the new tariff"),
    # "since" inside the subject, before the main verb: a preposition, not a clause
    ("The first vote since the reform is to take place in the province in May.", "May",
     "The first vote since the reform is to take place in the province"),
    # ", which is why": the relative tells of the clause before, not of a noun
    # (the whole run reads, and holds the dated struggle: no cut needed)
    ("The town is one of the poorest in the region, which is why it struggled after the flood last week.",
     "last week", "The town is one of the poorest in the region, which is why it struggled after the flood"),
])
def test_no_clause_of_its_own_keeps_the_main_clause(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_caption_ending_on_its_date_is_cut_from_the_lead_run_into_it():
    text = ("The harbour crane fell on 3 May 2015 Inspectors at the port of Ostrava have found a cracked weld "
            "in its base .\nThe port reopened a week later .\n")
    summary = headline(LEAD + text, "3 May 2015")
    assert summary == "The harbour crane fell"


def test_a_caption_run_into_a_sentence_opening_with_a_non_ascii_capital_is_cut_off():
    text = ("The harbour crane fell on 3 May 2015 Örjan Lind and two inspectors at the port have found a cracked "
            "weld in its base .\nThe port reopened a week later .\n")
    assert headline(LEAD + text, "3 May 2015") == "The harbour crane fell"


def test_a_date_heading_an_entry_still_goes_with_the_entry():
    text = (LEAD + "Pictures of the raid on the clinic 21 November 2009 Court documents reveal that the doctor "
            "bought five bottles of the drug .\nThe court heard the case .\n")
    assert headline(text, "21 November 2009") == "Court documents reveal that the doctor bought five bottles of the drug"


def test_a_capitalised_however_after_a_caption_starts_a_new_sentence():
    text = (LEAD + "The mayor resigned in May 2012 at the age of 70 However , two of his aides were charged "
            "with fraud .\nThe council met .\n")
    summary = headline(text, "May 2012")
    assert "However" not in summary and summary.startswith("The mayor resigned")


def _article(name, text):
    return Article(id=name, path=f"{name}.txt", text=LEAD + text, published=date(2020, 10, 16),
                   published_source=PublishSource.HEADER, language="en", title=None)


def test_an_event_summary_names_its_subject_rather_than_a_pronoun():
    first = _article("a", "In 2004 , he opened his own bakery in the old town of the city , selling bread .")
    second = _article("b", "2004 Mr Halvorsen opens a bakery in Oslo .")
    mentions = [m for a in (first, second) for m in extract_mentions(a) if m.expression.text == "2004"]
    assert len(mentions) == 2
    assert make_event(mentions).summary == "Mr Halvorsen opens a bakery in Oslo"


def test_a_relative_after_two_names_tells_of_both():
    text = LEAD + "It has been a hard month for Anna Berg and Ola Lind, who sold their farm late last month."
    assert headline(text, "late last month") == "Anna Berg and Ola Lind sold their farm"


@pytest.mark.parametrize("text, expression, expected", [
    ('Anna Berg, who chaired the harbour board last year said: "The ferry must be replaced."', "last year",
     "Anna Berg chaired the harbour board"),
    ("Ola Lind, who ran the shipyard in March told the council the yard would close.", "March",
     "Ola Lind ran the shipyard"),
])
def test_a_relative_clause_no_comma_closes_ends_before_the_main_verb_of_saying(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_passive_verb_of_saying_is_the_relative_clauses_own():
    text = LEAD + "The second case is a man from Hamna , whose death was reported Monday to the harbour office ."
    assert headline(text, "Monday").endswith("death was reported to the harbour office")


def test_a_relative_after_a_name_joined_by_of_tells_of_the_whole_name():
    text = LEAD + "Members met under the Council for Coastal Towns, which was founded by nine mayors in 1987."
    assert headline(text, "1987") == "The Council for Coastal Towns was founded by nine mayors"


@pytest.mark.parametrize("text, expression, expected", [
    # a fact-box line run into the sentence after it: an article after a noun, a sure verb after it
    ("Harbour: one death, at least 91 confirmed cases The Vardo fisherman had arrived in the northern port "
     "of Hamna on 4 April and developed a fever four days later, the harbour health office said.",
     "four days later", "The Vardo fisherman had arrived in the northern port of Hamna on 4 April and developed a fever"),
    # a pronoun after a line of page furniture
    ("Most readers will open this leaflet, but you may need Harbour Reader She said eight of the 10 sailors "
     "had been traced on Friday.", "Friday", "She said eight of the 10 sailors had been traced"),
])
def test_a_line_run_into_the_next_sentence_is_cut_at_its_article_or_pronoun(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("The actor who starred in The Harbour Story died on Friday in a clinic.", "Friday",
     "The actor who starred in The Harbour Story died in a clinic"),
    ("Critics said on Friday that she loves The Harbour Story more than any other film.", "Friday",
     "Critics said that she loves The Harbour Story more than any other film"),
])
def test_a_title_of_a_work_is_not_a_new_sentence(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_quote_run_in_after_a_sentence_with_no_stop_is_its_own_piece_and_keeps_its_condition():
    text = ("It could take the yards up to five months to build the ferry `` If they are asked to stop on "
            "Friday it means there will be delays , '' said Anna Berg .")
    summary = headline(LEAD + text, "Friday")
    assert summary.startswith(("If they are asked to stop", "Anna Berg: If they are asked to stop")) and "ferry" not in summary


def test_a_publication_named_with_the_article_is_not_a_new_sentence():
    text = "Respected harbour journal The Tide accused the port office on Friday of hiding the storm damage."
    assert headline(LEAD + text, "Friday").startswith("Respected harbour journal The Tide accused")

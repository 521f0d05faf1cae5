"""Voices: a quote credited to its speaker when the credit stands before it in a form the plain rule
misses (a body's letters opening the name, a verb sharing the sentence's named subject), and a photo's
time in its caption's aside, which is furniture: no event of the story."""

import pytest

from test_headlines import LEAD, article, headline
from timeline.extraction.furniture import furniture
from timeline.extraction.mentions import extract_mentions


def test_a_bodys_letters_open_the_speakers_name():
    text = "HPB Direct said : `` We started getting calls about the fever at around 4.30 pm on Monday ."
    assert headline(LEAD + text, "around 4.30 pm on Monday") == "HPB Direct: We started getting calls about the fever"


@pytest.mark.parametrize("opening", ["At 0930 GMT", "Speaking to CNN", "In the US"])
def test_letters_that_end_a_phrase_before_a_one_word_speaker_are_no_part_of_the_name(opening):
    text = f"{opening} Holm said : `` We started getting calls about the fever on Monday ."
    assert headline(LEAD + text, "Monday") == "Holm: We started getting calls about the fever"


def test_a_heading_in_capitals_before_a_one_word_speaker_is_no_part_of_the_name():
    text = "HARBOUR BOARD NEWS Direct said : `` We started getting calls about the fever on Monday ."
    assert not headline(LEAD + text, "Monday").startswith(("NEWS", "BOARD"))


@pytest.mark.parametrize("text, expected", [
    # the verb before the colon shares the subject the sentence opens with
    ("Lars Berg , one of the hosts , said there had been a quiet start to sales , but added : `` All of a sudden "
     "this week it took off and we were selling 500 seats an hour yesterday . ''",
     "Lars Berg: All of a sudden this week it took off and we were selling 500 seats an hour"),
    # a live page's clock stamp before the name is no part of it
    ("0915 Lars Berg , a harbour pilot , writes : `` Got sent back twice from the port yesterday so we 're "
     "still in the capital .", "Lars Berg: Got sent back twice from the port so we're still in the capital"),
    # only an apposition between commas parts the name from its verb, whatever it names
    ("1215 Lars Berg , Santo Domingo , e-mails : `` Got sent back twice from the port yesterday so we 're "
     "still in the capital .", "Lars Berg: Got sent back twice from the port so we're still in the capital"),
    ("1215 Lars Berg , at Velbo 's ferry port , e-mails : `` Got sent back twice from the port yesterday so we 're "
     "still in the capital .", "Lars Berg: Got sent back twice from the port so we're still in the capital"),
])
def test_a_quote_after_a_colon_is_credited_to_the_sentences_named_speaker(text, expected):
    assert headline(LEAD + text, "yesterday") == expected


@pytest.mark.parametrize("text", [
    "The port said there had been a quiet start , but added : `` All of a sudden we were selling 500 seats yesterday .",
    "Lars Berg told Anna Lind the port was quiet , but added : `` All of a sudden we were selling 500 seats yesterday .",
    "1215 Lars Berg , who met Anna Lind , said she e-mails : `` All of a sudden we were selling 500 seats yesterday .",
])
def test_a_quote_after_a_colon_whose_speaker_is_not_one_named_person_is_not_credited(text):
    assert ":" not in headline(LEAD + text, "yesterday")


@pytest.mark.parametrize("credit", [
    # the verb has a subject of its own, not the sentence's named speaker
    "Lars Berg , one of the hosts , said there had been a quiet start to sales , and a fan added :",
    # two people credited together: no one speaker
    "Lars Berg and Anna Lind , the hosts , wrote :",
    "Lars Berg and Anna Lind wrote :",
])
def test_a_quote_after_a_colon_by_someone_else_or_by_two_people_is_not_credited(credit):
    text = f"{credit} `` All of a sudden we were selling 500 seats an hour yesterday ."
    assert headline(LEAD + text, "yesterday") == "All of a sudden we were selling 500 seats an hour"


@pytest.mark.parametrize("text, aside", [
    ("Dr Anna Roe , shown here in March , joined the crew of the ferry .", ", shown here in March"),
    ("Lawyers for Dr Anna Roe , shown in 2011 , have said the nurse acted alone .", ", shown in 2011"),
    ("The mayor -LRB- pictured above with the governor last week ; the governor wears a hat -RRB- was pleased .",
     "-LRB- pictured above with the governor last week"),
])
def test_a_captions_photo_time_is_furniture_and_makes_no_event(text, aside):
    spans = [(s.reason, text[s.start:s.end]) for s in furniture(text, "en")]
    assert ("photo_time", aside) in spans
    mentions = extract_mentions(article(LEAD + text))
    assert mentions and all(m.furniture == "photo_time" for m in mentions)


@pytest.mark.parametrize("text", [
    "The documentary , shown on Friday night on BBC Two , drew two million viewers .",
    "The film will be shown in March at the harbour festival .",
    # a bare "shown" is a photo's only before a month or year that ends the aside
    "The rise in prices , shown in February figures , was the steepest for a decade .",
    "The documentary , shown in cinemas in March , won two prizes .",
    "The drug , shown in trials last year to cut deaths , was approved .",
    "The drug , shown in a 2009 study to cut deaths , was approved .",
])
def test_a_broadcasts_time_is_story(text):
    assert not [s for s in furniture(text, "en") if s.reason == "photo_time"]


def test_a_quote_run_on_from_a_paragraph_of_quotes_is_credited_to_its_speaker():
    # a page with one paragraph a line: the credited quote, a paragraph of quotes left open, then its close
    text = ("\n\"For the harbour to lose him so suddenly, I just don't have the words,\" said Anna Lind, who ran "
            "the port.\n\"He was the best pilot we had and his work will be felt for years.\n"
            "I've lost my little brother today, and part of my soul has gone with him.\"\nThe pilot had been ill.")
    assert headline(LEAD + text, "today") == "Anna Lind: I've lost my little brother and part of my soul has gone with him"


def test_a_quote_run_on_from_narration_is_not_credited():
    text = ("\nThe pilot was a quiet man, the harbour board said.\n\"He was the best pilot we had and his work will "
            "be felt for years.\nI've lost my little brother today, and part of my soul has gone with him.\"\n")
    assert ":" not in headline(LEAD + text, "today")


def test_a_signing_heading_in_capitals_ends_before_the_sentences_first_word():
    text = ("\nThe harbour was busy all week .\nStaff are working round the clock on the ferry .\n"
            "ANNA LIND , HARBOUR RELIEF Yesterday I visited the north dock .\nIt was full .\n")
    assert headline(LEAD + text, "Yesterday") == "Anna Lind: I visited the north dock"


def test_a_speaker_named_after_the_body_that_owns_the_role_is_credited():
    text = "`` It 's probably too early to call this a mild outbreak , '' the HPB 's Dr. Lars Berg told a briefing on Tuesday ."
    assert headline(LEAD + text, "Tuesday") == "Dr. Lars Berg: It's probably too early to call this a mild outbreak"


def test_a_possessives_relative_is_not_credited_by_the_owners_name():
    text = "`` It 's probably too early to call this a mild outbreak , '' Lars Berg 's mother told a briefing on Tuesday ."
    assert ":" not in headline(LEAD + text, "Tuesday")


@pytest.mark.parametrize("text, expected", [
    ("\n\n\"There are roughly two million people who we believe are affected\" by the drought, Berg said. \"We think "
     "the water situation will reach a critical stage this spring with children at risk.\"",
     "Berg: We think the water situation will reach a critical stage with children at risk"),
    ("\n\n\"There are roughly two million people who we believe are affected\" by the drought, Anna Berg said. "
     "\"We think the water situation will reach a critical stage this spring with children at risk.\"",
     "Anna Berg: We think the water situation will reach a critical stage with children at risk"),
])
def test_a_whole_sentence_quote_goes_on_in_the_voice_of_the_quote_credited_before_it(text, expected):
    assert headline(LEAD + text, "this spring") == expected


@pytest.mark.parametrize("text", [
    # the quote before is credited to no one named
    "\n\n\"There are roughly two million people affected,\" a statement said. \"We think the water situation will "
    "reach a critical stage this spring.\"",
    # the credit before names a title and a name: which words are the name is not safe to tell
    "\n\n\"There are roughly two million people affected,\" harbour chief Anna Berg said. \"We think the water "
    "situation will reach a critical stage this spring.\"",
    # the sentence goes on to someone else's act after the credit: the next quote may be theirs
    "\n\n\"We will fight on,\" Anna Berg said, before her rival Tom Holm answered. \"We think the water "
    "situation will reach a critical stage this spring.\"",
])
def test_a_whole_sentence_quote_after_no_named_credit_is_not_credited(text):
    assert ":" not in headline(LEAD + text, "this spring")

"""Summaries that name who: a quote credited to its speaker, a "he" named by the sentence before,
no gap where a date was cut, a run with a verb over a verbless phrase."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    ('"We have had no food or clean water in the camp since Tuesday and the children are sick," '
     'said Rick Santos, a driver from the north.', "Tuesday",
     "Rick Santos: We have had no food or clean water in the camp since Tuesday"),
    ("\n`` We demonstrated today to support all the fishermen held in the northern ports and stop the fines , '' "
     "Karl Olsen , chief of the fishermen 's union , said .", "today",
     "Karl Olsen: We demonstrated to support all the fishermen held in the northern ports and stop the fines"),
    ('"We did not change anything about the role of the harbour board," Anna Berg, head of the port office, '
     "said after the talks late on Tuesday.", "Tuesday",
     "Anna Berg: We did not change anything about the role of the harbour board"),
    # the credit opens with the speaker's role, the name set off by commas after it; the date closes the quote
    ('"We are seeing a sharp drop in cases and that is why we are lowering the alert today," '
     "the harbour town's health chief, Olle Lindqvist, said.", "today",
     "Olle Lindqvist: We are seeing a sharp drop in cases and that is why we are lowering the alert"),
    ("\n`` We are seeing a sharp drop in cases and that is why we are lowering the alert today , '' "
     "the harbour town 's health chief , Olle Lindqvist , said .", "today",
     "Olle Lindqvist: We are seeing a sharp drop in cases and that is why we are lowering the alert"),
    # the speaker's title before the name: lower-case words, or capitalised ones too many for a name
    ("`` We do not have any evidence that we should close the port today , or that it is imminent , '' "
     "said harbour chief Anna Berg .", "today",
     "Anna Berg: We do not have any evidence that we should close the port"),
    ("`` We do not have any evidence that we should close the port today , or that it is imminent , '' "
     "said HPB Assistant Director General Olle Lindqvist .", "today",
     "Olle Lindqvist: We do not have any evidence that we should close the port"),
])
def test_a_first_person_quote_is_credited_to_the_speaker_its_sentence_names(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression", [
    ('"We have had no food or clean water in the camp since Tuesday and the children are sick," she said.',
     "Tuesday"),
    ('"We have had no food or clean water in the camp since Tuesday and the children are sick," '
     "a driver from the north said.", "Tuesday"),
])
def test_a_quote_whose_speaker_is_not_named_is_not_credited(text, expression):
    summary = headline(LEAD + text, expression)
    assert ":" not in summary and summary.startswith("We have had no food")


def test_he_opening_a_sentence_takes_the_name_the_sentence_before_opens_with():
    text = "Dr Anna Berg said the harbour clinic was full. She added that a second ward would open on Friday."
    assert headline(LEAD + text, "Friday") == "Dr Anna Berg added that a second ward would open"


@pytest.mark.parametrize("text", [
    # a place is no person's name: it opens no subject before a verb
    "Los Angeles police said the harbour clinic was full. He added that a second ward would open on Friday.",
    # the sentence before names two people: whose "she"?
    "Dr Anna Berg told the court that Dr Karl Olsen was tired. She added that a second ward would open on Friday.",
    # a caption run into the sentence before: its name is not the subject
    "Dr Anna Berg died in 2009 Berg 's mother filed the claim. She added that a second ward would open on Friday.",
    # a new paragraph whose "she" tells no saying, and nothing tells the name is a person's (a title does:
    # test_pronoun_across_break; a "she added" goes on with the speaker before)
    "Anna Berg said the harbour clinic was full.\n\nShe opened a second ward on Friday.",
])
def test_a_pronoun_is_left_alone_when_its_name_is_not_safe(text):
    assert headline(LEAD + text, "Friday").startswith(("He added", "She added", "She opened"))


@pytest.mark.parametrize("text, expression, expected", [
    ("The harbour painter Anna Berg spent most of last year in Ostrava, where she drew the old docks.",
     "last year", "The harbour painter Anna Berg spent most of last year in Ostrava"),
    ("The province invested 20 billion crowns between 2001 and 2005 in efforts to provide clean water.",
     "2001 and 2005", "The province invested 20 billion crowns between 2001 and 2005 in efforts to provide clean water"),
    ("But at the weekend it was towed from the harbour and put in a dry dock after divers complained.",
     "the weekend", "It was towed from the harbour"),
])
def test_no_gap_is_left_where_a_date_was_cut(text, expression, expected):
    assert headline(LEAD + text, expression).startswith(expected)


def test_as_of_a_date_goes_with_its_date():
    summary = headline(LEAD + "The ministry confirmed that, as of this morning, 456 people had caught the virus.",
                       "this morning")
    assert "as of" not in summary


@pytest.mark.parametrize("text, expression, expected", [
    ("\nThree months after the flood of January 2010, the town of Ostrava is still trying to recover.",
     "January 2010", "Three months after the flood of January 2010, the town of Ostrava is still trying to recover"),
    ("\nDuring the cattle scare of 1995-7, grown men with degrees in farming predicted doom for the valley.",
     "1995-7", "During the cattle scare of 1995-7, grown men with degrees in farming predicted doom for the valley"),
])
def test_a_run_with_a_verb_is_preferred_to_a_verbless_phrase(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("The harbour board said a new pier could open earlier than planned, perhaps in late August or September.",
     "late August", "late August or September"),
    ('But Berg said: "We cannot blame the new coins for any rise in prices in December, January or February."',
     "January", "December, January or February"),
])
def test_a_date_that_is_one_of_a_choice_stays_with_the_others(text, expression, expected):
    summary = headline(LEAD + text, expression)
    last = expected.split()[-1]
    assert last not in summary or expected in summary  # never "perhaps or September", "in December, or February"


def test_a_date_before_and_a_name_is_no_range():
    text = "Rescuers reached the valley where a cargo plane crashed last Friday and rebels claimed to have shot it down."
    assert "Friday" not in headline(LEAD + text, "last Friday")


def test_an_infinitive_shows_a_verb_the_verb_endings_miss():
    text = ("\nOn Friday the mayors of Horten and Moss agree to work together to prepare a conference on rebuilding "
            "the old harbour district , `` with Oslo , Bergen and other towns directly concerned '' .")
    assert headline(LEAD + text, "Friday").startswith("The mayors of Horten and Moss agree to work together")


@pytest.mark.parametrize("text, expression, expected", [
    ("Port Minister Anna Berg says at a news conference that she will visit the harbour clinic on Saturday "
     "with the aid chief.", "Saturday", "Port Minister Anna Berg will visit the harbour clinic with the aid chief"),
])
def test_a_reported_he_or_she_takes_the_name_of_the_speaker(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_reported_he_is_left_alone_when_the_speaker_is_not_named():
    text = ("Port officials said at a news conference that he will visit the harbour clinic on Saturday "
            "with the aid chief and the mayor of the northern town.")
    assert "he will visit the harbour clinic" in headline(LEAD + text, "Saturday")


@pytest.mark.parametrize("text, expression, expected", [
    ("I walked down to the harbour, and the clinic nurses were treating dozens of injured fishermen on Friday.",
     "Friday", "The clinic nurses were treating dozens of injured fishermen"),
    ("They were tired and hungry, and the harbour clinic had run out of clean bandages on Tuesday.",
     "Tuesday", "The harbour clinic had run out of clean bandages"),
])
def test_a_clause_that_names_its_subject_beats_one_that_opens_with_a_pronoun(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_pronoun_clause_stays_when_no_other_clause_names_a_subject():
    text = "I walked down to the harbour on Friday with my camera and a bag of bread."
    assert headline(LEAD + text, "Friday").startswith("I walked down to the harbour")


def test_a_report_too_long_to_keep_whole_gives_what_it_reports_rather_than_a_cut_before_its_verb():
    text = ("Port Health Secretary Karl Anders Olsen said on Friday that three more deaths from the harbour fever "
            "had been confirmed, bringing the toll to 15.")
    # what is reported is credited to its named speaker, as a headline writer credits a quote
    assert headline(LEAD + text, "Friday") == ("Port Health Secretary Karl Anders Olsen: Three more deaths from the "
                                               "harbour fever had been confirmed")


def test_a_report_that_fits_keeps_its_speaker():
    text = "The regional harbour authority said on Friday that the new ferry terminal would open in May."
    assert headline(LEAD + text, "Friday").startswith("The regional harbour authority said that")


def test_a_pronoun_clause_stays_when_the_other_tells_its_act_only_in_a_relative_clause():
    text = ("This was the warning in a report published on Friday by a harbour charity, the Port Trust, "
            "which funded a study of the storm damage to the docks.")
    assert headline(LEAD + text, "Friday").startswith("This was the warning")


def test_what_a_pronoun_speaker_reports_stands_for_the_sentence():
    text = ("Speaking to reporters on Monday, she said the harbour clinic had received about 10,000 patients, "
            "which it had sent on to the city.")
    assert headline(LEAD + text, "Monday") == "The harbour clinic had received about 10,000 patients"


def test_a_pronoun_clause_that_holds_the_date_is_not_traded_for_another_act():
    text = ("We promised each other this at the harbour chapel seven years ago, and every storm the fleet has "
            "faced has made that promise stronger.")
    assert headline(LEAD + text, "seven years ago").startswith("We promised each other this")


def test_the_listener_of_a_pronoun_speaker_is_not_the_subject():
    text = "He told the Harbour Broadcasting network on Friday: `` There have been some incidents at the docks . ''"
    assert not headline(LEAD + text, "Friday").startswith("The Harbour Broadcasting network")



@pytest.mark.parametrize("text, expression, expected", [
    # credited where the quote closes, a sentence later
    ("The chapel has had to stop its services .\n`` It pains us not to hold the service on Sunday , but we agreed "
     "with the port office .\nThey asked us to avoid crowds , '' said Ola Dahl Berg , rector of the chapel .",
     "Sunday", "Ola Dahl Berg: It pains us not to hold the service"),
    # credited where the quote opened, by a "she" whom the sentence before names between commas
    ("The regional health chief , Kari Nordmann , said that the virus was contained .\nShe said : `` This is "
     "significant .\nThe person we 're confirming as positive today had not been abroad . ''", "today",
     "Kari Nordmann: The person we're confirming as positive had not been abroad"),
])
def test_a_quote_over_several_sentences_is_credited_where_it_opens_or_closes(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_quote_over_several_sentences_credited_to_no_name_stays_uncredited():
    text = "`` We are opening the ward on Monday for the first patients .\nIt will help , '' she said ."
    assert headline(LEAD + text, "Monday") == "We are opening the ward for the first patients"


def test_a_name_after_a_later_verb_of_saying_is_no_speaker():
    text = ('In March she said the harbour board "must be dissolved", and last week said Northport was '
            'a "disgrace" to the coast.')
    assert not headline(LEAD + text, "March").startswith("Northport:")


def test_a_pronoun_speakers_own_quoted_words_are_not_stated_as_fact():
    text = 'In March he said the harbour board "must be dissolved at once".'
    assert headline(LEAD + text, "March") != "The harbour board must be dissolved at once"


@pytest.mark.parametrize("text, expression, expected", [
    # a colon's first phrase is not what was said: the run goes on to the reported clause's verb
    ("Anna Berg of the harbour charity tells the radio on Friday : `` In the first 48 hours after a storm , "
     "it is not the money that makes a difference .", "Friday",
     "Anna Berg of the harbour charity tells the radio: In the first 48 hours after a storm, it is not the money "
     "that makes a difference"),
    # a finite verb of saying after a comma is no participle of the noun before it
    ("Ola Lind , the head of the ferry line , tells the radio on Friday that the ferry , the Nordlys , will stay "
     "in port .", "Friday", "Ola Lind tells the radio that the ferry, the Nordlys, will stay in port"),
    # a quote inside the report is no opening of it: the cut after the reported clause stays
    ("The harbour master Ola Lind says on Friday the storm was `` the worst in forty years , in a town that has "
     "seen many storms '' , the radio reported .", "Friday",
     "The harbour master Ola Lind says the storm was the worst in forty years"),
    # "It 's" tells: the report before the comma is whole
    ("The reporter Karl Olsen at the harbour says on Monday : `` It 's a flood , there are maybe ... 20 boats .",
     "Monday", "The reporter Karl Olsen at the harbour says: It's a flood"),
    # a present tense in the report tells: the run may end after it
    ("Olsen told the radio on Monday that Norway gives priority to the fishing fleet in its budget , and he said "
     "the money was there .", "Monday", "Olsen told the radio that Norway gives priority to the fishing fleet in its budget"),
])
def test_a_reported_clause_is_whole_or_not_used(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


_STRANDED = "The ferry crews were stranded for days .\n"


@pytest.mark.parametrize("reported, expected", [
    ("Mr Holm , a father of two , said it was hard to find money for the trips .", "Mr Holm"),
    ("Kari Holm said it was hard to find money for the trips .", "Kari Holm"),
    ("Kari Holm, 42, from Bergen, said it was hard to find money.", "Kari Holm"),
    # another person a "he" may be, or another name: no credit
    ("Kari Holm said his brother was hard to reach .", ""),
    ("Kari Holm told Ola Berg it was hard to find money .", ""),
    ("The union said it was hard to find money for the trips .", ""),
    # an honorific of the other gender than the quote's "he": no credit
    ("Mrs Kari Holm said it was hard to find money for the trips .", ""),
    ("Ms Holm , a mother of two , said it was hard to find money for the trips .", ""),
])
def test_a_he_quote_is_credited_to_the_one_named_speaker_the_sentence_before_reports(reported, expected):
    text = _STRANDED + reported + "\n`` I 've been on the phone to the crews this morning , '' he added .\n"
    summary = headline(text, "this morning")
    assert summary == (f"{expected}: " if expected else "") + "I've been on the phone to the crews"


def test_a_she_quote_is_credited_to_a_speaker_whose_honorific_agrees():
    text = _STRANDED + "Mrs Kari Holm said it was hard .\n`` I 've been on the phone to the crews this morning , '' she added .\n"
    assert headline(text, "this morning") == "Mrs Kari Holm: I've been on the phone to the crews"


def test_a_first_person_word_with_a_clitic_opens_a_quote_that_is_credited():
    text = _STRANDED + 'Kari Holm said it was hard.\n"We\'ve been on the phone to the crews this morning," he added.\n'
    assert headline(text, "this morning") == "Kari Holm: We've been on the phone to the crews"

"""A "He said …" or "She added …" right after a sentence that credits what it reports to one named
speaker goes on quoting that speaker, however the credit is written: a title before the name, a
fronted phrase, the name between commas after its title, the name after the verb at the end."""

import pytest

from test_headlines import LEAD, headline
from timeline.events.headline_words import lexicon
from timeline.events.said_speaker import said_speaker


@pytest.mark.parametrize("before, expected", [
    # a linking word and a title of capitals before the name; the report speaks of a "he"
    ("But Chief Executive Karl Vinter told Nordwire he did not expect the firm to lose money.", "Karl Vinter said"),
    # a fronted phrase and a glued title; the report names someone else's term, who does not speak
    ("Last year, Harbour and Fisheries Minister Olav Tenmark said the council was considering a merger "
     "before Dahl's term ends.", "Olav Tenmark said"),
    # the name after the verb, at the sentence's end
    ("The new ferry routes at Lund, Mora and Vik will be open during the day, said Petter Ulvik.", "Petter Ulvik said"),
    # a body's letters before a lower-case role
    ("UN spokesman Karl Vinter told Nordwire that the crossings would open at noon.", "Karl Vinter said"),
    # the name between commas after its title
    ("Chief Spokesman for the Harbour Council, Jon Brekke, told the radio that the crews worked all night.",
     "Jon Brekke said"),
])
def test_he_said_goes_on_with_the_one_named_speaker_before(before, expected):
    text = f"{before} He said sales had recovered on Friday."
    assert expected in headline(LEAD + text, "Friday")


def test_a_he_said_that_with_a_phrase_between_commas_after_it():
    text = ("But Chief Executive Karl Vinter told Nordwire he did not expect the firm to lose money. "
            "He said that, after a lull at the start of the year, sales in Lund improved on Friday.")
    assert headline(LEAD + text, "Friday").startswith("Karl Vinter said")


def test_a_speaker_credited_in_the_paragraph_before_goes_on():
    text = ("\n\nThe new ferry routes at Lund, Mora and Vik will be open during the day, said Petter Ulvik.\n\n"
            "He added that another route is due to open at Vik on Friday.")
    assert headline(LEAD + text, "Friday").startswith("Petter Ulvik added")


def test_a_line_break_the_splitter_ran_over_ends_the_sentence_before():
    text = ('The mayor promised help, calling the damage "truly sad." \nChief Spokesman for the Harbour Council, '
            "Jon Brekke, told the radio that the mayor asked his staff to work out a plan. "
            "He said that the crews were arriving on Friday.")
    assert headline(LEAD + text, "Friday").startswith("Jon Brekke said")


def test_a_her_before_the_name_says_whose_partner_not_who_speaks():
    text = ("In a statement, her partner Rolf Anker said it was a hard time for the family. "
            'He said: "Our son was born on Friday, far too early.')
    assert headline(LEAD + text, "Friday").startswith("Rolf Anker said")


@pytest.mark.parametrize("before", [
    # two speakers
    'The results "will speak for themselves," said Vinter, while Brekke said he agreed.',
    # two people in one credit
    "Anna Lind and Tom Roe said the school would close.",
    # no name
    "Officials said the school would close.",
    # a place is no one
    "Port Lewis Harbour said the school would close.",
])
def test_no_one_speaker_no_name(before):
    assert said_speaker(before.replace(",", " ,").replace(".", " ."), lexicon("en")) == ""


@pytest.mark.parametrize("text", [
    # a "her" after the name tells the speaker is a she
    "Kim Lund said her ferry would sail. He said sales had recovered on Friday.",
    # a title of the other sex
    "Mrs Kim Lund said the ferry would sail. He said sales had recovered on Friday.",
])
def test_a_speaker_of_the_other_sex_is_not_taken(text):
    assert headline(LEAD + text, "Friday").startswith("He said")


def test_a_he_goes_on_with_the_subject_over_the_names_that_are_its_objects():
    text = ("Karl Vinter has often worked with Olav Tenmark and Rolf Anker. "
            "In 2004, he won a prize for his role in the harbour film.")
    assert headline(LEAD + text, "2004").startswith("Karl Vinter won a prize")


@pytest.mark.parametrize("before", [
    # another name is the subject of a clause of its own
    "Karl Vinter has often worked with Olav Tenmark and Rolf Anker won.",
    # a report: whose "he" next?
    "Karl Vinter told the radio that Olav Tenmark had left.",
    # someone of the other sex spoken of
    "Karl Vinter met her in Lund.",
])
def test_a_he_after_a_subject_and_other_subjects_is_left(before):
    text = f"{before} In 2004, he won a prize for his role in the harbour film."
    assert headline(LEAD + text, "2004").startswith("He won")


def test_a_he_after_an_owner_the_story_names_as_a_person_takes_the_owner():
    text = ("Karl Vinter says the song will be out in May. Vinter's X Nights show won the prize at the "
            'awards. Speaking afterwards, he said of the single: "We made a decision on Friday.')
    assert headline(LEAD + text, "Friday").startswith("Vinter said of the single")


@pytest.mark.parametrize("text", [
    # the owner is never written as a person: a place's new mayor may be the "he"
    "Lund's new mayor was chosen on Monday. He said the harbour would open on Friday.",
    # the owner's full name is a woman's
    "Ms Lena Vinter sold the farm in May.\n\nVinter's Harbour Nights show won the prize at the awards. "
    'Speaking afterwards, he said of the single: "We made a decision on Friday.',
    # another person is named after the owner's thing
    "Karl Vinter says the song will be out in May. Vinter's show beat Olav Tenmark at the awards. "
    'Speaking afterwards, he said of the single: "We made a decision on Friday.',
])
def test_an_owner_that_may_not_be_the_he_is_left(text):
    assert headline(LEAD + text, "Friday").startswith("He said")



@pytest.mark.parametrize("text, expected", [
    # a surname alone, written with a first name before, in a paragraph of its own after another man's words
    ('Karl Vinter left the club in May.\n\n"His knee is mending," Doctor Olav Tenmark said.\n\n'
     "Vinter said in a statement that he felt fine.\n\nHe said he was looking forward to the season on Friday.",
     "Vinter said he was looking"),
    # the full name is a woman's
    ('Ms Lena Vinter left the club in May.\n\n"His knee is mending," Doctor Olav Tenmark said.\n\n'
     "Vinter said in a statement that it felt fine.\n\nHe said he was looking forward to the season on Friday.",
     "He said he was looking"),
])
def test_a_surname_alone_speaks_when_the_story_named_him_in_full(text, expected):
    assert headline(LEAD + text, "Friday").startswith(expected)

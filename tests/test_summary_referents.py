"""Summaries that say who, and are never debris: a "he" or a quoted "we" named by the sentences a few
back, a dateline's tail or a page stamp taken off the front, and events whose summary reads as no
headline ranked below those that do."""

from datetime import date

import pytest

from test_headlines import LEAD, headline
from timeline.events.debris import without_debris
from timeline.events.importance import UNREADABLE, Copies, importance
from timeline.events.merge import make_events
from timeline.events.readable import reads_as_headline
from timeline.events.readable import reads_alone
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


@pytest.mark.parametrize("text, expected", [
    # the name two sentences back, a "he added" between
    ('Professor Karl Olsen told the radio that the ward was full. "We will be ready to move," he added. '
     "He warned that the staff would have to work on Friday.",
     "Professor Karl Olsen warned that the staff would have to work"),
    # a quote of several sentences: its speaker was credited in the first
    ('Karl Olsen spoke to the crowd at the harbour. He declined to give a figure. "We have some numbers," he said. '
     '"We can say the harbour will reopen on Friday, it is safer now.',
     "Karl Olsen: We can say the harbour will reopen"),
])
def test_a_pronoun_or_quote_takes_the_name_a_few_sentences_back(text, expected):
    assert headline(LEAD + text, "Friday") == expected


def test_a_quote_after_a_caption_takes_the_one_name_the_caption_gives():
    text = ("`` When I heard about the storm , I thought the boats were lost . '' \nKarl Olsen wants to help the harbour "
            "The father-of-two said he would stay . `` But I am not a sailor . \n`` I have called the other captains "
            "and we are meeting on Saturday .")
    assert headline(LEAD + text, "Saturday") == "Karl Olsen: I have called the other captains and we are meeting"


@pytest.mark.parametrize("text", [
    # a place is no one
    "The ferry from Port Lewis sailed late. Port Lewis stays closed to ferries. "
    "He warned that the staff would have to work on Friday.",
    # someone else is named between: whose "he"?
    "Professor Karl Olsen told the radio that the ward was full. Dr Anna Berg disagreed with the figure. "
    "A nurse was not asked. He warned that the staff would have to work on Friday.",
    # a sentence that is not about any person breaks the chain
    "Professor Karl Olsen told the radio that the ward was full. The harbour stayed closed all week. "
    "He warned that the staff would have to work on Friday.",
    # a new paragraph, and nothing tells the name is a person's (a title does: test_pronoun_across_break)
    "Karl Olsen told the radio that the ward was full. He was tired.\n\n"
    "He warned that the staff would have to work on Friday.",
])
def test_a_pronoun_is_left_alone_when_the_chain_to_a_name_breaks(text):
    assert headline(LEAD + text, "Friday").startswith("He warned")


def test_a_quote_with_no_credit_goes_on_with_the_speaker_credited_just_before():
    # a news convention: a quote is credited once, and the next quote of the paragraph is the same speaker's
    text = '"The harbour trade has come back to the town," Karl Olsen said. "We will open two more berths in March."'
    assert headline(LEAD + text, "March") == "Karl Olsen: We will open two more berths"


def test_a_quote_its_own_sentence_credits_is_not_credited_to_an_earlier_name():
    text = ("The Harbour Safety Board said the ferries were checked. "
            "`` Our concern has grown since Friday , '' Dr. Karl Olsen , head of the port office told reporters .")
    assert not headline(LEAD + text, "Friday").startswith("Harbour Safety Board")


def test_a_first_person_line_outside_a_quote_is_not_credited_to_an_earlier_speaker():
    text = ('Karl Olsen spoke to the crowd at the harbour. "We have some numbers," he said. '
            "We will be back at the harbour on Friday to finish the pumps.")
    assert ":" not in headline(LEAD + text, "Friday")


def test_a_page_stamp_before_the_story_is_no_part_of_its_summary():
    text = "Tue Apr 27 , 2009 9:17 pm BST - The harbour board revised its six-point scale on Monday ."
    assert headline(LEAD + text, "Monday") == "The harbour board revised its six-point scale"


def test_a_dateline_tail_left_by_the_cut_date_is_no_part_of_the_summary():
    text = ("Bread Count Since the 1990 Peak Identified in Norway Bergen , NO -LRB- PRWire -RRB- April 7 , 2008 -- "
            "Anna Foods , Ltd. has found that the bread count has recently increased to 7.6 .")
    assert headline(LEAD + text, "April 7 , 2008").startswith("Anna Foods, Ltd. has found")


@pytest.mark.parametrize("summary, expected", [
    ("NO, -- Anna Foods has found that the bread count rose", "Anna Foods has found that the bread count rose"),
    ("France, May 12 - Anna Foods opened a plant", "Anna Foods opened a plant"),
    ("Mon Apr 27, 2009 9:17 pm BST - The harbour board revised its scale", "The harbour board revised its scale"),
    ("Cents Anna Foods cut its forecast of bread sales", "Anna Foods cut its forecast of bread sales"),
    ("GENEVA - Sailors may be witnessing the end of the harbour", "Sailors may be witnessing the end of the harbour"),
    ("NATO - a summit of sailors - met in the harbour", "NATO - a summit of sailors - met in the harbour"),
    ("Page last updated at 07:43 GMT, Tuesday, 23 August 2011 08:43 UK Anna Berg will sing at the gala",
     "Anna Berg will sing at the gala"),
    # not debris: an aside after a name, a headline with a dash, a word that only looks like a glyph
    ("Anna Berg, 64 - a veteran of the party - resigned", "Anna Berg, 64 - a veteran of the party - resigned"),
    ("Norway, Chile agree on fishing - officials say", "Norway, Chile agree on fishing - officials say"),
    ("Cents and pennies were counted by the bank", "Cents and pennies were counted by the bank"),
    # too little would be left
    ("France, May 12 - Anna Foods", "France, May 12 - Anna Foods"),
])
def test_debris_is_taken_off_the_front_of_a_summary_only(summary, expected):
    assert without_debris(summary, "en") == expected


def _event(text, expression, title=None):
    article = Article(id="a", path="a.txt", text=text, published=date(2020, 10, 16),
                      published_source=PublishSource.HEADER, language="en", title=title)
    (mention,) = [m for m in extract_mentions(article) if m.expression.text == expression]
    (event,) = make_events([[mention]])
    return event


@pytest.mark.parametrize("text, expression", [
    (LEAD + "It was towed from the harbour on Tuesday after divers complained.", "Tuesday"),
    (LEAD + "On Tuesday, the end of a long week for the harbour board.", "Tuesday"),
    (LEAD + "The person we are confirming as positive on Tuesday had not been abroad.", "Tuesday"),
])
def test_an_event_whose_summary_reads_as_no_headline_counts_less(text, expression):
    event = _event(text, expression)
    assert not reads_as_headline(event)
    copies = Copies()
    full = importance(event, copies.sources(m.article for m in event.mentions), copies) / UNREADABLE
    readable = _event(LEAD + "The harbour board towed the ferry away on Tuesday after divers complained.", "Tuesday")
    assert reads_as_headline(readable)
    assert readable.importance == pytest.approx(full) and event.importance == pytest.approx(full * UNREADABLE)


def test_an_article_title_reads_as_a_headline_whatever_its_words():
    event = _event("Harbour ferry strike ends on Tuesday. More follows.", "Tuesday", title="Ferry strike over")
    assert event.summary == "Ferry strike over" and reads_as_headline(event)


def test_an_expletive_reads_as_a_headline():
    event = _event(LEAD + "There were several small tremors in the harbour towns on Tuesday.", "Tuesday")
    assert event.summary.startswith("There were") and reads_as_headline(event)


def test_a_name_in_capitals_is_no_pronoun():
    event = _event(LEAD + "US officials closed the harbour on Tuesday after divers complained.", "Tuesday")
    assert reads_alone(event.summary, event.mentions[0].sentence, "en") and reads_as_headline(event)


@pytest.mark.parametrize("previous", [
    "Volvo Cars said the plant would shut.",  # a company is no "he"
    "Ms Anna Lind was elected to the board.",  # a title of the other sex
    "Anna Lind was elected to her party's board.",  # a word of the other sex
])
def test_the_sentence_right_before_names_no_one_the_pronoun_cannot_be(previous):
    # the same person checks as for a name found further back (pronoun.may_be_named)
    assert headline(LEAD + previous + " He criticised the vote on Friday.", "Friday") == "He criticised the vote"


def test_a_possessive_is_read_as_its_pronoun_for_the_person_checks():
    text = "Ms Anna Lind was elected to the board. His lawyer criticised the vote on Friday."
    assert headline(LEAD + text, "Friday") == "His lawyer criticised the vote"
    text = "Karl Olsen was elected to the board. His lawyer criticised the vote on Friday."
    assert headline(LEAD + text, "Friday") == "Karl Olsen's lawyer criticised the vote"


@pytest.mark.parametrize("text, expected", [
    # "Her" a few sentences after the name, through a sentence that goes on about her: the name's possessive
    ('Anna Berg told the radio that the sea was rough . "We will go on ," she added . '
     "Her boat was found near Brunvik on Tuesday .", "Anna Berg's boat was found near Brunvik"),
    # the other sex's possessive keeps its word
    ('Anna Berg told the radio that the sea was rough . She added that the crew was safe . '
     "His boat was found near Brunvik on Tuesday .", "His boat was found near Brunvik"),
])
def test_an_opening_possessive_takes_the_name_a_few_sentences_back(text, expected):
    assert headline(LEAD + text, "Tuesday") == expected

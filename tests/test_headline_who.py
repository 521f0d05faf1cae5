"""Summaries that say who: a wire tag is no part of a title, a quote credited to "he" takes the
speaker the sentence before names, a lead sentence that names no one or asks a question gives way
to the title, and an event prefers a statement to a question."""

from datetime import date

import pytest

from test_headlines import LEAD, headline
from timeline.events.fusion import make_event
from timeline.events.title import headline_title
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


@pytest.mark.parametrize("title, expected", [
    ("URGENT: Flood closes the harbour road in Tromso", "Flood closes the harbour road in Tromso"),
    ("Urgent: Ferry runs aground near the island of Moss", "Ferry runs aground near the island of Moss"),
    ("URGENT Harbour board calls for new budget talks", "Harbour board calls for new budget talks"),
    ("1st Ld-Writethru: Bakers strike over flour prices in Oslo", "Bakers strike over flour prices in Oslo"),
    ("2nd Ld Writethru: Bakers strike over flour prices in Oslo", "Bakers strike over flour prices in Oslo"),
    ("UPDATE 2-Bakers strike over flour prices in Oslo", "Bakers strike over flour prices in Oslo"),
    ("Live: Mayor opens the new harbour bridge", "Mayor opens the new harbour bridge"),
    ("News analysis: Flour prices split the bakers' union", "Flour prices split the bakers' union"),
    ("URGENT: 1st lead: Bakers strike over flour prices in Oslo", "Bakers strike over flour prices in Oslo"),
    # the feed lost the space between the tag and the headline
    ("URGENTFirst ferry docks at the island of Moss", "First ferry docks at the island of Moss"),
])
def test_a_wire_tag_is_cut_from_the_title(title, expected):
    assert headline_title(title, "en") == expected


@pytest.mark.parametrize("title", [
    "Update on the harbour bridge works in the city",  # a word of the headline, not a tag
    "Live-blog readers react to the harbour bridge",
    "2 dead: Storm hits the coast of the island",  # a number alone is no tag
    "Harbour talks: Bakers and millers meet in Oslo",  # not a tag of the language
    "LEAD POISONING FOUND IN SCHOOL WATER",  # a title all in capitals: its first word is no tag
    "UPDATE FLOOD CLOSES THE HARBOUR ROAD",
    "URGENTLY needed: blood donors in the city",  # a word that begins with a tag's letters
])
def test_a_title_without_a_wire_tag_is_kept_whole(title):
    assert headline_title(title, "en") == title


def test_a_title_in_a_language_without_a_resource_never_raises():
    assert headline_title("Harbour opens after the long storm", "xx") == "Harbour opens after the long storm"


def test_a_quote_credited_to_he_takes_the_speaker_the_sentence_before_credits():
    text = ('"The harbour trade has come back to the town," Karl Olsen said. '
            '"We will open two more berths in March," he said.')
    assert headline(LEAD + text, "March") == "Karl Olsen: We will open two more berths"


def test_a_short_quote_credited_to_he_loses_its_own_credit():
    text = '"The flour costs too much," Karl Olsen said. "We will open again on 20 March," he said.'
    assert headline(LEAD + text, "20 March") == "Karl Olsen: We will open"


@pytest.mark.parametrize("text", [
    # the sentence before credits two speakers: whose "he"?
    ('"The harbour trade has come back," Karl Olsen said, and "it is fine," said Anna Berg. '
     '"We will open two more berths in March," he said.'),
    # a new paragraph that tells more than its quote and a "he said" (a paragraph of only these goes on in
    # the voice of the one before: tests/test_headline_paragraph_speakers.py)
    ('"The harbour trade has come back to the town," Karl Olsen said.\n\n'
     '"We will open two more berths in March," he said as the ferry from the islands came in.'),
])
def test_a_quote_is_not_credited_when_its_speaker_is_not_safe(text):
    assert headline(LEAD + text, "March").startswith("We will open")


PARAGRAPH = "\n\nThe harbour board will meet again in the spring to plan the work."


def test_a_lead_sentence_that_names_no_one_gives_way_to_the_title():
    title = "Harbour board votes to close the old ferry berth"
    text = "The harbour board voted to close the old berth. They said on Monday that it would shut within a year."
    assert headline(text + PARAGRAPH, "Monday", title=title) == title


def test_a_question_in_the_lead_gives_way_to_the_title():
    title = "Harbour board votes to close the old ferry berth"
    text = "The harbour board voted to close the old berth. Will the ferries still run on Monday?"
    assert headline(text + PARAGRAPH, "Monday", title=title) == title


def test_a_pronoun_after_the_lead_does_not_take_the_title():
    title = "Harbour board votes to close the old ferry berth"
    text = ("The harbour board voted to close the old berth. The vote was close. "
            "They said on Monday that it would shut within a year.")
    assert headline(text + PARAGRAPH, "Monday", title=title) == "They said that it would shut within a year"


def test_a_named_lead_sentence_keeps_its_own_clause():
    title = "Harbour board votes to close the old ferry berth"
    text = "The harbour board voted to close the old berth. Karl Olsen, its chair, resigned on Monday."
    assert headline(text + PARAGRAPH, "Monday", title=title) == "Karl Olsen resigned"


def _article(name, text):
    return Article(id=name, path=f"{name}.txt", text=LEAD + text, published=date(2020, 10, 16),
                   published_source=PublishSource.HEADER, language="en", title=None)


def test_an_event_summary_is_a_statement_rather_than_a_question():
    # the question is nearer the middle headline length: only its asking puts it behind
    asked = _article("a", "Did the bakers of the old town close every shop on 12 March?")
    told = _article("b", "The bakers and millers of the old town closed every shop, mill and stall in the city "
                         "and the harbour on 12 March.")
    mentions = [m for a in (asked, told) for m in extract_mentions(a) if m.expression.text == "12 March"]
    assert len(mentions) == 2
    assert make_event(mentions).summary.startswith("The bakers and millers of the old town closed")


@pytest.mark.parametrize("text, expected", [
    # the first person is inside the quote, not its first word
    ('"Today what we have heard from the harbour board is a call for a strike," Olsen said on Monday.',
     "Olsen: Today what we have heard from the harbour board is a call for a strike"),
    # a lower-case title before the speaker's name
    ('"The signs I have point to no vote," spokesman Karl Olsen said on Monday.',
     "Karl Olsen: The signs I have point to no vote"),
])
def test_a_first_person_quote_is_credited_however_it_opens(text, expected):
    assert headline(LEAD + text, "Monday") == expected


def test_a_quote_in_the_third_person_is_not_credited():
    text = '"The harbour board has called for a strike," Olsen said on Monday.'
    assert not headline(LEAD + text, "Monday").startswith("Olsen:")



def test_the_sentence_before_is_the_one_that_ends_where_the_piece_starts():
    from timeline.events.summary import _previous
    from timeline.temporal.sentences import sentence_bounds

    text = ('"None of us would be here," said Karl Olsen. Late in the evening the mayor thanked the crews. '
            '"We will open two more berths," she said.')
    bounds = sentence_bounds(text)
    quote = text.index('"We will')
    assert _previous(text, bounds, quote).startswith("Late in the evening")
    # a piece cut from inside a sentence: the words before it there, when they end a sentence
    assert _previous(text, bounds, text.index("the mayor")) == ""
    joined = "Olsen spoke. The mayor thanked the crews . `` We will open two more berths , '' she said ."
    assert _previous(joined, [(0, 12), (13, len(joined))], joined.index("``")) == "The mayor thanked the crews ."
    assert _previous(text.replace(". Late", ".\n\nLate"), sentence_bounds(text.replace(". Late", ".\n\nLate")),
                     text.index("Late") + 1) == ""


@pytest.mark.parametrize("text, expected", [
    # the words before a lower-case title only qualify the speaker
    ('"We are glad to have the harbour board as our rival," said Harbour Club coach Karl Olsen on Monday.',
     "Karl Olsen: We are glad to have the harbour board as our rival"),
])
def test_a_speaker_named_after_a_title_is_the_name_not_the_qualifier(text, expected):
    assert headline(LEAD + text, "Monday") == expected


def test_a_day_after_the_speaker_is_not_his_name():
    text = ('"We rebuilt the harbour in 2019, and we will surely rebuild the old bridge," said Mayor Karl Olsen '
            'here Monday.')
    assert headline(LEAD + text, "2019").startswith("Mayor Karl Olsen:")



@pytest.mark.parametrize("text", [
    # an owner is not the speaker
    '"We did not expect the index to fall," Harbour Bank Corp\'s chief economist said on Monday.',
    # a speaker named by a common noun
    '"We knew it was all about winning the game," the Norwegian said on Monday.',
])
def test_a_quote_is_not_credited_to_an_owner_or_a_common_noun(text):
    assert headline(LEAD + text, "Monday").startswith("We ")


def test_a_title_keeps_its_headline_when_the_tag_goes_before_a_small_letter():
    assert headline_title("Backgrounder: major warship visits between the two ports", "en") == (
        "Major warship visits between the two ports")

"""A first-person quote credited to a "he" or "she" (in its own sentence, or the one that opened the quote)
is credited headline style to the person the sentences before name; a quote that goes on from a speaker
named before an aside telling their office is theirs; any doubt leaves the "We" as it was."""

import pytest

from test_headlines import LEAD, headline
from timeline.events.headline_words import lexicon
from timeline.events.speaker import another_person


@pytest.mark.parametrize("text, expression, expected", [
    # wire copy: the speaker's own paragraph, then the quote credited to "he"
    ("Karl Olsen wanted the new council to meet as soon as possible to pass the budget. "
     '"We plan to hold the first meeting on Friday," he said.',
     "Friday", "Karl Olsen: We plan to hold the first meeting"),
    # wire copy, a paragraph each; the credit the summary still held goes: the headline's credit stands for it
    ("\n\nMayor Karl Olsen wanted the new council to meet as soon as possible.\n\n"
     '"We greatly value the help the town gave us," he said on Friday, adding that the ferries would return.',
     "Friday", "Mayor Karl Olsen: We greatly value the help the town gave us"),
    # the quote goes on from a sentence that credits it to "he": the "he" is named before that
    ("Karl Olsen, of the charity Aidex, told the radio he had seen many boats heading north. "
     'He said: "I think the town is doing its best, but people are getting angry. '
     '"A couple of days ago we went through the main market street and people were fighting."',
     "A couple of days ago", "Karl Olsen: We went through the main market street"),
])
def test_a_quote_credited_to_a_pronoun_takes_the_name_before(text, expression, expected):
    assert headline(LEAD + text, expression).startswith(expected)


@pytest.mark.parametrize("text", [
    # two people before: whose "he"?
    "Karl Olsen met Tom Berg at the harbour to talk about the budget. "
    '"We plan to hold the first meeting on Friday," he said.',
    # the name is a woman's, the credit a "he"
    "Ms Anna Lind wanted the new council to meet as soon as possible to pass the budget. "
    '"We plan to hold the first meeting on Friday," he said.',
    # the quote goes on from a "He said:" after a sentence naming two people: whose "he"?
    "Karl Olsen met Tom Berg at the harbour. "
    'He said: "I think the town is doing its best.\n"We plan to hold the first meeting on Friday."',
])
def test_a_quote_credited_to_a_pronoun_is_left_alone_when_in_doubt(text):
    assert headline(LEAD + text, "Friday").startswith("We plan")


def test_a_quote_goes_on_from_a_speaker_named_before_an_aside_telling_their_office():
    text = ("Lars Olsen, Rescue Box General Manager, said: 'We are doing everything we can to help the town.\n"
            '"The process of getting our team on the ground is well under way.\n'
            '"We were in Norland 18 months ago, delivering aid after a series of storms.')
    assert headline(LEAD + text, "18 months ago") == "Lars Olsen: We were in Norland, delivering aid after a series of storms"


def test_a_body_after_of_the_is_no_other_person_but_a_person_is():
    lex = lexicon("en")
    assert not another_person("Karl Olsen , of the charity Aidex , told the radio he had seen boats .", "Karl Olsen", lex)
    assert another_person("Karl Olsen told the radio of the doctor who had seen the boats .", "Karl Olsen", lex)

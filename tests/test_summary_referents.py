"""Summaries that say who: a "he" or a quoted "we" named by the sentences a few back."""

import pytest

from test_headlines import LEAD, headline


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


@pytest.mark.parametrize("text", [
    # someone else is named between: whose "he"?
    "Professor Karl Olsen told the radio that the ward was full. Dr Anna Berg disagreed with the figure. "
    "A nurse was not asked. He warned that the staff would have to work on Friday.",
    # a sentence that is not about any person breaks the chain
    "Professor Karl Olsen told the radio that the ward was full. The harbour stayed closed all week. "
    "He warned that the staff would have to work on Friday.",
    # a new paragraph
    "Professor Karl Olsen told the radio that the ward was full. He was tired.\n\n"
    "He warned that the staff would have to work on Friday.",
])
def test_a_pronoun_is_left_alone_when_the_chain_to_a_name_breaks(text):
    assert headline(LEAD + text, "Friday").startswith("He warned")


def test_a_quote_with_no_credit_goes_on_with_the_speaker_credited_just_before():
    # a news convention: a quote is credited once, and the next quote of the paragraph is the same speaker's
    text = '"The harbour trade has come back to the town," Karl Olsen said. "We will open two more berths in March."'
    assert headline(LEAD + text, "March") == "Karl Olsen: We will open two more berths"


def test_a_first_person_line_outside_a_quote_is_not_credited_to_an_earlier_speaker():
    text = ('Karl Olsen spoke to the crowd at the harbour. "We have some numbers," he said. '
            "We will be back at the harbour on Friday to finish the pumps.")
    assert ":" not in headline(LEAD + text, "Friday")

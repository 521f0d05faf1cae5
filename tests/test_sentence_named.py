"""A summary's "He"/"His" named by the words its own sentence says before the part the summary keeps
(timeline/events/sentence_named.py); another person, a quote or a speaker there leaves it (invented articles)."""

import pytest

from test_headlines import headline

LEAD = "Storms hit the coast last week.\n\n"


@pytest.mark.parametrize("text, expression, expected", [
    # a caption run into the story: the name opens the sentence
    ("Tomas Rilke is in Velora to help with the rescue His colleague Jon Harle followed on Thursday .",
     "Thursday", "Tomas Rilke's colleague Jon Harle followed"),
    # a possessive in a fronted clause, the full name told before
    ("The farmers said they had bought the seed from a trader named Ola Vinter Brask . When officers came to "
     "Brask 's farm on Monday morning , he locked himself in the barn with his dogs .", "Monday morning",
     "Ola Vinter Brask locked himself in the barn with his dogs"),
])
def test_a_pronoun_takes_the_one_name_its_sentence_gave_before(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression", [
    # two people before it
    ("Tomas Rilke met Jon Harle in Velora and on Thursday he flew home to the coast .", "Thursday"),
    # a person's noun: his lawyer may be the "he"
    ("Tomas Rilke called his lawyer and on Thursday he flew home to the coast .", "Thursday"),
    # a speaker talks of someone
    ("Tomas Rilke said that on Thursday he flew home to the coast .", "Thursday"),
])
def test_a_pronoun_beside_another_person_is_left(text, expression):
    summary = headline(LEAD + text, expression)
    assert not summary.startswith(("Tomas Rilke flew", "Jon Harle flew", "Anna Vestergaard flew"))


def test_the_narrators_i_is_no_rival_but_a_quote_is():
    from timeline.events.sentence_named import named_in_sentence
    sentence = "I am not surprised Anna Vestergaard chose a slow song - she chose another slow one in 2008 ."
    summary = "She chose another slow one"
    assert named_in_sentence(summary, sentence, "", "en") == "Anna Vestergaard chose another slow one"
    quoted = 'Anna Vestergaard said : " she chose another slow one in 2008 . "'
    assert named_in_sentence(summary, quoted, "", "en") == summary
    other = "Ms Anna Vestergaard and the band left - he chose another slow one in 2008 ."
    assert named_in_sentence("He chose another slow one", other, "", "en") == "He chose another slow one"

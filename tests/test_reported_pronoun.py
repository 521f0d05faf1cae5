"""A "he"/"she" reported on by a source that is no one ("Reports suggest he filed …") takes the name the sentences
before give, as an opening "He" does (timeline/events/reported_pronoun.py); a source or a sentence that names
someone the pronoun may be leaves it (invented articles)."""

import pytest

from test_headlines import headline

LEAD = "Storms hit the coast last week.\n\n"


@pytest.mark.parametrize("before, sentence, expression, expected", [
    ("However , Dr Tomas Rilke 's clinic was soon in debt .",
     "Reports suggest he filed for bankruptcy in 2004 while living in Port Vell .", "2004",
     "Reports suggest Dr Tomas Rilke filed for bankruptcy"),
    ("Anna Vestergaard opened the harbour bakery with her savings .",
     "Many believe she will sell it on Friday to a larger chain .", "Friday",
     "Many believe Anna Vestergaard will sell it to a larger chain"),
])
def test_a_pronoun_reported_on_by_no_one_takes_the_name_before(before, sentence, expression, expected):
    assert headline(LEAD + before + " " + sentence, expression) == expected


@pytest.mark.parametrize("before, sentence, expression", [
    # the source is a person: "he" may be the lawyer himself
    ("Dr Tomas Rilke 's clinic was soon in debt .",
     "A lawyer said he filed for bankruptcy in 2004 while living in Port Vell .", "2004"),
    # a name in the sentence before the source: "he" is him
    ("Dr Tomas Rilke 's clinic was soon in debt .",
     "Police arrested Jon Harle and reports suggest he filed for bankruptcy in 2004 in Port Vell .", "2004"),
    # the source is a name
    ("Dr Tomas Rilke 's clinic was soon in debt .",
     "Harle said he filed for bankruptcy in 2004 while living in Port Vell .", "2004"),
])
def test_a_pronoun_reported_on_by_someone_is_left(before, sentence, expression):
    assert "Tomas Rilke filed" not in headline(LEAD + before + " " + sentence, expression)

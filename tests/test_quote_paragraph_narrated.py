"""A quote paragraph credited only to "he" or "she" after a paragraph that tells of one person: the summary
names that speaker when the paragraph before credits a report to them at its end ("…, Berg said.") or
tells of them as its subject ("Energy Minister Anna Berg suggested …"); and names no one when that
paragraph names a second person, opens with no name, or gives a lone surname the text never wrote after a
first name (invented articles)."""

import pytest

from test_headlines import LEAD, headline

#: the text before names the speaker in full once, so that a lone surname later stands for her
FULL = "Harbour pilot Anna Berg joined the council in 2004.\n\n"
QUOTE = '"We hope to open the sound before March," she said.'


@pytest.mark.parametrize("before, expected", [
    # a report credited at its end, by a surname the text wrote in full before, or a titled name after the verb
    ("The ferry will run again from Monday, Berg said.", "Berg: We hope to open the sound"),
    ("The ferry will run again from Monday, said Harbour Minister Anna Berg, who chairs the council.",
     "Anna Berg: We hope to open the sound"),
    ('"The ice is thick," harbour pilot Anna Berg told reporters at the quay.', "Anna Berg: We hope to open the sound"),
    # a paragraph that tells of her as its subject
    ("Harbour Minister Anna Berg suggested that the council would meet again soon.",
     "Anna Berg: We hope to open the sound"),
    ("But Berg has defended the plan, saying it would keep the port open.", "Berg: We hope to open the sound"),
    ("Berg, a pilot for twenty years, warned that the ice was thick.", "Berg: We hope to open the sound"),
])
def test_a_pronoun_credited_quote_is_the_speakers_the_paragraph_before_tells_of(before, expected):
    assert headline(LEAD + FULL + before + "\n\n" + QUOTE, "March").startswith(expected)


@pytest.mark.parametrize("before", [
    "Berg met Tom Roe at the quay to discuss the plan.",  # a second person
    "The council suggested that the ferry would run again soon.",  # no name opens it
    "Lund suggested that the ferry would run again soon.",  # a lone surname never written in full
    "Berg suggested that the ferry would run again. The council agreed.",  # two sentences
    "Berg suggested that the president would decide on the ferry.",  # speaks of another person
    "Ms Anna Berg suggested that the council would meet again soon.",  # a "he" is no "Ms"
])
def test_no_speaker_is_named_when_the_paragraph_before_may_tell_of_someone_else(before):
    quote = QUOTE.replace("she said", "he said") if "Ms" in before else QUOTE
    summary = headline(LEAD + FULL + before + "\n\n" + quote, "March")
    assert summary.startswith("We hope")


@pytest.mark.parametrize("credit, named", [
    ("she told reporters at the quay", True),  # whom it was told to and where: still only a credit
    ("she said on Friday", True),
    ("she said, adding that the council agreed", False),  # a clause of its own
])
def test_a_pronoun_credit_may_say_whom_it_was_told_to(credit, named):
    before = "Harbour Minister Anna Berg suggested that the council would meet again soon."
    quote = f'"We hope to open the sound before March," {credit}.'
    summary = headline(LEAD + FULL + before + "\n\n" + quote, "March")
    assert summary.startswith("Anna Berg: We hope") == named


@pytest.mark.parametrize("owner", ["Velbo 's", "Velbo's"])
def test_a_bodys_titled_officer_is_the_one_told_of(owner):
    before = f"{owner} Chief Harbour Officer Anna Berg has defended the plan after criticism of the council."
    summary = headline(LEAD + FULL + before + "\n\n" + QUOTE, "March")
    assert summary.startswith("Anna Berg: We hope")


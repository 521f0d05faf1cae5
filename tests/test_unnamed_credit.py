"""A quote credited after it to someone the story describes but does not name is credited to them as a
headline credits a quote ("A pharmacist: …"); a thing that "said" or a credit that tells more credits no one
so (invented sentences)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("sentence, expected", [
    ('"We ran out of masks on Monday," one pharmacist said.', "A pharmacist: We ran out of masks"),
    ('"We want a vote on Monday, before the holidays," said a Nordic diplomat who spoke on condition of anonymity.',
     "A Nordic diplomat: We want a vote"),
    ('"I think the market will fall on Monday," said an analyst at Velbo Bank, adding that shares were weak.',
     "An analyst at Velbo Bank: I think the market will fall"),
    ('"We will close the ferry on Monday," a spokesman for Velbo Ferries said.',
     "A spokesman for Velbo Ferries: We will close the ferry"),
])
def test_a_quote_is_credited_to_its_unnamed_speaker(sentence, expected):
    assert headline(LEAD + sentence, "Monday").startswith(expected)


@pytest.mark.parametrize("sentence", [
    '"We will close the ferry on Monday," a statement said.',  # a thing, no person
    '"We will close the ferry on Monday," a spokesman for the firm that runs it said.',  # a clause in the credit
])
def test_no_unnamed_speaker_when_the_credit_is_no_person_or_tells_more(sentence):
    assert not headline(LEAD + sentence, "Monday").startswith(("A statement:", "A spokesman"))


def test_a_quote_about_a_he_is_not_credited_to_an_unnamed_speaker():
    # the credit would not say who "he" is: the summary stays as its quote reads
    summary = headline(LEAD + '"He arrived from a trip to Lund on Monday," an official said.', "Monday")
    assert not summary.startswith("An official:")

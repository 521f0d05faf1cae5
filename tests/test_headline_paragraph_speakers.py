"""A paragraph that is only a quote goes on in the voice the paragraph before credits: the summary
names that speaker, and names no one when the paragraph before credits no one by name."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    # the paragraph before ends with a quote credited after it
    ('"The ferry is back in service," said Anna Berg, a harbour spokeswoman.\n\n'
     '"We had the same trouble last winter when the ice closed the sound."', "last winter",
     "Anna Berg: We had the same trouble when the ice closed the sound"),
    ('"The clinic is full," Olle Lindqvist said at a news conference.\n\n'
     '"Today I felt for the first time that we were losing the fight."', "Today",
     "Olle Lindqvist: I felt for the first time that we were losing the fight"),
    # tokenised marks; the quote paragraph has a second sentence
    ("`` The clinic is full , '' Olle Lindqvist said .\n\n"
     "`` It was a long night . On Monday we will open a second ward . ''", "Monday",
     "Olle Lindqvist: We will open a second ward"),
    # the paragraph before ends by introducing the speaker
    ("At the quay the mayor of the town, Karin Holm, said:\n\n"
     '"We will rebuild the pier by March and nobody will lose a job."', "March",
     "Karin Holm: We will rebuild the pier by March and nobody will lose a job"),
    # a paragraph credited to a "she" passes on the speaker a reporting paragraph before it names
    ('Anna Berg said the harbour would stay shut for the week.\n\n"The ice is thick," she said.\n\n'
     '"We hope to open the sound on Friday."', "Friday",
     "Anna Berg: We hope to open the sound"),
])
def test_a_quote_paragraph_is_credited_to_the_speaker_the_paragraph_before_names(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression", [
    # the paragraph before is narration, or credits a statement, or a "he" with no name
    ("The ferry came back into service after a week.\n\n"
     '"We had the same trouble last winter when the ice closed the sound."', "last winter"),
    ('"The ferry is back in service," a statement said.\n\n'
     '"We had the same trouble last winter when the ice closed the sound."', "last winter"),
    # the pronoun of the credit is not the titled speaker's
    ('"The ferry is back in service," said Mrs Anna Berg, a harbour spokeswoman.\n\n'
     '"We had the same trouble last winter when the ice closed the sound," he said.', "last winter"),
    # the quote paragraph tells something outside its quotes: its own credit, not the one before
    ('"The ferry is back in service," said Anna Berg, a harbour spokeswoman.\n\n'
     '"We had the same trouble last winter," a fisherman on the quay told reporters as he waited.', "last winter"),
])
def test_a_quote_paragraph_is_left_uncredited_when_the_paragraph_before_names_no_speaker(text, expression):
    summary = headline(LEAD + text, expression)
    assert "Anna Berg" not in summary and not summary.split(":")[0].istitle() or ":" not in summary


def test_a_page_of_one_sentence_a_line_has_its_lines_for_paragraphs():
    text = ("`` The clinic is full , '' Olle Lindqvist said .\n"
            "`` On Monday we will open a second ward . ''\n"
            "The harbour reopened on Tuesday .\n")
    assert headline(LEAD.strip() + "\n" + text, "Monday") == "Olle Lindqvist: We will open a second ward"


def test_a_quote_left_open_is_credited_where_it_closes_not_by_the_paragraph_before():
    text = ('"The ferry is back in service," said Anna Berg, a harbour spokeswoman.\n\n'
            '"We had the same trouble last winter when the ice closed the sound.\n\n'
            'The sound is open now," a statement from the harbour board said.')
    assert "Anna Berg" not in headline(LEAD + text, "last winter")


@pytest.mark.parametrize("before", [
    '"We knew it was all about the tide," the Norwegian said. "But we got the result.',  # a description, no name
    '"We are very happy," said Norwegian captain Ola Lind.',  # a word before the role it qualifies
    '"The scare is over," said Velbo Ferry Company spokeswoman Kari Holm.',
])
def test_a_description_or_a_qualifier_before_a_role_is_no_speaker(before):
    text = before + '\n\n"We had the same trouble last winter when the ice closed the sound."'
    summary = headline(LEAD + text, "last winter")
    assert not any(word + ":" in summary for word in ("Norwegian", "Company", "Velbo"))


@pytest.mark.parametrize("text", [
    # the speaker before is a woman by her noun; the "he" of the quote is someone else
    '"The scare is over," said Anna Berg, a spokeswoman for the ferry company.\n\n'
    '"We will run extra sailings on Friday," he said.',
    # the speaker before is a man by his noun; "she" is someone else
    '"The scare is over," said Tom Holm, the father of a crew member.\n\n'
    '"We will run extra sailings on Friday," she said.',
])
def test_a_pronoun_of_the_other_sex_than_the_speaker_before_credits_no_one(text):
    assert headline(LEAD + text, "Friday").startswith("We will run extra sailings")

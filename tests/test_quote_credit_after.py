"""A quote credited after it in its own sentence: a summary cut short of the quote's close is still credited,
and a speaker named after a long role and a title ("commander of the port guard General Anna Berg told …") is
the name after the title; not the object of a relation ("the lawyer for President Tom Roe") (invented)."""

from test_headlines import LEAD, headline

QUOTE = '"Our inquiry found there was no intent to harm the boats, but only to move them for safety reasons,"'


def test_a_quote_cut_before_its_close_is_credited_to_the_titled_speaker_after_it():
    sentence = f"{QUOTE} commander of the port guard General Anna Berg told reporters in Velbo on Saturday."
    assert headline(LEAD + sentence, "Saturday") == "Anna Berg: Our inquiry found there was no intent to harm the boats"


def test_the_object_of_a_relation_is_no_speaker():
    sentence = f"{QUOTE} the lawyer for General Anna Berg told reporters in Velbo on Saturday."
    assert not headline(LEAD + sentence, "Saturday").startswith("Anna Berg:")


def test_a_name_before_a_long_apposition_is_the_quotes_speaker():
    sentence = ('"Our concern has grown as of Monday," Dr. Anna Berg, acting director of the Velbo Centers for Ferries '
                "and Ports told reporters in a briefing.")
    assert headline(LEAD + sentence, "Monday").startswith("Dr. Anna Berg: Our concern has grown")

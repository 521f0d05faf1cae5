"""A quote over several sentences credited where it opens, with an aside between the speaker's name and the verb
of saying: a relative clause ("Anna Berg, who sailed …, said:") or the place a reader writes from ("1135 Ivar
Holm, Norway, e-mails:") (invented sentences)."""

import pytest

from test_headlines import LEAD, headline
from timeline.events.headline_words import lexicon
from timeline.events.opening_credit import apposed_credit


def test_a_relative_clause_between_the_name_and_said():
    text = ("Anna Berg , who sailed to the island with the charity to meet fishermen , said : `` We felt it was right "
            "to help as fast as we could .\n`` I visited the island in 2002 and it is the poorest place I have ever "
            "been by a long way .\n`` It seems unfair that it was hit by such a storm , '' she added .")
    assert headline(LEAD + text, "2002") == ("Anna Berg: I visited the island and it is the poorest place I have "
                                             "ever been by a long way")


def test_a_reader_s_place_between_the_name_and_e_mails():
    text = ("1135 Ivar Holm , Norway , e-mails : `` My friend was on the island to see her brother who is a doctor "
            "there .\nI last spoke to her on the phone on January 12 .\nI have had no contact since then . ''")
    assert headline(LEAD + text, "January 12") == "Ivar Holm: I last spoke to her on the phone"


@pytest.mark.parametrize("credit", [
    "The Mayor , who sailed , said : ``",  # no name: a determiner opens it
    "Anna Berg , who met Ivar Holm , and Ola Nordmann , said : ``",  # two people
    "Anna Berg , the harbour chief , said : ``",  # an apposition in lower case: the speaker module's
    "Ivar Holm e-mails : ``",  # no aside
])
def test_no_apposed_credit(credit):
    texts = credit.split()
    assert apposed_credit(texts, len(texts) - 1, lexicon("en")) == ""

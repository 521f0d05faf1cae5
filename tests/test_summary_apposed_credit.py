"""A quote over several sentences credited where it opens, with an aside between the speaker's name and the verb
of saying: a relative clause ("Anna Berg, who sailed …, said:") or the place a reader writes from ("1135 Ivar
Holm, Norway, e-mails:") (invented sentences)."""

import pytest

from test_headlines import LEAD, headline
from timeline.events.headline_words import lexicon
from timeline.events.opening_credit import apposed_credit


def test_a_relative_clause_between_the_name_and_said():
    text = ("Anna Berg , who sailed to the island with the charity to meet its fishermen , said : `` We felt we had to "
            "help as fast as we could .\n`` I first went to the island in 2002 and no harbour I have seen since is as "
            "poor .\n`` It seems unfair that the storm hit it so hard , '' she added .")
    assert headline(LEAD + text, "2002") == "Anna Berg: I first went to the island"


def test_a_reader_s_place_between_the_name_and_e_mails():
    text = ("1135 Ivar Holm , Norway , e-mails : `` My cousin runs a bakery by the harbour there .\nI last heard from "
            "him by text on January 12 .\nNobody in the family has reached him since . ''")
    assert headline(LEAD + text, "January 12") == "Ivar Holm: I last heard from him by text"


@pytest.mark.parametrize("credit", [
    "The Mayor , who sailed , said : ``",  # no name: a determiner opens it
    "Anna Berg , who met Ivar Holm , and Ola Nordmann , said : ``",  # two people
    "Anna Berg , the harbour chief , said : ``",  # an apposition in lower case: the speaker module's
    "Ivar Holm e-mails : ``",  # no aside
])
def test_no_apposed_credit(credit):
    texts = credit.split()
    assert apposed_credit(texts, len(texts) - 1, lexicon("en")) == ""

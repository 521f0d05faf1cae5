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


def test_a_day_before_the_name_is_no_part_of_it():
    text = ("Yesterday Anna Berg , who sailed to the island with the charity , said : `` We felt we had to help .\n"
            "`` I first went to the island in 2002 and no harbour I have seen since is as poor .\n"
            "`` It seems unfair , '' she added .")
    assert headline(LEAD + text, "2002") == "Anna Berg: I first went to the island"


@pytest.mark.parametrize("credit, name", [
    ("Yesterday Anna Berg , who sailed , said : ``", "Anna Berg"),
    ("Today Ivar Holm , Norway , e-mails : ``", "Ivar Holm"),
    ("Ivar Holm , Oslo , Norway , e-mails : ``", "Ivar Holm"),
    # a place before the name has no known end; a second person's name is no place
    ("Outside Court Ivar Holm , whose lawyer Anna Berg spoke first , said : ``", ""),
    ("Near Harbour Gate Anna Berg , who sailed , said : ``", ""),
    ("Ivar Holm , Anna Berg , said : ``", ""),
    ("Anna Berg , Ola Nordmann , e-mails : ``", ""),
])
def test_the_name_is_the_capitalised_run_before_the_comma(credit, name):
    texts = credit.split()
    assert apposed_credit(texts, len(texts) - 1, lexicon("en")) == name

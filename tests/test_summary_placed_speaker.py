"""A quote credited to someone with their place between the name and the verb of saying ("Ivar Holm in Tromso
e-mails :", "Ivar Holm , in Tromso , Norway e-mails :"): the speaker is the person, never the place (invented
sentences)."""

import pytest

from test_headlines import LEAD, headline
from timeline.events.headline_words import lexicon
from timeline.events.placed_speaker import speaker_beyond_place


@pytest.mark.parametrize("credit", [
    "1227 Ivar Holm , in Tromso , Norway e-mails :",
    "1227 Ivar Holm , Tromso , Norway e-mails :",
    "1809 The Herald 's Ivar Holm in Tromso says :",
    "Ivar Holm from Tromso e-mails :",
])
def test_the_person_before_the_place_is_the_speaker(credit):
    text = credit + " `` I worked at the fish market for five years from 2001-2006 ."
    assert headline(LEAD + text, "2001-2006") == "Ivar Holm: I worked at the fish market for five years from 2001-2006"


@pytest.mark.parametrize("credit, start", [
    ("Ivar Holm e-mails :", 0),  # the run is the speaker's own name
    ("Ivar Holm , a baker , Anna Berg said :", 6),  # no place's apposition
])
def test_a_run_that_is_no_place_is_left_to_the_speaker_module(credit, start):
    assert speaker_beyond_place(credit.split(), start, lexicon("en")) is None


def test_a_place_with_no_name_before_it_credits_no_one():
    assert speaker_beyond_place("1227 a reader in Tromso e-mails :".split(), 4, lexicon("en")) == ""


def test_no_summary_opens_on_the_place_of_a_speaker_named_before_it():
    """"Ivar Holm , in Tromso , UK e-mails :": "UK" (no capital run the speaker module reads) is where he writes
    from; a summary opening on it ("UK e-mails: I worked …") credits a country."""
    text = (LEAD + "The quay was busy , the Velbo Herald reports . \n1227 Ivar Holm , in Tromso , UK e-mails : `` I worked "
            "at the fish market for five years from 2001-2006 . \nThe latest news I have is that the hall is gone . '' \n")
    summary = headline(text, "2001-2006")
    assert "Ivar Holm, in Tromso, UK e-mails: I worked at the fish market" in summary


def test_no_summary_opens_on_a_body_and_its_place_after_the_speaker():
    """"Ivar Holm , Velbo Ferries , Tromso said": the company and its town stand beside the person; the summary
    credits the person, never "Velbo Ferries, Tromso"."""
    summary = headline(LEAD + "Hallvard Strand , Korsvik Shipping , Tromso said on Tuesday that the pier had collapsed .",
                       "Tuesday")
    assert summary.startswith("Hallvard Strand")

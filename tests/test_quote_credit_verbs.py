"""A quote closed by a saying verb other than "said" ('"…," Dr Anna Berg warned') is credited to the
speaker it names, as a "said" credit is: news writes "warned", "stressed", "cautioned", "urged",
"argued", "conceded", "acknowledged", "replied" as often (invented)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("verb", ["warned", "stressed", "cautioned", "argued", "conceded", "acknowledged"])
def test_a_quote_closed_by_a_saying_verb_is_credited(verb):
    sentence = f'"We will not have enough beds for the ferry crews on Monday," Dr Anna Berg {verb}.'
    assert headline(LEAD + sentence, "Monday") == "Dr Anna Berg: We will not have enough beds for the ferry crews"


def test_a_warning_that_is_no_quote_keeps_its_subject():
    """Only a quote's credit reads the wider verbs: a reported warning is no bare credit to cut away."""
    assert headline(LEAD + "Experts warned on Monday that the ferry line may close .", "Monday") == (
        "Experts warned that the ferry line may close")


def test_a_lead_credits_its_quote_across_the_listener_and_the_time():
    sentence = "Velbo harbour spokeswoman Anna Berg told Reuters on Monday , `` We are not talking about the ferries . ''"
    assert headline(LEAD + sentence, "Monday") == "Anna Berg: We are not talking about the ferries"


def test_a_lead_whose_gap_holds_a_clause_credits_no_one():
    sentence = "Anna Berg told Reuters on Monday she was sure , `` We are not talking about the ferries . ''"
    assert not headline(LEAD + sentence, "Monday").startswith("Anna Berg:")


def test_a_texted_quote_is_credited():
    sentence = "1215 Anna Berg , Velbo , texts : `` Got turned away twice from the ferry on Monday so we're still here . ''"
    assert headline(LEAD + sentence, "Monday").startswith("Anna Berg: Got turned away twice")

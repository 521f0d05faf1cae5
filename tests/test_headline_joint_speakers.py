"""A quote credited to two people joined by "and" is no one person's: no single-person credit."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("credit", [
    "Governor Anna Berg and Mayor Karl Olsen said",
    "Harbour Minister Lena Dahl and Fisheries Minister Per Holm said",
    "Mr. Lund and Chairman Nils Ek said",
])
def test_a_quote_of_two_titled_people_is_not_credited_to_one(credit):
    text = f'"We will not sign the harbour deal this month," {credit}.'
    summary = headline(LEAD + text, "this month")
    assert ":" not in summary and "this month" not in summary


def test_one_person_with_a_glued_title_is_still_credited():
    text = '"We will not sign the harbour deal this month," Deputy Mayor and Harbour Chairman Karl Olsen said.'
    assert headline(LEAD + text, "this month").startswith("Karl Olsen: We will not sign the harbour deal")

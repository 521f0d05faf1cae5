"""A "He" is no owner whose person is in sight, and no broadcaster's or thing's name (invented articles; review G
M3): "Haddad 's coach was pleased. He signed …" may be the coach; "Sky Sports News reported … He signed …" is
no person. A wrong name is worse than the bare pronoun."""

import pytest

from test_headlines import LEAD, headline

NAMED = "Runner Ali Haddad won the 5000m in Oslo . "


@pytest.mark.parametrize("owned", ["coach", "lawyer", "manager", "agent", "doctor", "friend", "team-mate",
                                   "bodyguard", "new coach"])
def test_an_owner_whose_person_is_the_subject_names_no_he(owned):
    summary = headline(LEAD + NAMED + f"Haddad 's {owned} was pleased . He signed a new deal on Tuesday .", "Tuesday")
    assert summary.startswith("He signed")
    # the owner of a thing is still the one person in sight
    assert headline(LEAD + NAMED + "Haddad 's new film won a prize . He signed a new deal on Tuesday .",
                    "Tuesday").startswith("Haddad signed")


@pytest.mark.parametrize("text", [
    "Sky Sports News reported the move . He signed for Velora on Monday .",
    "Sky Sports News reported the move . Reports suggest he signed for Velora on Monday .",
])
def test_a_broadcaster_or_paper_is_no_he(text):
    assert "Sky Sports News signed" not in headline(LEAD + text, "Monday")
    assert "he signed" in headline(LEAD + text, "Monday").lower()

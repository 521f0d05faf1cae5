"""A lone surname stays the "he" of the next paragraph when the other capitalised runs of its sentence name
a building ("Lund Vik airport") or a place after "the island of": they are no second person; a
second person's name still leaves the "he" (invented wire copy)."""

import pytest

from test_headlines import headline

FULL = "Customs officer Jon Stavik pleaded not guilty in his first hearing .\n\n"
AFTER = "\n\nHe was sentenced to three years in jail on August 16 last year ."


@pytest.mark.parametrize("before", [
    "Stavik was arrested at Lund Vik airport carrying the passports he planned to sell .",
    "Stavik , 44 , said he had been paid to guard the copper mine on the island of Norvik .",
])
def test_a_building_or_a_place_is_no_second_person(before):
    assert headline(FULL + before + AFTER, "August 16 last year").startswith("Stavik was sentenced")


def test_a_second_persons_name_still_leaves_the_he():
    before = "Stavik was arrested at the airport with his friend Tor Lindqvist carrying the passports ."
    assert headline(FULL + before + AFTER, "August 16 last year").startswith("He was sentenced")

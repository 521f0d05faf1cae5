"""A summary cut after its sentence's fronted place ("In Peru , students returned …") is headed by that place
(events/fronted_place.py), even when its article names several countries (invented articles)."""

import pytest

from test_headlines import LEAD, headline
from timeline.events.fronted_place import fronted_place


def test_the_place_a_sentence_opens_with_heads_its_summary():
    text = ("Chile and Peru closed their schools last week . "
            "In Peru , thousands of university students returned to classes on Monday as the country reopened .")
    assert headline(LEAD + text, "Monday").startswith("Peru: ")


@pytest.mark.parametrize("sentence, place", [
    ("In Peru , students returned to classes .", "Peru"),
    ("`` We will see . '' In New Zealand , schools reopened .", "New Zealand"),  # after a closed quote
    ("'' In Peru , schools reopened .", "Peru"),  # the quote before closed at its start
    ("In Brunvik , schools reopened .", ""),  # no country of [places]
    ("In March , schools reopened .", ""),
    ("Officials said that in Peru , schools reopened .", ""),  # not fronted
    ("In a statement , the ministry said schools reopened .", ""),
])
def test_only_a_country_fronting_its_sentence_is_its_place(sentence, place):
    assert fronted_place(sentence, "en") == place

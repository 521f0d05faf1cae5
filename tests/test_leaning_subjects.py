"""A summary whose subject leans on a sentence before through a word that opens subjects ("All these
issues make …") or a definite complement ("A statement on the school's website said …") gives way to a
mention of the event that names its subject (invented articles)."""

import pytest

from test_summary_choice import _event
from timeline.events.fusion import _articles
from timeline.events.headline_words import lexicon
from timeline.events.referent import leans_back

NAMED = "Harbour master Ola Nordmann said on Tuesday that the ferries would stay in port until the storm passed ."


@pytest.mark.parametrize("leaning", [
    "All these problems make it hard for the crews to sail on Tuesday , the union said .",
    "A notice on the company 's website said on Tuesday that the ferries would stay in port .",
])
def test_a_named_mention_beats_one_whose_subject_leans_back(leaning):
    assert _event(leaning, NAMED).summary.startswith("Harbour master Ola Nordmann")
    assert _event(NAMED, leaning).summary.startswith("Harbour master Ola Nordmann")


@pytest.mark.parametrize("summary, expected", [
    ("All these problems make it hard for the crews", True),
    ("A notice on the company's website said the ferries would stay", True),
    ("These problems in the north", False),  # no verb: the phrase goes on
    ("A spokesman for the company said the ferries would stay", False),  # a person, as a report tells
    ("A storm on the coast closed the port", False),  # no sure verb
    # a noun of time after a demonstrative opens no subject
    ("This morning police arrested two men at the port", False),
    ("This year marks the tenth year of the ferry line", False),
    ("This ferry sailed without its crew", True),
])
def test_what_leans_back(summary, expected):
    articles, people, _ = _articles("en")
    assert leans_back(summary, lexicon("en"), articles, people) is expected

"""A sentence whose date dates its credit ("…, a think-tank said Tuesday") is summarised by what was said,
never by the credit alone ("A think-tank said"); a figure's hedge ("At least 78 people") opens a subject
(invented sentences)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    # the credit wins by its length alone, the act is longer than a headline
    ("A second rower from Velbo has tested positive for a banned drug and has been stripped of her medal, "
     "the Nordic Rowing Council of Velbo announced Monday.", "Monday",
     "A second rower from Velbo has tested positive for a banned drug and has been stripped of her medal, "
     "the Nordic Rowing Council of Velbo announced"),
    # a name's "States" is no verb of saying: what was said is no bare report
    ("Velbo Mayor Anna Berg has failed to win United States backing for the Nordby ferry line, a top regional "
     "transport think-tank said Tuesday.", "Tuesday",
     "Velbo Mayor Anna Berg has failed to win United States backing for the Nordby ferry line"),
    # a warning's credit with only a clause of time after it says nothing either
    ("VELBO (Reuters) - A new blight that has hit up to 68 farms in Velbo could spread across the region, the "
     "harbour board warned on Saturday, as tests showed the blight might be spreading in Nordby.", "Saturday",
     "A new blight that has hit up to 68 farms in Velbo could spread across the region, the harbour board warned"),
    ("\nVELBO -LRB- Reuters -RRB- - A new blight that has hit up to 68 farms in Velbo could spread across the region , "
     "the harbour board warned on Saturday , as tests showed the blight might be spreading in Nordby .", "Saturday",
     "A new blight that has hit up to 68 farms in Velbo could spread across the region, the harbour board warned"),
])
def test_a_dated_credit_is_no_summary_by_itself(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_credit_with_something_said_after_it_stays():
    text = "The regional rowing council announced on Monday that a second rower had tested positive."
    assert headline(LEAD + text, "Monday") == "The regional rowing council announced that a second rower had tested positive"


@pytest.mark.parametrize("opening", ["At least 78", "Up to 78", "About 78"])
def test_a_hedged_figure_opens_the_subject(opening):
    text = f"{opening} people were held overnight on Thursday in the northern towns, the regional police office said Friday."
    assert headline(LEAD + text, "Thursday") == f"{opening} people were held overnight in the northern towns"


def test_a_run_opening_with_its_verb_gives_way_to_the_sentence_with_the_subject():
    # a fronted phrase with no comma hides the subject; the coordinated predicate alone names no one
    text = ("At the port office the head of the harbour board had counted the ferries and was able to say that "
            "they had come from one yard in the late 1990s.")
    assert not headline(LEAD + text, "the late 1990s").lower().startswith("was able")


@pytest.mark.parametrize("text, expression, expected", [
    # a credit followed only by where it was said, longer than a bare report's tail, still says nothing
    ('"Our aim is to open new talks in order to settle the harbour dispute," Berg said Sunday at the opening '
     "of a weekly council meeting.", "Sunday", "Berg: Our aim is to open new talks in order to settle the harbour dispute"),
    ('"The ferry will sail again once the storm has passed over the fjord," port chief Anna Berg said on Monday '
     "in a statement on the board's website after a long meeting.", "Monday",
     "The ferry will sail again once the storm has passed over the fjord"),
])
def test_a_credit_with_only_where_it_was_said_gives_way_to_the_quote(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_passive_report_is_no_credit_that_says_nothing():
    """ "were reported to be down": an infinitive after a passive tells the act, no place of saying."""
    text = ("All ferry lines were reported on Monday to be closed for hours following the storm, but a harbour "
            "pilot tells the radio one of the main lines is running again.")
    assert headline(LEAD + text, "Monday").startswith("All ferry lines were reported to be closed")


def test_a_credit_opening_its_clause_with_the_verb_is_read():
    """'"…," said Berg at …': the verb of saying is the clause's first word (no word before it to read)."""
    text = ('"Our aim is to open new talks in order to settle the harbour dispute," said Berg on Sunday at the '
            "opening of a weekly council meeting in the town hall.")
    assert headline(LEAD + text, "Sunday").endswith("Our aim is to open new talks in order to settle the harbour dispute")

"""An aside between commas is told as what it is: a participle after an object whose clause has its verb dates
the object ("… searched a courier, stopped at …"), a later verb of saying in a credit's aside is not the credit's,
a hedged figure before a span of time or a comma is no subject, and a place set off by commas names no speaker
(invented sentences)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expected", [
    ("Guards searched a courier, stopped at the northern border crossing on Friday, customs staff said.",
     "A courier stopped at the northern border crossing"),
    ("The council thanked the volunteers, trapped in the flooded mill on Friday, the town clerk said.",
     "The volunteers trapped in the flooded mill"),
])
def test_a_participle_after_an_object_whose_clause_has_its_verb_is_the_object_s_aside(text, expected):
    assert headline(LEAD + text, "Friday") == expected


def test_a_verb_of_saying_in_the_aside_after_a_credit_is_not_the_credit_s():
    text = ("The town board has agreed to shut the old mill road to lorries, the head of the board announced "
            "on Friday, as drivers warned of long queues.")
    assert headline(LEAD + text, "Friday") == ("The town board has agreed to shut the old mill road to lorries, "
                                               "the head of the board announced")


@pytest.mark.parametrize("text, expected", [
    # a span of time: "Over 30 months" is when, not who
    ("Over 30 months, she said on Friday, the mill had lost most of its orders.", "The mill had lost most of its orders"),
    # closed by a comma with no predicate waiting for it: a preposition's figure
    ("Over 300 miles, she said on Friday, the lorries had crawled through snow.", "The lorries had crawled through snow"),
])
def test_a_hedged_figure_before_a_span_of_time_or_a_comma_is_no_subject(text, expected):
    assert headline(LEAD + text, "Friday") == expected


def test_a_hedged_figure_whose_predicate_waits_past_a_credit_stays_a_subject():
    # a counter-test of the comma rule above: "goes" is the figure's verb
    text = "Under 5 percent of the road fund, she said on Friday, goes to bridges."
    assert headline(LEAD + text, "Friday") == "Under 5 percent of the road fund, she said, goes to bridges"


def test_a_place_set_off_by_commas_after_a_role_is_no_speaker():
    text = '"The road will open again on Friday," the head of the county, Lind County, said.'
    assert not headline(LEAD + text, "Friday").startswith("Lind County")


def test_a_participle_before_its_noun_leaves_the_subject_waiting_for_its_verb():
    # "illegally made" describes the fireworks: "caught fire", after the stray comma, is still their verb
    text = ("Nine porters were resting below when illegally made fireworks stored in a hut of the Lind Mill in "
            "Nordby, caught fire on Friday, guards at the gate confirmed.")
    summary = headline(LEAD + text, "Friday")
    assert "fireworks" in summary and "caught fire" in summary

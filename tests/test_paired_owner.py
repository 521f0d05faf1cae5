"""A summary cut at the "and" of two subjects, the second owned by the first ("His wife sold …"), given back
its owner (events/paired_owner.py), and the owner that is an object or a time kept out (invented articles)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    # a body after a definite article
    ("Since the flood struck on Monday , the Norland Red Cross and its partners have been racing to "
     "bring clean water to the valley .", "Monday",
     "The Norland Red Cross and its partners have been racing to bring clean water to the valley"),
    # a name after a word of time
    ("From next week Bergstrom and his senior officers will study what went wrong in the March floods .",
     "next week",
     "Bergstrom and his senior officers will study what went wrong in the March floods"),
])
def test_an_opening_possessive_takes_the_owner_joined_to_it(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression", [
    # the name is the object of a verb: its clause opened before it
    ("The mayor met Tomas Rilke and his wife said on Monday that the farm was sold .", "Monday"),
])
def test_an_owner_that_is_no_subject_is_not_taken(text, expression):
    assert not headline(LEAD + text, expression).startswith("Tomas Rilke and")


@pytest.mark.parametrize("text, expression, expected", [
    # a part of the owner's after a subordinating word
    ("The hearing of the other case resumed in Port Vell on Wednesday after Tomas Rilke and two of his former "
     "ministers were sentenced to prison on Sunday in a separate trial .", "Sunday",
     "Tomas Rilke and two of his former ministers were sentenced to prison in a separate trial"),
    # one of them
    ("The strike ended on Monday , a week after Anna Vestergaard and one of her deputies were arrested on Friday "
     "at the harbour .", "Friday", "Anna Vestergaard and one of her deputies were arrested at the harbour"),
])
def test_a_part_of_the_owners_takes_the_owner_joined_to_it(text, expression, expected):
    assert headline(LEAD + text, expression) == expected

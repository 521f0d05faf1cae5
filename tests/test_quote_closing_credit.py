"""A quote of several sentences is credited where it closes, and only by its own credit: the credit of another
quote that opens after the close in the same sentence (a live page's entries run together) names someone else
(invented sentences)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expected", [
    ('"We ran out of masks on Monday. Then the crowds came in," one pharmacist said.', "A pharmacist: We ran out of masks"),
    ('"We lost the first game. That\'s why we had more hunger on Monday," said Holm.', "Holm: That's why we had more hunger"),
])
def test_a_quote_is_credited_where_it_closes(text, expected):
    assert headline(LEAD + text, "Monday").startswith(expected)


@pytest.mark.parametrize("text", [
    ("1850 The Red Cross says it has sent aid . \n1826 Velbo mayor Anna Berg writes in her blog : `` We have all seen "
     "the floods on Monday . \nThe town is in ruins . \nIt is awful . '' \n1800 `` Sometimes the river wins , '' "
     "writes Tom Holm in the Velbo Post . \n"),
    ("Velbo mayor Anna Berg writes in her blog : `` We have all seen the floods on Monday . The town is in ruins . '' "
     "`` Sometimes the river wins , '' writes Tom Holm in the Velbo Post . "),
])
def test_the_next_quotes_credit_is_not_this_ones(text):
    summary = headline(LEAD + text, "Monday")
    assert not summary.startswith("Tom Holm")
    assert "Anna Berg writes in her blog: We have all seen the floods" in summary


"""A date that stays in its summary stays with all its words, and a measure's prime marks stay in its number:
"was [in] 1966" keeps its "in", "Founded [in 1989], the school" keeps its date, "10'40\"48" stays whole
(invented sentences)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    ("The last such regatta on the fjord was in 1966 .", "1966", "The last such regatta on the fjord was in 1966"),
    ("Saltvik 's last ferry strike was in May 2003 .", "May 2003", "Saltvik's last ferry strike was in May 2003"),
    ("Keeping the canal open in the 22nd century is as vital as keeping the roads open was in the 20th century .",
     "the 20th century", "Keeping the canal open in the 22nd century is as vital as keeping the roads open was "
                         "in the 20th century"),
])
def test_a_date_that_stays_keeps_its_preposition(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("Founded in 1987 , the rowing school has trained nearly 300 coaches for the northern clubs .", "1987",
     "Founded in 1987, the rowing school has trained nearly 300 coaches for the northern clubs"),
    ("Adopted in March , the harbour bylaw sends idle barges to the outer moorings .", "March",
     "Adopted in March, the harbour bylaw sends idle barges to the outer moorings"),
])
def test_a_fronted_participle_keeps_its_only_complement(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_participle_with_more_than_the_date_loses_it():
    text = LEAD + "Founded by two fishermen in 1987 , the rowing school has trained nearly 300 coaches ."
    assert headline(text, "1987") == "Founded by two fishermen, the rowing school has trained nearly 300 coaches"


@pytest.mark.parametrize("text, expression, kept", [
    ("Lena Dahl set a course record of 12'05\"31 in the women 's 3,000 metres on Sunday .", "Sunday", "12'05\"31"),
    ("A 6'4\" rower from the Bergen club crossed the line first on Sunday .", "Sunday", "6'4\""),
])
def test_a_measure_keeps_its_prime_marks(text, expression, kept):
    assert kept in headline(LEAD + text, expression)

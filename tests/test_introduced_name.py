"""A person the sentence before named and described in apposition: "Tomas Vrin , a Peruvian , …" makes "The man"
read "Tomas Vrin" (events/introduced_name.py); any doubt keeps the bare noun (invented articles)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expected", [
    # a country's people as the apposed noun, an aside after the head
    ("Late last month , border police arrested Tomas Vrin , a Peruvian , in Port Arlo with five crates . "
     "The man , who led the gang , admitted on Friday that he had carried 90 crates .", "Tomas Vrin admitted"),
    # untokenised copy: the commas glued to the words
    ("Late last month, border police arrested Tomas Vrin, a Peruvian, in Port Arlo with five crates. "
     "The man admitted on Friday that he had carried 90 crates.", "Tomas Vrin admitted"),
    # a person's noun with describing words, the apposition ending the sentence
    ("Officials named the first case as Lena Oberg , a 33-year-old teacher . "
     "The woman landed on Friday on board a ferry .", "Lena Oberg landed"),
])
def test_a_person_named_in_apposition_is_told_by_the_name(text, expected):
    assert headline(LEAD + text, "Friday").startswith(expected)


@pytest.mark.parametrize("text, head", [
    # another name beside the apposed one
    ("Police arrested Tomas Vrin , a Peruvian , and Anna Berg on Monday . The man admitted on Friday that he lied .",
     "The man "),
    # a second person beside
    ("Police arrested Tomas Vrin , a Peruvian , and a driver on Monday . The man admitted on Friday that he lied .",
     "The man "),
    # the other sex
    ("Police arrested Tomas Vrin , a 40-year-old father , on Monday . The woman admitted on Friday that she lied .",
     "The woman "),
    # an adult for "the child"
    ("Doctors treated Tomas Vrin , a 40-year-old teacher , on Monday . The child died on Friday .", "The child "),
    # a place, not a person, before the apposition (the noun alone may still tell him: events/introduced.py)
    ("Officials in Port Arlo , a Peruvian , met on Monday . The man died on Friday .", "The "),
    # a single capitalised word: maybe no name
    ("Police arrested Vrin , a Peruvian , on Monday . The man admitted on Friday that he lied .", "The "),
    # the apposition goes on ("a Peruvian who …")
    ("Police arrested Tomas Vrin , a Peruvian who fled , on Monday . The man admitted on Friday that he lied .",
     "The man "),
])
def test_a_name_in_doubt_keeps_the_bare_noun(text, head):
    assert headline(LEAD + text, "Friday").startswith(head)

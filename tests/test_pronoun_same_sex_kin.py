"""A "He"/"She" stays a pronoun when the sentence naming its person speaks, after the name, of kin of the
same sex that the person lists do not hold, or that an other-sex noun led to ("the man 's widow"), or a
compound of one ("father-in-law") (invented articles)."""

import pytest

from timeline.events.pronoun import named_person


@pytest.mark.parametrize("summary, previous, told", [
    ("She made an appeal", "Ms Orla Fenwick said the man 's widow had called .",
     "Orla Fenwick lives in Velmora. Ms Orla Fenwick heard the news."),
    ("He was named player of the year", "Mr Kasimir Dolch said his wife and father-in-law had left .",
     "Kasimir Dolch sold his farm. Mr Kasimir Dolch was born in Velmora."),
    ("He was named player of the year", "Mr Kasimir Dolch said his stepfather had left .",
     "Kasimir Dolch sold his farm. Mr Kasimir Dolch was born in Velmora."),
])
def test_same_sex_kin_after_the_name_leaves_the_pronoun(summary, previous, told):
    assert named_person(summary, summary + " on Friday .", [previous], told, "en") == summary


def test_other_sex_kin_alone_still_names_the_person():
    told = "Orla Fenwick lives in Velmora. Ms Orla Fenwick heard the news."
    assert named_person("She made an appeal", "She made an appeal on Friday .",
                        ["Ms Orla Fenwick said her uncle had died ."], told, "en") == "Ms Orla Fenwick made an appeal"

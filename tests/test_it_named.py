"""An opening "It" named by the thing the sentence right before has as its subject (events/it_named.py),
and the "It" that stands for no one, or may be someone else's thing, kept (invented articles)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    # a one-word company after a form of "to be"; a fronted time phrase before the "it"
    ("Velocom is Norland 's leading wireless operator with two million customers . "
     "On Monday it said that about 70 % of its masts were working .", "Monday",
     "Velocom said that about 70% of its masts were working"),
    # a definite subject holding a name, an aside between commas, a verb with no object
    ("The Harbour Line ferry , which can carry 50 cars , arrived in Brunvik shortly before noon . "
     "It is scheduled to reach Kiel with its cargo on Friday .", "Friday",
     "The Harbour Line ferry is scheduled to reach Kiel with its cargo"),
    # a name with lower-case words and a place after it
    ("Ostby high school in north-west Brunvik closed after a pupil fell ill . "
     "It will re-open on Thursday and has offered all pupils medication .", "Thursday",
     "Ostby high school will re-open and has offered all pupils medication"),
    # a possessive inside the subject, and a progressive with a reflexive
    ("The Brunvik zoo 's goat , a gift from a farmer , was placed in quarantine . "
     "But at the weekend it was removed and put in a pen of its own .", "the weekend",
     "The Brunvik zoo's goat was removed and put in a pen of its own"),
])
def test_an_it_takes_the_thing_the_sentence_before_has_as_its_subject(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression", [
    # an "it" that stands for no one
    ("Velocom is Norland 's leading wireless operator . It emerged on Monday that its masts had failed .", "Monday"),
    ("Velocom is Norland 's leading wireless operator . It is thought that the masts failed on Monday .", "Monday"),
    ("Velocom is Norland 's leading wireless operator . It is not going to get any better on Monday .", "Monday"),
    ("Velocom is Norland 's leading wireless operator . It all depends on what happens on Monday .", "Monday"),
    # a person named by one word, and a speaker who may speak of another thing
    ("Tom Berg founded the firm . Berg is Norland 's best known engineer . It said on Monday that its masts failed .",
     "Monday"),
    ("Velocom said Norland had recorded its first outage in 1994 . It detected a second outage on Monday .",
     "Monday"),
    # a verb with an object: "it" may be the loan
    ("The Norland Bank approved the loan . On Monday it was paid out to the farmers .", "Monday"),
    # a subject that tells no more than "it", a person, a plural
    ("The old goat was placed in quarantine . But on Monday it was removed .", "Monday"),
    ("The Brunvik singer was placed in quarantine . But on Monday it was removed .", "Monday"),
    ("The Brunvik hotels closed after a guest fell ill . It will re-open on Thursday .", "Thursday"),
])
def test_an_it_that_stands_for_no_thing_of_the_sentence_before_stays(text, expression):
    assert headline(LEAD + text, expression).startswith("It ")


@pytest.mark.parametrize("text, expression", [
    # a verb before a preposition's phrase: "it" may be the phrase's noun (the strike, the film)
    ("The Velbo union went on strike . It ended on Monday .", "Monday"),
    ("The Brunvik Festival opened with a film by a young director . It won a prize on Monday .", "Monday"),
    # a lower-case word with its comma before an aside: the subject's verb comes after the aside
    ("The Velbo report, published by Acme, is damning. It was leaked on Monday.", "Monday"),
])
def test_an_it_after_a_phrase_it_may_mean_stays(text, expression):
    assert headline(LEAD + text, expression).startswith("It ")


def test_an_it_before_an_adverb_and_its_participle():
    drug = "Velmarol is a strong drug given to patients before surgery . "
    # an adverb between "was" and its participle
    assert headline(LEAD + drug + "It was first used widely in 1989 in Norland .", "1989") == (
        "Velmarol was first used widely in Norland")
    # an adverb before a complement that stands for no one keeps the "It"
    assert headline(LEAD + drug + "It was also thought in 1989 that it was safe .", "1989") == (
        "It was also thought that it was safe")

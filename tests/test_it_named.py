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


@pytest.mark.parametrize("text, expression, expected", [
    # a list's bullet before the subject, and lower-case words of a compound noun after its name
    ("\n\\* H7N3 avian flu is the newest threat to poultry farms . It first surfaced in 2001 and spread to ducks .",
     "2001", "H7N3 avian flu first surfaced and spread to ducks"),
    ("But the new H7N3 duck flu virus is not behaving typically . It has stretched the flu season well into July .",
     "July", "The new H7N3 duck flu virus has stretched the flu season well into July"),
    # a definite subject with no name of its own that bears one after a link
    ("The deal with Velocom could be worth up to $ 40m , the Norland Post reported on Monday . "
     "It reflects sales of phones in 2019 to rural towns .", "2019", "The deal with Velocom reflects sales of phones to rural towns"),
    # a name with an owner's possessive and "of" inside, and a time between it and its verb; the "it" says
    # something, as the body that did something to what it tells
    ("\n\nNorland's Ministry of Fisheries on Tuesday confirmed fish deaths in two lakes of northern Norland .\n\n"
     "It said in a statement that 300 trout died last Wednesday in Lake Velm .", "last Wednesday",
     "Norland's Ministry of Fisheries said in a statement that 300 trout died in Lake Velm"),
    # a phrasal verb's particle, and an aside a participle opens (untokenised)
    ("The Velair freighter, loaded in Brunvik with 40 tonnes of tents, took off from Ostby Airport at noon. "
     "It is scheduled to reach Kiel on Friday.", "Friday", "The Velair freighter is scheduled to reach Kiel"),
    # a past no ending tells
    ("Ostby high school in north-west Brunvik shut after a pupil fell ill . It will re-open on Thursday .", "Thursday",
     "Ostby high school will re-open"),
    # a lower-case word with its comma before an aside: the subject's verb comes after the aside
    ("The Velbo report, published by Acme, is damning. It was leaked on Monday.", "Monday",
     "The Velbo report was leaked"),
])
def test_an_it_takes_a_subject_written_with_more_around_it(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression", [
    # a verb with an object whose words name another body: "it" may be that one
    ("Norland's Ministry of Fisheries on Tuesday criticised the Velbo Fishing Board . "
     "It said in a statement on Wednesday that 300 trout died .", "Wednesday"),
    # a body that did something, and an "it" that does no saying: "it" may be the thing done
    ("Norland's Ministry of Fisheries on Tuesday approved the new quota . It was cut on Wednesday by half .",
     "Wednesday"),
    # a definite subject whose link names someone's thing
    ("The wife of Tom Berg 's driver was placed in quarantine . But on Monday it was removed .", "Monday"),
])
def test_an_it_the_wider_subject_may_not_mean_stays(text, expression):
    assert headline(LEAD + text, expression).startswith("It ")


@pytest.mark.parametrize("text, expression, expected", [
    # a lone name the text before writes with a company's head ("Velmed AG") is the group
    ("Norwegian drugmaker Velmed AG will test a vaccine , it said on Monday . Shares rose 2 percent . "
     "Velmed said earlier this week it had received the virus . "
     "The group also said on Thursday a study had shown that its vaccine worked .", "Thursday",
     "Velmed also said a study had shown that its vaccine worked"),
    # a name holding a company's head, after a fronted day
    ("Velbo Motors said it would close a plant . On Tuesday , the carmaker said that 300 jobs would go .", "Tuesday",
     "Velbo Motors said that 300 jobs would go"),
])
def test_a_body_called_by_its_kind_takes_the_subject_of_the_sentence_before(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression", [
    # a body of another kind, a name not known as a company, a person
    ("Velocom Corp said it would cut jobs . The ministry said on Tuesday that 300 jobs would go .", "Tuesday"),
    ("Velocom said it would cut jobs . The company said on Tuesday that 300 jobs would go .", "Tuesday"),
    ("Tom Berg said it would cut jobs . The company said on Tuesday that 300 jobs would go .", "Tuesday"),
    # a sentence whose subject is not the summary's: the kind stays as it was
    ("Velocom Corp closed . Shares in the company fell on Tuesday after the company said 300 jobs would go .",
     "Tuesday"),
])
def test_a_body_called_by_its_kind_stays_unless_a_body_of_that_kind_is_the_subject_before(text, expression):
    summary = headline(LEAD + text, expression)
    assert not summary.startswith(("Velocom", "Tom Berg")), summary

"""A "He"/"She" named across a link that names only a body or a place, and by a surname alone whose full
name the article gave; nothing where the person is in doubt (invented articles)."""

import pytest

from test_headlines import headline
from timeline.events.pronoun import named_person


def test_a_link_naming_only_a_body_and_a_place_keeps_the_chain_to_the_name():
    text = ("Lena Voss was one of the nurses at the clinic in the valley . "
            "A year ago , she moved to Velora to work for the Mirova Health Institute . "
            "She was in the capital when the storm hit on Tuesday .")
    assert headline(text, "Tuesday").startswith("Lena Voss was in the capital")


def test_a_link_naming_another_person_breaks_the_chain():
    text = ("Lena Voss was one of the nurses at the clinic in the valley . "
            "A year ago , she moved to Velora to work with Anna Kessel . "
            "She was in the capital when the storm hit on Tuesday .")
    assert headline(text, "Tuesday").startswith("She was in the capital")


TOLD = "Singer Tomas Brenn sold his farm. Mr Tomas Brenn was born in Mirova."


@pytest.mark.parametrize("previous, told, expected", [
    # a surname alone after a fronted phrase, one person of that name before
    ("In death , Brenn achieved the comeback he had wanted .", TOLD, "Brenn was the top seller"),
    # two people of that name: whose "he"?
    ("In death , Brenn achieved the comeback he had wanted .", TOLD + " Anna Brenn sang.", "He was the top seller"),
    # the title is of the other sex
    ("In death , Brenn achieved the comeback he had wanted .", "Ms Lena Brenn sold her farm.",
     "He was the top seller"),
    # no full name before: who is Brenn?
    ("In death , Brenn achieved the comeback he had wanted .", "Brenn sold his farm.", "He was the top seller"),
    # another person in the sentence
    ("In death , Brenn achieved the comeback Ivo Marten had wanted .", TOLD, "He was the top seller"),
])
def test_a_surname_alone_names_the_one_person_of_that_name(previous, told, expected):
    assert named_person("He was the top seller", "He was the top seller in 2009 .", [previous], told,
                        "en") == expected


@pytest.mark.parametrize("previous, expected", [
    # the aside tells the speaker's office
    ("Ola Nordmann , Regional Director of Harbour Aid , said the appeal had begun .", "Ola Nordmann was sending"),
    # the aside names another person: whose "he"?
    ("Ola Nordmann , Tomas Brenn 's lawyer , said the appeal had begun .", "He was sending"),
    # what is said names another person
    ("Ola Nordmann , Regional Director of Harbour Aid , said Tomas Brenn had begun .", "He was sending"),
])
def test_a_speaker_before_an_aside_telling_the_office(previous, expected):
    sentence = "He was sending a team to the coast on Friday ."
    assert named_person("He was sending a team", sentence, [previous], previous, "en").startswith(expected)


def test_a_link_naming_a_university_keeps_the_chain():
    previous = ["A year ago , she moved to Velora to work for Mirova University .",
                "Lena Voss was one of the nurses at the clinic in the valley ."]
    assert named_person("She was in the capital", "She was in the capital on Tuesday .", previous,
                        " ".join(reversed(previous)), "en") == "Lena Voss was in the capital"


@pytest.mark.parametrize("link, expected", [
    ("Later , he sold fish .", "Brenn was the top seller"),  # goes on about him
    ("Later , he sold fish with Marten .", "He was the top seller"),  # names another, maybe a person
    ("The farm was sold .", "He was the top seller"),  # says no "he"
])
def test_a_surname_alone_through_sentences_about_him(link, expected):
    previous = [link, "In death , Brenn achieved the comeback he had wanted ."]
    assert named_person("He was the top seller", "He was the top seller in 2009 .", previous, TOLD,
                        "en") == expected


def test_a_surname_alone_with_another_capitalised_word_after_it_names_no_one():
    assert named_person("He was the top seller", "He was the top seller in 2009 .",
                        ["In death , Brenn achieved more than Marten ."], TOLD, "en") == "He was the top seller"


@pytest.mark.parametrize("told, previous, expected", [
    # the full name's sentence speaks of her: a woman's surname is no "he"
    ("Pop star Lena Brenn toured Velora with her manager.", ["After the tour , Brenn met fans in a stadium ."],
     "He was the top seller"),
    # a sentence of the chain speaks of her
    ("Pop star Lena Brenn toured Velora. After the tour , Brenn met fans in a stadium. Later , she sold fish.",
     ["Later , she sold fish .", "After the tour , Brenn met fans in a stadium ."], "He was the top seller"),
    # the surname's own sentence gives it a possessive no person takes: a company
    ("Tomas Brenn founded the carmaker in 1903. After the war , Brenn cut its prices.",
     ["After the war , Brenn cut its prices ."], "He was the top seller"),
    # a body's head beside the lone name: a company
    ("Tomas Brenn founded a carmaker. Brenn , the company , grew fast. After the war , Brenn cut prices.",
     ["After the war , Brenn cut prices ."], "He was the top seller"),
    # his own farm and his own prices: still him
    ("Singer Tomas Brenn sold his farm. After the war , Brenn cut his prices.",
     ["After the war , Brenn cut his prices ."], "Brenn was the top seller"),
])
def test_a_surname_alone_of_the_other_sex_or_of_a_company_names_no_one(told, previous, expected):
    assert named_person("He was the top seller", "He was the top seller in 2009 .", previous, told, "en") == expected


@pytest.mark.parametrize("previous, expected", [
    # a common thing's possessive names no one
    ("In death , Brenn achieved the comeback of the country 's music .", "Brenn was the top seller"),
    # a person noun's possessive speaks of another person
    ("In death , Brenn achieved the comeback of the singer 's music .", "He was the top seller"),
    # an aside opened by "who" tells a person, though it holds a body's word
    ("Brenn , who leads the country 's biggest party , is a popular figure in Velora .", "Brenn was the top seller"),
    # an aside calling the name a body does not
    ("Brenn , the party , is a popular figure in Velora .", "He was the top seller"),
])
def test_a_surname_alone_beside_a_things_possessive_or_a_persons_aside(previous, expected):
    assert named_person("He was the top seller", "He was the top seller in 2009 .", [previous], TOLD,
                        "en") == expected


@pytest.mark.parametrize("previous", [
    "Brenn then achieved the comeback he had wanted .",  # a linking word before the verb
    "Brenn , 45 , finally achieved the comeback he had wanted .",  # an adverb after the aside
])
def test_a_surname_alone_before_an_adverb_and_its_verb(previous):
    assert named_person("He was the top seller", "He was the top seller in 2009 .", [previous], TOLD,
                        "en") == "Brenn was the top seller"

"""A "He"/"She" left as it is where a rule cannot tell who it is (invented articles): a surname inside
another word, a second person after a place preposition, an aside of the other sex or calling the name a
company, a company, a storm or an event as the subject before, a name across a paragraph with nothing
telling it is a person's. A wrong name is the worst a summary can say."""

import pytest

from test_headlines import headline


def _summary(*paragraphs, expression="Tuesday"):
    return headline("\n\n".join(paragraphs), expression)


@pytest.mark.parametrize("between", ["She had moved to Bergen in 1990 .", "She had moved near Bergen ."])
def test_a_surname_inside_another_word_is_no_use_of_it(between):
    assert _summary("Ola Berg was elected mayor on Monday .", between,
                    "He resigned on Tuesday .").startswith("He resigned")


def test_a_person_after_a_place_preposition_is_a_second_person():
    named = "Singer Ola Berg spoke on Monday ."
    assert _summary(named, "Berg , who lives near Ivo Marten , was called .",
                    "He resigned on Tuesday .").startswith("He resigned")
    assert _summary(named, "Berg , who lives near Velora , was called .",
                    "He resigned on Tuesday .").startswith("Berg resigned")


@pytest.mark.parametrize("aside, pronoun", [("a mother of two", "He"), ("the mother of the victim", "He"),
                                            ("a father of two", "She")])
def test_an_aside_of_the_other_sex_leaves_the_pronoun(aside, pronoun):
    first = "Singer Ola Berg" if pronoun == "He" else "Singer Lena Berg"
    assert _summary(f"{first} spoke on Monday .", f"Berg , {aside} , was called .",
                    f"{pronoun} resigned on Tuesday .").startswith(pronoun)
    assert _summary(f"{first} spoke on Monday . Berg , {aside} , was called . {pronoun} resigned on Tuesday .") \
        .startswith(pronoun)


def test_an_aside_calling_the_surname_a_company_names_no_one():
    first = "Chief executive Ola Ford spoke on Monday ."
    assert _summary(first, "Ford , the carmaker , was fined .", "He resigned on Tuesday .").startswith("He resigned")
    assert _summary(first, "Ford , 45 , was fined .", "He resigned on Tuesday .").startswith("Ford resigned")


@pytest.mark.parametrize("before, pronoun", [
    ("Velco Inc reported record sales .", "He"), ("Norda Cars reported a loss .", "He"),
    ("Hurricane Lena hit the island .", "She"), ("Storm Lena hit the coast .", "She"),
    ("The Harbour Festival drew crowds .", "He"),
])
def test_a_company_a_storm_or_an_event_is_no_he_or_she(before, pronoun):
    assert _summary(before, f"{pronoun} left on Tuesday .").startswith(f"{pronoun} left")


@pytest.mark.parametrize("named, expected", [
    ("Lena Voss met the press on Monday .", "He left"),  # nothing tells the name is a person's (nor whose sex)
    ("Lena Voss was elected mayor of the town on Monday .", "He left"),
    ("Velorian Prime Minister Ola Voss met the press on Monday .", "Velorian Prime Minister Ola Voss left"),
    ("Ola Voss , who led the party , met the press on Monday .", "Ola Voss left"),
    ("Ola Voss met his lawyer on Monday .", "He left"),  # another man
    # an aside's person noun beside a company's name
    ('"We will grow," said Ola Voss Jr., founder and chairman of the Velco Data Group.', "Ola Voss Jr left"),
    ("Ola Voss said he would resign on Monday .", "Ola Voss left"),
    ("Ola Voss said she would resign on Monday .", "He left"),  # a woman in the name's sentence
])
def test_across_a_paragraph_the_name_must_be_told_a_persons(named, expected):
    assert _summary(named, "He left on Tuesday .").startswith(expected)


def test_another_person_in_the_aside_leaves_the_pronoun():
    assert _summary("Singer Ola Berg spoke on Monday .", "Berg , who met the prosecutor , was called .",
                    "He resigned on Tuesday .").startswith("He resigned")


@pytest.mark.parametrize("between, named", [
    ("Our correspondent says many people in the town did not sleep .", False),  # "he" may be the correspondent
    ("We heard many people in the town did not sleep .", True),  # a first person who is no one else
])
def test_a_person_the_writer_calls_ours_stands_between(between, named):
    text = ("`` We are scared , '' Ola Berg texted from Velora at 0349 GMT .\n" + between +
            "\nHe said his neighbours stood outside their homes on Tuesday .")
    assert _summary(text).startswith("Ola Berg said" if named else "He said")


def test_an_official_visit_is_no_second_person():
    """"official" before a noun is an adjective ("a four-day official visit"), not a person."""
    assert _summary("Ola Berg arrived in Velora on Monday for a four-day official visit . "
                    "He will also attend the Harbour Summit on Tuesday .").startswith("Ola Berg will also attend")

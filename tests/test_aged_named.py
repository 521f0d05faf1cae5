"""A person told by age or nationality ("The 32-year-old", "The Frenchman 's team") is the one person the sentence
before names, as a "he" would be; a subject written after its role's owner ("Velbury defender Tom Hallan") is that
person (events/aged_named.py, events/role_subject.py; invented articles). Any doubt keeps the description."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expected", [
    ("Velbury defender Tom Hallan has tested positive for a banned drug again . "
     "The 32-year-old is set to face a hearing on Tuesday .", "Tom Hallan is set to face a hearing"),
    ("Velbury manager Paul Lerain says he would rather take the blame . "
     "The Frenchman 's team drew at home on Saturday .", "Paul Lerain's team drew at home"),
    ("Double champion Kara Holm has announced her retirement . "
     "The 35-year-old former army sergeant said on Tuesday she had been hurt .", "Kara Holm said she had been hurt"),
    ("Squash champion Kara Holm is eyeing revenge . The Malaysian won the title on Tuesday .",
     "Kara Holm won the title"),
    ("Velbury captain Tom Hallan spoke on Monday . The Australian international is expected to return on Tuesday .",
     "Tom Hallan is expected to return"),
    ("Kari Lind , the new head of Norair , spoke at the summit . "
     "The Norwegian took the helm of the airline last November .", "Kari Lind took the helm of the airline"),
    ("Corporal Ivo Marten , an interpreter , has been charged with spying . The 44-year-old , who first appeared "
     "before magistrates last week , was back in court on Wednesday .",
     "Ivo Marten was back in court"),
])
def test_a_person_told_by_age_or_nationality_is_the_one_named_before(text, expected):
    expression = next(w for w in ("Tuesday", "Saturday", "last November", "Wednesday") if w in text)
    assert expected in headline(LEAD + text, expression)


def test_a_subject_after_its_role_and_the_roles_owner_names_the_next_he():
    text = "Velbury defender Tom Hallan has tested positive . He is set to face a hearing on Tuesday ."
    assert headline(LEAD + text, "Tuesday") == "Tom Hallan is set to face a hearing"


@pytest.mark.parametrize("text", [
    # another person in sight: the one before speaks of them too
    "Velbury coach Tom Hallan praised his young striker . The 19-year-old scored twice on Tuesday .",
    "Velbury coach Tom Hallan praised a 19-year-old striker . The 19-year-old scored twice on Tuesday .",
    "Velbury defender Tom Hallan was sent off against Ivo Marten . The 32-year-old faces a hearing on Tuesday .",
    # an anonymous person's head, a thing, a name: no one the description stands for
    "Velbury defender Tom Hallan has tested positive . The 25-year-old man was found on Tuesday .",
    "Velcorp chief Tom Hallan has resigned . The Australian group said on Tuesday it had approached the exchange .",
    "Velcorp chief Tom Hallan has resigned . The Australian Financial Review reported on Tuesday he would go .",
    # a country's name or a list of them is no person
    "Prime Minister Tom Hallan spoke on Monday . The Netherlands , France and Norway confirmed cases on Tuesday .",
    "Deputy spokesman Tom Hallan said talks would resume . The DPRK said on Tuesday it would return to the talks .",
])
def test_a_description_with_any_doubt_stays(text):
    summary = headline(LEAD + text, "Tuesday")
    assert summary.startswith("The "), summary

"""Names a summary must not be given: an apposition that describes or sits in another phrase, a "he" whose
sentence before speaks of another person or who is talked of inside a quote, and the stray words a name
must not carry (a wrong name is worse than none)."""

import pytest

from test_headlines import headline
from timeline.events.apposed import apposed
from timeline.events.pronoun import named_person


@pytest.mark.parametrize("text, expression, expected", [
    ("The leader of the opposition Harbour party, Ivo Marten, called the plan a disgrace.\n\n"
     # not Ivo Marten: the party's own naming just before names it (nearest_name)
     "The party said on Monday it would vote against the budget.", "Monday", "The opposition Harbour party said"),
    ("Tomas Brenn, a retired pilot, said such crashes were rare.\n\nThe pilot was found dead on Tuesday.",
     "Tuesday", "The pilot was found dead"),
    ("After meeting the minister, Tomas Brenn, who leads the union, said talks were good.\n\n"
     "The minister resigned on Tuesday.", "Tuesday", "The minister resigned"),
    ("Ivo Marten, the former interior minister, praised the plan.\n\nThe minister resigned on Wednesday.",
     "Wednesday", "The minister resigned"),
    ("Effective Tuesday, the central bank, under the supervision of the finance ministry, will set rates.\n\n"
     "The bank said on Wednesday it would cut rates.", "Wednesday", "The bank said"),
    ("The week will include a Harbour Summit, an Ostra conference, and a forum.\n\n"
     "The conference opened on Wednesday in Mirova.", "Wednesday", "The conference opened"),
    # the definite apposition still names ("the company, Anna Foods," after a verb of saying or a stop)
    ("Anna Foods, the Velorian company, has grown fast.\n\nThe company said on Wednesday it would cut jobs.",
     "Wednesday", "Anna Foods said"),
])
def test_only_a_definite_apposition_that_opens_its_phrase_names_the_head(text, expression, expected):
    assert headline(text, expression).startswith(expected)


def test_an_indefinite_apposition_is_a_rival_not_a_name():
    found, rivals = apposed("Skyrell, the budget airline, flew. Aerolux, a rival airline, kept flying.", "airline", "en")
    assert found == [["Skyrell"]] and rivals == [["Aerolux"]]


@pytest.mark.parametrize("text", [
    "In a statement, the lawyer Tomas Brenn said his client was innocent. He was charged on Monday with fraud.",
    "Tomas Brenn said his son had been missing for days. He was found dead on Monday near the river.",
    "Coach Tomas Brenn praised the young striker. He scored twice on Monday against Mirova.",
    "Lena Voss met the president in Mirova on Sunday. He said on Monday that talks would resume.",
    '"He used to be my hero," said Brenn on Friday. "He was arrested on Monday for nothing.',
    '"He used to be my hero," said Tomas Brenn on Friday. He was arrested on Monday for nothing.',
])
def test_he_is_left_alone_when_another_person_may_be_meant(text):
    assert headline(text, "Monday").startswith("He ")


def test_a_name_for_he_keeps_its_title_stop_and_loses_stray_words():
    assert named_person("He resigned", "He resigned on Tuesday.", ["Mr. Ivo Marten said the party was ready."],
                        "Mr. Ivo Marten said the party was ready.", "en") == "Mr. Ivo Marten resigned"
    assert named_person("He said it", "He said it on Friday.", ["Later Tomas Brenn Wednesday told reporters it went well."],
                        "Later Tomas Brenn Wednesday told reporters it went well.", "en") == "Tomas Brenn said it"


def test_he_still_takes_the_subject_of_the_sentence_before():
    assert headline("Tomas Brenn told reporters the bridge was unsafe. He said on Tuesday that it would close.",
                    "Tuesday").startswith("Tomas Brenn said")

"""A person called by what they do ("The singer", timeline/events/epithet.py) is named by the one person the story
named where it first called someone so; a happening called by its kind ("The trial", timeline/events/owned_happening.py)
is told whole as the story first told it with its owner. Doubt leaves the summary as it was."""

import pytest

from test_headlines import headline

LEAD = "Fans gathered in the rain outside a small theatre in the north.\n\n"


def test_the_singer_takes_the_one_person_named_where_the_story_first_called_him_so():
    text = LEAD + ("Many had come to remember Tom Vardell, and the singer's old band played for an hour. "
                   "Nobody spoke.\n\nThe singer was buried in a private ceremony in March.")
    assert headline(text, "March").startswith("Tom Vardell was buried in a private ceremony")


def test_the_singers_possessive_takes_the_name_as_owner():
    text = LEAD + ("The crowd sang songs by Tom Vardell, whose death the singer's fans still mourn.\n\n"
                   "The singer's daughter was ill during a family trip in 2006.")
    assert headline(text, "2006").startswith("Tom Vardell's daughter was ill")


@pytest.mark.parametrize("before", [
    # two people named where the story first says "the singer": which one?
    "Dr Lina Moss met Tom Vardell when the singer was ill.",
    # a singer brought in by "a": more than one may be meant
    "Tom Vardell sang with a singer from the south. The singer was tired.",
    # no one named before the first "the singer"
    "The singer was loved by many.",
])
def test_the_singer_stays_when_the_story_names_no_one_person_for_it(before):
    text = LEAD + before + "\n\nThe singer was buried in a private ceremony in March."
    assert headline(text, "March").startswith("The singer was buried")


@pytest.mark.parametrize("before", [
    "A jury has been chosen for the trial of Dr Lina Moss, a nurse from Kelwick.",
    "A judge ordered that Dr Lina Moss should stand trial over the death of a patient.",
])
def test_the_trial_takes_its_owner_where_the_story_first_told_it_whole(before):
    text = LEAD + before + "\n\nThe trial is due to start on Tuesday."
    assert headline(text, "Tuesday").startswith("The trial of Dr Lina Moss is due to start")


@pytest.mark.parametrize("before", [
    # the one before "to stand trial" is the object of a preposition: another's trial
    "A judge ordered the nurse of Tom Vardell to stand trial over his death.",
    # two owners
    "The trial of Dr Lina Moss was delayed, as was the trial of Ivo Marten.",
    # a trial, another trial: which one?
    "The trial of Dr Lina Moss was delayed. A trial of two guards also waits.",
])
def test_the_trial_stays_when_its_owner_is_in_doubt(before):
    text = LEAD + before + "\n\nThe trial is due to start on Tuesday."
    assert headline(text, "Tuesday").startswith("The trial is due to start")


@pytest.mark.parametrize("sentence, expected", [
    ("The unit's head, Lina Moss, told listeners on Tuesday how it had coped.", "The unit's head Lina Moss told"),
    ("The commander of the Blue Heron, Adm Tom Vardell, said on Tuesday that food was short.",
     "The commander of the Blue Heron Adm Tom Vardell said"),
    ("The regional health officer, Dr Lina Moss, on Tuesday warned that beds were short.",
     "The regional health officer Dr Lina Moss"),
])
def test_a_name_set_between_commas_after_the_description_opening_its_clause_stays_with_it(sentence, expected):
    assert headline(LEAD + sentence, "Tuesday").startswith(expected)



def test_a_two_word_title_takes_the_one_person_named_with_it_in_capitals():
    text = LEAD + ("Foreign Minister Ali Vardell met envoys from the south. Talks went well.\n\n"
                   "The foreign minister said on Tuesday he was pleased with the talks.")
    assert headline(text, "Tuesday").startswith("Foreign Minister Ali Vardell said")


@pytest.mark.parametrize("before", [
    "Foreign Minister Ali Vardell met Foreign Minister Tom Moss.",  # two: which one?
    "Former Foreign Minister Ali Vardell spoke first.",  # no longer
])
def test_a_two_word_title_stays_when_its_person_is_in_doubt(before):
    text = LEAD + before + "\n\nThe foreign minister said on Tuesday he was pleased with the talks."
    assert headline(text, "Tuesday").startswith("The foreign minister said")


def test_a_name_after_a_description_of_a_things_owner_names_the_owner_not_the_thing():
    text = LEAD + "The trial of Tom Vardell's doctor, Dr Lina Moss, began on Tuesday in the capital."
    assert not headline(text, "Tuesday").startswith("Dr Lina Moss began")


def test_a_fronted_dates_comma_does_not_turn_the_name_into_an_aside():
    text = LEAD + ("Last month, the organiser of the Harbour Lights concert, Tom Vardell, defended the event, saying he "
                   "had the support of the family.")
    assert headline(text, "Last month").startswith("The organiser of the Harbour Lights concert Tom Vardell defended")

"""A "she" named by a title and surname ("Ms Berg") that the story first gave with one first name ("Anna
Berg"): one person, not two of a family; with two first names for the surname the pronoun stays."""

from test_headlines import LEAD, headline

BEFORE = ("Anna Berg said she thought Lise Lind and herself were the only two from the island living in Norby . \n"
          "They met after hearing each other talk on the radio about the storm . \n")


def test_a_title_and_surname_after_one_first_name_is_that_person():
    text = (BEFORE + "Ms Berg said her uncle had died and she was worried about five cousins . \n"
            "On Friday she made a public appeal about her relatives ' whereabouts in the town .")
    assert headline(LEAD + text, "Friday").startswith("Ms Berg made a public appeal")


def test_a_title_and_surname_after_two_first_names_is_left_alone():
    text = (BEFORE.replace("Lise Lind", "Eva Berg") + "Ms Berg said her uncle had died and she was worried about "
            "five cousins . \nOn Friday she made a public appeal about her relatives ' whereabouts in the town .")
    assert headline(LEAD + text, "Friday").startswith("She made a public appeal")

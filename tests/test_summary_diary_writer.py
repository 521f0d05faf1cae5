"""A diary entry headed by its day, a dash and its writer's name in capitals ("MONDAY 7 MARCH - JANE ROE This
morning I …") is the writer's: its first-person headline is credited to them; a heading of a day and no
first person, or a first person under no such heading, is left alone."""

from test_headlines import headline


def test_a_day_and_name_heading_credits_the_entry_to_its_writer():
    text = ("Aid workers have been sending us their diaries .\n"
            "MONDAY 7 SEPTEMBER - JANE ROE This morning I arrived back from the coast with the boats .\n")
    assert headline(text, "This morning") == "Jane Roe: I arrived back from the coast with the boats"


def test_a_heading_without_a_day_or_a_name_credits_no_one():
    # a chronology's line ("7 SEPTEMBER - Ferries stop") names no writer
    text = ("Readers have been sending us their stories .\n"
            "7 SEPTEMBER - Ferries stop running . Tomorrow we drive to the coast with the boats .\n")
    assert headline(text, "Tomorrow").startswith("We drive")

"""A date that is no separable adverbial stays in the summary as written, and a cut never ends inside a
coordination or on a report with nothing said (invented sentences, tokenised as the scraped corpora write them)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    # after "due": cut out, it would leave "the meeting due will decide"
    ("The harbour board meeting due on Thursday will decide the ferry fares , the mayor said .", "Thursday",
     "The harbour board meeting due on Thursday will decide the ferry fares"),
    # inside the subject, before its auxiliary
    ("The number of ferries that stood in January has doubled , officials said .", "January",
     "The number of ferries that stood in January has doubled"),
    # a number as the verb's object
    ("The council has declared 2031 The Year of the Fjord in a vote .", "2031",
     "The council has declared 2031 The Year of the Fjord in a vote"),
    # an adverbial at the clause's edge still goes
    ("The regional council approved the new harbour budget on Monday .", "Monday",
     "The regional council approved the new harbour budget"),
])
def test_a_date_bound_into_its_clause_stays_as_written(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_an_and_between_two_words_ends_no_clause():
    text = "The port authority plans to merge parliamentary and presidential ferry boards in 2032 , officials said ."
    assert headline(LEAD + text, "2032") == "The port authority plans to merge parliamentary and presidential ferry boards"


def test_a_capital_after_a_verb_of_saying_and_its_date_is_what_is_said_not_a_new_sentence():
    text = "Prime Minister Ola Dahl said on Tuesday Horten was a `` test of resolve '' for the whole region ."
    assert headline(LEAD + text, "Tuesday") == "Prime Minister Ola Dahl said Horten was a “test of resolve” for the whole region"


def test_a_noun_spelled_as_a_verb_of_saying_is_no_bare_report():
    text = ("Following overnight special programs waiting for the result , local radio on Saturday devoted its "
            "news programs to reports and reactions .")
    assert headline(LEAD + text, "Saturday") == "Local radio devoted its news programs to reports and reactions"


def test_a_list_of_phrases_is_one_clause_and_its_last_item_no_headline():
    text = ("The vote marks a new start following the strike in March to oust the board , two interim boards and "
            "the adoption of a charter in October .")
    assert headline(LEAD + text, "October") == ("The vote marks a new start following the strike in March to oust the "
                                                "board, two interim boards and the adoption of a charter")


def test_a_clause_of_saying_with_nothing_said_does_not_open_the_summary():
    text = "Three more ferries have been grounded in the north , Ola Dahl said today , bringing the total number to five ."
    assert headline(LEAD + text, "today") == ("Three more ferries have been grounded in the north, Ola Dahl said, bringing "
                                              "the total number to five")


def test_a_clause_of_saying_before_an_and_is_no_bare_report():
    text = "The court said Dahl and his men bought five ferries worth more than ten million dollars in 2002 ."
    assert headline(LEAD + text, "2002") == "The court said Dahl and his men bought five ferries worth more than ten million dollars"

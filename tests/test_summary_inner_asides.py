"""An aside between commas inside a subject is no place for a headline to start: the subject stays with
its verb, and a date cut from a short aside leaves no stub (invented sentences)."""

import pytest

from test_headlines import LEAD, headline
from timeline.events.verbless import as_clause


@pytest.mark.parametrize("text, expression, expected", [
    # the run would open with the apposition: "The harbour master, had inspected the ferry"
    ("Ola Lind complained that the council waited for the storm to pass until after Per Berg, the harbour "
     "master, had inspected the ferry on 3 May.", "3 May",
     "Ola Lind complained that the council waited for the storm to pass until after Per Berg had inspected the ferry"),
    ("A long-awaited novel by the retired harbour pilot Anna Berg about her younger sister, Karin, will come out "
     "in the spring, its publishers have announced.",
     "the spring",
     "A long-awaited novel by the retired harbour pilot Anna Berg about her younger sister Karin will come out"),
    # a stub of the aside the date was cut from (tokenised, as a corpus writes it)
    ("The newest case of river fever , confirmed on Tuesday , was in a farmer from the hills east of the lake , "
     "the health board said .",
     "Tuesday", "The newest case of river fever was in a farmer from the hills east of the lake"),
    ("Closing arguments, due to start on 4 June, will now be heard on 2 July.", "4 June",
     "Closing arguments will now be heard on 2 July"),
])
def test_an_aside_inside_a_subject_goes(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    # a name set off by commas stays, without them
    ("Ola Lind complained that the council waited until after the harbour master, Per Berg, had inspected "
     "the ferry on 3 May.", "3 May",
     "Ola Lind complained that the council waited until after the harbour master Per Berg had inspected the ferry"),
])
def test_a_name_set_off_by_commas_stays_without_them(text, expression, expected):
    assert headline(LEAD + text, expression) == expected



@pytest.mark.parametrize("text, expression, expected", [
    # an age before a conjunction that joins another subject
    ("Per Lind, 28, and his partner opened the first of their three bakeries on the island in 2004.", "2004",
     "Per Lind and his partner opened the first of their three bakeries on the island"),
])
def test_an_age_before_a_conjunction_joining_a_subject_goes(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_an_age_before_a_relative_clause_goes():
    text = "Karl Holm, 22, who drowned in 1994, had worked on the dock since he left school."
    assert headline(LEAD + text, "1994").startswith("Karl Holm")


def test_a_speakers_aside_after_a_quote_keeps_the_credit():
    text = ("The harbour board is to meet the ferry owners on Friday to discuss the fares, the transport minister, "
            "Ola Lind, said in Bergen.")
    assert "said in Bergen" not in headline(LEAD + text, "Friday")


def test_a_lists_items_are_no_aside():
    text = "The ferry will carry 30 tonnes of grain, rope, tools and fuel from the depot to the island on Friday."
    assert "grain, rope, tools and fuel" in headline(LEAD + text, "Friday")


def test_an_aside_before_a_quoted_predicate_goes():
    text = 'The harbour economy, the biggest in the northern region, "has grown very fast this year," Lind said.'
    assert headline(LEAD + text, "this year").startswith("The harbour economy has grown")


def test_a_speakers_aside_after_a_whole_clause_stays():
    text = "Both the old and the new fares have spread to the islands, Per Berg, a harbour clerk, said on Friday."
    summary = headline(LEAD + text, "Friday")
    assert not summary.endswith((" warned", " said"))


@pytest.mark.parametrize("summary, expected", [
    ("A retired ferry captain who sailed through the storm", "A retired ferry captain sailed through the storm"),
    ("Ola Lind, who was found alive under the old quay in Velbo", "Ola Lind was found alive under the old quay in Velbo"),
    # the noun's own verb is in the clause: the words stay
    ("The harbour firm, which owns piers in Velbo and Nordby announced that it had sold them",
     "The harbour firm, which owns piers in Velbo and Nordby announced that it had sold them"),
    ("22, who drowned ten years later", "22, who drowned ten years later"),
])
def test_a_noun_and_its_relative_clause_read_as_the_clause(summary, expected):
    assert as_clause(summary, "en") == expected


def test_a_capitalised_name_like_a_relative_word_is_no_relative_clause():
    assert as_clause("The WHO will hold a meeting of doctors", "en") == "The WHO will hold a meeting of doctors"


@pytest.mark.parametrize("summary", ["We pray for those who drowned off the pier", "They include Ola Lind, who was named skipper"])
def test_a_clause_opening_with_a_pronoun_keeps_its_relative_word(summary):
    assert as_clause(summary, "en") == summary

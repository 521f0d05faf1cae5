"""Summaries that do not stop at a comma inside a noun phrase ("and new, more virulent strains"), nor between a
quote's speaker and the verb crediting the quote, and a name ("United States") that is no verb of saying."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    ("Then in 1998 a harsh strain began to kill goats on a farm in Velbo and new, more virulent versions began to "
     "appear almost yearly, including one that spread.", "1998",
     "A harsh strain began to kill goats on a farm in Velbo and new, more virulent versions began to appear"),
    ("Then in 1998 a harsh strain began to kill goats on a farm in Velbo and new , more virulent versions began to "
     "appear almost yearly , including one that spread .", "1998",
     "A harsh strain began to kill goats on a farm in Velbo and new, more virulent versions began to appear"),
])
def test_a_comma_between_two_words_before_one_noun_is_no_clause_break(text, expression, expected):
    summary = headline(LEAD + text, expression)
    assert summary.startswith(expected)
    assert not summary.endswith(("new", "new,"))


@pytest.mark.parametrize("text, expected", [
    ('"We ran out of patience today," Anna Berg, a driver, said.', "Anna Berg: We ran out of patience"),
    ('"We ran out of patience today," Anna Berg, a driver from Velbo, told reporters.',
     "Anna Berg: We ran out of patience"),
    ("`` We ran out of patience today , '' Anna Berg , a driver , said .", "Anna Berg: We ran out of patience"),
])
def test_a_speaker_is_not_cut_off_from_the_verb_crediting_the_quote(text, expected):
    assert headline(LEAD + text, "today") == expected


def test_a_name_holding_a_word_of_saying_is_no_report():
    text = ("Roughly one-third of the cases in Velbo on Monday were United States citizens, the embassy in Mirova "
            "said, suggesting that caution in holding hundreds of travellers was justified.")
    assert headline(LEAD + text, "Monday").endswith("were United States citizens")


@pytest.mark.parametrize("text, expected", [
    ("The money comes from the Ministry of Water, which for the first time, has agreed on Monday to pay the farmers.",
     "The money comes from the Ministry of Water, which for the first time, has agreed to pay the farmers"),
    ("Tickets for the concert, which takes place in Velbo, will go on sale on Monday.",
     "Tickets for the concert will go on sale"),
])
def test_a_relative_clause_is_left_out_only_when_it_holds_its_own_verb(text, expected):
    assert headline(LEAD + text, "Monday") == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("The siege began last December 17 when the rebels entered the compound during a gala.", "last December",
     "The siege began when the rebels entered the compound during a gala"),
    ("On Monday 17 people died in the floods in Velbo.", "Monday", "17 people died in the floods in Velbo"),
])
def test_a_day_left_after_its_month_goes_with_the_date(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_relative_clause_with_its_verb_before_a_date_still_goes():
    text = "The rebel alliance, which seized Velbo a month ago, on Wednesday gave the go-ahead for their return."
    assert headline(LEAD + text, "Wednesday") == "The rebel alliance gave the go-ahead for their return"


@pytest.mark.parametrize("text, expected", [
    ("The vote on Monday 14 in favour and 3 against passed the bill.",
     "The vote 14 in favour and 3 against passed the bill"),
    ("City beat United on Saturday 3 to 1 at the stadium.", "City beat United 3 to 1 at the stadium"),
])
def test_a_score_or_tally_after_a_weekday_is_no_day(text, expected):
    assert headline(LEAD + text, "Monday" if "Monday" in text else "Saturday") == expected


@pytest.mark.parametrize("text, expression, expected", [
    ('"The ferry stopped on Monday," Anna Berg, a driver, said.', "Monday", "Anna Berg: The ferry stopped"),
    ('"The ferry stopped on Monday," said Anna Berg, a driver.', "Monday", "Anna Berg: The ferry stopped"),
    ("'We ran out of patience on Monday,' Anna Berg, a driver, said.", "Monday",
     "Anna Berg: We ran out of patience"),
    ("They asked us to help , `` Our biggest problem is fuel , '' Olle Lund , the harbour chief of Velbo , "
     "told the radio on Friday .", "Friday", "Olle Lund: Our biggest problem is fuel"),
])
def test_a_quote_is_credited_to_its_speaker_when_its_date_is_cut(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("The drivers went home on Monday, the port said [after a storm.", "Monday",
     "The drivers went home, the port said after a storm"),
    ("The drivers said on Monday that 'the ferry stopped and nobody came.", "Monday",
     "The drivers said that the ferry stopped"),
    ("On Monday the board said 'we are ready,' and the drivers went home.", "Monday", "The board said we are ready"),
])
def test_a_summary_holds_no_unbalanced_quote_mark_or_bracket(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expected", [
    ("The U.S.' new sanctions on Velbo took effect on Monday.", "The U.S.' new sanctions on Velbo took effect"),
    ("Velbo Inc.' shares fell 10 percent on Monday.", "Velbo Inc.' shares fell 10 percent"),
    ("Mayor Anna Berg told the 'lock 'em up' crowd to go home on Monday.",
     "Mayor Anna Berg told the 'lock 'em up' crowd to go home"),
    ("The fair stayed open 'til dawn on Monday, the mayor said.", "The fair stayed open 'til dawn"),
])
def test_an_apostrophe_after_an_abbreviation_or_of_an_elision_is_no_quote_mark(text, expected):
    assert headline(LEAD + text, "Monday") == expected


def test_an_apostrophe_is_no_quote_mark():
    assert "players' union" in headline(LEAD + "The players' union went on strike on Monday.", "Monday")


@pytest.mark.parametrize("text, expected", [
    ('"We ran out of patience today," the Velbo Times, a newspaper, reported.', "Velbo Times: We ran out of patience"),
    ("The ferry stopped today, Anna Berg, a driver, said.", "Anna Berg: The ferry stopped"),
    ('"The ferry stopped today," the harbour chief said.', "The ferry stopped, the harbour chief said"),
    ("The talks ended today, Velbo, Mirova and Tarn said.", "The talks ended today, Velbo, Mirova and Tarn said"),
])
def test_a_credit_cut_off_from_its_verb_names_one_speaker_or_stays(text, expected):
    assert headline(LEAD + text, "today") == expected


@pytest.mark.parametrize("text, expected", [
    ('Velbo port chief Olle Lund says there is still hope. "Our belief is that the search goes on. There is still '
     'a window of time today when we can save lives," he says.', "Olle Lund: There is still a window of time"),
    ('Olle Lund met Anna Berg at the port. "Our belief is that the search goes on. There is still a window of time '
     'today when we can save lives," she says.', "There is still a window of time"),
])
def test_a_quote_closed_by_he_said_is_credited_to_the_one_name_before_it_opened(text, expected):
    assert headline(LEAD + text, "today").startswith(expected)


def test_a_clitic_opens_no_quote():
    text = "It has tended to work `` We 've tended to give the song away , '' guitarist Olle Lund told the radio in 2005 ."
    assert headline(LEAD + text, "2005") == "Olle Lund: We've tended to give the song away"


@pytest.mark.parametrize("text, expected", [
    ("`` We will not close the port , '' deputy harbour chief Olle Lund , a former sailor , told a news conference "
     "today .", "Olle Lund: We will not close the port"),
    ('"We will not close the port today," deputy harbour chief Olle Lund told a news conference.',
     "Olle Lund: We will not close the port"),
])
def test_a_speaker_after_a_lower_case_title_is_credited(text, expected):
    assert headline(LEAD + text, "today") == expected


def test_a_speaker_with_a_long_apposition_is_credited():
    text = ("`` Our biggest problem is fuel , '' Olle Per Lund , the harbour chief from the neighbouring town of "
            "Velbo , told the radio on Friday .")
    assert headline(LEAD + text, "Friday") == "Olle Per Lund: Our biggest problem is fuel"


def test_a_credited_quote_whose_credit_holds_the_date_still_tells_the_saying():
    text = ("`` The council wants to reopen the harbour ; we share that goal , '' said Mr Lund in a statement on his "
            "firm 's website on Tuesday .")
    assert headline(LEAD + text, "Tuesday") == "Mr Lund: The council wants to reopen the harbour; we share that goal"


def test_a_quote_opened_in_the_sentence_before_is_credited_where_it_closes():
    text = ("`` The port is open . We wo n't call it a crisis , '' deputy harbour chief Olle Lund , a former sailor , "
            "told a news conference today .")
    assert headline(LEAD + text, "today") == "Olle Lund: We won't call it a crisis"


def test_a_possessive_after_a_stop_is_no_quote_mark():
    text = "The U.N. 's food agency reported 250 outbreaks in birds in February alone ."
    assert headline(LEAD + text, "February").startswith("The U.N.'s food agency reported 250 outbreaks")


def test_a_single_quoted_phrase_keeps_both_marks():
    text = "On Sunday the battle for the 'other two' league places went on in Velbo ."
    assert "the 'other two' league places" in headline(LEAD + text, "Sunday")


@pytest.mark.parametrize("text, expected", [
    ('"We ran out of patience today," the mother of Tom Roe said.', "We ran out of patience, the mother of Tom Roe said"),
    # an unnamed speaker is credited as the credit describes them (unnamed_credit.py), the name after "for" with them
    ('"We ran out of patience today," a lawyer for Tom Roe said.', "A lawyer for Tom Roe: We ran out of patience"),
    ('"The ferry will stay in port today," a spokesman for Olle Lund said.',
     "A spokesman for Olle Lund: The ferry will stay in port"),
    ('"We ran out of patience today," a friend of Tom Roe, Anna Berg, said.', "Anna Berg: We ran out of patience"),
    ('"We ran out of patience today," the wife of Tom Roe, Anna Maria Berg, said.',
     "Anna Maria Berg: We ran out of patience"),
])
def test_a_name_a_credit_relates_the_speaker_to_is_not_the_speaker(text, expected):
    assert headline(LEAD + text, "today") == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("Velbo Ferries chief Anna Berg said last week the storm had `` a brief , but very costly effect on our routes , '' "
     "although she added boats were returning to their usual timetables .", "last week",
     "Velbo Ferries chief Anna Berg said the storm had a brief, but very costly effect on our routes"),
    ("The two chambers are working out differences between the drafts of the harbour bill they each approved last "
     "month and hope to pass a final, single draft this week.", "last month",
     "The two chambers are working out differences between the drafts of the harbour bill they each approved and "
     "hope to pass a final, single draft this week"),
])
def test_a_comma_after_a_determiner_and_an_adjective_is_inside_the_noun_phrase(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("clause, after, left_open", [
    ("the mayor opened a bridge,", "and the council paid for the road", False),  # a clause of its own: a sure verb
    ("the mayor opened a bridge,", "which the council paid for", False),
    ("the storm had a brief,", "but very costly effect on our routes", True),
    ("hope to pass a final,", "single draft this week", True),
    ("will die this year,", "due to air pollution", False),  # a noun of time: the phrase is whole
    ("was caused by a fungus,", "not a virus", False),  # a phrase of its own after the comma: a noun before it
    ("waited outside on the day of the verdict,", "many of them holding signs", False),
])
def test_a_comma_is_inside_a_noun_phrase_only_before_words_with_no_verb(clause, after, left_open):
    from timeline.events.headline import Word, clauses, lexicon
    from timeline.events.open_phrase import phrase_left_open
    words = [Word(t) for t in clause.split()] + [Word(t) for t in after.split()]
    words[len(clause.split()) - 1].ends_clause = True
    assert phrase_left_open(words, clauses(words), 0, lexicon("en")) is left_open


@pytest.mark.parametrize("text, expression, expected", [
    ("The sale of the harbour will be held on Nov. 16 and the sign-up date for the sale will close on Nov. 14.",
     "Nov. 16", "The sale of the harbour will be held"),
    ("The new ferry line to Velbo will open on 3 March, with the second route to Mirova opening on Friday.",
     "3 March", "The new ferry line to Velbo will open"),
])
def test_a_phrase_joined_after_the_cut_date_with_a_date_of_its_own_goes(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("after, cut", [
    ("and prices fell again in 2006", False),  # a year alone may measure the same act
    ("and prices fell again on 4 May", True),
    ("and prices fell again on Friday", True),
])
def test_only_a_joined_phrase_with_a_day_of_its_own_is_cut(after, cut):
    from timeline.events.headline import Word, lexicon
    from timeline.events.parallel_date import without_parallel
    run = [Word(t) for t in "The price of grain in Velbo rose".split()] + [Word("", gap=True)]
    run += [Word(t) for t in after.split()]
    assert (len(without_parallel(run, lexicon("en"), "en")) == 8) is cut


def test_a_list_item_is_not_left_as_the_run_end():
    from timeline.events.headline import Word, lexicon
    from timeline.events.parallel_date import without_parallel
    run = [Word(t) for t in "Velbo boats have won twice, Ola Lind".split()] + [Word("", gap=True)]
    run[4].ends_clause = True
    run += [Word(t) for t in "and his mate Per Berg on Friday".split()]
    assert without_parallel(run, lexicon("en"), "en") is run  # not "have won twice, Ola Lind"


def test_a_headline_does_not_end_on_the_first_of_two_modifiers_of_one_noun():
    """"based on confirmed | and suspected deaths": the conjunction joins two modifiers of one noun, and a headline
    cut before it ends on a modifier with no noun."""
    text = LEAD + ("A survey published in Nature on Monday estimated that the new ferry route has a delay rate of "
                   "4 percent based on reported and observed crossings .")
    assert headline(text, "Monday").endswith("based on reported and observed crossings")

"""A date that stays in its summary stays with all its words, and a measure's prime marks stay in its number:
"was [in] 1966" keeps its "in", "Founded [in 1989], the school" keeps its date, "10'40\"48" stays whole
(invented sentences)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    ("The last such regatta on the fjord was in 1966 .", "1966", "The last such regatta on the fjord was in 1966"),
    ("Saltvik 's last ferry strike was in May 2003 .", "May 2003", "Saltvik's last ferry strike was in May 2003"),
    ("Keeping the canal open in the 22nd century is as vital as keeping the roads open was in the 20th century .",
     "the 20th century", "Keeping the canal open in the 22nd century is as vital as keeping the roads open was "
                         "in the 20th century"),
])
def test_a_date_that_stays_keeps_its_preposition(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("Founded in 1987 , the rowing school has trained nearly 300 coaches for the northern clubs .", "1987",
     "Founded in 1987, the rowing school has trained nearly 300 coaches for the northern clubs"),
    ("Adopted in March , the harbour bylaw sends idle barges to the outer moorings .", "March",
     "Adopted in March, the harbour bylaw sends idle barges to the outer moorings"),
])
def test_a_fronted_participle_keeps_its_only_complement(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_participle_with_more_than_the_date_loses_it():
    text = LEAD + "Founded by two fishermen in 1987 , the rowing school has trained nearly 300 coaches ."
    assert headline(text, "1987") == "Founded by two fishermen, the rowing school has trained nearly 300 coaches"


@pytest.mark.parametrize("text, expression, kept", [
    ("Lena Dahl set a course record of 12'05\"31 in the women 's 3,000 metres on Sunday .", "Sunday", "12'05\"31"),
    ("A 6'4\" rower from the Bergen club crossed the line first on Sunday .", "Sunday", "6'4\""),
])
def test_a_measure_keeps_its_prime_marks(text, expression, kept):
    assert kept in headline(LEAD + text, expression)


def test_a_date_set_off_between_subject_and_verb_takes_both_commas():
    text = LEAD + "One reason is that an earlier ferry strike in the north , in 1976 , found the owners unprepared ."
    assert headline(text, "1976") == "One reason is that an earlier ferry strike in the north found the owners unprepared"


def test_a_date_aside_before_a_phrase_keeps_the_commas_it_stood_between():
    text = LEAD + "Just one day into the regatta , on Saturday at 5 a.m. , my father fell ill ."
    assert headline(text, "Saturday at 5 a.m.") == "Just one day into the regatta, my father fell ill"


@pytest.mark.parametrize("text, expression, expected", [
    ("It is likely that ferry traffic in the north may tail off in the summer months , with a much bigger rush "
     "in the autumn .", "the autumn", "It is likely that ferry traffic in the north may tail off in the summer "
                                      "months, with a much bigger rush in the autumn"),
    ("The bank cut its forecast for regional growth next year to 2.3 percent, with an estimate of 2.5 percent "
     "this year.", "this year", "The bank cut its forecast for regional growth next year to 2.3 percent, with an "
                                "estimate of 2.5 percent this year"),
])
def test_a_circumstance_whose_only_news_is_its_date_keeps_it(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_circumstance_with_a_verb_of_its_own_loses_its_date():
    text = LEAD + "The chair rotates among its members , with Oslo holding the chair this year ."
    assert headline(text, "this year") == "The chair rotates among its members, with Oslo holding the chair"


def test_an_apposition_after_a_cut_opening_date_leaves_its_subject():
    text = LEAD + ("But on Saturday afternoon , another Danish crew , from the charity Sea Help , were called to a "
                   "harbour where a boat was sinking .")
    assert headline(text, "Saturday afternoon").startswith("Another Danish crew")
    text = LEAD + "On Saturday , Jan Berg , a 47-year-old skipper , said the harbour was closed to all ships ."
    assert headline(text, "Saturday") == "Jan Berg said the harbour was closed to all ships"


def test_a_fronted_phrase_of_circumstance_gives_way_to_its_main_clause():
    text = LEAD + ("With 264 cases as of Wednesday , and new cases cropping up around the coast , the board 's new "
                   "plan seeks to address possible outbreaks in harbour towns .")
    assert headline(text, "Wednesday") == "The board's new plan seeks to address possible outbreaks in harbour towns"
    text = LEAD + "With the vote on Monday behind them , the members of the harbour board approved the new plan ."
    assert headline(text, "Monday") == "The members of the harbour board approved the new plan"


@pytest.mark.parametrize("text, expression, expected", [
    ("The regatta is due to start on Tuesday .", "Tuesday", "The regatta is due to start on Tuesday"),
    ("Some ferries are expected to reopen over the weekend .", "the weekend",
     "Some ferries are expected to reopen over the weekend"),
    ("The ferry was slated to sail on Friday .", "Friday", "The ferry was slated to sail on Friday"),
])
def test_an_awaited_act_at_its_sentences_end_keeps_its_date(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_to_of_place_at_the_sentences_end_is_no_awaited_act():
    text = LEAD + "She was seven months pregnant when she was admitted to hospital on 15 June ."
    assert headline(text, "15 June") == "She was seven months pregnant when she was admitted to hospital"


def test_a_kept_date_keeps_what_happened_then():
    text = LEAD + ("The last regatta was on September 25 when Anna Berg , 40 , a sailor and radio host , was hurt by a "
                   "falling mast on her boat .")
    assert headline(text, "September 25") == ("The last regatta was on September 25 when Anna Berg, 40, a sailor "
                                              "and radio host, was hurt by a falling mast on her boat")


def test_an_apposition_that_names_a_described_subject_stays():
    text = LEAD + ("On Monday night , it emerged another ferry , Nordic Star in Bergen , Norway , had also been held as "
                   "a precaution - the fifth in the fleet .")
    # (the impersonal frame "it emerged" gives way to its clause: events.impersonal)
    assert headline(text, "Monday night") == ("Another ferry, Nordic Star in Bergen, Norway, had also been held as a "
                                              "precaution")


def test_a_bare_title_before_a_name_gives_way_to_the_title_as_written():
    text = LEAD + ("Deputy harbour minister, Lena Dahl, said ferries would be held in Bergen from early Monday to "
                   "counter the strike, and she urged people to go about their daily business.")
    assert not headline(text, "Monday").startswith("Lena Dahl,")

"""Summaries that end on no open word: a hedge before a date ("until at least") stays or goes with the date, and a
run of clauses never stops inside a pair whose other half the next conjunction brings ("aged between 19 years |
and 58 years", "both the ferry | and the tug"), nor runs on past a quote's ellipsis into another clause
(invented sentences)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    # "until" binds its date, past the hedge: both stay
    ("The ferry terminal will stay shut until at least Thursday while workers repair the loading ramp .",
     "Thursday", "The ferry terminal will stay shut until at least Thursday"),
    ("The mayor told the council she had asked the fishing fleet to stay in port until at least next Tuesday .",
     "next Tuesday", "The mayor told the council she had asked the fishing fleet to stay in port until at least next "
     "Tuesday"),
    # a separable date: the hedge goes with it
    ("The harbour will stay shut to ferries at least in March while the quay is rebuilt .", "March",
     "The harbour will stay shut to ferries"),
])
def test_a_hedge_before_a_date_is_never_left_alone(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("Anna Berg said on Monday that the nine sailors on the trawler aged between 19 years and 58 years had been "
     "found alive .", "Monday",
     "Anna Berg said that the nine sailors on the trawler aged between 19 years and 58 years had been found alive"),
    ("On Monday the rescue teams in the valley found both the ferry and the tug unharmed after the storm .", "Monday",
     "The rescue teams in the valley found both the ferry and the tug unharmed after the storm"),
])
def test_a_run_does_not_stop_inside_a_pair(text, expression, expected):
    assert headline(LEAD + text, expression) == expected
    # a pronoun's "both" before its verb opens no pair
    text = "On Monday the ferry crews said they both agreed , and the strike ended ."
    assert headline(LEAD + text, "Monday") == "The ferry crews said they both agreed"


def test_a_run_does_not_open_on_a_pair_s_other_end():
    text = ("The shipping board found on Monday that in the busy fortnight before the new timetable the fares on several "
            "northern island ferry routes went up between six and 20 percent and berth fees for yachts in the marina "
            "are also expected to rise .")
    assert headline(LEAD + text, "Monday") == ("The shipping board found that in the busy fortnight before the new "
                                               "timetable the fares on several northern island ferry routes went up "
                                               "between six and 20 percent")


@pytest.mark.parametrize("text, expression, expected", [
    ("`` Back in 1962 , the old wooden boats were the ones that sank first ... and I think every skipper here knows "
     "why , '' he said .", "1962", "Back in 1962, the old wooden boats were the ones that sank first"),
    ("The harbour chief conceded on Monday that the dumping in the bay is going on ... and I do not dispute the "
     "figures , she said .", "Monday", "The harbour chief conceded that the dumping in the bay is going on"),
])
def test_a_quote_s_ellipsis_before_a_conjunction_ends_the_summary(text, expression, expected):
    assert headline(LEAD + text, expression) == expected
    # an ellipsis inside a clause stays: the words after it go on with the clause before
    assert headline(LEAD + "Anna Berg told the court on Monday that the ferry in 1951 ... was sold to a shipyard in "
                    "the north .", "Monday") == "Anna Berg: The ferry in 1951... was sold to a shipyard in the north"
    assert headline(LEAD + "`` Fifty thousand pensioners will die ... of cold , '' the harbour union said on Monday .",
                    "Monday") == "Fifty thousand pensioners will die... of cold"


@pytest.mark.parametrize("text, expression, expected", [
    # "between" after a plural needs no other half: the conjunction opens a clause of its own
    ("For years relations have been tense between the two neighbours and on Monday troops crossed the northern "
     "border into the valley .", "Monday", "Troops crossed the northern border into the valley"),
    ("The old quarrel over fishing rights between the islanders and on Monday the coast guard seized three boats .",
     "Monday", "The coast guard seized three boats"),
    ("Police said the match was played on Saturday between rival clubs and fans clashed outside the stadium "
     "afterwards .", "Saturday", "Police said the match was played between rival clubs"),
    ("The coast guard said on Monday that the patrol boat ran aground between the islands and two of its crew were "
     "hurt .", "Monday", "The coast guard said that the patrol boat ran aground between the islands"),
    # ... nor after a singular, when a subject and its verb follow the conjunction
    ("Anna Berg said on Tuesday that for years trade had been slow between the island and the ferry company "
     "stopped its winter crossings .", "Tuesday", "Anna Berg said that for years trade had been slow between the island"),
])
def test_a_between_that_needs_no_and_does_not_glue_the_next_clause(text, expression, expected):
    assert headline(LEAD + text, expression) == expected
    # after a noun ("a fight between", "the gap between") the pair needs its other half, plural or not, and so does
    # a participle right after the conjunction, or a verb past a subordinator
    for text, expression, expected in [
        ("The mayor urged calm on Friday after a fight between angry fishermen and police left nine people hurt .",
         "Friday", "The mayor urged calm after a fight between angry fishermen and police left nine people hurt"),
        ("The bishop on Sunday called for an end to the gap between young and old when he spoke to the crowds in the "
         "square .", "Sunday", "The bishop called for an end to the gap between young and old when he spoke to the "
         "crowds in the square")]:
        assert headline(LEAD + text, expression) == expected
    text = ("The minister said on Tuesday that there was no difference between raw and cooked fish in terms of the "
            "risk to shoppers .")
    assert headline(LEAD + text, "Tuesday") == ("The minister said that there was no difference between raw and cooked "
                                                "fish in terms of the risk to shoppers")


@pytest.mark.parametrize("text, expression, expected", [
    # an ellipsis in the writer's own narration, before the date: the words after it tell what happened then
    ("Rescuers searched the flooded valley for hours ... and on Tuesday they found 12 survivors in a barn .",
     "Tuesday", "Rescuers searched the flooded valley for hours... and they found 12 survivors in a barn"),
    ("The old ferry sailed north through the storm for hours ... and it reached the island harbour at dawn on "
     "Tuesday .", "Tuesday", "The old ferry sailed north through the storm for hours... and it reached the island harbour at dawn"),
    # a quote broken off mid-phrase, on an open word: no clause ends there
    ("`` In 2009 we had to sell the boats to the ... and I think every skipper here knows why , '' he said .", "2009",
     "We had to sell the boats to the... and I think every skipper here knows"),
    ("`` In 2011 we had to lend the trawlers to the ... and I think every family here remembers it , '' she said .",
     "2011", "We had to lend the trawlers to the... and I think every family here remembers it"),
])
def test_an_ellipsis_ends_no_summary_outside_a_quote_before_the_date_or_after_an_open_word(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    # a bound's hedge goes with its separable date ("no later than", "no earlier than", "not later than")
    ("The ferry company must repay the fares no later than March 2025 , the court ruled on Monday .", "March 2025",
     "The ferry company must repay the fares"),
    ("The harbour board said the new quay will open no earlier than June , after the dredging is finished .", "June",
     "The harbour board said the new quay will open"),
    ("The council told the yard to deliver the two ferries not later than next spring or lose the contract .",
     "next spring", "The council told the yard to deliver the two ferries or lose the contract"),
])
def test_a_bound_s_hedge_goes_with_its_date(text, expression, expected):
    assert headline(LEAD + text, expression) == expected

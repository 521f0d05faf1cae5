"""Summaries with nothing of a cut date left behind and no date cut in two: a time zone goes with its time,
a hedge with the span it measures, a written date's commas end no clause; "Given that" opens no headline;
a photographer's credit after an agency and a programme's name are no sentence of their own (invented
sentences, tokenised as the scraped corpora write them)."""

from datetime import date

import pytest

from test_headlines import LEAD, headline
from timeline.events.summary import summarise
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


@pytest.mark.parametrize("text, expression, expected", [
    # a zone after a time the resolver read without it
    ("The relief flight is due to land in Bergen at around midnight GMT .", "around midnight",
     "The relief flight is due to land in Bergen"),
    ("The ferry is due to dock at noon local time on Friday .", "noon", "The ferry is due to dock on Friday"),
])
def test_a_time_zone_goes_with_its_cut_time(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_zone_opening_an_aside_stays_in_it():
    text = LEAD + "The crash occurred at about 13:00 local time (GMT 11:00) , according to a local radio report ."
    assert headline(text, "13:00 local time") == "The crash occurred, according to a local radio report"


@pytest.mark.parametrize("text, expression, expected", [
    ("A little over a week ago , the harbour board closed the northern quay to all ships .", "over a week ago",
     "The harbour board closed the northern quay to all ships"),
    ("Just a bit over two years ago , the council sold the old ferry to a museum .", "over two years ago",
     "The council sold the old ferry to a museum"),
])
def test_a_hedge_that_measured_the_date_goes_with_it(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_written_dates_commas_end_no_clause():
    text = LEAD + ("The fever broke out in early 2004 , delaying a recovery from a slump deepened by the "
                   "March 3 , 2002 , floods .")
    assert headline(text, "early 2004") == ("The fever broke out, delaying a recovery from a slump deepened by "
                                            "the March 3, 2002, floods")
    assert headline(text, "March 3 , 2002").endswith("deepened by the floods")


def test_a_clause_opened_by_given_that_is_read_without_it():
    text = LEAD + ("Given that growers are half-way through the harvest of winter apples this autumn , "
                   "those stores are unlikely to run short .")
    assert headline(text, "this autumn") == "Growers are half-way through the harvest of winter apples"


def test_a_photographers_credit_after_an_agency_is_left_out():
    text = LEAD + ("Photograph : Wirepix\\/Kari Holm Bergen lowered its storm alert from red to green late "
                   "last night as the mayor said residents could relax .")
    assert headline(text, "last night") == ("Bergen lowered its storm alert from red to green as the mayor said "
                                            "residents could relax")


def test_a_programme_named_like_a_day_starts_no_sentence():
    text = ("The harbour master spoke to reporters about the storm today .\n"
            "The court said Holm had caused the crash through neglect His remarks echoed an interview given "
            "to the morning radio show Today earlier this week .\n")
    art = Article(id="a", path="a.txt", text=text, published=date(2020, 10, 16),
                  published_source=PublishSource.HEADER, language="en")
    (mention,) = [m for m in extract_mentions(art) if m.expression.text == "this week"]
    assert summarise(mention) == "His remarks echoed an interview given to the morning radio show Today"


@pytest.mark.parametrize("text, expression, expected", [
    ("Divers said Friday was the first day they had found no one alive in the wreck .", "Friday",
     "Divers said Friday was the first day they had found no one alive in the wreck"),
    ("Last winter was the coldest the harbour had known , the office said .", "Last winter",
     "Last winter was the coldest the harbour had known"),
    # a date before a subject of its own is still cut, and one in an aside between commas
    ("The skipper , winner of the Bergen Cup in Stord, Norway, last month, has given a boost to the regatta .",
     "last month", "Norway, has given a boost to the regatta"),
    ("Divers said Friday the wreck had been found .", "Friday", "Divers said the wreck had been found"),
])
def test_a_date_that_is_its_clauses_subject_stays(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    # a word that only limits the date goes with it ("[in March] alone")
    ("In March alone , at least 64 fishing boats were lost off the northern coast .", "March",
     "At least 64 fishing boats were lost off the northern coast"),
    ("The farm office reported 250 outbreaks of fever in pigs in February alone -- in Velbo , Norrby and Lund .",
     "February", "The farm office reported 250 outbreaks of fever in pigs"),
    ("In 2005 alone, there were 18 new fever cases in the valley, the doctor added.", "2005",
     "There were 18 new fever cases in the valley"),
    # a hedge that measured the date goes with it ("[as recently] as Saturday")
    ("But the family had said as recently as Saturday that the skipper was making some progress .", "Saturday",
     "The family had said that the skipper was making some progress"),
])
def test_what_only_limited_a_cut_date_goes_with_it(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("expression", ["1860", "1684", "1618"])
@pytest.mark.parametrize("listed", ["1860 , 1770 , 1761 , 1684 , 1673 , and 1618 .",
                                    "1860, 1770, 1761, 1684, 1673, and 1618."])
def test_a_year_of_a_list_of_years_stays_with_the_whole_list(expression, listed):
    """A year cut out of a list leaves a gap ("in 1860, 1770, 1761, 1673"), the first year alone reads as the only one."""
    text = LEAD + "The harbour office says the quay has been flooded by great storms in " + listed
    assert headline(text, expression) == ("The harbour office says the quay has been flooded by great storms in "
                                          "1860, 1770, 1761, 1684, 1673, and 1618")


def test_a_day_joined_to_the_day_before_it_stays_with_it():
    text = LEAD + "The ferries will come back , and I think today and tomorrow you will see great change on the quay ."
    assert headline(text, "tomorrow") == ("The ferries will come back, and I think today and tomorrow you will see "
                                          "great change on the quay")


def test_a_swedish_list_of_years_joined_by_its_own_conjunction_stays_whole():
    text = ("En första mening utan datum inleder artikeln. "
            "Hamnkontoret säger att kajen har översvämmats av stora stormar 1860, 1770 och 1618.")
    assert headline(text, "1860", "sv") == ("Hamnkontoret säger att kajen har översvämmats av stora stormar "
                                            "1860, 1770 och 1618")

"""Wrong dates judges found in real news (issue 12): year ranges, years of the narrative, names
and labels holding a time word, "N years after" a clause."""

from datetime import date

import pytest

from timeline import extract
from timeline.evaluation.timeml import Score, compare
from timeline.ingest.timeml import GoldTimex

REF = date(2011, 11, 15)


def found(text, language="en", reference=REF):
    return [(e.text, e.timex, None if e.interval is None else (e.interval.start.isoformat(),
                                                               e.interval.end.isoformat()))
            for e in extract(text, reference, language)]


def years(a, b):
    return (f"{a}-01-01", f"{b}-12-31")


@pytest.mark.parametrize("text, language, expected", [
    ("Output of the mill fell from 1962 to 1984, its owners say.", "en",
     [("1962 to 1984", "1962/1984", years(1962, 1984))]),
    ("Membership doubled between 1993 and 2004.", "en", [("1993 and 2004", "1993/2004", years(1993, 2004))]),
    ("Membership doubled between 1993 to 2004.", "en", [("1993 to 2004", "1993/2004", years(1993, 2004))]),
    ("The 1932-1957 regime jailed him; the 1967-72 drought and the 1986-9 slump followed.", "en",
     [("1932-1957", "1932/1957", years(1932, 1957)), ("1967-72", "1967/1972", years(1967, 1972)),
      ("1986-9", "1986/1989", years(1986, 1989))]),
    ("The 1998-01 plan ran over.", "en", [("1998-01", "1998/2001", years(1998, 2001))]),
    ("Skörden minskade från 1962 till 1984 och mellan åren 1993 och 2004, och under torkan 1967–72.", "sv",
     [("1962 till 1984", "1962/1984", years(1962, 1984)), ("1993 och 2004", "1993/2004", years(1993, 2004)),
      ("1967–72", "1967/1972", years(1967, 1972))]),
])
def test_year_ranges_are_one_interval(text, language, expected):
    assert found(text, language) == expected


@pytest.mark.parametrize("text", [
    "The form is dated 2013-07-22.",
    "The file of 2013-07 was lost.",  # a year-month: its "end" lies before its start
    "It rose 1994-1995 percent.",
])
def test_not_year_ranges(text):
    assert all("/" not in (timex or "") for _, timex, _ in found(text))


def test_a_year_range_is_scored_as_the_two_years_timeml_writes():
    text = "Sales fell between 1993 and 2004."
    start = text.index("1993")
    gold = [GoldTimex(start, start + 4, "1993", "DATE", "1993", None),
            GoldTimex(start + 9, start + 13, "2004", "DATE", "2004", None)]
    score = Score()
    compare(text, gold, extract(text, REF, "en"), score)
    assert (score.gold, score.system, score.strict, score.value) == (2, 2, 2, 2)


@pytest.mark.parametrize("text, language, expected", [
    ("She spoke on Soccer Saturday and to the Today program's reporter.", "en", []),
    ("The near-term March Nikkei 225 index futures contract rose 40 points.", "en", []),
    ("The March contract closed higher; crude for March delivery and for delivery in March fell.", "en", []),
    ("Delivery of the first jet is scheduled for March 2013.", "en", [("March 2013", "2013-03", None)]),
    ("In March contracts were signed.", "en", [("March", "2011-03", None)]),
    ("Olja för leverans i mars och för marsleverans föll, liksom marsterminen.", "sv", []),
])
def test_names_and_contract_months_are_no_dates(text, language, expected):
    assert [(t, timex, None) for t, timex, _ in found(text, language)] == expected


@pytest.mark.parametrize("text, language, expected", [
    ("The strike began in May 1984. By June of that year, pits were closed.", "en",
     [("May 1984", "1984-05", ("1984-05-01", "1984-05-31")),
      ("June of that year", "1984-06", ("1984-06-01", "1984-06-30"))]),
    ("A 1926 figure. In July of that tumultuous year he left. That tumultuous year ended.", "en",
     [("1926", "1926", years(1926, 1926)), ("July of that tumultuous year", "1926-07", ("1926-07-01", "1926-07-31")),
      ("That tumultuous year", "1926", years(1926, 1926))]),
    ("During the slump of 1981-3, mills shut. A year later, they reopened.", "en",
     [("1981-3", "1981/1983", years(1981, 1983)), ("A year later", "1984", years(1984, 1984))]),
    ("Strejken började i maj 1984. I juni samma år stängdes gruvorna.", "sv",
     [("maj 1984", "1984-05", ("1984-05-01", "1984-05-31")),
      ("juni samma år", "1984-06", ("1984-06-01", "1984-06-30"))]),
])
def test_a_month_of_the_narratives_year(text, language, expected):
    assert found(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Twenty years after the wall fell, the mayor spoke. He did so in Bonn on Monday.", "en",
     [("Twenty years", "P20Y", None), ("Monday", "2011-11-14", ("2011-11-14", "2011-11-14"))]),
    ("Tjugo år efter att muren föll talade borgmästaren. Han gjorde det i Bonn i måndags.", "sv",
     [("Tjugo år", "P20Y", None), ("i måndags", "2011-11-14", ("2011-11-14", "2011-11-14"))]),
])
def test_years_after_an_undated_happening_are_a_duration(text, language, expected):
    assert found(text, language) == expected

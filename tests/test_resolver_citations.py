"""A bibliographic citation's volume, page and year ("Nutr. 41:212, 1984") is a source, not a year
the story tells; a clock time before a number stays a time."""

from datetime import date

from timeline import extract

REFERENCE = date(2012, 4, 10)


def texts(text):
    return [(e.text, e.timex) for e in extract(text, REFERENCE, "en")]


def test_a_citations_year_is_no_date():
    found = texts("Blood sugar stayed high for an hour . J. Diet. Sci. , 41:212 , 1984 ; Med. Notes 7:90-95, 1991.")
    assert not any(text in ("1984", "1991") for text, _ in found)
    # a clock time before a number stays a time
    found = texts("The ferry left at 10:30, 1998 passengers on board.")
    assert ("10:30", "2012-04-10T10:30") in found

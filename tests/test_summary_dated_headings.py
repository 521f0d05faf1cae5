"""A date alone on its line is read with the sentence it belongs to: the entry it heads in a list of dated entries,
or the sentence a scraped page broke before it (invented text)."""

from test_headlines import headline

ENTRIES = ("The navy listed the visits of warships between the two ports .\n\n-- November 1986\n\n"
           "A fleet of three warships visited Bergen , a port city in the west . It was the first visit .\n\n"
           "-- April 1989\n\nThe training ship Nordlys visited Lund .\n")


def test_a_date_heading_an_entry_takes_the_entrys_headline():
    assert headline(ENTRIES, "November 1986") == "A fleet of three warships visited Bergen"
    assert headline(ENTRIES, "April 1989") == "The training ship Nordlys visited Lund"


def test_a_date_a_page_broke_off_its_sentence_ends_that_sentence():
    text = ("The artists cut the list of mascots from 60 to six . The harbour board approved the choice in\n\n"
            "August.\n\nThe first mascot appeared in Bergen .\n")
    assert headline(text, "August") == "The harbour board approved the choice"


def test_a_heading_a_blank_line_parts_from_the_date_is_no_open_sentence():
    """A list's heading ends on a lower-case word but on no word that needs what follows: the date heads the entry."""
    text = ("Milestones of the ferry line\n\n-- March 1972\n\n"
            "A new ferry sailed from Lund to the island for the first time .\n")
    assert headline(text, "March 1972") == "A new ferry sailed from Lund to the island for the first time"

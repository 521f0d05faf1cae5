"""Pages of dated entries (blogs, diaries): the text after each heading line is resolved against
that heading's day, and the headings make no event (timeline/temporal/entries.py)."""

from datetime import date

from timeline import build_timeline, extract
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource
from timeline.temporal import resolve

PUBLISHED = date(2009, 6, 30)

BLOG = """Flu diary from the ward

Monday, 1 June 2009
Yesterday the clinic saw 40 patients. Today it was quieter.

Posted: 5 June 2009 14:30
On Tuesday the school closed. The ward reopened yesterday.

Updated 10 June 2009
Today the WHO raised its alert.
"""


def article(text, published=PUBLISHED, language="en"):
    return Article(id="blog", path="blog.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language=language)


def dates(text, published=PUBLISHED, language="en"):
    """(expression, timex) in order."""
    return [(e.text, e.timex) for e in extract(text, published, language)]


def test_a_blog_of_three_dated_entries_reads_each_entry_against_its_heading():
    assert dates(BLOG) == [
        ("Monday, 1 June 2009", "2009-06-01"),
        ("Yesterday", "2009-05-31"), ("Today", "2009-06-01"),
        ("5 June 2009", "2009-06-05"),
        ("Tuesday", "2009-06-02"), ("yesterday", "2009-06-04"),
        ("10 June 2009", "2009-06-10"),
        ("Today", "2009-06-10"),
    ]
    headings = resolve(BLOG, PUBLISHED).entries
    assert [h.day for h in headings] == [date(2009, 6, 1), date(2009, 6, 5), date(2009, 6, 10)]
    assert [BLOG[h.start:h.end] for h in headings] == ["Monday, 1 June 2009", "Posted: 5 June 2009 14:30",
                                                      "Updated 10 June 2009"]


def test_the_headings_are_furniture_and_each_mention_keeps_its_entry_day():
    found = {(m.expression.text, m.expression.start): m for m in extract_mentions(article(BLOG))}
    by_text = {text: m for (text, _), m in found.items()}
    assert by_text["Monday, 1 June 2009"].furniture == "entry"
    assert by_text["10 June 2009"].furniture == "entry"
    assert by_text["Tuesday"].furniture is None and by_text["Tuesday"].reference == date(2009, 6, 5)
    assert by_text["yesterday"].reference == date(2009, 6, 5)

    timeline = build_timeline([article(BLOG)])
    days = {e.interval.start for e in timeline.events if e.interval}
    assert {date(2009, 5, 31), date(2009, 6, 2), date(2009, 6, 4)} <= days
    assert not days & {date(2009, 6, 5)}  # the heading of the second entry is no happening
    assert all(m.furniture is None for e in timeline.events for m in e.mentions)


def test_text_before_the_first_heading_keeps_the_publish_date():
    text = "Yesterday we began this diary.\n\n" + BLOG
    assert dates(text)[0] == ("Yesterday", "2009-06-29")


def test_a_single_dated_line_changes_nothing():
    text = "Monday, 1 June 2009\nYesterday the clinic saw 40 patients. Today it was quieter.\n"
    assert dates(text) == [("Monday, 1 June 2009", "2009-06-01"), ("Yesterday", "2009-06-29"),
                           ("Today", "2009-06-30")]
    assert resolve(text, PUBLISHED).entries == ()
    assert extract_mentions(article(text))[0].furniture is None


def test_headings_after_the_publish_date_change_nothing():
    text = BLOG.replace("Updated 10 June 2009", "Updated 10 July 2009")
    assert resolve(text, PUBLISHED).entries == ()
    assert ("Yesterday", "2009-06-29") in dates(text)
    future = "Monday, 6 July 2009\nToday the ward opens.\n\nMonday, 13 July 2009\nToday the school opens.\n"
    assert resolve(future, PUBLISHED).entries == ()
    assert dates(future)[1] == ("Today", "2009-06-30")


def test_a_date_with_words_or_without_a_year_is_no_heading():
    fused = ("1 June 2009 The clinic opened. Yesterday it saw 40 patients.\n"
             "5 June 2009 The school closed. Today it reopened.\n")
    assert resolve(fused, PUBLISHED).entries == ()  # a chronology's dated items keep their events
    yearless = BLOG.replace(" 2009", "")
    assert resolve(yearless, PUBLISHED).entries == ()


def test_swedish_entry_headings():
    text = ("Måndag 1 juni 2009\nI går kom 40 patienter.\n\n"
            "Publicerad: 5 juni 2009 kl. 14.30\nI dag stängde skolan.\n")
    found = dates(text, language="sv")
    assert ("I går", "2009-05-31") in found and ("I dag", "2009-06-05") in found


def test_an_undated_page_of_entries_still_reads_its_entries():
    assert ("Yesterday", "2009-05-31") in dates(BLOG, published=None)

"""A blog's archive page: a post stamp after the page's publish date leaves the text above it with
no reference day, and the text below it is read against the stamp's day (timeline/temporal/posts.py)."""

from datetime import date

from timeline import extract
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource

FILED = date(2011, 3, 2)

ARCHIVE = """My second entry is about the bakery.
Yesterday I queued for bread. 9.00 am : I reached the counter. Last month the price doubled.
Two weeks ago the oven broke.
posted on Friday , 25 March 2011 | comment on this post Dear readers , this is my last entry .
It is 30 degrees in town today .
The baker gave me a free loaf for the road .
I will miss the smell of the shop in the morning .
My neighbour says the new oven is twice as fast .
The queue is shorter now that the shop opens early .
I took some photos of the old street for you .
Thank you all for reading my small diary .
Goodbye and good luck to the next writer .
"""


def dates(text, published=FILED, language="en"):
    """(expression, timex) in order."""
    return [(e.text, e.timex) for e in extract(text, published, language)]


def test_above_a_later_post_stamp_days_are_unplaced_and_below_it_the_stamp_is_the_day():
    found = dict(dates(ARCHIVE))
    assert found["Yesterday"] is None or found["Yesterday"].startswith("XXXX")
    assert found["9.00 am"].startswith("XXXX") and found["Two weeks ago"] in (None, "XXXX-WXX")
    assert found["Last month"] == "2011-02"  # a month is still read against the page's date
    assert found["today"] == "2011-03-25"


def test_the_post_stamp_is_an_entry_heading_and_no_event():
    art = Article(id="b", path="b.txt", text=ARCHIVE, published=FILED,
                  published_source=PublishSource.HEADER, language="en")
    stamp = [m for m in extract_mentions(art) if m.expression.text == "Friday , 25 March 2011"]
    assert len(stamp) == 1 and stamp[0].furniture == "entry"


def test_a_post_stamp_on_or_before_the_publish_date_changes_nothing():
    page = ARCHIVE.replace("25 March 2011", "2 March 2011")
    found = dict(dates(page))
    assert found["Yesterday"] == "2011-03-01" and found["today"] == "2011-03-02"


def test_a_comment_stamp_naming_its_writer_first_is_no_post_stamp():
    page = ("The mayor opened the bridge yesterday .\n"
            "Posted by Jane on 25 March 2011 : I drove over it today .\n")
    found = dict(dates(page))
    assert found["yesterday"] == "2011-03-01"


def test_a_swedish_post_stamp_after_the_publish_date():
    page = ("I går köade jag för bröd .\n"
            "Postat den 25 mars 2011 Det är varmt i dag .\n")
    found = dict(dates(page, language="sv"))
    assert found["I går"] is None or found["I går"].startswith("XXXX")
    assert found["i dag"] == "2011-03-25"


STORY = """Firefighters rescued a family from a burning flat on Tuesday .
The blaze started in the kitchen yesterday evening .

"""


def test_a_comment_stamp_naming_its_writer_after_the_date_is_no_post_stamp():
    page = STORY + "Comments\n\nPosted on 25 March 2011 at 09:15 by Ann\nWell done to the crews .\n"
    found = dict(dates(page))
    assert (found["Tuesday"], found["yesterday evening"]) == ("2011-03-01", "2011-03-01TEV")
    page = STORY + "Posted on 25 March 2011 at 09:15 by Ann\nWell done to the crews .\n"
    assert dict(dates(page))["Tuesday"] == "2011-03-01"
    page = STORY + "Posted on 25 March 2011 at 09:15 , Ann wrote : Well done to the crews .\n"
    assert dict(dates(page))["Tuesday"] == "2011-03-01"


def test_a_stamp_under_a_comment_heading_is_no_post_stamp():
    for heading in ("Comments", "2 comments", "Reader comments (2)", "Leave a comment"):
        page = STORY + heading + "\nPosted on 25 March 2011 at 09:15\nWell done to the crews .\n"
        assert dict(dates(page))["Tuesday"] == "2011-03-01", heading


def test_a_lone_stamp_with_a_comments_length_of_text_makes_no_archive():
    page = STORY + "Posted on 25 March 2011\nWell done to the crews . A lucky family .\n"
    assert dict(dates(page))["Tuesday"] == "2011-03-01"


def test_a_stamp_opening_the_page_makes_an_archive_however_short_its_post():
    page = "A baker's diary\nposted on 25 March 2011 | comment on this post It is hot today .\n"
    assert dict(dates(page))["today"] == "2011-03-25"


def test_a_swedish_comment_stamp_is_no_post_stamp():
    story = "Brandkåren räddade en familj ur en brinnande lägenhet i går .\n\n"
    for tail in ("Kommentarer\nPostat den 25 mars 2011 Bra jobbat .\n",
                 "Postat den 25 mars 2011 kl. 09.15 av Anna\nBra jobbat .\n"):
        found = dict(dates(story + tail, language="sv"))
        assert found["i går"] == "2011-03-01", tail

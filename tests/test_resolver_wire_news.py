"""English resolver on wire-news conventions: agency datelines, bare clock times in a narrative
whose day is unknown, and other classes found on the AQUAINT development set (own sentences)."""

from datetime import date

from timeline import extract
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource

WED = date(2021, 3, 3)  # a Wednesday


def found(text, reference=WED):
    return [(e.text, e.timex, e.interval) for e in extract(text, reference, "en")]


def day(iso):
    return (date.fromisoformat(iso), date.fromisoformat(iso))


# -- an agency dateline's date is a date (TimeML annotates it); furniture keeps it off events --

def test_an_agency_dateline_date_is_resolved():
    text = "ROME, March 2 (Xinhua) -- The senate voted on Monday."
    assert found(text) == [("March 2", "2021-03-02", day("2021-03-02")),
                           ("Monday", "2021-03-01", day("2021-03-01"))]


def test_a_dateline_date_late_in_the_year_takes_the_previous_year_in_january():
    text = "OSLO, December 30 (AP) -- The talks ended."
    assert found(text, date(2021, 1, 2)) == [("December 30", "2020-12-30", day("2020-12-30"))]


def test_an_agency_dateline_mention_is_furniture():
    text = "The budget story.\n\nROME, March 2 (Xinhua) -- The senate voted on Monday.\n"
    article = Article(id="a", path="a.txt", text=text, published=WED, published_source=PublishSource.HEADER,
                      language="en")
    reasons = {m.expression.text: m.furniture for m in extract_mentions(article)}
    assert reasons == {"March 2": "dateline", "Monday": None}

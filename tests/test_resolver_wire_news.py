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


# -- a bare clock time is on the day its sentence names relative to something --------------

def test_a_clock_time_on_a_day_before_an_undated_event_stays_unplaced():
    text = "A neighbour saw the van at 7 a.m. two days before the fire and noted its number."
    assert found(text) == [("7 a.m.", "XXXX-XX-XXT07:00", None), ("two days", "P2D", None)]


def test_a_clock_time_on_a_day_before_a_dated_event_is_on_that_day():
    text = "A neighbour saw the van at 7 a.m. two days before the March 1 fire."
    assert found(text) == [("7 a.m.", "2021-02-27T07:00", day("2021-02-27")),
                           ("two days before", "2021-02-27", day("2021-02-27")),
                           ("March 1", "2021-03-01", day("2021-03-01"))]


def test_a_clock_time_alone_is_still_on_the_reference_day():
    assert found("The suspect was arrested at 7 a.m. outside his house.") == [
        ("7 a.m.", "2021-03-03T07:00", day("2021-03-03"))]


# -- two days of one month are two dates, sharing the month and a year after the second -----

def test_two_days_of_a_month_are_two_dates():
    assert found("The summit will be held on May 12 and 13 in Vienna.") == [
        ("May 12", "2021-05-12", day("2021-05-12")), ("13", "2021-05-13", day("2021-05-13"))]


def test_a_year_after_the_second_day_is_the_first_days_too():
    assert found("The bridges were opened on July 4 and 7, 1936.") == [
        ("July 4", "1936-07-04", day("1936-07-04")), ("7, 1936", "1936-07-07", day("1936-07-07"))]


def test_two_days_before_their_month():
    assert found("The votes fell on 4 and 7 July 1936.") == [
        ("4", "1936-07-04", day("1936-07-04")), ("7 July 1936", "1936-07-07", day("1936-07-07"))]


def test_a_count_after_a_month_day_is_no_second_day():
    assert found("The storm hit on February 3 and 4 people died.") == [
        ("February 3", "2021-02-03", day("2021-02-03"))]


# -- an amount and a half; "the past decade" is an amount, not "the past" -----------------------

def typed(text):
    return [(e.text, e.type, e.timex) for e in extract(text, WED, "en")]


def test_an_amount_and_a_half_puts_the_half_in_the_smaller_unit():
    assert typed("The flight took 3 1/2 hours.") == [("3 1/2 hours", "DURATION", "PT3H30M")]
    assert typed("The siege lasted four and a half years.") == [("four and a half years", "DURATION", "P4Y6M")]
    assert typed("He spoke for a minute and a half.") == [("a minute and a half", "DURATION", "PT1M30S")]
    assert typed("They waited half an hour.") == [("half an hour", "DURATION", "PT30M")]
    assert typed("It took three and a half decades.") == [("three and a half decades", "DURATION", "P35Y")]
    assert typed("Prices fell over the past year and a half.") == [
        ("the past year and a half", "DURATION", "P1Y6M")]


def test_a_half_week_has_no_value_and_is_left_out():
    assert typed("The strike lasted two and a half weeks.") == []


def test_the_past_decade_is_an_amount_of_time():
    assert typed("Prices doubled over the past decade.") == [("the past decade", "DURATION", "P10Y")]
    assert typed("Wars marked the past century.") == [("the past century", "DURATION", "P100Y")]


# -- "the week of March 6" is the ISO week holding the day -------------------------------------

def test_the_week_of_a_date_is_its_iso_week():
    assert found("The trial opens the week of April 12.") == [
        ("the week of April 12", "2021-W15", days_("2021-04-12", "2021-04-18"))]
    assert found("Talks resume the week of 14 April.") == [
        ("the week of 14 April", "2021-W15", days_("2021-04-12", "2021-04-18"))]


def test_the_week_of_a_date_without_a_reference_leaves_the_day():
    assert [(e.text, e.timex) for e in extract("The trial opens the week of April 12.", None, "en")] == [
        ("April 12", "XXXX-04-12")]


def days_(a, b):
    return (date.fromisoformat(a), date.fromisoformat(b))

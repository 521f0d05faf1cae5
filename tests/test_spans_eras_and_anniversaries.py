"""Misdating classes of issue 13: a span cut to its end, a century describing a thing, a past
happening's day read a year ahead."""

from datetime import date

import pytest

from timeline import build_timeline, extract
from timeline.events.dependent import MODIFIER, role
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource
from timeline.temporal import Granularity


def article(id_, text, published=date(2011, 11, 8), language="en"):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language=language)


def mentions(text, **kwargs):
    """Each mention's text, timex, interval (ISO days) and role."""
    return [(m.expression.text, m.expression.timex,
             m.interval and (m.interval.start.isoformat(), m.interval.end.isoformat()), role(m))
            for m in extract_mentions(article("a", text, **kwargs))]


def found(text, reference, language="en"):
    return [(e.text, e.timex) for e in extract(text, reference, language)]


# --- 1. the ends of one span are one mention of the whole span --------------------------------

@pytest.mark.parametrize("text, language, span, timex, interval", [
    ("The peso lost 6 percent between the start of March 2004 and the end of June 2004, traders said.", "en",
     "the start of March 2004 and the end of June 2004", "2004-03/2004-06", ("2004-03-01", "2004-06-30")),
    ("From February to May 2010, ticket sales doubled.", "en",
     "February to May 2010", "2010-02/2010-05", ("2010-02-01", "2010-05-31")),
    ("Between 2 August and 9 September 2010 the river rose twice.", "en",
     "2 August and 9 September 2010", "2010-08-02/2010-09-09", ("2010-08-02", "2010-09-09")),
    ("Från den 2 augusti till den 9 september 2010 steg floden.", "sv",
     "den 2 augusti till den 9 september 2010", "2010-08-02/2010-09-09", ("2010-08-02", "2010-09-09")),
    ("Mellan februari och maj 2010 fördubblades biljettförsäljningen.", "sv",
     "februari och maj 2010", "2010-02/2010-05", ("2010-02-01", "2010-05-31")),
    # a range of months is one expression of the resolver, however long ("the war lasted from ...")
    ("Output rose from March 1977 to June 1985, officials said.", "en",
     "March 1977 to June 1985", "1977-03/1985-06", ("1977-03-01", "1985-06-30")),
])
def test_the_ends_of_a_span_are_one_mention(text, language, span, timex, interval):
    assert mentions(text, language=language) == [(span, timex, interval, None)]


def test_a_span_of_months_is_labelled_as_one():
    timeline = build_timeline([article("a", "From February to May 2010, ticket sales at the zoo doubled.")])
    (event,) = timeline.events
    assert (event.interval.start, event.interval.end) == (date(2010, 2, 1), date(2010, 5, 31))
    assert event.granularity is Granularity.MONTH and event.label == "Feb–May 2010"


@pytest.mark.parametrize("text", [
    "Ticket sales rose in February and May 2010.",  # no opening word: perhaps two happenings
    "The count fell between March 2010, when the rains came, and June 2010.",
])
def test_dates_that_are_not_one_span_stay_apart(text):
    assert len(extract_mentions(article("a", text))) == 2


# --- 2. a century or decade right before a noun describes it ------------------------------------

@pytest.mark.parametrize("text, span", [
    ("The museum, an 18th-century granary, reopens today.", "18th-century"),
    ("A show of famous 17th century painters opens today.", "17th century"),
    ("A bust of the 15th-century Portuguese navigator was unveiled on Monday.", "the 15th-century"),
    ("She sold her collection of 1950s posters on Monday.", "1950s"),
    ("Collectors bought rare 19th century maps on Monday.", "19th century"),
    ("They restored the church in the 15th-century style on Monday.", "the 15th-century"),
])
def test_an_era_describing_a_noun_makes_no_event(text, span):
    roles = {m.expression.text: role(m) for m in extract_mentions(article("a", text))}
    assert roles[span] == MODIFIER
    timeline = build_timeline([article("a", text)])
    assert all(e.interval.start.year == 2011 for e in timeline.events if e.interval is not None)


@pytest.mark.parametrize("text", [
    "In the 1950s the port grew quickly.",
    "The 1950s saw the port grow.",
    "In the mid-1950s Norway built the port.",
    "Trade fell in the 19th century, and rose again later.",
    # a lower-case noun after the era opens the clause when a preposition comes right before it
    "In the 1990s crime fell sharply.",
    "During the 19th century cities grew fast.",
    "In the 1960s music changed.",
    "Throughout the 1980s prices rose.",
])
def test_an_era_that_dates_its_clause_is_kept(text):
    assert [role(m) for m in extract_mentions(article("a", text))] == [None]


@pytest.mark.parametrize("text, year", [
    ("In the 1990s crime fell sharply.", 1990),
    ("During the 19th century cities grew fast.", 1800),
])
def test_an_era_opening_its_clause_makes_an_event(text, year):
    timeline = build_timeline([article("a", text)])
    assert [e.interval.start.year for e in timeline.events if e.interval is not None] == [year]


def test_swedish_hundreds_name_a_century():
    assert found("Herrgården byggdes på 1700-talet.", date(2011, 11, 8), "sv") == [("1700-talet", "17")]
    assert found("Staden växte på 1960-talet.", date(2011, 11, 8), "sv") == [("1960-talet", "196")]


# --- 3. a happening that is over, named right before its day, is in the past ---------------------

JUNE_20 = date(2010, 6, 20)  # five days before the first anniversary


@pytest.mark.parametrize("text, reference, language, timex", [
    ("Since the actor's death on 25 June, sales have soared.", JUNE_20, "en", "2009-06-25"),
    ("Fans recalled the actor's death on June 25.", JUNE_20, "en", "2009-06-25"),
    ("The bombing on 24 June shocked the town.", JUNE_20, "en", "2009-06-24"),
    ("Fans recalled the actor's death on 25 June.", date(2010, 6, 28), "en", "2010-06-25"),
    ("Sedan skådespelarens död den 25 juni har skivorna sålt bra.", JUNE_20, "sv", "2009-06-25"),
    # a sentence looking ahead keeps the nearest reading
    ("Fans will gather on the anniversary of his death on 25 June.", JUNE_20, "en", "2010-06-25"),
    # no noun of a happening that is over: the nearest reading
    ("Fans recalled the actor's concert on 25 June.", JUNE_20, "en", "2010-06-25"),
])
def test_a_past_happening_named_before_its_day(text, reference, language, timex):
    (expression,) = extract(text, reference, language)
    assert expression.timex == timex


@pytest.mark.parametrize("text, language, first, timex", [
    ("Between 2 August and 9 September 2010 the river rose twice.", "en", "2 August", "2010-08-02"),
    ("From August 2 through September 9, 2010, the river rose.", "en", "August 2", "2010-08-02"),
    ("Från den 2 augusti till den 9 september 2010 steg floden.", "sv", "den 2 augusti", "2010-08-02"),
])
def test_the_first_of_two_days_takes_the_year_written_after_the_second(text, language, first, timex):
    assert found(text, date(2011, 11, 8), language)[0] == (first, timex)


@pytest.mark.parametrize("text, language, first, timex", [
    ("The fair ran from 28 December to 3 January 2011 in the square.", "en", "28 December", "2010-12-28"),
    ("The fair ran December 28 to January 3, 2011, in the square.", "en", "December 28", "2010-12-28"),
    ("The fair ran from December to February 2011 in the square.", "en", "December to February 2011",
     "2010-12/2011-02"),
    ("Mässan pågick från den 28 december till den 3 januari 2011 på torget.", "sv", "den 28 december", "2010-12-28"),
    ("Mässan pågick från november till januari 2011 på torget.", "sv", "november till januari 2011",
     "2010-11/2011-01"),
])
def test_the_first_of_two_dates_across_new_year_takes_the_year_before(text, language, first, timex):
    assert found(text, date(2011, 11, 8), language)[0] == (first, timex)


@pytest.mark.parametrize("text, language, span, timex, interval", [
    ("From 28 December to 3 January 2011 the square was closed.", "en",
     "28 December to 3 January 2011", "2010-12-28/2011-01-03", ("2010-12-28", "2011-01-03")),
    ("Från den 28 december till den 3 januari 2011 var torget stängt.", "sv",
     "den 28 december till den 3 januari 2011", "2010-12-28/2011-01-03", ("2010-12-28", "2011-01-03")),
])
def test_a_span_across_new_year_is_one_mention(text, language, span, timex, interval):
    assert mentions(text, language=language) == [(span, timex, interval, None)]


# --- 6. a year as a title -----------------------------------------------------------------------

@pytest.mark.parametrize("text, language, kept", [
    ("Readers of the novel 1984 met in 1999.", "en", [("1999", "1999")]),
    ('She sang "1999" on stage in 2003.', "en", [("2003", "2003")]),
    ("She sang `` 1999 '' on stage in 2003.", "en", [("2003", "2003")]),
    ("The 1984 strike ended in 1985.", "en", [("1984", "1984"), ("1985", "1985")]),
    ("Hon läste romanen 1984 under 1999.", "sv", [("1999", "1999")]),
    ('Hon sjöng "1999" på scenen 2003.', "sv", [("2003", "2003")]),
])
def test_a_year_as_a_title_is_no_date(text, language, kept):
    assert found(text, date(2011, 4, 8), language) == kept


def test_a_weekday_in_a_works_title_is_no_date():
    ref = date(2011, 4, 8)
    assert found("The choir added a verse to their hit single Friday Rainy Friday at the fair on 3 May.", ref) \
        == [("3 May", "2011-05-03")]
    assert found("The trio sang the song Lazy Sunday Blues to close the show.", ref) == []
    # a weekday alone after the work's word is the day of the act
    assert found("The label put out the single Tuesday, its manager said.", ref) == [("Tuesday", "2011-04-05")]
    # a weekday ending a run of capitals is the title's only inside quotes (review F)
    assert found('The band played the song "Gloomy Monday" on the radio.', ref) == []
    assert found("Crowds watched the movie Borealis Friday night.", ref) == [("Friday night", "2011-04-08TNI")]
    assert found("The movie Borealis Sunday passed the old record.", ref) == [("Sunday", "2011-04-03")]


# --- 5. a weekday after "ahead of" is the coming one --------------------------------------------

FRIDAY, MONDAY = date(2010, 1, 15), date(2010, 1, 18)


@pytest.mark.parametrize("text, reference, language, timex", [
    ("Voters are queuing ahead of Thursday's referendum.", FRIDAY, "en", "2010-01-21"),
    ("Voters queued ahead of Thursday's referendum.", FRIDAY, "en", "2010-01-14"),
    ("Clubs are busy in the run-up to Sunday's derby.", FRIDAY, "en", "2010-01-17"),
    ("Clubs are busy in the run-up to Sunday's derby.", MONDAY, "en", "2010-01-24"),
    ("Partierna kampanjar inför söndagen.", MONDAY, "sv", "2010-01-24"),
    # told in the past: the nearest either way
    ("Fans sang in the square ahead of Sunday's derby.", FRIDAY, "en", "2010-01-17"),
    ("Fans sang in the square ahead of Sunday's derby.", MONDAY, "en", "2010-01-17"),
    # no such words: the latest such day
    ("The striker scored in Saturday's derby.", FRIDAY, "en", "2010-01-09"),
])
def test_a_weekday_ahead_of_the_clause(text, reference, language, timex):
    (expression,) = extract(text, reference, language)
    assert expression.timex == timex


def test_trying_an_undated_articles_days_sees_the_spans_its_mentions_are_made_of():
    """Dating an undated article resolves it against each day tried and reads the expressions
    mentions are made of (``mentioned``): a span's two ends are one expression there too."""
    from timeline.temporal import resolve
    from timeline.temporal.joined import mentioned

    text = "Some 300 farmers were infected between January and April 2003, the ministry said today."
    expressions = resolve(text, date(2003, 6, 2), "en").expressions
    chosen = [e for _, e in mentioned(expressions, text, "en")]
    assert [e.text for e in chosen] == ["January and April 2003", "today"]
    assert [m[0] for m in mentions(text, published=date(2003, 6, 2))] == [e.text for e in chosen]

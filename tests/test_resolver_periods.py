"""Reporting periods of financial news and TimeML durations: exact spans, values and intervals."""

from datetime import date, timedelta

import pytest

from timeline import extract

THU = date(2020, 10, 15)  # a Thursday, two weeks after the third quarter ended


def found(text, reference=THU, language="en"):
    return [(e.text, e.type, e.timex) for e in extract(text, reference, language)]


# -- durations as TimeML writes them ------------------------------------------------

@pytest.mark.parametrize("text, span, timex", [
    ("Prices fell over the past three months.", "the past three months", "P3M"),
    ("Sales rose 4% in the first nine months.", "the first nine months", "P9M"),
    ("They will talk again in the next two weeks.", "the next two weeks", "P2W"),
    ("The strike lasted nearly two years.", "nearly two years", "P2Y"),
    ("The vote took less than an hour.", "less than an hour", "PT1H"),
])
def test_duration_span_takes_its_determiner_bound_and_modifier(text, span, timex):
    assert found(text) == [(span, "DURATION", timex)]


def test_duration_span_leaves_prepositions_out():
    assert found("He stayed for about three weeks, within two days of the vote.") == [
        ("three weeks", "DURATION", "P3W"), ("two days", "DURATION", "P2D")]


# -- reporting periods of financial news ---------------------------------------------

OCT28 = date(2020, 10, 28)  # four weeks after the third quarter ended


def quarter(y, q):
    """The inclusive interval of quarter ``q`` of year ``y``."""
    after = date(y + 1, 1, 1) if q == 4 else date(y, 3 * q + 1, 1)
    return (date(y, 3 * q - 2, 1), after - timedelta(days=1))


def placed(text, reference=OCT28, language="en"):
    return [(e.text, e.timex, e.interval and tuple(e.interval)) for e in extract(text, reference, language)]


def test_a_year_earlier_in_an_earnings_sentence_is_the_year_ago_quarter():
    text = ("Acme said third-quarter net income rose to $5 million, or 10 cents a share, "
            "from $4 million a year earlier.")
    assert placed(text) == [("third-quarter", "2020-Q3", quarter(2020, 3)),
                            ("a year earlier", "2019-Q3", quarter(2019, 3))]


def test_period_words_are_the_quarter_the_article_reports_on():
    text = ("Acme posted a loss for the second quarter. In the latest quarter, revenue grew 3%. "
            "In the year-ago quarter it earned $2 million; compared with year-earlier profit of $1 million, "
            "the 2019 quarter was weak. Sales for the full year will rise.")
    assert placed(text) == [
        ("the second quarter", "2020-Q2", quarter(2020, 2)),
        ("the latest quarter", "2020-Q2", quarter(2020, 2)),
        ("the year-ago quarter", "2019-Q2", quarter(2019, 2)),
        ("year-earlier", "2019-Q2", quarter(2019, 2)),
        ("the 2019 quarter", "2019-Q2", quarter(2019, 2)),
        ("the full year", "2020", (date(2020, 1, 1), date(2020, 12, 31)))]


def test_quarter_words_without_a_named_quarter_take_the_last_completed_one():
    assert placed("Sales rose 5% in the quarter.") == [("the quarter", "2020-Q3", quarter(2020, 3))]
    # Looking ahead, or long after a quarter ended, "the quarter" may be the current one: left
    # unplaced rather than guessed.
    assert placed("Funds will buy stocks before the end of the quarter.") == [("the quarter", None, None)]
    assert placed("Funds bought stocks before the end of the quarter.", date(2020, 12, 15)) == \
        [("the quarter", None, None)]


def test_a_year_earlier_after_a_longer_span_is_the_year_before():
    text = ("Acme earned $3 million in the third quarter. For the nine months, net rose to $9 million "
            "from $7 million a year earlier.")
    assert placed(text)[-1] == ("a year earlier", "2019", (date(2019, 1, 1), date(2019, 12, 31)))


def test_a_year_earlier_compares_with_the_time_named_in_its_sentence():
    # A quarter named in the sentence is the one compared with, even when the article reports on another.
    text = "Acme reported a third-quarter loss. Its sales in the second quarter rose from a year earlier."
    assert placed(text)[-1] == ("a year earlier", "2019-Q2", quarter(2019, 2))
    # Another time (a month, maybe the end of a range) leaves only the year sure.
    text = "Acme reported a third-quarter loss. From January to September, sales rose from a year earlier."
    assert placed(text)[-1] == ("a year earlier", "2019", (date(2019, 1, 1), date(2019, 12, 31)))
    # The day something was said is not the period its figures are for.
    text = ("Acme reported a third-quarter loss. On Tuesday it said net rose to $5 million "
            "from $4 million a year ago.")
    assert placed(text)[-1] == ("a year ago", "2019-Q3", quarter(2019, 3))


def test_the_same_period_last_year_after_a_longer_span_is_the_year_before():
    text = "Exports rose 8% in the first nine months, up from the same period last year."
    assert placed(text) == [("the first nine months", "P9M", None),
                            ("the same period last year", "2019", (date(2019, 1, 1), date(2019, 12, 31)))]


def test_a_year_ago_outside_reported_figures_stays_a_year():
    assert placed("Acme reported a third-quarter loss. He moved to Paris a year ago.")[-1] == \
        ("a year ago", "2019", (date(2019, 1, 1), date(2019, 12, 31)))
    # Figures, but no quarter named: no reporting period to be relative to.
    assert placed("Net income rose to $5 million from $4 million a year ago.") == \
        [("a year ago", "2019", (date(2019, 1, 1), date(2019, 12, 31)))]


@pytest.mark.parametrize("text, span, timex", [
    ("Acme blamed its third-quarter loss on the strike.", "third-quarter", "2020-Q3"),
    ("This year's third quarter was strong.", "This year's third quarter", "2020-Q3"),
    ("In the year-ago third quarter it lost $2 million.", "the year-ago third quarter", "2019-Q3"),
    ("In the 2018 second quarter it lost $2 million.", "the 2018 second quarter", "2018-Q2"),
    ("It plans to restructure after a third-quarter loss.", "third-quarter", "2020-Q3"),
])
def test_named_quarters(text, span, timex):
    assert [(e.text, e.timex) for e in extract(text, OCT28)] == [(span, timex)]


def test_quarter_finals_and_fractions_are_not_a_quarter():
    assert extract("Chelsea went out in the quarter-finals.", OCT28) == []
    assert extract("He served for more than a quarter century and took a quarter of the vote.", OCT28) == []
    assert extract("Three-quarters of the staff voted, three quarters of a million people.", OCT28) == []


def test_a_quarter_named_in_the_past_never_lies_ahead():
    assert placed("Growth was half the rate recorded in the first quarter.", date(2006, 12, 1)) == \
        [("the first quarter", "2006-Q1", quarter(2006, 1))]


def test_swedish_reporting_periods():
    text = ("Bolaget redovisade ett rörelseresultat på 50 miljoner kronor för tredje kvartalet, "
            "jämfört med 40 miljoner för ett år sedan. Omsättningen under kvartalet ökade, men förlusten "
            "för motsvarande period i fjol var större. För helåret väntas vinsten öka. "
            "Han flyttade till Paris för ett år sedan.")
    assert placed(text, language="sv") == [
        ("tredje kvartalet", "2020-Q3", quarter(2020, 3)),
        ("för ett år sedan", "2019-Q3", quarter(2019, 3)),
        ("kvartalet", "2020-Q3", quarter(2020, 3)),
        ("motsvarande period i fjol", "2019-Q3", quarter(2019, 3)),
        ("helåret", "2020", (date(2020, 1, 1), date(2020, 12, 31))),
        ("för ett år sedan", "2019", (date(2019, 1, 1), date(2019, 12, 31)))]


# -- recurrences as TimeML writes them -----------------------------------------------

@pytest.mark.parametrize("text, span, timex", [
    ("The club meets every Thursday.", "every Thursday", "XXXX-WXX-4"),
    ("The shop is closed on Mondays.", "Mondays", "XXXX-WXX-1"),
    ("The show airs Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
    ("Rent rises each July.", "each July", "XXXX-07"),
    ("Take one pill every two weeks.", "every two weeks", "P2W"),
    ("It pays a dividend every quarter.", "every quarter", "P1Q"),
    ("The level is checked hourly.", "hourly", "PT1H"),
])
def test_recurrences(text, span, timex):
    assert found(text) == [(span, "SET", timex)]


@pytest.mark.parametrize("text, span, timex", [
    ("Klubben träffas varje torsdag.", "varje torsdag", "XXXX-WXX-4"),
    ("Butiken är stängd på måndagarna.", "måndagarna", "XXXX-WXX-1"),
    ("Hon tränar varannan vecka.", "varannan vecka", "P2W"),
    ("Hyran höjs varje juli.", "varje juli", "XXXX-07"),
])
def test_swedish_recurrences(text, span, timex):
    assert found(text, language="sv") == [(span, "SET", timex)]

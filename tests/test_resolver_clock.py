"""Times of day: four-digit clock times are never years, a time and its day are one expression,
and a bare time lies on the day its sentence (or paragraph) names before the publish date."""

from datetime import date

import pytest

from timeline import extract

THU = date(2020, 10, 15)  # a Thursday


def dated(text, reference=THU, language="en"):
    return [(e.text, e.type, e.timex) for e in extract(text, reference, language) if e.type in ("DATE", "TIME")]


def only(text, reference=THU, language="en"):
    found = [e for e in extract(text, reference, language) if e.type in ("DATE", "TIME")]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, span, timex", [
    ("The tremor was felt at 2315 local time on Tuesday.", "2315 local time on Tuesday", "2020-10-13T23:15"),
    ("The convoy left at 1930 local time.", "1930 local time", "2020-10-15T19:30"),
    ("Guards opened fire at 0930 GMT.", "0930 GMT", "2020-10-15T09:30"),
    ("Guards opened fire at 1945 GMT Wednesday.", "1945 GMT Wednesday", "2020-10-14T19:45"),
    ("The curfew starts at 2100 hours.", "2100 hours", "2020-10-15T21:00"),
    ("The ferry sailed at 0640 with 300 people aboard.", "0640", "2020-10-15T06:40"),
])
def test_four_digit_clock_times_are_times_not_years(text, span, timex):
    e = only(text)
    assert (e.text, e.type, e.timex) == (span, "TIME", timex)


def test_lines_of_a_list_of_times_are_times_and_a_lone_year_line_stays_a_year():
    text = "Live updates.\n\n0915 Rescuers reach the village.\n\n1930 Rescuers pull out.\n\n2040 The road reopens."
    assert dated(text) == [("0915", "TIME", "2020-10-15T09:15"), ("1930", "TIME", "2020-10-15T19:30"),
                           ("2040", "TIME", "2020-10-15T20:40")]
    assert dated("A look back.\n\n1930 was the year the bridge opened.") == [("1930", "DATE", "1930")]


@pytest.mark.parametrize("text, span, timex", [
    ("The ceasefire ends at midnight on Friday.", "midnight on Friday", "2020-10-16T24:00"),  # the coming one
    ("The offer lapsed at midnight Tuesday.", "midnight Tuesday", "2020-10-13T24:00"),
    ("They landed Tuesday morning at 9:30.", "Tuesday morning at 9:30", "2020-10-13T09:30"),
    ("The polls opened June 4, 2019 at 10 a.m.", "June 4, 2019 at 10 a.m.", "2019-06-04T10:00"),
    ("The hearing opened at 10 a.m. on June 4, 2019.", "10 a.m. on June 4, 2019", "2019-06-04T10:00"),
    ("Trading stopped at 4 p.m. EST, Oct. 12.", "4 p.m. EST, Oct. 12", "2020-10-12T16:00"),
    ("Talks broke down at noon Tuesday.", "noon Tuesday", "2020-10-13T12:00"),
    ("Prices closed above Tuesday's 5 p.m. level.", "Tuesday's 5 p.m.", "2020-10-13T17:00"),
    ("She left at 4 in the morning.", "4 in the morning", "2020-10-15T04:00"),
    ("The guests arrived at 9 in the evening yesterday.", "9 in the evening yesterday", "2020-10-14T21:00"),
])
def test_a_time_and_its_day_are_one_expression(text, span, timex):
    e = only(text)
    assert (e.text, e.type, e.timex) == (span, "TIME", timex)
    assert e.interval.start == e.interval.end == date.fromisoformat(timex[:10])


def test_a_converted_time_is_left_out_and_the_day_after_it_still_dates_the_time():
    assert dated("The blast came around 1 p.m. (1700 GMT) Monday.") == [
        ("around 1 p.m.", "TIME", "2020-10-12T13:00"), ("Monday", "DATE", "2020-10-12")]
    assert dated("Polls open from 0700 to 1600 local time (0100 to 1000 GMT).") == [
        ("0700", "TIME", "2020-10-15T07:00"), ("1600 local time", "TIME", "2020-10-15T16:00")]


def test_modifiers_belong_to_the_span():
    assert (only("The shots rang out around 7:15 p.m.").text, only("The shots rang out around 7:15 p.m.").mod) == (
        "around 7:15 p.m.", "APPROX")
    e = only("By mid-afternoon yesterday the index had recovered.")
    assert (e.text, e.timex, e.mod) == ("mid-afternoon yesterday", "2020-10-14TAF", "MID")
    assert (only("He arrived late yesterday.").text, only("He arrived late yesterday.").mod) == ("late yesterday", "END")
    assert only("The envoy is due later this afternoon.").text == "later this afternoon"


def test_a_bare_time_takes_the_day_of_its_sentence_then_of_its_paragraph_then_the_publish_date():
    assert dated("On Monday the fire, which started at 9:30 a.m., spread east.") == [
        ("Monday", "DATE", "2020-10-12"), ("9:30 a.m.", "TIME", "2020-10-12T09:30")]
    assert dated("Rebels attacked the town on Monday. The fighting stopped at 9 p.m.") == [
        ("Monday", "DATE", "2020-10-12"), ("9 p.m.", "TIME", "2020-10-12T21:00")]
    # another paragraph: the publish date
    assert dated("Rebels attacked the town on Monday.\n\nAt 9 p.m. the curfew began.") == [
        ("Monday", "DATE", "2020-10-12"), ("9 p.m.", "TIME", "2020-10-15T21:00")]
    # a time joined to its own day is compared with, not a day for the bare one
    assert dated("At 5 p.m. the euro stood at 1.17, against Wednesday's 5 p.m. level.") == [
        ("5 p.m.", "TIME", "2020-10-15T17:00"), ("Wednesday's 5 p.m.", "TIME", "2020-10-14T17:00")]


def test_without_a_reference_a_time_keeps_what_it_names():
    assert only("The shop opens at 9 a.m. on Friday.", None).timex == "XXXX-WXX-5T09:00"
    assert only("The shop opens at 9 a.m.", None).timex == "XXXX-XX-XXT09:00"


@pytest.mark.parametrize("text, span, timex", [
    ("Mötet hölls klockan 10 på fredag.", "klockan 10 på fredag", "2020-10-09T10:00"),
    ("Planet landade fredag kl. 9.30 på Arlanda.", "fredag kl. 9.30", "2020-10-09T09:30"),
    ("Branden startade i går kväll klockan 22.", "i går kväll klockan 22", "2020-10-14T22:00"),
    ("Larmet kom klockan 10 på kvällen.", "klockan 10 på kvällen", "2020-10-15T22:00"),
    ("Mässan öppnade den 4 juni klockan 10.", "den 4 juni klockan 10", "2020-06-04T10:00"),
    ("Avtalet löpte ut vid midnatt i går.", "midnatt i går", "2020-10-14T24:00"),
])
def test_swedish_time_and_day(text, span, timex):
    e = only(text, language="sv")
    assert (e.text, e.type, e.timex) == (span, "TIME", timex)


def test_swedish_bare_time_takes_the_day_of_its_sentence():
    assert dated("I måndags, strax efter kl. 15.45, stängdes vägen.", language="sv") == [
        ("I måndags", "DATE", "2020-10-12"), ("kl. 15.45", "TIME", "2020-10-12T15:45")]


@pytest.mark.parametrize("text, day", [
    # a day later in the sentence but in another clause is another happening's, not the time's
    ("The tremor, which struck at 1:24 p.m. (0424 GMT), was an aftershock of a strong quake on October 2.", "2020-10-15"),
    ("At 2 p.m. (0500 GMT), the krona was quoted at 9.7, up from 9.6 in Oslo Tuesday afternoon.", "2020-10-15"),
    # within the time's own clause the day is its day
    ("The raid started just after 3 p.m. (2000 GMT) Tuesday, with soldiers at every door.", "2020-10-13"),
])
def test_a_bare_time_lies_on_a_later_day_of_its_sentence_only_within_its_clause(text, day):
    (time,) = [e for e in extract(text, THU, "en") if e.type == "TIME"]
    assert time.timex.startswith(day + "T")


def test_a_clock_s_colon_parts_no_clauses():
    """"as of 17:00 GMT 15 June" and "open at 16:00 BST for Saturday's show": the day is the time's."""
    (time,) = [e for e in extract("Cases reported as of 17:00 GMT 12 October 2020 are listed below.", THU, "en")
               if e.type == "TIME"]
    assert time.timex.startswith("2020-10-12T17:00")
    time, day = extract("Doors open at 16:00 BST for Saturday's show.", THU, "en")
    assert time.timex.startswith(day.timex + "T16:00")


@pytest.mark.parametrize("text, day", [
    # a conjunction or a dash opens no clause of the time's own: the nearest later day is its day
    ("Police said on Monday they were searching. The raid began at 3 p.m. while guards slept on Tuesday.",
     "2020-10-13"),
    ("It happened at 3 p.m. — Tuesday, according to the harbour master.", "2020-10-13"),
    # a comma that only sets the day apart
    ("The ferry left at 3 p.m., on Tuesday, from the north quay.", "2020-10-13"),
    # a comma opening a new clause parts them, with no a.m./p.m. for the splitter to cut at
    ("The tremor, which struck at 13:24, was an aftershock of a strong quake on October 2.", "2020-10-15"),
])
def test_a_later_day_s_clause_opens_only_at_a_comma_with_a_clause_after_it(text, day):
    (time,) = [e for e in extract(text, THU, "en") if e.type == "TIME"]
    assert time.timex.startswith(day + "T")

"""English resolver: each convention of issue 2 with exact timex and interval."""

from datetime import date

import pytest

from timeline import extract
from timeline.temporal import Granularity

THU = date(2020, 10, 15)  # a Thursday
FRI = date(2020, 10, 16)


def only(text, reference=THU, language="en", type_=None):
    found = [e for e in extract(text, reference, language) if type_ is None or e.type == type_]
    assert len(found) == 1, found
    return found[0]


def days(a, b):
    return (date.fromisoformat(a), date.fromisoformat(b))


@pytest.mark.parametrize("text, reference, span, timex, interval, granularity", [
    ("She shared photos on Thursday.", THU, "Thursday", "2020-10-15", days("2020-10-15", "2020-10-15"), "day"),
    ("She shared photos on Thursday.", FRI, "Thursday", "2020-10-15", days("2020-10-15", "2020-10-15"), "day"),
    ("He performed on Wednesday night.", FRI, "Wednesday night", "2020-10-14TNI",
     days("2020-10-14", "2020-10-14"), "day"),
    ("He performed on Wednesday.", FRI, "Wednesday", "2020-10-14", days("2020-10-14", "2020-10-14"), "day"),
    ("The vote is scheduled to take place on Thursday.", FRI, "Thursday", "2020-10-22",
     days("2020-10-22", "2020-10-22"), "day"),
    ("He will testify on Monday.", THU, "Monday", "2020-10-19", days("2020-10-19", "2020-10-19"), "day"),
    ("They met last Thursday.", THU, "last Thursday", "2020-10-08", days("2020-10-08", "2020-10-08"), "day"),
    ("Late last month, she shared the news.", THU, "Late last month", "2020-09",
     days("2020-09-21", "2020-09-30"), "part_of_month"),
    ("Early last month it rained.", THU, "Early last month", "2020-09", days("2020-09-01", "2020-09-10"),
     "part_of_month"),
    ("Over the weekend, she replied to a post.", THU, "the weekend", "2020-W41-WE",
     days("2020-10-10", "2020-10-11"), "weekend"),
    ("The show premieres this weekend.", THU, "this weekend", "2020-W42-WE",
     days("2020-10-17", "2020-10-18"), "weekend"),
    ("It was just two weeks ago that she shared it.", THU, "two weeks ago", "2020-W40",
     days("2020-09-28", "2020-10-04"), "day"),
    ("We married seven years ago.", THU, "seven years ago", "2013", days("2013-01-01", "2013-12-31"), "year"),
    ("His wife since 2013.", FRI, "2013", "2013", days("2013-01-01", "2013-12-31"), "year"),
    ("Sales fell last year.", THU, "last year", "2019", days("2019-01-01", "2019-12-31"), "year"),
    ("Sales fell last month.", THU, "last month", "2020-09", days("2020-09-01", "2020-09-30"), "month"),
    ("Sales fell last week.", THU, "last week", "2020-W41", days("2020-10-05", "2020-10-11"), "week"),
    ("It happened yesterday.", THU, "yesterday", "2020-10-14", days("2020-10-14", "2020-10-14"), "day"),
    ("It happened three days ago.", THU, "three days ago", "2020-10-12", days("2020-10-12", "2020-10-12"), "day"),
    ("It opened Aug. 7, 1998.", THU, "Aug. 7, 1998", "1998-08-07", days("1998-08-07", "1998-08-07"), "day"),
    ("It closed Sept. 30.", THU, "Sept. 30", "2020-09-30", days("2020-09-30", "2020-09-30"), "day"),
    ("It opened on 2019-03-04.", THU, "2019-03-04", "2019-03-04", days("2019-03-04", "2019-03-04"), "day"),
    ("Prices rose in April.", THU, "April", "2020-04", days("2020-04-01", "2020-04-30"), "month"),
    ("Prices rose in July 1997.", THU, "July 1997", "1997-07", days("1997-07-01", "1997-07-31"), "month"),
    ("Prices rose in late July.", THU, "late July", "2020-07", days("2020-07-21", "2020-07-31"),
     "part_of_month"),
    ("Prices will rise in late November.", THU, "late November", "2020-11", days("2020-11-21", "2020-11-30"),
     "part_of_month"),
    ("Prices rose in 1995.", THU, "1995", "1995", days("1995-01-01", "1995-12-31"), "year"),
    ("Prices rose in the 1990s.", THU, "the 1990s", "199", days("1990-01-01", "1999-12-31"), "decade"),
    ("In the 20th century it was rare.", THU, "the 20th century", "19", days("1900-01-01", "1999-12-31"), "century"),
    ("Profit rose in the third quarter.", THU, "the third quarter", "2020-Q3", days("2020-07-01", "2020-09-30"),
     "quarter"),
    ("It was hot last summer.", THU, "last summer", "2020-SU", days("2020-06-01", "2020-08-31"), "season"),
    ("It opened at 10:35 a.m. Tuesday.", THU, "10:35 a.m. Tuesday", "2020-10-13T10:35",
     days("2020-10-13", "2020-10-13"), "day"),
])
def test_resolves(text, reference, span, timex, interval, granularity):
    e = only(text, reference, type_=None)
    assert (e.text, e.timex, e.interval, e.granularity.value) == (span, timex, interval, granularity)
    assert text[e.start:e.end] == e.text


def test_late_last_month_has_mod_end():
    assert only("Late last month, she shared the news.").mod == "END"


def test_two_weeks_ago_is_approximate():
    assert only("two weeks ago").mod == "APPROX"


def test_clock_time_is_time():
    assert only("It opened at 10:35 a.m.").type == "TIME"


def test_month_day_without_year_prefers_the_past_in_past_tense():
    # Written 3 Jan 2021: "Dec. 28" in a past sentence is last December, not next.
    assert only("The fire started Dec. 28.", date(2021, 1, 3)).timex == "2020-12-28"
    # ...and a future sentence points ahead.
    assert only("The vote will be held Jan. 20.", date(2020, 12, 20)).timex == "2021-01-20"


def test_a_near_future_date_wins_even_in_a_past_sentence():
    # Deadlines and hearings are announced in the past tense.
    assert only("The court announced a hearing for March 3.", date(2021, 2, 20)).timex == "2021-03-03"
    # ...but not when the future reading is far off.
    assert only("He was born Dec. 24.", date(2020, 10, 15)).timex == "2019-12-24"


def test_month_without_year_takes_the_nearest_year():
    assert only("Elections are in April.", date(2021, 1, 10)).timex == "2021-04"
    assert only("Elections were held in April.", date(2021, 1, 10)).timex == "2020-04"


@pytest.mark.parametrize("text", ["now", "currently", "right now"])
def test_present_ref(text):
    e = only(f"It is {text} clear.")
    assert (e.timex, e.interval) == ("PRESENT_REF", None)


def test_past_and_future_ref():
    assert only("He recently left.").timex == "PAST_REF"
    assert only("In the future we will see.").timex == "FUTURE_REF"


@pytest.mark.parametrize("text", [
    "The 41-year-old described Teigen as his inspiration.",
    "For those who may not remember, the 34-year-old model was ordered to rest.",
    "It costs $10 and rose 15% to 26 points.",
    "The ticket costs $2000.",
    "Shares rose 1995 percent.",
    "We may march on the sun.",
    "The second time we tried, it failed.",
    "He scored 2,013 points.",
    "The council passed resolution 1737 and Resolution 1701.",
    "Flight 1549 landed; see chapter 1999 and No. 2005.",
    "The Zhou Dynasty (11th Century B.C -- 221 B.C) built it in 1500 BC.",
    "It took 1.5 hours ago-style guesses.",
    "Watford v Arsenal (1730)\n\nGetafe vs. Espanyol (1900)",
])
def test_not_dates(text):
    dated = [e for e in extract(text, THU) if e.type in ("DATE", "TIME")]
    assert dated == []


def test_grouped_numbers_are_read_whole():
    # "1,500 years ago" is neither "500 years ago" nor anything else at its tail
    assert only("It was founded about 1,500 years ago.", date(2006, 12, 22)).timex == "0506"
    assert only("The site is 1,000 years ago old news.", date(2006, 12, 22)).timex == "1006"
    dated = [e for e in extract("He was born 2,500 years ago.", date(2006, 12, 22)) if e.interval is not None]
    assert dated == []  # before year 1: no date rather than a wrong one


def test_may_and_march_with_context_are_months():
    assert only("It began in May.").timex == "2020-05"
    assert only("It began May 5.").timex == "2020-05-05"


def test_no_reference_keeps_absolute_and_leaves_relative_open():
    absolute = only("It opened Aug. 7, 1998.", None)
    assert absolute.interval == days("1998-08-07", "1998-08-07")
    relative = only("It happened two weeks ago.", None)
    assert relative.interval is None
    weekday = only("He sang on Wednesday night.", None)
    assert (weekday.interval, weekday.timex) == (None, "XXXX-WXX-3TNI")
    years = only("They married seven years ago.", None)
    assert (years.interval, years.granularity) == (None, Granularity.YEAR)


def test_durations_are_typed_and_not_placed():
    e = only("It's been a really tough couple of weeks.")
    assert (e.type, e.timex, e.interval, e.granularity) == ("DURATION", "P2W", None, None)


def test_granularity_enum_values():
    assert Granularity("part_of_month") is Granularity.PART_OF_MONTH


def test_offsets_index_the_given_text():
    text = "x" * 50 + " On Thursday it rained. " + "y" * 10
    e = only(text)
    assert text[e.start:e.end] == "Thursday"


def test_every_rule_kind_has_a_resolver():
    from timeline.temporal import available_languages, load_grammar
    from timeline.temporal.resolvers import RESOLVERS

    named = {rule.kind for language in available_languages() for rule in load_grammar(language).rules}
    assert named <= set(RESOLVERS)


def test_a_rule_of_a_kind_without_resolver_is_refused():
    from timeline.temporal import GrammarError
    from timeline.temporal.grammar import parse_grammar
    from timeline.temporal.resolvers import RESOLVERS

    rule = '[[rules]]\nname = "x"\nkind = "%s"\npattern = "x"\n'
    assert parse_grammar(rule % "date", "xx", RESOLVERS.keys()).rules[0].kind == "date"
    with pytest.raises(GrammarError, match="unknown kind 'fortnight'"):
        parse_grammar(rule % "fortnight", "xx", RESOLVERS.keys())


# -- one case per error class fixed against the TimeML development data ------------

def test_film_title_noon_is_not_a_time():
    assert extract("He loved the film High Noon.", THU) == []


def test_month_with_this_year_is_one_expression():
    e = only("The house approved it in early October this year.")
    assert (e.text, e.timex, e.mod) == ("early October this year", "2020-10", "START")


def test_approximate_offset_keeps_its_qualifier():
    e = only("The war ended almost four years ago.")
    assert (e.text, e.timex, e.mod) == ("almost four years ago", "2016", "LESS_THAN")


def test_holidays():
    assert only("He was found on Thanksgiving Day.", date(2000, 1, 7)).timex == "1999-11-25"
    assert only("The polls close on Election Day.", date(1998, 10, 26)).timex == "1998-11-03"
    assert only("They met last Christmas.", date(2000, 3, 1)).timex == "1999-12-25"
    assert only("It reopens on Good Friday 2021.").timex == "2021-04-02"


def test_future_ref_span_excludes_the_preposition():
    e = only("Things may change in the future.")
    assert (e.text, e.timex) == ("the future", "FUTURE_REF")


def test_deadline_phrases_look_forward():
    # Written on a Monday: "as soon as Tuesday" is tomorrow, not last week.
    assert only("They could leave as soon as Tuesday.", date(2000, 4, 3)).timex == "2000-04-04"
    assert only("The deadline was postponed until Tuesday morning.", date(2000, 4, 3)).timex == "2000-04-04TMO"


def test_hastily_planned_is_not_a_future_cue():
    assert only("On Friday, she set aside plans for the hastily planned trip.", date(1998, 8, 17)).timex == \
        "1998-08-14"


def test_day_of_month_alone_takes_the_nearest_month():
    assert only("The deadline is the 20th.", date(2020, 10, 15)).timex == "2020-10-20"
    assert only("It happened on the 28th.", date(2020, 10, 3)).timex == "2020-09-28"


def test_weekday_of_a_relative_week():
    assert only("They meet Friday next week.").timex == "2020-10-23"


def test_nth_weekday_of_a_month():
    assert only("Polls open the first Tuesday in November.", date(2020, 10, 15)).timex == "2020-11-03"


# -- narrative anchors ----------------------------------------------------------------

def test_next_morning_is_relative_to_the_narrative():
    from timeline.temporal import resolve

    r = resolve("He arrived on Monday. The next morning he left, and later that year he moved.", THU)
    assert [(e.text, e.timex) for e in r.expressions] == [
        ("Monday", "2020-10-12"), ("The next morning", "2020-10-13TMO"), ("later that year", "2020")]
    assert r.anchors == [None, 0, 1]


def test_that_day_of_a_past_day_and_of_a_month():
    # "that day" is the day the narrative is about, in a later sentence too; after a month it is
    # some day of that month, and "the next day" after a month stays unplaced
    found = extract("The mayor was shot on Oct. 3, 2018. Earlier that day, he had spoken.", THU)
    assert [(e.text, e.timex, e.interval) for e in found] == [
        ("Oct. 3, 2018", "2018-10-03", days("2018-10-03", "2018-10-03")),
        ("Earlier that day", "2018-10-03", days("2018-10-03", "2018-10-03"))]
    found = extract("The mayor was shot last March. His office was searched that same day.", THU)
    assert [(e.text, e.timex, e.interval) for e in found] == [
        ("last March", "2020-03", days("2020-03-01", "2020-03-31")),
        ("that same day", "2020-03-XX", days("2020-03-01", "2020-03-31"))]
    assert extract("The mayor was shot last March. The next day his office was searched.", THU)[1].interval \
        is None


@pytest.mark.parametrize("text", ["A day later he wrote again. He sang there on Wednesday night.",
                                  "A day after the awards, he wrote again. He sang there on Wednesday night."])
def test_an_opening_anaphor_looks_ahead_when_nothing_precedes(text):
    from timeline.temporal import resolve

    r = resolve(text, FRI)
    assert (r.expressions[0].timex, r.anchors[0]) == ("2020-10-15", 1)


# -- "N units after X": relative to X, never to the nearest other time ---------------

@pytest.mark.parametrize("text, span, timex, interval", [
    ("Troops arrived two days after the March 3 attack.", "two days after", "2020-03-05",
     days("2020-03-05", "2020-03-05")),
    ("The strike came a week after Monday's vote.", "a week after", "2020-W43", days("2020-10-19", "2020-10-25")),
    ("Three years after the 1991 war, the town was rebuilt.", "Three years after", "1994",
     days("1994-01-01", "1994-12-31")),
    ("Polls opened a day before the election on Nov. 3.", "a day before", "2020-11-02",
     days("2020-11-02", "2020-11-02")),
    ("Rebels attacked on March 3. Troops arrived two days after.", "two days after", "2020-03-05",
     days("2020-03-05", "2020-03-05")),
])
def test_after_x_is_relative_to_the_time_x_names(text, span, timex, interval):
    e = next(e for e in extract(text, THU) if e.text == span)
    assert (e.timex, e.interval) == (timex, interval)


@pytest.mark.parametrize("text, span, type_, timex", [
    # a counted amount is then the duration it names, as TimeML reads it, "after" a signal outside
    # its span; "the day before" names no amount
    ("The law passed a decade after the treaty, officials said on Tuesday.", "a decade", "DURATION",
     "P10Y"),
    ("On Monday he spoke. The call came five days after a court ruled against him.", "five days",
     "DURATION", "P5D"),
    ("He met them on Monday; it was the day before the summit opened.", "the day before", "DATE", None),
])
def test_after_an_undated_x_is_left_unplaced(text, span, type_, timex):
    e = next(e for e in extract(text, THU) if e.text == span)
    assert (e.type, e.timex, e.interval) == (type_, timex, None)


@pytest.mark.parametrize("text, span, timex", [
    # in apposition to a date, "the day before X" tells that date again: it is not counted from it
    ("He met them on Monday, the day before the summit opened.", "the day before", "2020-10-12"),
    ("Shares peaked on Sept. 8, the day before the crash.", "the day before", "2020-09-08"),
    ("Rescuers found him on Sunday, five days after the quake.", "five days after", "2020-10-11"),
    ("The vote came on Oct. 2 a week after the strike began.", "a week after", "2020-10-02"),
])
def test_an_amount_in_apposition_to_a_day_is_that_day(text, span, timex):
    e = next(e for e in extract(text, THU) if e.text == span)
    assert (e.type, e.timex, e.interval) == ("DATE", timex, days(timex, timex))


def test_an_amount_in_apposition_keeps_the_time_its_phrase_names():
    found = extract("A poll published on Sunday, eight days before the election on Oct. 19, stunned them.", THU)
    assert [(e.text, e.timex) for e in found] == [
        ("Sunday", "2020-10-11"), ("eight days before", "2020-10-11"), ("Oct. 19", "2020-10-19")]


def test_a_year_in_apposition_is_no_day_restated():
    found = extract("He was born in 1990, two years after the war ended.", THU)
    assert [(e.text, e.type, e.timex) for e in found] == [("1990", "DATE", "1990"), ("two years", "DURATION", "P2Y")]


@pytest.mark.parametrize("text, timex", [
    # a clock time told again in brackets with its day is on that day ...
    ("The father will leave at 4 in the morning (4 a.m. EDT Friday), aides said.", "2020-10-16T04:00"),
    ("The plane will land at 9 in the evening (9 p.m. GMT Saturday).", "2020-10-17T21:00"),
    # ... but another clock time in brackets is the time elsewhere, its day maybe not this one's
    ("He will leave at 10 in the evening (3 a.m. GMT Friday).", "2020-10-15T22:00"),
])
def test_a_clock_time_restated_in_brackets_takes_its_day(text, timex):
    assert extract(text, THU)[0].timex == timex


def test_an_unplaced_amount_is_a_duration_only_against_a_reference():
    # without a publish date the time it counts from may be placed once there is one
    text = "A day later, police searched the house. They had arrived on Wednesday night."
    assert [(e.text, e.type, e.timex) for e in extract(text, THU)][0] == ("A day later", "DATE", "2020-10-15")
    assert [(e.text, e.type, e.timex) for e in extract(text, None)][0] == ("A day later", "DATE", None)
    assert [(e.text, e.type, e.timex) for e in extract("Two weeks earlier, he had resigned.", THU)] == [
        ("Two weeks earlier", "DURATION", "P2W")]


def test_for_a_duration_after_is_a_duration():
    found = extract("He ruled for 17 years after seizing power in a 1973 coup.", THU)
    assert [(e.text, e.type, e.timex) for e in found] == [("17 years", "DURATION", "P17Y"), ("1973", "DATE", "1973")]


def test_anchor_out_of_reach_stays_unresolved():
    text = "He arrived on Monday. " + "Filler words here. " * 60 + "The next day he left."
    e = extract(text, THU)[-1]
    assert (e.text, e.interval) == ("The next day", None)


def test_anaphor_in_undated_text_with_absolute_anchor():
    e = extract("It opened on Aug. 7, 1998. The next day it closed.", None)[-1]
    assert e.timex == "1998-08-08"


def test_cricket_centuries_and_24_hour_clocks_are_not_dates():
    assert [e for e in extract("Hayden hit his first century of the series, his 27th century.", THU)
            if e.type == "DATE"] == []
    assert [e for e in extract("The polls close at 1500 GMT and results follow.", THU) if e.type == "DATE"] == []
    assert only("A bishop of the 17th century wrote it.").timex == "16"
    assert only("It goes back to the seventh century.").timex == "06"


# -- tense cues -------------------------------------------------------------------------

NOV = date(2020, 11, 17)


@pytest.mark.parametrize("text, reference, timex", [
    # "next to" and causal "due to" look nowhere; adjectives in -ed are no past verbs
    ("On Monday a stall next to the church burned.", THU, "2020-10-12"),
    ("Roads closed due to snow in March were reopened.", THU, "2020-03"),
    ("The armed forces parade in March.", THU, "2021-03"),
    ("Credit Suisse reported a better-than-expected rise in third-quarter profit.", date(2005, 11, 2), "2005-Q3"),
    # "would", "until", "is due", "payable", "effective", "expected" look forward
    ("Winter would be warmer than normal from December until February, the weather service said.", NOV,
     "2020-12/2021-02"),
    ("The road stays closed until Monday.", THU, "2020-10-19"),
    ("The payment is due Monday.", THU, "2020-10-19"),
    ("Dividends payable Monday.", THU, "2020-10-19"),
    ("The new rules, effective Monday, ban it.", THU, "2020-10-19"),
    ("A decision is expected Monday.", THU, "2020-10-19"),
    ("The talks, due to start Monday, were delayed.", THU, "2020-10-19"),
    # a present passive of a past form is no past: "are held"
    ("Elections are held on July 20.", date(1997, 4, 2), "1997-07-20"),
    # a plan told in the past tense still looks forward ("was to", "planned a", "is planned for");
    # a plan that did not happen ("was to have") and a participle ("begun") look back
    ("Farmers planned a march through the capital on Saturday.", FRI, "2020-10-17"),
    ("The ministers were to meet on Tuesday, an aide said.", FRI, "2020-10-20"),
    ("A recount is planned for Monday, officials said.", FRI, "2020-10-19"),
    ("He intended to fly home on Sunday, his lawyer said.", FRI, "2020-10-18"),
    ("The ferry service was to have resumed on Tuesday.", FRI, "2020-10-13"),
    ("The crew were to finish the repairs begun on Tuesday.", FRI, "2020-10-13"),
])
def test_tense_cues(text, reference, timex):
    assert [e for e in extract(text, reference) if e.type == "DATE"][-1].timex == timex


@pytest.mark.parametrize("text, reference, timex", [
    # after "since" nothing lies ahead, however near
    ("Residents have been homeless since the August 12 fire.", date(2020, 8, 5), "2019-08-12"),
    ("Prices have risen ever since December.", NOV, "2019-12"),
    ("They have not met since Christmas.", date(2020, 12, 20), "2019-12-25"),
    # without it, a near date ahead may still win in a past sentence
    ("He announced Wednesday that the Dec. 14 deadline stands.", NOV, "2020-12-14"),
])
def test_since_puts_a_yearless_date_in_the_past(text, reference, timex):
    assert [e for e in extract(text, reference) if e.type == "DATE"][-1].timex == timex


@pytest.mark.parametrize("text, span, timex", [
    # the start of a change told in the present or future is the coming day (today's on that day)
    ("From Monday our new presenter takes over the morning slot.", "Monday", "2020-10-19"),
    ("From Monday, cafes must shut at ten, the mayor said.", "Monday", "2020-10-19"),
    ("The mayor said that from Monday, cafes must shut at ten.", "Monday", "2020-10-19"),
    ("Starting Saturday, the ferry runs twice a day.", "Saturday", "2020-10-17"),
    ("A three-day festival beginning Thursday includes two new stages.", "Thursday", "2020-10-15"),
    ("Parking is free as from Tuesday.", "Tuesday", "2020-10-20"),
    # told in the past, it is the last one; a baseline ("up 2 percent from Monday") is no start
    ("From Monday, the cafes closed early, the mayor said.", "Monday", "2020-10-12"),
    ("The cafes were shut from Monday.", "Monday", "2020-10-12"),
    ("The index is up 2 percent from Monday.", "Monday", "2020-10-12"),
    # a bare "from" after a noun names where the thing comes from, not a start: the day of the
    # present's news is the last one
    ("Video from Monday shows the bridge falling.", "Monday", "2020-10-12"),
    ("Pictures of the storm from Tuesday show flooded streets.", "Tuesday", "2020-10-13"),
    ("Crews are still removing rubble from Tuesday.", "Tuesday", "2020-10-13"),
    # ... and a start where it opens its clause, follows "must" or a verb of change, or its clause
    # looks ahead
    ("In Leeds, from Monday, the buses run every hour.", "Monday", "2020-10-19"),
    ("The curfew applies from Monday.", "Monday", "2020-10-19"),
    ("Helmets must be worn on the site from Monday, the firm said.", "Monday", "2020-10-19"),
    ("The mayor said the bridge will shut from Monday.", "Monday", "2020-10-19"),
])
def test_a_weekday_starting_a_change_is_the_coming_one(text, span, timex):
    e = next(e for e in extract(text, THU, "en") if e.text == span)
    assert (e.timex, e.interval) == (timex, days(timex, timex))


def test_a_past_range_from_weekday_to_weekday_stays_past():
    e = only("The bakery was open from Monday to Wednesday.")
    assert (e.text, e.timex, e.interval) == ("Monday to Wednesday", "2020-10-12/2020-10-14",
                                             days("2020-10-12", "2020-10-14"))


@pytest.mark.parametrize("text, months", [
    # a span of two months is one range, across a year end too, the first at or before the second
    ("Ice covers the lake between December and March.", [("December and March", "2020-12/2021-03")]),
    ("The lake froze between December and March.", [("December and March", "2019-12/2020-03")]),
    ("The ferry will sail from November to May.", [("November to May", "2020-11/2021-05")]),
    ("Ticket sales rose between March and May.", [("March and May", "2020-03/2020-05")]),
    # "May" after a name is no month
    ("Talks between Hughes and May broke down.", []),
])
def test_a_span_of_months_keeps_its_second_end(text, months):
    assert [(e.text, e.timex) for e in extract(text, THU, "en")] == months


@pytest.mark.parametrize("text, span, timex, interval", [
    # a range of months is one expression with the whole interval, not dated by either end
    ("The siege lasted from April 1992 until September 1996.", "April 1992 until September 1996",
     "1992-04/1996-09", days("1992-04-01", "1996-09-30")),
    ("Exports grew 3 percent in the July-September period.", "July-September", "2020-07/2020-09",
     days("2020-07-01", "2020-09-30")),
    ("Output fell in October-December 2019.", "October-December 2019", "2019-10/2019-12",
     days("2019-10-01", "2019-12-31")),
    ("The dig ran from November 2018 to February.", "November 2018 to February", "2018-11/2019-02",
     days("2018-11-01", "2019-02-28")),
])
def test_a_range_of_months_is_one_interval(text, span, timex, interval):
    e = only(text)
    assert (e.text, e.timex, e.interval, e.granularity) == (span, timex, interval, Granularity.MONTH)


def test_two_full_dates_of_a_range_stay_two():
    assert [e.text for e in extract("The fair ran from Aug. 26 to Oct. 20.", THU, "en")] == ["Aug. 26", "Oct. 20"]


@pytest.mark.parametrize("head, cut", [("The summit in Tehran", 3), ("The summit is held", 0)])
def test_a_tense_window_cut_in_a_long_sentence_reads_no_cue_from_its_edge(head, cut):
    # the 240 characters before "March" begin inside "Tehran" (leaving "ran") or right at "held"
    # (whose "is" lies just outside): neither is a past cue, so the nearer March, ahead, is read
    cue = head.split()[-1]
    n = 236 - len(cue) + cut
    middle = ("and delegates from many nations gather " * 10)[:n - 1].rstrip()
    text = head + " " + middle.ljust(n) + "in March."
    assert text.index("March") - 240 == len(head) - len(cue) + cut
    assert [(e.text, e.timex) for e in extract(text, THU, "en")] == [("March", "2021-03")]


@pytest.mark.parametrize("text, years", [
    # a four-digit number before a counted plural noun is a count ...
    ("The ferry left a harbour with 2000 people waiting on the quay.", []),
    ("About 1500 soldiers crossed the border.", []),
    ("The pipeline runs 1600 miles to the coast.", []),
    # ... only after a word that counts, and not when the noun opens a name or a sentence
    ("In 2000 people voted for the new harbour.", ["2000"]),
    ("In March 2019 protesters marched to the harbour.", ["2019-03"]),
    ("In early 2019 workers left the harbour.", ["2019"]),
    ("He sang in the 1997 Children in Need appeal.", ["1997"]),
    ("The harbour closed in June 2009 People who worked there moved away.", ["2009-06"]),
])
def test_a_number_before_a_counted_noun_is_no_year(text, years):
    assert [e.timex for e in extract(text, THU)] == years


@pytest.mark.parametrize("text, timex", [
    # a progressive of a scheduled act looks ahead ...
    ("She is travelling to Oslo on Tuesday.", "2020-10-20"),
    ("The summit is being held Saturday.", "2020-10-17"),
    # ... any other progressive tells of a past day
    ("Police are investigating a fire on Monday.", "2020-10-12"),
    ("A man is being questioned over a stabbing on Saturday.", "2020-10-10"),
    ("The team is celebrating its win on Saturday.", "2020-10-10"),
])
def test_only_a_progressive_of_a_scheduled_act_looks_ahead(text, timex):
    assert extract(text, THU)[0].timex == timex

"""Days the resolver used to drop or misplace in a telling: a group's day told with "today" in a
progressive or a passive, a plan told after a "since" clause's past verb, a bare month in a sentence
that names its own past year, a clock time of a dated past narrative, and years or quarters that
are no time at all (timeline/temporal/clause_cues.py, narrative.py, en.toml, sv.toml)."""

from datetime import date

import pytest

from timeline import extract

from test_resolver_clause_cues import DEC, TUE, only, placed


@pytest.mark.parametrize("text", [
    "People today have been ordered to boil their water.",
    "Women today are queuing outside the town hall.",
    "Citizens today face a curfew from nine in the evening.",
])
def test_a_group_told_today_in_an_act_of_the_day_keeps_the_day(text):
    found = only(text, TUE)
    assert (found.timex, placed(found)) == ("2020-10-13", ("2020-10-13", "2020-10-13"))


@pytest.mark.parametrize("text", [
    "Children today are growing up with screens.",
    "Young people today face enormous pressures.",
    "People today have been shaped by cheap flights.",
    "Women today are earning more than their mothers did.",
])
def test_a_group_today_in_a_way_of_life_stays_no_day(text):
    assert extract(text, TUE, "en") == []


@pytest.mark.parametrize("text, language, interval", [
    ("Since the mayor announced plans for a referendum in February, the guilds have been canvassing.", "en",
     ("2021-02-01", "2021-02-28")),
    ("Since the council said it wanted to hold the fair in February, stallholders have been busy.", "en",
     ("2021-02-01", "2021-02-28")),
    ("Sedan borgmästaren presenterade planer på en folkomröstning i februari har gillena kampanjat.", "sv",
     ("2021-02-01", "2021-02-28")),
])
def test_a_plan_told_in_a_since_clause_keeps_its_coming_month(text, language, interval):
    found = only(text, DEC, language)
    assert (found.timex, placed(found)) == ("2021-02", interval)


def test_a_since_clause_without_a_plan_still_puts_its_month_behind():
    found = only("Since the mayor moved to the harbour in February, the guilds have been quiet.", DEC)
    assert (found.timex, placed(found)) == ("2020-02", ("2020-02-01", "2020-02-29"))


@pytest.mark.parametrize("text, language, interval", [
    ("In 1921, there was a great fire at the tannery in April.", "en", ("1921-04-01", "1921-04-30")),
    ("In 2019 the tannery closed in April.", "en", ("2019-04-01", "2019-04-30")),
    ("År 1921 brann garveriet ner i april.", "sv", ("1921-04-01", "1921-04-30")),
])
def test_a_bare_month_takes_the_year_that_opens_its_sentence(text, language, interval):
    found = extract(text, TUE, language)
    assert [(e.timex, placed(e)) for e in found][1:] == [(interval[0][:7], interval)]


def test_a_bare_month_of_a_later_sentence_after_a_recent_year_stays_the_nearest():
    found = extract("In 2019 the tannery closed. In April the owners sold it.", TUE, "en")
    assert [e.timex for e in found] == ["2019", "2020-04"]


def test_in_the_next_year_ahead_of_a_past_telling_is_unplaced():
    found = extract("In 2011 the tannery was sold. The buyer said it would hire 80 tanners in the next year.",
                    TUE, "en")
    assert [(e.text, e.timex, placed(e)) for e in found] == [("2011", "2011", ("2011-01-01", "2011-12-31")),
                                                               ("the next year", None, None)]


@pytest.mark.parametrize("text, language, timex", [
    ("The poet was given a sleeping draught at 2.15 am on the morning of his death.", "en", "XXXX-XX-XXT02:15"),
    ("The baker took the loaves out at 11.20 pm on the eve of the fair.", "en", "XXXX-XX-XXT23:20"),
    ("Poeten fick en sömndryck klockan 02.15 på morgonen dagen då han dog.", "sv", "XXXX-XX-XXT02:15"),
])
def test_a_clock_time_of_the_day_of_another_happening_is_unplaced(text, language, timex):
    found = only(text, TUE, language)
    assert (found.timex, found.interval) == (timex, None)


def test_a_clock_time_of_a_dated_narrative_takes_its_day():
    found = extract("The poet died on 3 May 2001. He was given a draught at 2.15 am on the morning of his death.",
                    TUE, "en")
    assert [(e.timex, placed(e)) for e in found] == [("2001-05-03", ("2001-05-03", "2001-05-03")),
                                                      ("2001-05-03T02:15", ("2001-05-03", "2001-05-03"))]


def test_a_clock_time_of_the_day_itself_keeps_the_writing_day():
    found = only("The harbour market opened at 7.15 am.", TUE)
    assert (found.timex, placed(found)) == ("2020-10-13T07:15", ("2020-10-13", "2020-10-13"))


MON = date(2020, 10, 12)  # a Monday


def test_a_past_this_week_written_on_a_monday_is_the_week_just_ended():
    found = only("The ferry was repainted this week.", MON)
    assert (found.timex, placed(found)) == ("2020-W42", ("2020-10-05", "2020-10-11"))


def test_a_coming_this_week_written_on_a_monday_is_the_week_ahead():
    found = only("The ferry will be repainted this week.", MON)
    assert (found.timex, placed(found)) == ("2020-W42", ("2020-10-12", "2020-10-18"))


def test_the_past_week_is_the_seven_days_up_to_the_writing():
    found = only("Bookings for the ferry during the past week have doubled.", TUE)
    assert (found.text, found.timex, placed(found)) == ("past week", "2020-W41", ("2020-10-06", "2020-10-13"))


@pytest.mark.parametrize("text", [
    "The Otters trailed 10-3 at the end of the second quarter.",
    "Okafor ran in a touchdown with 40 seconds left in the second quarter.",
])
def test_a_quarter_of_a_game_is_no_date(text):
    assert extract(text, TUE, "en") == []


def test_a_quarter_of_reported_figures_keeps_its_date():
    found = only("Ferry bookings rose 12 percent in the second quarter.", TUE)
    assert (found.timex, placed(found)) == ("2020-Q2", ("2020-04-01", "2020-06-30"))


@pytest.mark.parametrize("text", [
    "Readers of Aldous Huxley's 1932, the dystopia, will smile.",
    "It was a nod to Huxley's 1932 - and to its readers.",
])
def test_a_year_as_a_title_is_no_date(text):
    assert extract(text, TUE, "en") == []


@pytest.mark.parametrize("text, year", [
    ("The town's 1962 flood was the worst on record.", "1962"),
    ("Crowds filled the square on New Year's 2019.", "2019"),
])
def test_a_year_before_its_noun_or_a_new_year_stays_a_year(text, year):
    assert [e.timex for e in extract(text, TUE, "en")] == [year]


def test_a_bare_season_after_a_far_years_telling_is_unplaced():
    found = extract("In 1889, a fever swept the valley. Its toll is unknown. 'It was mild in the spring, "
                    "but deadly in the autumn,' says a local historian.", TUE, "en")
    assert [(e.timex, placed(e)) for e in found] == [("1889", ("1889-01-01", "1889-12-31")), ("XXXX-SP", None),
                                                     ("XXXX-FA", None)]


def test_a_bare_season_of_the_story_itself_keeps_its_year():
    found = only("The ferry ran aground in the spring.", TUE)
    assert (found.timex, placed(found)) == ("2020-SP", ("2020-03-01", "2020-05-31"))


@pytest.mark.parametrize("text, timex", [
    ("The guild is pushing for a vote on Thursday.", "2020-10-15"),
    ("The fair, which is falling on Monday, draws crowds.", "2020-10-19"),
    ("The feast day falls on Monday.", "2020-10-19"),
])
def test_a_scheduled_thing_or_a_calendar_day_looks_ahead(text, timex):
    found = only(text, TUE)
    assert (found.timex, placed(found)) == (timex, (timex, timex))

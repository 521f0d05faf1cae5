"""Live pages: the four-digit clock times that open their entries are times on the page's day,
and a list of years keeps its years (timeline/temporal/stamps.py)."""

from datetime import date

from timeline import extract

THU = date(2020, 10, 15)  # a Thursday


def readings(text, language="en", reference=THU):
    return [(e.text, e.type, e.timex, e.interval) for e in extract(text, reference, language)]


def day(iso):
    return (date.fromisoformat(iso), date.fromisoformat(iso))


NEWEST_FIRST = """Live: storm reaches the coast
0000 We are closing this page for the night.
2352 The coastguard says two boats are still missing.
1809 The mayor says Saturday's market is cancelled. 1745 Ferries to the islands have stopped.
1531 Only a handful of reports have come in from the outer islands.
"""


def test_a_live_page_newest_first_reads_its_openers_as_times_on_its_day():
    found = readings(NEWEST_FIRST)
    stamps = [r for r in found if r[1] == "TIME"]
    assert stamps == [
        ("0000", "TIME", "2020-10-15T24:00", day("2020-10-15")),  # the page closes at midnight
        ("2352", "TIME", "2020-10-15T23:52", day("2020-10-15")),
        ("1809", "TIME", "2020-10-15T18:09", day("2020-10-15")),  # not moved to Saturday
        ("1745", "TIME", "2020-10-15T17:45", day("2020-10-15")),  # opening a sentence, not a line
        ("1531", "TIME", "2020-10-15T15:31", day("2020-10-15")),
    ]
    assert ("Saturday", "DATE", "2020-10-10", day("2020-10-10")) in found


def test_a_live_page_oldest_first_crossing_midnight_goes_on_to_the_next_day():
    text = ("2340: Polling stations have closed.\n"
            "2355: The first results are expected within the hour.\n"
            "0010: The first district declares.\n")
    assert readings(text) == [
        ("2340", "TIME", "2020-10-15T23:40", day("2020-10-15")),
        ("2355", "TIME", "2020-10-15T23:55", day("2020-10-15")),
        ("0010", "TIME", "2020-10-16T00:10", day("2020-10-16")),
    ]


def test_openers_that_could_be_years_are_times_when_the_page_names_a_time_zone():
    text = ("All times GMT.\n"
            "1809 The minister arrives at the airport.\n"
            "1630 Aid flights are held on the runway.\n"
            "1531 Only a handful of reports have come in.\n")
    assert [r[2] for r in readings(text) if r[0][0].isdigit()] == [
        "2020-10-15T18:09", "2020-10-15T16:30", "2020-10-15T15:31"]


def test_without_a_publish_date_a_stamp_is_a_time_of_an_unknown_day():
    found = readings("2315 The count resumes.\n2250 The count stops.\n", reference=None)
    assert [(r[2], r[3]) for r in found] == [("XXXX-XX-XXT23:15", None), ("XXXX-XX-XXT22:50", None)]


def test_a_list_of_years_keeps_its_years():
    text = ("Timeline of the club\n"
            "1989 The club is founded in a school gym.\n"
            "2001 It wins its first title.\n"
            "2008 The new stadium opens.\n")
    assert [(r[0], r[1], r[2]) for r in readings(text)] == [
        ("1989", "DATE", "1989"), ("2001", "DATE", "2001"), ("2008", "DATE", "2008")]


def test_a_list_of_years_that_are_all_valid_clock_times_keeps_its_years():
    # 20:01, 20:04, 20:08 would be times, but nothing says so: no zone, no number a year cannot be.
    text = "2001 It wins its first title.\n2004 It is relegated.\n2008 The new stadium opens.\n"
    assert [(r[1], r[2]) for r in readings(text)] == [("DATE", "2001"), ("DATE", "2004"), ("DATE", "2008")]


def test_openers_that_jump_back_and_forth_are_no_live_page():
    text = ("1530 The first talks fail.\n1910 A second round begins.\n"
            "1620 The envoys leave.\n2240 A deal is signed.\n")
    assert [(r[0], r[1]) for r in readings(text)][:3] == [("1530", "DATE"), ("1910", "DATE"), ("1620", "DATE")]


def test_a_single_opener_is_left_to_the_other_rules():
    # One opener says nothing of the page: a year stays a year, a leading zero makes a time.
    assert readings("1851 Census records list him as a farmer.")[0][:3] == ("1851", "DATE", "1851")
    assert readings("0930 Officials said the road would reopen.")[0][:3] == (
        "0930", "TIME", "2020-10-15T09:30")


def test_a_swedish_live_page_reads_its_openers_as_times():
    text = ("Direkt: stormen når kusten (svensk tid)\n"
            "1809 Kommunen ställer in lördagens marknad.\n"
            "1630 Färjorna till öarna står still.\n"
            "1531 Bara en handfull rapporter har kommit in från öarna.\n")
    assert [(r[0], r[2], r[3]) for r in readings(text, "sv") if r[1] == "TIME"] == [
        ("1809", "2020-10-15T18:09", day("2020-10-15")),
        ("1630", "2020-10-15T16:30", day("2020-10-15")),
        ("1531", "2020-10-15T15:31", day("2020-10-15")),
    ]


def test_a_swedish_list_of_years_keeps_its_years():
    text = "1989 Klubben grundas i en skolgymnastiksal.\n2001 Den vinner sin första titel.\n"
    assert [(r[0], r[1], r[2]) for r in readings(text, "sv")] == [("1989", "DATE", "1989"), ("2001", "DATE", "2001")]


CAPTIONS_RUN_IN = """Live: floods in the valley
All times GMT.
2215 The army says bridges on the river road are closed.
Residents carried furniture to the upper floors 2140 Rescue crews reach the flooded school.
2105 The regional governor says the 1998 floods were worse.
Boats wait by the harbour wall 1930 Engineers inspect the dam above the town.
Lessons learned in the 1953 floods shaped the new barrier.
1850 Forecasters expect more rain overnight.
"""


def test_a_stamp_run_into_a_caption_before_it_is_a_time_on_the_page():
    found = {r[0]: r[2] for r in readings(CAPTIONS_RUN_IN)}
    assert found["2140"] == "2020-10-15T21:40"  # after a caption with no full stop
    assert found["1930"] == "2020-10-15T19:30"


def test_inside_a_live_page_a_year_after_a_year_lead_or_out_of_order_stays_a_year():
    found = {r[0]: r[2] for r in readings(CAPTIONS_RUN_IN)}
    assert found["1998"] == "1998"  # "the 1998 floods": after a year lead
    assert found["1953"] == "1953"  # "the 1953 floods"
    text = CAPTIONS_RUN_IN.replace("the 1953 floods", "Rotterdam 1840 Engineers")
    assert {r[0]: r[2] for r in readings(text)}["1840"] == "1840"  # not between its neighbours 2105 and 1850

"""Two happenings told in one sentence or one live page, and the date of readings that only
overlap: each test builds its own small invented articles."""

from datetime import date

from timeline import build_timeline
from timeline.events.fusion import fuse
from timeline.model import Article, PublishSource


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def groups_of(timeline, *words):
    """The events holding a mention whose expression is one of ``words``, as their expressions."""
    found = [sorted(m.expression.text for m in e.mentions) for e in timeline.events
             if any(m.expression.text in words for m in e.mentions)]
    return sorted(found)


def test_two_peoples_statements_on_one_day_in_one_sentence_are_two_events():
    text = ("Inspector Maren Hollis of the fishery board said on Tuesday that the nets were torn, and "
            "harbour master Ode Flint announced on Tuesday a new toll for trawlers.")
    timeline = build_timeline([article("s1", text, date(2012, 5, 10))])
    assert groups_of(timeline, "Tuesday") == [["Tuesday"], ["Tuesday"]]


def test_a_barring_and_a_procession_of_one_day_in_one_sentence_are_two_events():
    text = ("Police barred the coastal road on Saturday and the lantern parade will cross the old "
            "bridge on Saturday evening.")
    timeline = build_timeline([article("s2", text, date(2012, 6, 7))])
    assert all(len(e.mentions) == 1 for e in timeline.events)


def test_one_act_told_with_its_day_twice_is_one_event():
    text = ("The ferry union called off its strike on Tuesday, and the ferry strike ended on Tuesday "
            "after the union vote.")
    timeline = build_timeline([article("s3", text, date(2012, 5, 10))])
    assert groups_of(timeline, "Tuesday") == [["Tuesday", "Tuesday"]]


def test_a_live_pages_next_entry_is_not_joined_through_a_day_word_between():
    """The splitter runs an entry's closing quote into the next stamp ("… clinic . '' 1126 …"): a
    mention of the first entry ("This morning") links both stamps, which stay apart."""
    text = ("Live: floods in the valley\n"
            "1150 The river authority says the dam is holding.\n"
            "1136 Relief worker Tam Osei tweets : `` This morning I went to a pharmacy and asked for bandages , "
            "which I took to the clinic . '' 1126 The singer Lio Vance is to hold a concert to raise money for "
            "the flood victims .\n"
            "0940 Rain has stopped over the northern hills.\n")
    timeline = build_timeline([article("live", text, date(2010, 1, 15))])
    stamped = [{m.expression.text for m in e.mentions} & {"1136", "1126"} for e in timeline.events]
    assert sorted(sorted(s) for s in stamped if s) == [["1126"], ["1136"]]


def test_readings_that_only_overlap_give_the_finer_not_their_intersection():
    """"this winter" and "later this year" overlap in December, which neither says."""
    text = "Flu cases will rise this winter. A vaccine will be ready later this year."
    timeline = build_timeline([article("f1", text, date(2009, 9, 1))])
    mentions = {m.expression.text: m for e in timeline.events for m in e.mentions}
    winter, later = mentions["this winter"], mentions["this year"]
    assert winter.interval.overlaps(later.interval)
    fused = fuse([winter, later])
    assert fused.interval in (winter.interval, later.interval)
    readings = (winter.interval, later.interval)
    assert fused.interval.days == min(r.days for r in readings)


def test_one_clause_naming_its_day_and_hour_is_one_event():
    text = "The first tremor of the year was recorded on 4 March at 11:36 p.m. local time off the cape."
    timeline = build_timeline([article("c1", text, date(2011, 3, 9))])
    assert groups_of(timeline, "4 March") == [["11:36 p.m. local time", "4 March"]]


def test_an_entry_stamp_and_the_day_its_entry_names_are_one_event_the_next_entry_another():
    text = ("Live: floods in the valley\n"
            "1454 Aid worker Pia Lund has posted pictures of the flooded clinics today on her blog . "
            "1441 The river authority says the dam is holding .\n"
            "0940 Rain has stopped over the northern hills.\n")
    timeline = build_timeline([article("live2", text, date(2010, 1, 15))])
    assert groups_of(timeline, "1454", "1441") == [["1441"], ["1454", "today"]]


def test_an_entry_stamp_beside_another_day_its_entry_names_makes_no_event_of_the_posting():
    text = ("Live: floods in the valley\n"
            "2245 Farm ministers of the three provinces will meet in Ostrel on Monday to discuss the floods . "
            "2231 The river authority says the dam is holding .\n")
    timeline = build_timeline([article("live3", text, date(2010, 1, 15))])  # a Friday
    assert [e for e in timeline.events if [m.expression.text for m in e.mentions] == ["2245"]] == []
    monday = [e for e in timeline.events if any(m.expression.text == "Monday" for m in e.mentions)]
    assert len(monday) == 1 and monday[0].interval.start == date(2010, 1, 18)


def test_an_entry_stamp_of_a_saying_still_dates_the_saying():
    text = ("Live: floods in the valley\n"
            "2245 The farm minister says she will visit Ostrel on Monday to see the floods . "
            "2231 The river authority says the dam is holding .\n")
    timeline = build_timeline([article("live4", text, date(2010, 1, 15))])
    assert [e for e in timeline.events if [m.expression.text for m in e.mentions] == ["2245"]] != []


def test_a_clock_time_told_in_two_zones_with_its_day_is_one_event():
    text = "The ferry was due to sail at 10:00 am (0700 GMT) on Monday from the northern pier."
    timeline = build_timeline([article("z1", text, date(2011, 3, 9))])
    dated = [e for e in timeline.events if e.interval is not None]
    assert len(dated) == 1 and len(dated[0].mentions) >= 2


def test_a_clause_saying_only_its_day_stands_for_the_next_one():
    text = "On Sunday, the visiting ministers attended the Easter service at the harbour chapel."
    timeline = build_timeline([article("e1", text, date(2011, 4, 25))])
    assert [len(e.mentions) for e in timeline.events if e.interval is not None] == [2]



WIRE = ("OSTREL, Nov. 18 (Xinhua) --The police in the harbour town have just arrested three smugglers and "
        "seized their boat, local media reported Friday.")
SUBJECTS = ("On Sunday, Speaker Ode Flint and Prime Minister Ines Marro attended the Easter service at the "
            "harbour chapel.")
SPAN = "The ferry was to run between 9 am and 5 pm to let people reach the harbour festival planned for noon."


def test_a_wires_dateline_and_the_day_its_lead_names_are_one_event():
    timeline = build_timeline([article("w1", WIRE, date(2005, 11, 18))])
    assert groups_of(timeline, "Friday") == [["Friday", "Nov. 18"]]


def test_an_and_between_two_subjects_is_no_break_between_two_acts():
    timeline = build_timeline([article("a1", SUBJECTS, date(2011, 4, 25))])
    assert groups_of(timeline, "Sunday") == [["Easter", "Sunday"]]


def test_the_ends_of_one_span_of_hours_are_one_event_and_another_hour_another():
    timeline = build_timeline([article("h1", SPAN, date(2012, 6, 6))])
    assert groups_of(timeline, "9 am", "noon") == [["5 pm", "9 am"], ["noon"]]


def test_without_the_rules_these_were_cut(monkeypatch):
    """The three tests above can fail: each sentence was cut at its conjunction or comma."""
    from timeline.events import pairs
    monkeypatch.setattr(pairs, "_told_as_one", lambda *args: False)
    monkeypatch.setattr(pairs, "span_ends", lambda *args: False)
    assert groups_of(build_timeline([article("w1", WIRE, date(2005, 11, 18))]), "Friday") == [["Friday"]]
    assert groups_of(build_timeline([article("a1", SUBJECTS, date(2011, 4, 25))]), "Sunday") == [["Sunday"]]
    assert groups_of(build_timeline([article("h1", SPAN, date(2012, 6, 6))]), "9 am") == [["9 am"]]


def test_a_sentence_opening_with_an_acronym_and_a_dash_is_no_dateline():
    """Two acts of one sentence stay two events when it only opens with capitals ("NATO troops …")."""
    text = ("HARBO troops killed 12 rebels in Ostrel on Monday -- and a bomber killed five guards in Varn "
            "on Monday.")
    timeline = build_timeline([article("n1", text, date(2009, 6, 24))])
    assert groups_of(timeline, "Monday") == [["Monday"], ["Monday"]]

"""A bare clock time of a past-tense sentence whose sentence and paragraph name no day lies on the
day of an earlier clause telling the same happening (timeline.temporal.narrative); failing
that, and in other tenses, on the reference day (own sentences, English and Swedish)."""

from datetime import date

from timeline import extract

THU = date(2020, 10, 15)  # a Thursday


def times(text, language="en", reference=THU):
    return [(e.text, e.timex, e.interval) for e in extract(text, reference, language) if e.type == "TIME"]


def day(iso):
    return (date.fromisoformat(iso), date.fromisoformat(iso))


STORY = ("The ferry capsized off the island on Sunday, killing twelve passengers.\n\n"
         "Rescuers searched the coast for three days.\n\n")


def test_a_clock_time_lies_on_the_day_of_the_happening_told_before():
    assert times(STORY + "The ferry capsized at 4 a.m. off the island in heavy seas.") == [
        ("4 a.m.", "2020-10-11T04:00", day("2020-10-11"))]


def test_the_happening_told_long_before_still_names_the_day():
    filler = "".join(f"Witness number {n} described cold water and darkness.\n\n" for n in range(12))
    assert times(STORY + filler + "The ferry capsized at 4 a.m. off the island in heavy seas.") == [
        ("4 a.m.", "2020-10-11T04:00", day("2020-10-11"))]


def test_another_happening_leaves_the_reference_day():
    text = "The court adjourned the hearing on Monday.\n\nThe ferry capsized at 4 a.m. off the island."
    assert times(text) == [("4 a.m.", "2020-10-15T04:00", day("2020-10-15"))]


def test_one_shared_word_is_not_the_same_happening():
    text = "The ferry was inspected on Monday.\n\nThe ferry capsized at 4 a.m. in heavy seas."
    assert times(text) == [("4 a.m.", "2020-10-15T04:00", day("2020-10-15"))]


def test_a_future_sentence_keeps_the_reference_day():
    assert times(STORY + "The ferry will leave the island again at 4 p.m.") == [
        ("4 p.m.", "2020-10-15T16:00", day("2020-10-15"))]


def test_a_clause_telling_two_days_names_neither():
    text = ("The ferry capsized off the island on Sunday after storms on Saturday.\n\n"
            "The ferry capsized at 4 a.m. off the island.")
    assert times(text) == [("4 a.m.", "2020-10-15T04:00", day("2020-10-15"))]


def test_a_day_after_the_reference_date_is_not_the_narrative_day():
    text = ("The ferry capsized off the island on Oct. 20, the model predicted.\n\n"
            "The ferry capsized at 4 a.m. off the island.")
    assert times(text) == [("4 a.m.", "2020-10-15T04:00", day("2020-10-15"))]


def test_swedish_a_clock_time_lies_on_the_day_of_the_happening_told_before():
    text = ("Färjan förliste utanför ön i söndags och tolv passagerare omkom.\n\n"
            "Räddare sökte längs kusten i tre dagar.\n\n"
            "Färjan förliste klockan 04.00 utanför ön i hårt väder.")
    assert times(text, "sv") == [("klockan 04.00", "2020-10-11T04:00", day("2020-10-11"))]


def test_swedish_another_happening_leaves_the_reference_day():
    text = "Rätten sköt upp förhandlingen i måndags.\n\nFärjan förliste klockan 04.00 utanför ön."
    assert times(text, "sv") == [("klockan 04.00", "2020-10-15T04:00", day("2020-10-15"))]


# -- "that night", "later that evening": that part of the narrative's day -----------------------

def dates(text, language="en", reference=THU):
    return [(e.text, e.timex) for e in extract(text, reference, language)]


def test_that_night_is_a_part_of_the_narrative_day():
    assert dates("The ferry left on Sunday. It capsized later that night, and help came that morning.") == [
        ("Sunday", "2020-10-11"), ("later that night", "2020-10-11TNI"), ("that morning", "2020-10-11TMO")]


def test_that_before_a_noun_opens_a_clause():
    assert dates("The port reopened on Sunday. Police said that night flights would resume.") == [
        ("Sunday", "2020-10-11")]


def test_a_clock_time_that_night_is_on_the_narrative_day():
    assert times("The ferry left on Monday.\n\nBy 11.30 pm that night it had sunk.") == [
        ("11.30 pm", "2020-10-12T23:30", day("2020-10-12"))]


def test_swedish_den_natten_is_a_part_of_the_narrative_day():
    assert dates("Färjan lämnade hamnen i söndags. Den kantrade senare samma kväll och hjälp kom den natten.",
                 "sv") == [("i söndags", "2020-10-11"), ("senare samma kväll", "2020-10-11TEV"),
                           ("den natten", "2020-10-11TNI")]


def test_a_happening_told_beyond_a_story_length_names_no_day():
    filler = "".join(f"Witness number {n} described cold water and darkness.\n\n" for n in range(100))
    assert times(STORY + filler + "The ferry capsized at 4 a.m. off the island in heavy seas.") == [
        ("4 a.m.", "2020-10-15T04:00", day("2020-10-15"))]

"""Page structure that misdates (invented pages): a page's last-updated stamp is no year range,
a multi-post blog's older posts are not dated by the page's day, a live page filed a day late
is dated by the day its own heading names."""

from datetime import date

from timeline import extract


def readings(text, reference, language="en"):
    return [(e.text, e.timex) for e in extract(text, reference, language)]


def test_a_page_stamp_with_its_clock_time_is_no_year_range():
    for text in ("Actualizado : jueves , 4 de junio de 2009 - 17:02\nThe council met today.",
                 "Stamp 2009 - 17:02 the council met today."):
        found = readings(text, date(2009, 6, 11))
        assert ("2009", "2009") in found and not any("/" in (timex or "") for _, timex in found), found
    assert readings("the 2009-17 plan", date(2009, 6, 11)) == [("2009-17", "2009/2017")]  # a range still


SIGNOFF = ("Share your thoughts by sending us a note on our Twitter page .\n"
           "Of course , you can always comment on this blog post .\n")
ROLL_UP = ("The town council voted yesterday to close the old ferry pier .\n"
           "Residents had asked for a vote since the storm .\n"
           "The pier has stood for a long time .\n" + SIGNOFF +
           "The mayor of Brindle Bay opened the new library last Friday .\n"
           "Readers told us yesterday that the queue reached the harbour .\n"
           "The library holds many old maps .\n" + SIGNOFF +
           "A second post with no sign-off says the bakery shut yesterday .\n")


def test_a_roll_up_of_posts_dates_only_its_newest_post_by_the_page():
    found = readings(ROLL_UP, date(2011, 4, 14))
    assert found[0] == ("yesterday", "2011-04-13")  # the newest post, on top, keeps the page's day
    assert [timex for text, timex in found[1:]] == ["XXXX-WXX-5", None, None], found  # older posts: unplaced


def test_a_share_bar_above_and_below_one_story_closes_no_post():
    bar = "Share this story on Facebook , Twitter and by email .\n"
    story = ("Floods hit Brindle Bay .\n" + bar + "The river burst its banks yesterday after heavy rain .\n"
             "Crews worked through the night .\nThe harbour reopened on Tuesday .\n" + bar)
    assert [timex for _, timex in readings(story, date(2020, 10, 15))] == ["2020-10-14", "2020-10-13"]


def test_a_single_article_repeating_a_sentence_keeps_the_page_day():
    once = ("The town council voted yesterday to close the old ferry pier .\n"
            "`` We will miss the pier , '' said one resident .\n"
            "The mayor opened the new library last Friday .\n"
            "`` We will miss the pier , '' said one resident .\n"
            "Readers told us yesterday that the queue reached the harbour .\n" + SIGNOFF)
    assert [timex for _, timex in readings(once, date(2011, 4, 14))] == ["2011-04-13", "2011-04-08", "2011-04-13"]


def test_a_social_media_feed_in_the_page_is_furniture_and_the_story_beside_it_is_not():
    from timeline.extraction.furniture import furniture

    text = ("The harbour bridge reopened today after three months of repairs .\n"
            "A version appeared on p9 of the Main section on Follow all the top stories of the day on Twitter "
            "with the Harbour Times team jdoe : ferry strike called off in the north today #news Join our club\n")
    spans = [(s.reason, text[s.start:s.end]) for s in furniture(text, "en")]
    assert any(reason == "widget" and fragment.endswith("today #news") for reason, fragment in spans), spans
    assert not any(s.start < text.index("\n") for s in furniture(text, "en"))  # the story line is story


def test_a_page_filed_a_day_late_is_dated_by_the_day_it_opens_with(tmp_path):
    from timeline.config import Config
    from timeline.ingest import load

    folder = tmp_path / "2011-03-15"
    folder.mkdir()
    (folder / "late.txt").write_text("School Bulletin: 14 March Hello , the hall reopened today after the flood .\n")
    (folder / "stamp.txt").write_text("16 March 2011 Last updated at 04:46 GMT The hall reopened today .\n")
    (folder / "plain.txt").write_text("The hall reopened today after the flood .\n")
    result = load([tmp_path], Config())
    days = {a.id: a.published for a in result.articles}
    assert days == {"late": date(2011, 3, 14), "stamp": date(2011, 3, 15), "plain": date(2011, 3, 15)}
    notes = [p.message for p in result.problems if "own day" in p.message]
    assert len(notes) == 1 and "'14 March'" in notes[0] and "2011-03-15" in notes[0]


FILLER = "The ferry timetable for Brindle Bay is printed on the harbour wall .\n"


def glued_posts(days):
    """A long page of ``days`` posts run together, each giving that day's running count of cases."""
    posts = [f"Another {n} cases of the rash were confirmed today , bringing the total to {n * 3} .\n" + FILLER * 40
             for n in range(12, 12 + days)]
    return "The clinic log .\n" + "".join(posts)


def test_a_long_page_of_glued_posts_telling_daily_tallies_leaves_its_days_unplaced():
    found = readings(glued_posts(5), date(2011, 4, 14))
    assert [timex for text, timex in found if text == "today"] == [None] * 5, found
    found = dict(readings(glued_posts(5) + "The pier reopened on 2 March 2011 .\nThe ferry sank on 9 March .\n"
                          "A new pier opens this autumn .\n", date(2011, 4, 14)))
    assert found["2 March 2011"] == "2011-03-02"  # a date named in full still stands,
    assert found["9 March"] == "2011-03-09"  # the page gives the year of a day the text names
    assert found["this autumn"].startswith("2011")  # and of what is a month or longer


def test_a_mention_the_page_places_on_a_roll_up_carries_the_publish_date_as_its_reference():
    from timeline.extraction.mentions import extract_mentions
    from timeline.model import Article, PublishSource

    text = glued_posts(5) + "A new pier opens this autumn .\n"
    art = Article(id="a", path="a.txt", text=text, published=date(2011, 4, 14),
                  published_source=PublishSource.HEADER, language="en")
    found = {m.expression.text: m for m in extract_mentions(art)}
    assert found["this autumn"].expression.interval is not None
    assert found["this autumn"].reference == date(2011, 4, 14)
    assert found["today"].expression.interval is None and found["today"].reference is None  # unplaced: none


def _single_day(lines, page=220):
    """A long page of one day: ``lines`` spread among ordinary story lines."""
    step = page // len(lines)
    out = []
    for i in range(page):
        out.append(lines[i // step] if i % step == 0 and i // step < len(lines) else FILLER)
    return "".join(out)


def test_a_long_single_day_page_with_counts_of_different_things_stays_dated():
    lines = ["The government announced 500 new jobs today .\n", "The new 2009 budget was published today .\n",
             "Another 40 more buses will run from today .\n", "The total of 12 ferries sailed today .\n",
             "A further 3 piers reopened today .\n", "The council meets again on Friday and next week .\n"]
    found = readings(_single_day(lines), date(2011, 4, 14))
    assert {timex for text, timex in found if text == "today"} == {"2011-04-14"}, found
    assert dict(found)["Friday"] is not None and dict(found)["next week"] is not None


def test_a_long_live_page_restating_one_count_stays_dated():
    same = "The total stands at 40 new cases today .\n"  # the same count again and again: one day's
    found = readings(_single_day([same] * 6), date(2011, 4, 14))
    assert {timex for text, timex in found if text == "today"} == {"2011-04-14"}, found
    updates = [f"Another {n} new cases were confirmed today .\n" for n in range(5, 11)] + [FILLER * 200]
    found = readings("".join(updates), date(2011, 4, 14))  # the counts all in one stretch: one day's
    assert {timex for text, timex in found if text == "today"} == {"2011-04-14"}, found


def test_a_long_swedish_page_of_common_words_stays_dated():
    filler = "Färjan till Brindle Bay går från hamnen varje timme .\n"
    lines = [f"Det finns ännu fler än {n} skäl att åka i dag .\n" for n in (5, 7, 9, 11, 13, 15)]
    text = "".join(line + filler * 40 for line in lines)
    found = readings(text, date(2011, 4, 14), "sv")
    assert {timex for text, timex in found if text == "i dag"} == {"2011-04-14"}, found

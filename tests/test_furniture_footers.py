"""Page parts that are no story and dates the page's own date cannot give: print-edition and
correction stamps, numeric page stamps, opening hours, a comment policy and what follows it, and a
diary whose entries open with their date and a tag in capitals. Each beside story that stays story."""

from datetime import date

from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource

PUBLISHED = date(2011, 3, 9)


def mentions(text, published=PUBLISHED):
    art = Article(id="a", path="a.txt", text=text, published=published,
                  published_source=PublishSource.HEADER, language="en")
    return extract_mentions(art)


def reasons(text, published=PUBLISHED):
    """expression text -> furniture reason (None in the story)."""
    return {m.expression.text: m.furniture for m in mentions(text, published)}


def test_print_edition_and_correction_stamps_are_stamps():
    text = ("Ferry fares rise This article appeared on p12 of the Main section section of the Courier "
            "on 00.01 GMT on Tuesday 8 March 2011 .\n"
            "The harbour board voted on Monday to raise fares .\n"
            "A version of this article appeared in print on March 8, 2011, on page B3 .\n"
            "The board meets again on Thursday .\n"
            "This article was amended on Wednesday 9 March 2011 .\n")
    found = reasons(text)
    assert found["Monday"] is None and found["Thursday"] is None
    assert found["Tuesday 8 March 2011"] == "stamp"
    assert found["March 8, 2011"] == "stamp"
    assert found["Wednesday 9 March 2011"] == "stamp"


def test_a_numeric_page_stamp_opening_a_line_is_a_stamp():
    found = reasons("2011 03 9 08:53 JST OSLO -LRB- Wire -RRB- - The ferry sank on Tuesday .\n")
    assert found["Tuesday"] is None
    assert all(reason == "stamp" for text, reason in found.items() if text != "Tuesday")


def test_opening_hours_are_a_schedule_and_weekdays_in_a_story_stay_story():
    text = ("The helpline is answered from 0830 GMT to 1730 GMT Monday to Friday .\n"
            "Call the office Monday to Friday , 9am to 5pm .\n"
            "The talks ran from Monday to Friday and ended at 9pm with a deal .\n")
    for m in mentions(text):
        expected = None if m.sentence.startswith("The talks") else "schedule"
        assert m.furniture == expected, (m.expression.text, m.sentence)
    assert any(m.sentence.startswith("The talks") for m in mentions(text))


def test_a_comment_policy_makes_the_rest_of_the_page_furniture():
    text = ("The ferry company cut its timetable on Monday .\n"
            "Great piece , but the fares went up in late October already .\n"
            "We welcome comments that advance the story through relevant opinion .\n"
            "Views expressed in the comments do not represent those of the paper .\n"
            "Jane Roe joined the paper in 1992 and covered shipping from 2000 to 2008 .\n")
    found = reasons(text)
    assert found["Monday"] is None
    assert found["1992"] == found["2000 to 2008"] == "footer"


def test_a_comment_policy_at_the_top_of_a_page_makes_no_footer():
    text = ("We welcome comments that advance the story through relevant opinion .\n"
            "The ferry company cut its timetable on Monday .\n"
            "It was founded in 1992 and grew from 2000 to 2008 .\n")
    assert set(reasons(text).values()) == {None}


def test_without_a_policy_line_the_end_of_a_page_stays_story():
    found = reasons("The ferry company cut its timetable on Monday .\nIt was founded in 1992 .\n")
    assert set(found.values()) == {None}


DIARY = """Aid workers have been sending us their diaries .
9 MARCH , 0700 GMT , NORTH HARBOUR We reached the harbour at dawn .
Tonight we sleep on the quay .
8 MARCH , 2200 GMT , AIRPORT Tonight they are loading pallets of water .
Yesterday the first plane landed .
MONDAY 7 MARCH - JANE ROE This morning I arrived back from the coast .
"""


def test_a_diary_entry_opened_by_its_date_and_a_tag_is_dated_by_it():
    found = {m.expression.text + str(m.expression.start): m for m in mentions(DIARY)}
    by_text = {}
    for m in found.values():
        by_text.setdefault(m.expression.text, []).append(m)
    tonight = sorted(by_text["Tonight"], key=lambda m: m.expression.start)
    assert [m.expression.timex for m in tonight] == ["2011-03-09TNI", "2011-03-08TNI"]
    assert by_text["Yesterday"][0].expression.timex == "2011-03-07"
    assert by_text["This morning"][0].expression.timex == "2011-03-07TMO"
    # the entry's own date and clock time date what it tells: they stay story
    assert by_text["9 MARCH"][0].furniture is None
    assert by_text["9 MARCH"][0].expression.timex == "2011-03-09"


def test_a_chronology_of_tagged_items_keeps_its_events_and_dates_what_follows():
    text = ("Timeline of the crisis .\n"
            "1 MARCH - UN votes on sanctions . The next day the embassy closed .\n"
            "4 MARCH - NATO meets in Brussels .\n")
    found = {m.expression.text: m for m in mentions(text)}
    assert found["1 MARCH"].furniture is None and found["4 MARCH"].furniture is None
    assert found["The next day"].expression.timex == "2011-03-02"


def test_a_year_less_tagged_date_long_before_the_publish_date_is_no_heading():
    # "20 MARCH" published on 9 March is next year's schedule or last year's: no reference for "today"
    text = "Plans for the spring .\n20 MARCH - OPENING DAY Today the gates open at nine .\n"
    today = [m for m in mentions(text) if m.expression.text == "Today"][0]
    assert today.expression.timex == "2011-03-09"


def test_one_tagged_heading_is_enough_but_not_after_the_publish_date():
    text = "Readers sent their stories .\nMONDAY 7 MARCH - JANE ROE Today I left the city .\n"
    today = [m for m in mentions(text) if m.expression.text == "Today"][0]
    assert today.expression.timex == "2011-03-07"
    # published before the named day: the year-less date is last year's, then "today" is that day
    # too; a heading with its year after the publish date makes no entries at all
    later = "Readers sent their stories .\n12 MARCH 2011 - JANE ROE Today I left the city .\n"
    today = [m for m in mentions(later) if m.expression.text == "Today"][0]
    assert today.expression.timex == "2011-03-09"


def test_a_dateline_or_a_sentence_opening_with_a_date_is_no_heading():
    text = ("OSLO , March 7 (Wire) - Today the ferry sank .\n"
            "7 March - The day the ferry sank . Today divers searched the wreck .\n")
    todays = [m.expression.timex for m in mentions(text) if m.expression.text == "Today"]
    assert todays == ["2011-03-09", "2011-03-09"]


def test_a_closed_debate_notice_below_its_question_makes_the_rest_comments():
    text = ("Should ferries be free ?\nThe board voted on Monday to raise fares .\nThis debate is now closed .\n"
            "I returned from the coast on the 17th February and paid double .\n")
    found = reasons(text)
    assert found["Monday"] is None
    assert found["the 17th February"] == "comment"


def test_a_closed_debate_notice_at_the_top_is_a_banner():
    text = "This debate is now closed .\nThe board voted on Monday to raise fares .\n"
    assert reasons(text)["Monday"] is None


def test_blog_headings_with_a_clock_time_in_uk_time_date_their_posts():
    text = ("The ferry blog .\n15:02 UK time, Monday, 7 March 2011\nYesterday the board met .\n"
            "11:20 UK time, Thursday, 3 March 2011\nThis morning the first ferry sailed .\n")
    found = {m.expression.text: m.expression.timex for m in mentions(text)}
    assert found["Yesterday"] == "2011-03-06"
    assert found["This morning"] == "2011-03-03TMO"


def test_a_readers_reply_above_a_comment_policy_starts_the_comments():
    text = ("The ferry company cut its timetable on Monday .\n"
            "The new timetable starts in May .\n"
            "Thank you Jane for this , the fares went up in late October already .\n"
            "I remember the strike of 1998 .\n"
            "Well said , the old timetable was better .\n"
            "We welcome comments that advance the story through relevant opinion .\n")
    found = reasons(text)
    assert found["Monday"] is None and found["May"] is None
    assert found["late October"] == found["1998"] == "comment"


def test_a_reply_without_a_comment_policy_or_in_the_story_stays_story():
    story = ("The ferry company cut its timetable on Monday .\n"
             "Thanks to the new pier , the boats were back in May .\n"
             "Thank you for waiting , the captain told passengers in 1998 .\n")
    assert set(reasons(story).values()) == {None}  # no policy: no comment section
    policy = "We welcome comments that advance the story through relevant opinion .\n"
    found = reasons(story.replace("Thank you for waiting , the", "`` Thank you for waiting , '' the") + policy)
    assert set(found.values()) == {None}  # a quoted thanks is no reply


def test_one_reply_like_line_or_a_quoted_one_above_a_policy_stays_story():
    policy = "We welcome comments that advance the story through relevant opinion .\n"
    quote = ("The ferry company cut its timetable on Monday .\n"
             "`` We will finish the pier by May .\n"
             "Thank you all , '' she said on Tuesday .\n"
             "The new pier opens in June .\n"
             "Thank you for waiting , the captain told passengers in 1998 .\n")  # one reply-like line out of quotes
    transcript = ("The ferry company cut its timetable on Monday .\n"
                  "I agree with the plan , the new timetable starts in June .\n"
                  "The vote was set for 14 June 2011 .\n")
    tweet = ("The ferry company cut its timetable on Monday .\n"
             "@harbourboard the ferry was cancelled again on Sunday\n"
             "Thank you for your patience , the board wrote in May .\n")
    for text in (quote, transcript, tweet):
        found = reasons(text + policy)
        assert set(found.values()) == {None}, (text, found)


def test_two_replies_above_a_policy_start_the_comments_at_the_first():
    text = ("The ferry company cut its timetable on Monday .\n"
            "@jane : the fares went up in late October already .\n"
            "I remember the strike of 1998 .\n"
            "Great article , I agree the pier was finished in 2004 .\n"
            "We welcome comments that advance the story through relevant opinion .\n")
    found = reasons(text)
    assert found["Monday"] is None
    assert found["late October"] == found["1998"] == found["2004"] == "comment"


def test_the_stamps_of_a_blogs_list_of_posts_are_furniture():
    text = ("The ferry company cut its timetable on Monday .\n"
            "All posts by Jane Roe New fares - 16:10 UK time , Wednesday , 8 July 2009 Pier closes - "
            "23:39 GMT , Sunday , 14 June 2009 I 'm Jane Roe , the paper 's shipping writer .\n")
    found = reasons(text, date(2009, 7, 9))
    assert found["Monday"] is None
    assert {found[k] for k in found if k != "Monday"} == {"stamp"}, found


_POST = ("The harbour board voted on Monday to raise ferry fares by a third .\n"
         "Fishermen on the quay said the rise would hurt the island 's trade .\n"
         "The board meets again on Thursday to hear their case .\n")
_POLICY = "We welcome comments that advance the story through relevant opinion .\n"


def test_comments_run_on_from_a_closing_photo_credit_above_a_comment_policy_are_comments():
    text = (_POST + "PHOTO : A ferry waits at the quay in Velbo March 7 , 2011 .\n"
            "WIRE\\/Jane Roe I think the board should have asked us first .\n"
            "I took the ferry last week and it was half empty .\n" + _POLICY)
    found = reasons(text)
    assert found["Monday"] is None and found["Thursday"] is None
    assert found["last week"] == "comment"


def test_a_closing_photo_credit_without_a_comment_policy_or_atop_the_post_leaves_the_story():
    # no policy: the lines after the credit are the story's
    text = (_POST + "PHOTO : A ferry waits at the quay in Velbo .\n"
            "WIRE\\/Jane Roe The board said fares fell last week .\n")
    assert reasons(text)["last week"] is None
    # a photo atop the post: its credit runs into the story's first line
    text = ("WIRE\\/Jane Roe The harbour board voted last week to raise ferry fares .\n" + _POST + _POLICY)
    assert reasons(text)["last week"] is None


def test_a_readers_question_above_the_experts_answer_is_a_comment():
    text = ("We put your questions to harbour doctor Anna Berg .\n"
            "Is the ferry safe for children ?\n"
            "Jane Roe , Velbo Dr Berg : Yes , the ferry has been cleaned .\n"
            "We have booked a crossing to the islands in August , should we cancel ?\n"
            "Ola Lind , Bergen Dr Berg : No , the clinic on the islands opened on Monday .\n"
            "Will the clinic stay open ?\n"
            "Kari Holm , Oslo Dr Berg : It will stay open until the spring .\n")
    found = reasons(text)
    assert found["August"] == "comment"
    assert found["Monday"] is None  # the expert's answer is story


def test_a_question_in_a_story_without_an_experts_answers_stays_story():
    text = ("Will the ferry run in August ?\n"
            "Dr Berg : The board decides on Monday .\n"
            "The harbour reopened on Tuesday .\n")
    assert reasons(text)["August"] is None


def test_a_story_line_that_opens_like_a_closing_credit_stays_story():
    """ "UN/AU Mission peacekeepers reached …" opens like "WIRE/Jane Roe"; no first-person comments follow."""
    text = (_POST + "UN\\/AU Mission peacekeepers reached Velbo on Tuesday .\n"
            "The troops will stay until the vote , the mission said .\n" + _POLICY)
    assert reasons(text)["Tuesday"] is None

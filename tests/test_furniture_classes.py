"""Furniture classes seen on scraped news: signed reader comments, publication stamps anywhere,
datelines with a region or no comma, sidebar stamps and weekly schedules; each beside a story line
that stays story."""

from datetime import date

from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource

PUBLISHED = date(2009, 5, 2)


def reasons(text):
    """expression text -> furniture reason (None in the story)."""
    art = Article(id="a", path="a.txt", text=text, published=PUBLISHED,
                  published_source=PublishSource.HEADER, language="en")
    return {m.expression.text: m.furniture for m in extract_mentions(art)}


SIGNED = """How can we avoid a flu pandemic ?
Officials raised the alert level on Wednesday .
This debate is now closed .
I have a holiday booked in July and I will not cancel it .
Alfred Bright , Harrogate , North Yorkshire .
My mother stays indoors during the winter .
Jane Roe , St Austell , Cornwall I think the autumn will be worse .
Wash your hands more often in March .
Pat Doe , Boston , USA
"""


def test_signed_comments_are_a_comment_section_from_the_debate_heading():
    found = reasons(SIGNED)
    assert found["Wednesday"] is None  # the page's own story, above the debate
    assert found["July"] == found["the winter"] == found["March"] == "comment"


def test_two_signature_like_lines_stay_story():
    text = ("Gordon Baker , Prime Minister , Northland met union leaders on Monday .\n"
            "Ann Smith , Chief Executive , Harbour Trust said the bridge reopens in July .\n"
            "The harbour closed on 9 March .\n")
    assert set(reasons(text).values()) == {None}


def test_a_publication_stamp_anywhere_is_a_stamp():
    text = ("Patient fell ill on a flight from Beijing Monday 11 May 2009 13.41 BST A student "
            "became the country's first case on Sunday .\n"
            "Mon Apr 27 , 2009 9:17 pm BST (Reuters) - The agency revised its scale on Monday .\n")
    found = reasons(text)
    assert found["Monday 11 May 2009"] == "stamp"
    assert found["Sunday"] is None and found["Monday"] is None


def test_a_date_and_a_clock_without_a_zone_stay_story():
    found = reasons("The plane landed on 11 May 2009 at 13.41 and the passengers were held .\n")
    assert set(found.values()) == {None}


def test_datelines_with_a_region_or_without_a_comma():
    text = ("CAPE CANAVERAL , Florida | Thu Apr 30 , 2009 10:18 pm EDT The agency will retire "
            "the fleet in 2010 .\n"
            "MEXICO CITY May 19 (Reuters) - The economy will recover next year , he said on Tuesday .\n")
    found = reasons(text)
    assert found["May 19"] == "dateline"
    assert found["2010"] is None and found["Tuesday"] is None and found["next year"] is None


def test_a_capital_place_and_a_date_in_a_sentence_stay_story():
    found = reasons("The WHO on May 19 said cases rose - and NASA in 2010 retires the fleet .\n")
    assert set(found.values()) == {None}


def test_a_sidebar_stamp_with_a_capitalised_month_is_a_stamp():
    text = ("The trial is expected to last five weeks .\n"
            "Trial timeline 30 NOVEMBER 2011 , ENTERTAINMENT & ARTS The pun - an ancient artform ?\n")
    assert reasons(text)["30 NOVEMBER 2011"] == "stamp"


def test_a_label_and_a_date_in_ordinary_case_stay_story():
    text = "Born 29 August 1958 , he first sang on stage in 1964 .\nJury selection began 30 November 2011 .\n"
    assert set(reasons(text).values()) == {None}


def test_a_week_of_programmes_is_a_schedule():
    text = ("THE SONGS MY SON LOVED All this week at 1:30 on Radio 2 , Jeremy Vine presents a documentary .\n"
            "The programme is broadcast on Saturdays at 12:00 .\n")
    found = reasons(text)
    # the slot of "on Saturdays" is a time of the recurrence, on no day: no mention at all
    assert found["1:30"] == "schedule" and "12:00" not in found


def test_a_week_without_a_clock_stays_story():
    found = reasons("All this week the clinic was closed , and on Saturdays the queue grew .\n")
    assert set(found.values()) == {None}


def test_a_readers_questions_page_keeps_its_answers_as_story():
    text = ("Here an expert answers a selection of your questions .\n"
            "Mvula Zakeyo , Lusaka , Zambia How do the symptoms differ ?\n"
            "Adam Cullen , Tallinn , Estonia Mr McConnell : The chances of a repeat of 1918 are very small .\n"
            "Trebor Evans , Llandudno , North Wales Will it return ?\n"
            "Mr McConnell : It may return in the autumn .\n")
    assert set(reasons(text).values()) == {None}


def test_a_dateline_in_accented_capitals_is_a_dateline():
    """The place of a dateline may hold capitals outside A-Z ("MALMÖ", "SÃO PAULO", "ZÜRICH"), in
    English and in Swedish; the same place in ordinary case inside a sentence stays story."""
    from timeline.extraction.furniture import furniture

    for text, language in (("MALMÖ, Oct 3 (TT) – Police arrested a man.", "en"),
                           ("SÃO PAULO, Oct 3 (Reuters) - Police arrested a man.", "en"),
                           ("ZÜRICH, Oct 3 - Police arrested a man.", "en"),
                           ("ÄLMHULT, 3 okt (TT) – Polisen grep en man.", "sv")):
        spans = [s for s in furniture(text, language) if s.reason == "dateline"]
        assert [(s.start, text[s.end - 1]) for s in spans] in ([(0, "–")], [(0, "-")]), text
    assert furniture("The fair in Malmö, Oct 3 - it rained.", "en") == []

"""Page furniture: comments, stamps, bylines, datelines, listings and unrelated pages are kept and
shown, but make no event; the story beside them does."""

from datetime import date

from timeline import build_timeline
from timeline.events.unrelated import unrelated_articles
from timeline.extraction.furniture import furniture
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource
from timeline.store.serialize import mentions_data, mentions_from

PUBLISHED = date(2009, 6, 12)

PAGE = """Page last updated at 14:47 GMT, Friday, 12 June 2009 Harbour bridge reopens after repairs
By Jane Doe, Harbour Times, 12 June 2009
NORTHPORT, June 12 - The harbour bridge reopened on Thursday after three months of repairs.
Engineers first closed it on 9 March 2009 when cracks were found in two piers.
Born: 3 March 1962
Listen to Harbour Hour on Radio North at 2000 BST, Saturday 13 June 2009, repeated 1700, Sunday 14 June 2009.
Related stories
Bridge closed for repairs 9 Mar 2009
Cracks found in harbour piers 8 Mar 2009

What do you think of the reopening?
At 1:53 pm on 12 Jun 2009, seagull wrote: I drove over it on 10 June and it felt fine.
At 2:10 pm on 12 Jun 2009, harbourfan wrote: My grandfather built it in 1931.
"""


def article(id_, text, published=PUBLISHED, language="en"):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER if published else PublishSource.NONE, language=language)


def reasons(text, language="en", published=PUBLISHED):
    """expression text -> furniture reason (None in the story)."""
    return {m.expression.text: m.furniture for m in extract_mentions(article("a", text, published, language))}


def test_each_kind_of_furniture_is_marked_and_the_story_is_not():
    found = reasons(PAGE)
    assert found["Thursday"] is None  # the story
    assert found["9 March 2009"] is None
    assert found["3 March 1962"] is None  # a fact box's date is a fact
    # the stamp's clock time, weekday and date are one expression (its day was lost when split)
    assert found["14:47 GMT, Friday, 12 June 2009"] == "stamp"
    assert found["June 12"] == "dateline"
    assert found["2000 BST, Saturday 13 June 2009"] == "schedule"
    assert found["9 Mar 2009"] == "links"
    assert found["10 June"] == "comment"  # a date inside a comment's text
    assert found["1931"] == "comment"
    assert any(reason == "byline" for reason in found.values())


def test_a_headline_after_a_stamp_on_the_same_line_stays_story():
    text = "Last updated: 29 June 2010 The museum reopened on 28 June after a flood.\n"
    found = reasons(text, published=date(2010, 6, 29))
    assert found["29 June 2010"] == "stamp"
    assert found["28 June"] is None


def test_a_live_pages_heading_naming_its_day_is_a_stamp():
    text = ("As it happened : Floods in Northmoor 3 Feb Live coverage following Tuesday 's floods .\n"
            "The river rose again on Monday , the council said .\n")
    found = reasons(text, published=date(2011, 2, 3))
    assert found["3 Feb"] == "stamp"
    assert found["Tuesday"] is None and found["Monday"] is None


def test_one_comment_like_line_marks_only_itself():
    text = ("The mayor spoke at noon.\nAt 3 pm on 2 June 2009, Smith wrote: the dam will open on 5 June.\n"
            "Work on the dam began on 1 May 2009.\n")
    spans = furniture(text, "en")
    assert [s.reason for s in spans] == ["comment"]
    assert text[spans[0].start:spans[0].end] == "At 3 pm on 2 June 2009, Smith wrote:"
    assert reasons(text)["1 May 2009"] is None


def test_sentences_that_use_the_cue_words_are_story():
    text = ("By Tuesday, 3,000 people had been evacuated.\n"
            "The concert was broadcast to 40 countries on 12 June 2009.\n"
            "Shares in the firm were published in a report on 3 June 2009.\n"
            "The related stories of both families appeared on 4 June 2009 in a book of 300 pages about them all.\n")
    assert furniture(text, "en") == []
    assert set(reasons(text).values()) == {None}


def test_swedish_stamp_is_furniture_and_story_is_not():
    text = "Publicerad 12 juni 2009 kl. 13.53\nBron öppnade i torsdags efter tre månader.\n"
    found = reasons(text, "sv")
    assert found["i torsdags"] is None
    assert "stamp" in found.values()


def test_furniture_makes_no_event_but_its_mentions_stay_listed():
    timeline = build_timeline([article("page", PAGE)])
    dated = {m.expression.text: m for m in timeline.mentions}
    assert dated["10 June"].furniture == "comment" and dated["10 June"].event_id is None
    assert dated["9 March 2009"].event_id is not None
    for event in timeline.events:
        assert all(m.furniture is None for m in event.mentions)
    assert not any(e.interval and e.interval.start in (date(2009, 6, 10), date(2009, 6, 13)) for e in timeline.events)


def test_furniture_reason_survives_the_cache_form():
    mentions = extract_mentions(article("page", PAGE))
    again = mentions_from(mentions_data(mentions), mentions[0].article)
    assert [m.furniture for m in again] == [m.furniture for m in mentions]


# -- pages unrelated to the folder's story --------------------------------------------

def folder(extra):
    story = [article(f"s{n}", f"The Zorblat inquiry heard from witness {n} on Monday. Zorblat denied it.")
             for n in range(12)]
    return story + extra


def long_page(id_, naming_every=0):
    lines = [f"Reader {n} asked about a great-grandmother born in the village in {1850 + n}." for n in range(150)]
    if naming_every:
        lines = [line + (" Zorblat was mentioned." if n % naming_every == 0 else "") for n, line in enumerate(lines)]
    return article(id_, "\n".join(lines))


def test_a_long_page_that_never_names_the_story_is_unrelated():
    assert unrelated_articles(folder([long_page("genealogy")])) == {"genealogy"}


def test_listings_that_name_the_story_by_chance_are_unrelated():
    # A week of radio listings names a "Zorblat" (another one) in a few of its hundreds of lines.
    assert unrelated_articles(folder([long_page("listings", naming_every=30)])) == {"listings"}


def test_side_stories_are_not_unrelated():
    short = article("side", "A storm closed the harbour on Friday. Ferries stopped for a day.")
    naming = long_page("long-side", naming_every=10)
    assert unrelated_articles(folder([short, naming])) == set()


def test_a_corpus_of_many_stories_has_no_unrelated_page():
    topics = ["A ferry sank off Kappa Island", "Oil prices rose in Asian trading", "The senate passed a farm bill",
              "Rebels freed two hostages", "A heatwave closed schools in Lyon", "Chess champion Orlov retired",
              "The central bank cut rates", "Floods hit the Danube delta", "A new comet was sighted",
              "Dockers went on strike in Santos", "The film festival opened in Cannes", "Miners were rescued"]
    many = [article(f"m{n}", f"{topic} on Sunday.") for n, topic in enumerate(topics)]
    assert unrelated_articles(many + [long_page("genealogy")]) == set()


def test_unrelated_pages_make_no_event_also_from_the_cache(tmp_path):
    from timeline.store.cache import Cache

    articles = folder([long_page("genealogy")])
    for attempt in range(2):  # built, then read back from the cache
        cache = Cache(tmp_path / "cache")
        timeline = build_timeline(articles, cache=cache)
        cache.close()
        assert timeline.stats.cached_timeline == (attempt == 1)
        page = [m for m in timeline.mentions if m.article.id == "genealogy"]
        assert page and all(m.furniture == "unrelated" and m.event_id is None for m in page)
        assert all(m.article.id != "genealogy" for e in timeline.events for m in e.mentions)


# -- comment stamps, listing pages, photo credits -------------------------------------

def test_lines_that_open_with_a_date_and_a_clock_time_are_a_comment_section():
    text = ("The lighthouse reopened on 3 May 2011 after repairs.\n"
            "8th May 2011 - 17:42 This comment was removed by the moderators.\n"
            "9th May 2011 - 8:26 I climbed it on 4 May and the stairs were wet.\n")
    found = reasons(text, published=date(2011, 5, 9))
    assert found["3 May 2011"] is None
    assert found["4 May"] == "comment"  # a date in a comment's text


def test_one_date_and_time_line_in_a_story_is_not_a_comment_section():
    text = ("The lighthouse reopened on 3 May 2011 after repairs.\n"
            "8th May 2011 - 17:42 The keeper lit the lamp again.\nWork ends on 4 June.\n")
    found = reasons(text, published=date(2011, 5, 9))
    assert found["3 May 2011"] is None and found["4 June"] is None


def test_a_page_of_programme_credits_is_a_listing():
    text = ("Presenters/Ann Lee and Bo Kim, Producer/Cy Dent The band plays live on Saturday 13 June.\n"
            "Reader/Di Fry, Producers\\/Ed Gray and Fa Hu Monday 15 to Friday 19 June a new novel is read.\n")
    found = reasons(text)
    assert set(found.values()) == {"listing"}


def test_one_credit_like_phrase_in_a_story_is_not_a_listing():
    text = "The film's producer/director Ann Lee said on 12 June 2009 that shooting had ended.\n"
    assert set(reasons(text).values()) == {None}


def test_a_photo_credit_is_furniture_but_the_caption_after_it_is_story():
    text = ("Ministers met. Photograph: Carl de Souza/AFP/Getty Images Two new cases were confirmed on Monday.\n"
            "Photograph: PA A school closed on 3 May.\n")
    spans = [s for s in furniture(text, "en") if s.reason == "credit"]
    assert [text[s.start:s.end] for s in spans] == ["Photograph: Carl de Souza/AFP/Getty Images", "Photograph: PA"]
    found = reasons(text)
    assert found["Monday"] is None and found["3 May"] is None


def test_asking_only_some_kinds_finds_the_same_spans_of_those_kinds():
    """``furniture(..., only=...)`` (what the summaries ask: a byline, a dateline) skips the other
    cues but must give exactly the spans of those kinds that the whole scan gives."""
    whole = furniture(PAGE, "en")
    for only in [("byline",), ("dateline",), ("stamp", "dateline", "credit", "byline")]:
        found = furniture(PAGE, "en", only=only)
        assert found == [span for span in whole if span.reason in only]
        assert found  # the page has each of them
    assert furniture("Comments\nAt 1:53 pm on 12 Jun 2009, seagull wrote: fine.", "en", only=("byline",)) == []


def test_a_link_to_a_papers_archive_is_a_stamp_and_its_day_no_happening():
    text = ("Readers remember the harbour flood From the archive : 4 June 1961 Ferry sinks in the bay with forty "
            "aboard .\nThe harbour reopened on Monday , the council said .\n")
    found = reasons(text, published=date(2011, 6, 4))
    assert found["4 June 1961"] == "stamp"
    assert found["Monday"] is None

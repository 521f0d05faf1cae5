"""Text that tells no happening makes no event: an indefinite weekday, a clause with no act, and
page furniture that is no story (advisories, schedules, programme lines, authors' biographies)."""

from datetime import date

import pytest

from timeline import extract

MONDAY = date(2010, 3, 8)


def found(text, reference=MONDAY, language="en"):
    return [(e.text, e.timex) for e in extract(text, reference, language)]


# --- 1. an indefinite weekday names no day ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It was a Wednesday, and I was painting the fence.",
    "One Sunday evening under a full moon we sat outside.",
    "The twins were born on a Tuesday.",
    "We used to meet on a Friday when work ended.",
])
def test_an_indefinite_weekday_is_no_date(text):
    assert found(text) == []


@pytest.mark.parametrize("text, kept", [
    ("A Wednesday landslide buried the road.", [("Wednesday", "2010-03-03")]),
    ("She spoke at a Monday meeting of the board.", [("Monday", "2010-03-08")]),
    ("One man died on Friday.", [("Friday", "2010-03-05")]),
])
def test_a_weekday_that_dates_an_act_stays(text, kept):
    assert found(text) == kept


# --- 2. notices that read like prose are furniture -----------------------------------------------

from timeline.extraction.furniture import furniture  # noqa: E402


def spans(text, reason):
    return [text[s.start:s.end] for s in furniture(text, "en") if s.reason == reason]


def test_an_advisory_page_is_furniture_as_a_whole():
    text = ("Following are some of the major news stories scheduled to be covered by the agency on Friday.\n\n"
            "-- Port workers begin a strike on Friday.\n\n-- Ministers meet in the capital.")
    assert spans(text, "advisory") == [text]
    schedule = "Following is the match schedule of the Lakeside Cup to start here on Tuesday:\n\nMay 2: quarterfinals"
    assert spans(schedule, "advisory") == [schedule]


def test_a_story_that_names_an_advisory_or_lists_results_is_none():
    story = "The ministry issued a news advisory on Friday, and the port workers began a strike."
    assert spans(story, "advisory") == []
    results = "Following are the results of the Lakeside Cup matches played on Tuesday:\n\nReds 2 Blues 1"
    assert spans(results, "advisory") == []


def test_a_programme_greeting_and_sign_off_are_furniture_but_a_quote_is_not():
    text = ("Hello, I'm Sam from the news for schools.\nIt 's Friday March the 5th .\n"
            "Floods hit the coast on Friday .\nWe 're back tomorrow !")
    assert spans(text, "programme") == ["Hello, I'm Sam from the news for schools.", "It 's Friday March the 5th .",
                                       "We 're back tomorrow !"]
    quoted = "\"We're back tomorrow!\" the strikers shouted on Friday. It's Friday and the market opened."
    assert spans(quoted, "programme") == []


def test_a_phone_ins_hours_and_a_blogs_new_host_are_furniture():
    text = ("The ferry strike ended on Tuesday .\n-LRB- Lines are open between 10.30 am and 1pm .\n"
            "From Thursday please welcome our new blog host , Ola .\nThe pier reopened on Monday .")
    assert spans(text, "programme") == ["-LRB- Lines are open between 10.30 am and 1pm .",
                                       "From Thursday please welcome our new blog host , Ola ."]
    story = "The new clinic's lines were busy from Monday, and the mayor said please welcome the nurses."
    assert spans(story, "programme") == []


def test_an_authors_biography_runs_while_its_lines_speak_of_the_author():
    text = ("The plant closed on Friday , workers said .\n"
            "Jane Roe is based in Leeds and covers industry for the agency .\n"
            "Previously , Jane covered farming for two years .\n"
            "She joined the agency in 1998 .")
    assert spans(text, "biography") == [text[text.index("Jane Roe"):]]
    roll_up = ("-- Jane Roe is a Globe columnist .\nThe opinions expressed are her own -- Prices fell on Monday .\n"
               "Traders sold shares on Monday .")
    assert spans(roll_up, "biography") == ["-- Jane Roe is a Globe columnist .", "The opinions expressed are her own"]


def test_a_character_in_a_story_is_no_biography():
    text = "Tom Ash is a critically acclaimed but poorly paid writer .\nHe moved to Leeds in 1998 ."
    assert spans(text, "biography") == []


# --- 3. a sentence with no verb and no word of a happening founds no event ----------------------

from timeline import build_timeline  # noqa: E402
from timeline.events.dependent import NO_ACT, role  # noqa: E402
from timeline.extraction.mentions import extract_mentions  # noqa: E402
from timeline.model import Article, PublishSource  # noqa: E402


def article(id_, text, published=date(2010, 3, 8)):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def roles(text):
    return [(m.expression.text, role(m)) for m in extract_mentions(article("a", text))]


@pytest.mark.parametrize("text", [
    "That 's all for today .",
    "Replays on March 12 , 2010 by dialing the number below .",
])
def test_a_sentence_without_an_act_dates_none(text):
    assert {r for _, r in roles(text)} == {NO_ACT}


@pytest.mark.parametrize("text", [
    "The ferry sank on Friday .",
    "Did the minister catch the virus last month ?",
    "Born : 3 March 1962 , in Leeds .",
    "Then a second outbreak in January 1919 .",
    "8 Feb 1843 : Leeward Islands .",
    "We pray to see the next day .",
])
def test_a_verb_a_happening_or_a_chronology_item_dates_its_act(text):
    assert all(r != NO_ACT for _, r in roles(text))


def test_an_actless_mention_joins_an_event_but_founds_none():
    lone = build_timeline([article("a", "Quiet day at the harbour .\nBoats at the harbour for the parade on Monday .")])
    assert [e for e in lone.events if e.interval is not None] == []
    story = article("b", "The harbour festival opened on Monday with a parade of boats .")
    joined = build_timeline([story, article("a", "Quiet day at the harbour .\nBoats at the harbour for the parade on Monday .")])
    monday = [e for e in joined.events if e.interval is not None]
    assert [sorted(m.article.id for m in e.mentions) for e in monday] == [["a", "b"]]
    assert role(next(m for m in monday[0].mentions if m.article.id == "a")) == NO_ACT


@pytest.mark.parametrize("text", [
    "Rebels swept into the harbour town on Tuesday .",
    "The council upheld the veto on Tuesday .",
    "Police dug up the garden on Thursday .",
    "The ship sprang a leak off the cape on Monday .",
    "Protesters march through the old town on Saturday .",
    "Shares in Harbour Oil down 5 percent on Monday .",
])
def test_a_sentence_with_a_word_that_may_be_a_verb_keeps_its_act(text):
    assert all(r != NO_ACT for _, r in roles(text))


@pytest.mark.parametrize("text", [
    "Oct 1994 Harbour Finance 518.49 finance .",  # a table's row opens with its date
    "Shares closed at 1,234.\n96 on Friday .",  # a piece of a sentence split at a decimal point
    "At 5 p.m.",  # split at an abbreviation
])
def test_rows_and_pieces_of_sentences_are_not_judged(text):
    assert all(r != NO_ACT for _, r in roles(text))


def test_a_presenters_greeting_under_the_shows_heading_is_furniture():
    text = "Kids News : 5 March Hi there , I 'm Sam from Kids News .\nFloods hit the coast on Friday ."
    assert spans(text, "programme") == ["Kids News : 5 March Hi there , I 'm Sam from Kids News ."]
    story = "The mayor said : `` Hi there , I 'm glad you came '' on Friday ."
    assert spans(story, "programme") == []


def test_an_advisory_heading_may_end_with_its_date():
    text = "Harbour news advisory -- Nov. 29\nThe following are news items released on Tuesday:\n-- Port opens."
    assert spans(text, "advisory") == [text]


# --- review fixes: a story line is no biography, a headline no advisory ------------------------

@pytest.mark.parametrize("text", [
    "The Harbour Trust is based in Leeds.\nThe storm struck the coast on January 12, killing two.\n"
    "The trust sent ten nurses to the port on Sunday.",
    "Acme Widgets Inc is based in Ohio.\nShe said the company would cut 300 jobs on Friday.",
    "Bolt Motors is based in Dayton and filed for protection on June 1.\nBolt Motors said on Tuesday it would close plants.",
    "Sam Ode is a Globe correspondent who was seized in Zarla on March 12.\nHe was freed on July 4.",
    "Ina Marr is based in Leeds and covers farming.\nFloods hit the coast on Friday.\nThe river burst its banks.\n"
    "Roads were closed.\nSchools shut on Monday.",
])
def test_a_story_line_about_an_organisation_or_a_person_is_no_biography(text):
    assert spans(text, "biography") == []


def test_a_biography_above_a_vouching_line_counts_anywhere():
    text = ("Ina Marr is Global Editor , Standards .\nAny opinions are her own .\nFloods hit the coast on Friday .\n"
            "The river burst its banks .\nRoads were closed .\nSchools shut on Monday .")
    assert spans(text, "biography") == ["Ina Marr is Global Editor , Standards .", "Any opinions are her own ."]


@pytest.mark.parametrize("text", [
    "Fever tops the news agenda\nPort towns closed all schools on April 24 .\nThe agency raised its alert on Wednesday .",
    "Harbour office issues news advisory\nThe port reopened on Monday .",
    "Analysts are divided over what's coming up for the economy after the bank cut rates on Tuesday.\nStocks fell.",
    "Following is the text of the agenda adopted by the Lakeside leaders on Thursday:\n1. Trade",
])
def test_a_headline_or_lead_that_names_an_agenda_is_no_advisory(text):
    assert spans(text, "advisory") == []


@pytest.mark.parametrize("text", [
    "What's coming up around the world:\n-- Port workers strike on Friday.",
    "Lakeside Region news highlights on Tuesday:\n+ Port opens",
    "The following major news stories from the Harbour region are scheduled to be covered by the agency on Monday.\n-- A.",
])
def test_an_advisory_opening_its_first_line_is_furniture(text):
    assert spans(text, "advisory") == [text]


@pytest.mark.parametrize("text, kept", [
    ("The mayor told reporters aboard Harbour One Sunday that the bridge would open.", [("Sunday", "2010-03-07")]),
    ("The film airs on Channel One Sunday at 9pm.", [("Sunday", "2010-03-07")]),
    ("The Lakeside racers won the Formula One Monday, and fans cheered.", [("Monday", "2010-03-08")]),
])
def test_a_weekday_after_a_name_ending_in_one_is_a_date(text, kept):
    assert found(text) == kept


def test_a_sentence_opening_with_one_and_a_weekday_is_indefinite():
    assert found("We waited. One Sunday, the boats came back.") == []

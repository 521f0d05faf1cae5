"""The event's summary is chosen from its best mention: one that reads as a headline by every rule of
``readable.reads_well`` beats one that speaks in the first person with no speaker, says nothing but that
something was said, or tells no act (invented articles, tokenised as the scraped corpora write them)."""

from datetime import date

import pytest

from timeline.events.fusion import make_event
from timeline.events.readable import reads_well, says_nothing
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource

LEAD = "The ferry strike on the western coast went into its ninth week .\n"


def _article(name, text):
    return Article(id=name, path=f"{name}.txt", text=LEAD + text, published=date(2020, 10, 16),
                   published_source=PublishSource.HEADER, language="en")


def _event(*texts):
    articles = [_article(chr(ord("a") + k), text) for k, text in enumerate(texts)]
    mentions = [m for a in articles for m in extract_mentions(a) if m.expression.text == "Tuesday"]
    assert len(mentions) == len(texts)
    return make_event(mentions)


NAMED = "Ferry union leader Ola Nordmann said on Tuesday that the strike would end within days ."


@pytest.mark.parametrize("worse", [
    # the first person with no speaker, after a named opening
    "Union members told me on Tuesday that the strike would end within days .",
    # says nothing but that something was said
    "Ferry union leader Ola Nordmann made the remarks here on Tuesday .",
    # a quote its sentence credits only to a "he": the speaker dropped, the words stated as fact
    "`` The strike will end within days and the ferries sail again on Tuesday , '' he said .",
    # a line that speaks to its reader names no one
    "Your ferry may not sail on Tuesday if the strike goes on .",
    "Everything you hear at the harbour on Tuesday says the strike would end within days .",
])
def test_a_mention_that_reads_as_a_headline_gives_the_event_its_summary(worse):
    assert _event(worse, NAMED).summary == "Ferry union leader Ola Nordmann said that the strike would end within days"


def test_with_no_better_mention_the_summary_is_kept():
    event = _event("Union members told me on Tuesday that the strike would end within days .")
    assert event.summary == "Union members told me that the strike would end within days"


@pytest.mark.parametrize("summary, nothing", [
    ("Chinese President Hu Jintao made the remarks here", True),
    ("The minister said this", True),
    ("It is understood", True),
    ("The minister said this was the worst strike in years", False),
    ("The minister remarked on the strike", False),
])
def test_a_line_that_only_tells_something_was_said_says_nothing(summary, nothing):
    assert says_nothing(summary, "en") is nothing
    assert reads_well(summary, summary + " .", "en") is not nothing


def test_a_summary_reads_well_only_when_it_names_who_and_tells_an_act():
    assert reads_well("Ola Nordmann opened the harbour office", "", "en")
    assert not reads_well("He opened the harbour office", "", "en")
    assert not reads_well("The crews of the ferries on the western coast", "", "en")
    assert not reads_well("The doctors told me the strike would end", "", "en")
    assert reads_well("There were several strikes", "", "en")


def test_a_body_s_letters_that_spell_a_relative_word_open_no_relative_clause():
    """"The WHO declared …": the letters are a body's name, its verb is the summary's act."""
    assert reads_well("The WHO declared the ferry strike over", "", "en")
    assert not reads_well("The crews who sailed from the harbour", "", "en")


def test_a_line_to_the_reader_reads_as_no_headline_unless_credited():
    assert not reads_well("Your ferry may not sail this week", "", "en")
    assert reads_well("Ola Nordmann: Your ferry may not sail this week", "", "en")
    assert reads_well("Ola Nordmann told Over To You that the ferries would sail", "", "en")  # a programme's title


def test_an_irregular_past_tells_an_act_when_a_summary_is_judged():
    assert reads_well("The ferry company withdrew from the harbour talks", "", "en")
    assert not reads_well("The ferry company of the western coast", "", "en")


def test_a_quote_credited_only_to_a_he_reads_as_no_headline_unless_credited():
    sentence = "`` The ferries will sail again on Tuesday , '' he said ."
    assert not reads_well("The ferries will sail again", sentence, "en")
    assert reads_well("Ola Nordmann: The ferries will sail again", sentence, "en")
    assert reads_well("The ferries will sail again", "The ferries will sail again on Tuesday , he said .", "en")


def test_words_before_the_quote_opens_are_no_quote():
    sentence = "Ola Nordmann , who sailed in 1974 , owns two ferries `` I will sail them again on Tuesday , '' he added ."
    assert reads_well("Ola Nordmann sailed", sentence, "en")


def test_a_summary_that_names_its_subject_beats_one_that_leans_on_a_sentence_before():
    leaning = "The song will be released for download and on a compact disc on Tuesday ."
    named = "Singer Ola Nordmann , who wrote the anthem , hopes to release the single on Tuesday ."
    assert _event(leaning, named).summary.startswith("Singer Ola Nordmann")
    assert _event(named, leaning).summary.startswith("Singer Ola Nordmann")


def test_a_person_told_by_a_common_noun_does_not_give_way_to_another_act():
    person = "The woman arrived from the coast on a night ferry on Tuesday , officials said ."
    other = "Harbour officials in Port Miro said they were easing their warning on travel on Tuesday ."
    assert _event(person, other).summary.startswith("The woman arrived")
    assert _event(other, person).summary.startswith("The woman arrived")


def test_a_summary_naming_its_subject_beats_one_that_leans_back_though_longer_than_a_headline():
    leaning = ("The jurors were chosen on Tuesday after less than six hours of questioning by Judge Ola Nordmann and "
               "the lawyers for both sides .")
    named = ("Judge Ola Nordmann of the northern district court of Port Miro and his two clerks chose the jurors on "
             "Tuesday for the trial of the ferry company .")
    assert _event(leaning, named).summary.startswith("Judge Ola Nordmann")
    assert _event(named, leaning).summary.startswith("Judge Ola Nordmann")


def test_among_summaries_too_long_for_a_headline_the_shorter_wins():
    shorter = ("Judge Ola Nordmann chose the jurors on Tuesday after less than six hours of questioning by the "
               "lawyers for both sides .")
    longer = ("Judge Ola Nordmann of the northern district court of Port Miro and his two clerks chose the jurors on "
              "Tuesday for the trial of the ferry company .")
    assert _event(shorter, longer).summary.startswith("Judge Ola Nordmann chose")
    assert _event(longer, shorter).summary.startswith("Judge Ola Nordmann chose")


@pytest.mark.parametrize("texts, expected", [
    (["The country will hold its general elections under Prime Minister Ola Nordmann on 20 October .",
      "Violence has swept several towns in the past month , much of it connected to rivalry between the "
      "parties , ahead of the general elections on 20 October with campaigning due to start next week ."],
     "Norway will hold"),
])
def test_a_summary_whose_place_tells_which_country_does_not_lean_back(texts, expected):
    lead = "Norway votes in its general elections on Tuesday , the first since the ferry strike .\n"
    articles = [Article(id=f"n{k}", path=f"n{k}.txt", text=lead + "Officials met in the capital .\n\n" + text,
                        published=date(2020, 10, 16), published_source=PublishSource.HEADER, language="en")
                for k, text in enumerate(texts)]
    mentions = [m for a in articles for m in extract_mentions(a)
                if m.expression.text == "20 October"]
    assert make_event(mentions).summary.startswith(expected)


def test_a_person_told_by_a_common_noun_gives_way_to_a_member_naming_them_in_the_same_act():
    person = "The singer was cleared of all the charges against him on Tuesday , his lawyer said ."
    named = "Ola Nordmann was cleared of all the charges on Tuesday ."
    assert _event(person, named).summary.startswith("Ola Nordmann was cleared")
    assert _event(named, person).summary.startswith("Ola Nordmann was cleared")


def _mentions(name, text, published, expression):
    article = Article(id=name, path=f"{name}.txt", text=text, published=published,
                      published_source=PublishSource.HEADER, language="en")
    return [m for m in extract_mentions(article) if m.expression.text == expression]


def test_the_summary_comes_from_a_mention_of_the_events_own_date():
    """An event of 12 March told once with its day and three times with its month: the day's clause
    tells it, though more members agree with the month's retelling ("weeks before a tour")."""
    mentions = (_mentions("d", "Ode Flint died at his Vantor home on 12 March after a fall .", date(2008, 3, 14), "12 March")
                + [m for k, year in enumerate((2009, 2010, 2011)) for m in _mentions(
                    f"m{k}", "Ode Flint died in March 2008 aged 60 , weeks before a tour .", date(year, 5, 1), "March 2008")])
    assert len(mentions) == 4
    event = make_event(mentions)
    assert event.interval.start == event.interval.end == date(2008, 3, 12)
    assert event.summary == "Ode Flint died at his Vantor home after a fall"

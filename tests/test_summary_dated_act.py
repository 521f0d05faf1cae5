"""The summary tells the dated act: a lead's title only for the lead's own act, and a day's event
named by a mention that tells that day's happening, not by one whose date only qualifies a noun
(invented articles)."""

from datetime import date

import pytest

from test_headlines import LEAD, headline
from timeline import build_timeline
from timeline.events.summary import summarise
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


def article(id_, text, published, title=None):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en", title=title)


def test_a_lead_date_that_qualifies_a_noun_does_not_take_the_title():
    text = ("The ferry captain in Wednesday's harbour collision admitted on Sunday that he had ignored the "
            "warning lights, the port authority said.")
    title = "Ferry captain admits ignoring warning lights"
    mentions = {m.expression.text: m for m in extract_mentions(article("a", text, date(2021, 3, 14), title))}
    assert summarise(mentions["Sunday"]) == title  # the lead's own act
    assert summarise(mentions["Wednesday"]) != title  # the collision, not the admission


def test_no_event_of_a_day_is_told_by_a_later_act_whose_noun_that_day_dates():
    quake = article("quake", "A strong earthquake struck the island of Varda on Tuesday, flattening hundreds of "
                    "houses, two schools and the old market hall in the capital and in three coastal towns to "
                    "the south.", date(2021, 3, 10))
    appeal = article("appeal", "A folk singer has set up an appeal for the homeless of Tuesday's earthquake.",
                     date(2021, 3, 12))
    timeline = build_timeline([quake, appeal])
    day = [e for e in timeline.events if e.interval and e.interval.start == date(2021, 3, 9)]
    assert day and all("appeal" not in e.summary for e in day)
    assert any("earthquake struck" in e.summary for e in day)


def test_a_lead_date_of_a_clause_of_its_own_is_summarised_by_that_clause_not_the_title():
    text = ("When a strong earthquake struck the island of Varda on Tuesday, most of us here were busy with "
            "the snow.\n\nNow volunteers from Essex are flying out to rescue survivors.")
    title = "Volunteers fly out to rescue survivors"
    (mention,) = [m for m in extract_mentions(article("a", text, date(2021, 3, 11), title))
                  if m.expression.text == "Tuesday"]
    assert summarise(mention) == "A strong earthquake struck the island of Varda"


def summaries(text, published=date(2021, 3, 14), title=None):
    return {m.expression.text: summarise(m) for m in extract_mentions(article("a", text, published, title))}


def test_a_date_after_the_main_verb_past_a_relative_clause_dates_the_main_clause():
    """The aside's closing comma, after a bracket, stays: the relative clause is closed, and the date
    is the main verb's ("said Saturday"), not the clause's."""
    text = ("Former premier Tom Varga, who is being treated at the Central Heart Clinic (CHC), said Saturday he "
            "would rest for several weeks.")
    assert summaries(text)["Saturday"] == "Former premier Tom Varga said he would rest for several weeks"
    unclosed = ("Former premier Tom Varga, who is being treated for a heart ailment at a city hospital said "
                "Saturday he would not run again.")
    assert summaries(unclosed)["Saturday"].endswith("said he would not run again")  # not the clause's act
    own = "The board hired Anna Berg, who goes on trial in March for fraud, as its adviser."
    assert summaries(own)["March"] == "Anna Berg goes on trial for fraud"


@pytest.mark.parametrize("text, expression, expected", [
    ("The fishermen who had been held by the rebels since April 3 were released on Monday by the navy.", "Monday",
     "The fishermen who had been held by the rebels since April 3 were released by the navy"),
    ("The ailing founder of the firm was moved from jail to hospital after a reported stroke Tuesday as "
     "prosecutors investigated the loans, officials said.", "Tuesday",
     "The ailing founder of the firm was moved from jail to hospital"),
    ("Fans gathered where the pop star died in 2009.", "2009", "The pop star died"),
    # the verb's "in" before the date's "on": cut, the date would leave "were sent in", a headline cannot end so
    ("Crowds have protested since 2,000 troops were sent in on Monday.", "Monday", "2,000 troops were sent in on Monday"),
])
def test_a_clause_of_its_own_needs_a_subject_and_a_verb_not_a_date_or_a_noun_phrase(text, expression, expected):
    assert summaries(text)[expression] == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("Crews carried tools, after his protests to the foreman Monday that the site was unsafe.", "Monday",
     "His protests to the foreman that the site was unsafe"),
    ("The long-running Kelmar Accord (KA), signed at the Varda summit in March 1994, lapsed.",
     "March 1994", "The long-running Kelmar Accord signed at the Varda summit"),
])
def test_a_noun_phrase_or_a_participle_that_a_date_dates_is_its_summary(text, expression, expected):
    assert summaries(text)[expression] == expected


def test_a_verb_after_a_stray_comma_is_the_clause_s_own_not_a_participle_aside():
    # the clause after it has its own subject and verb: "caught fire" is what the flares did, not the county
    text = ("Twelve divers were working below when old flares stored in a hold of the Nordby Ferry in Velbo Harbour "
            "of Lind County, caught fire at 7:40 p.m. Sunday, sources at the port office confirmed on Monday.")
    summary = headline(LEAD + text, "7:40 p.m. Sunday")
    assert "flares" in summary and "caught fire" in summary

"""A date in a participle clause dates that clause's act, not the sentence's main act (invented articles):
a past participle after an object noun (events.reduced_relative), a perfect participle ("having …"), and
the spelled amounts and parallels that mark a baseline or a comparison (events.side_part, events.compared)."""

from datetime import date

import pytest

from timeline.events.compared import COMPARISON
from timeline.events.dependent import BASELINE, MODIFIER, role
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


def mentions(text, published=date(2011, 11, 8)):
    art = Article(id="a", path="a.txt", text=text, published=published, published_source=PublishSource.HEADER,
                  language="en", title=None)
    return {m.expression.text: m for m in extract_mentions(art)}


@pytest.mark.parametrize("text, expression", [
    ("The council has gone back to a harbour scheme drafted four years ago by the former mayor.", "four years ago"),
    ("Volunteers are raising money to buy the collection of silver spoons unearthed last year near Lund.",
     "last year"),
    ("Demand for copper will fall further, the bank said, repeating warnings made earlier this month.",
     "this month"),
    ("Norvik said it had built a ferry tracker based on the U.K. harbour tool launched last spring that pilots use.",
     "last spring"),
])
def test_a_participle_after_an_object_noun_dates_no_act_of_its_own(text, expression):
    assert role(mentions(text)[expression]) == MODIFIER
    # the participle is its clause's verb, or in a subject whose verb comes after, or after an attribution
    for other, day in [("Some of the sailors on the ferry stopped on Friday were teenagers.", "Friday"),
                       ("The ministry ordered a review six years ago.", "six years ago"),
                       ("According to a report released on Monday, the river rose two metres.", "Monday"),
                       ("The ferry was stopped on Friday near the coast.", "Friday"),
                       ("Talks with the lenders started late last year.", "late last year"),  # no verb before "with"
                       ("The woman arrived on Friday and showed first symptoms on Monday.", "Monday"),  # an object
                       ("In a statement issued to reporters today, Lind said the port would reopen.", "today"),
                       ("The trust said tests were under way, with results expected later today.", "today"),
                       ("Maps show how the talk on forums shot up over the weekend.", "the weekend"),
                       ("Despite losing their boats and most of their nets fishermen still sailed out on Sunday.",
                        "Sunday"),  # past "and", no verb of the noun's clause
                       ("A truck carrying spare parts exploded on Tuesday near the port.", "Tuesday"),
                       ("Her chances of becoming mayor improved on Sunday.", "Sunday"),
                       ("The deal was struck at a meeting held on Monday night.", "Monday night"),  # an occasion
                       ("Two men were hurt and three others hospitalized on Thursday.", "Thursday"),
                       ("Girls in the valley were more likely to get infected in 2005.", "2005"),
                       ("The flood was the worst this year, bringing the number of farms ruined in 2011 to 40.",
                        "2011")]:  # a count's bounds
        assert role(mentions(other)[day]) is None, other


def test_a_perfect_participle_dates_the_earlier_act():
    found = mentions("Shares in Norvik fell 12 percent on Tuesday, having reached a record high at the start of March.")
    assert role(found["March"]) == MODIFIER and role(found["Tuesday"]) is None
    opening = mentions("Having landed in Oslo on Monday, the team began searching the harbour.")
    assert role(opening["Monday"]) == MODIFIER


def test_a_baseline_with_a_spelled_amount_and_parallels_with_a_year():
    herd = mentions("By 2004 the town's herd had reached nine thousand, up from three thousand only five years before.")
    assert role(herd["five years before"]) == BASELINE
    assert role(mentions("The parallels with 1957 may be hard to ignore.")["1957"]) == COMPARISON


def test_a_plural_noun_after_a_preposition_has_its_plan_due_later():
    # "pupils" reads as a verb in "-s" alone; after "of" it is the noun whose plan the date is
    found = mentions("The strike will upset the parents of pupils due to sit their exams next week.")
    assert role(found["next week"]) == MODIFIER


@pytest.mark.parametrize("text", [
    "The girl was driven to a clinic based in Ostby on Friday.",
    "The crew was taken to a depot located in Harwick on Friday.",
    "Nurses were sent to a camp situated outside the town on Friday.",
])
def test_a_participle_of_a_place_has_no_act_to_date(text):
    # "based", "located", "situated" tell a state, not an act: the date is the main verb's
    assert role(mentions(text)["Friday"]) != MODIFIER


def test_a_gerund_its_preposition_governs_stays_in_the_participle_s_phrase():
    text = "The family has filed a claim against the nurse accused of giving him a wrong dose three months ago."
    assert role(mentions(text)["three months ago"]) == MODIFIER

"""Two articles' tellings of one day joined only by a generic word ("the group", "its unit", "the
anniversary") or the folder's topic name tell two happenings (events/generic_words.py, month_remark.py)."""

from datetime import date

from timeline import build_timeline
from timeline.events.generic_words import generic_stems, weak
from timeline.events.similarity import Weights
from timeline.model import Article, PublishSource


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


#: a folder about a fever outbreak in Ostrel: its story, told day by day
FEVER_DAYS = [
    (date(2013, 3, 2), "Doctors in Ostrel reported the first cases of marsh fever on 2 March."),
    (date(2013, 3, 3), "Marsh fever closed two schools in Ostrel on 3 March."),
    (date(2013, 3, 4), "Clinics in Ostrel ran short of beds for marsh fever patients on 4 March."),
    (date(2013, 3, 5), "Marsh fever reached the harbour district of Ostrel on 5 March."),
    (date(2013, 3, 6), "Ostrel's mayor asked residents to boil their water on 6 March as marsh fever spread."),
    (date(2013, 3, 7), "Marsh fever cases in Ostrel passed three hundred on 7 March."),
    (date(2013, 3, 8), "Neighbouring towns screened travellers from Ostrel for marsh fever on 8 March."),
    (date(2013, 3, 9), "A second hospital in Ostrel opened a marsh fever ward on 9 March."),
    (date(2013, 3, 10), "Marsh fever kept markets in Ostrel shut on 10 March."),
    (date(2013, 3, 11), "Volunteers sprayed the canals of Ostrel against marsh fever on 11 March."),
    (date(2013, 3, 12), "New marsh fever cases in Ostrel fell for the first time on 12 March."),
]


#: a paragraph closing two articles that tell one story ("story_threshold"), far from their dated sentences
STORY = ("\n\nMarsh fever has sickened hundreds of people in Ostrel, and clinics across the region are "
         "treating patients with fever, chills and aching joints.")


def _folder():
    return [article(f"f{n}", text, published) for n, (published, text) in enumerate(FEVER_DAYS)]


def _apart(timeline, one, other):
    """Whether both articles' mentions made events, none of them holding both."""
    groups = [{m.article.id for m in e.mentions} for e in timeline.events]
    return any(one in g for g in groups) and any(other in g for g in groups) \
        and not any({one, other} <= g for g in groups)


def test_two_groups_of_one_day_are_two_events():
    told = [
        article("g1", "Experts weighed the fever's risk in Geneva. The group met on Saturday and planned to meet "
                "again on Sunday to advise whether the alert should be raised." + STORY, date(2013, 3, 18)),
        article("g2", "Twenty pupils had been on a choir tour of Karvia. The group, from Ostrel's largest school, "
                "returned to the coastal city of Lenmark on Saturday on a flight from Velmora." + STORY, date(2013, 3, 17)),
    ]
    assert _apart(build_timeline(told + _folder()), "g1", "g2")


#: two drugmakers named in several of the folder's articles: the story's cast
MAKERS = [
    article("d1", "Tessaro and Halvik Labs both offered to make an Ostrel fever vaccine on 20 May.", date(2013, 5, 20)),
    article("d2", "Shares in Tessaro and Halvik Labs rose on 21 May on hopes of a fever vaccine.", date(2013, 5, 21)),
]


def test_two_companies_told_by_month_and_day_with_the_topic_name_are_two_events():
    told = [
        article("v1", "Halvik Labs' biotechnology unit has won a first order to make an Ostrel fever vaccine from "
                "the government, it said on Monday." + STORY, date(2013, 6, 3)),
        article("v2", "Drugmaker Tessaro, which makes a third of the region's vaccines, said this month that it had "
                "begun large-scale production of an Ostrel fever vaccine through its vaccine unit." + STORY, date(2013, 6, 28)),
    ]
    assert _apart(build_timeline(told + MAKERS + _folder()), "v1", "v2")


def test_two_acts_on_one_anniversary_are_two_events():
    told = [
        article("a1", "Tomorrow (14 March) marks the first anniversary of marsh fever in Ostrel, with nurses "
                "holding vigils across the city.", date(2013, 3, 13)),
        article("a2", "The mayor recently stopped a concert for the fever's victims in Lenmark, which had been "
                "planned for 14 March, the anniversary of the fever.", date(2013, 3, 5)),
    ]
    assert _apart(build_timeline(told + _folder()), "a1", "a2")


def test_generic_words_come_from_the_language_resource():
    assert {"group", "unit", "annive"} <= generic_stems("en")
    assert "grupp" in generic_stems("sv")
    assert generic_stems("xx") == frozenset()
    weights = Weights([])
    assert weak("group", weights, "en") and not weak("filter", weights, "en")

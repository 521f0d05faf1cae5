"""Acts told beside a schedule or a month's remark: two happenings where a statement of a day meets a
mention that only tells when something is on (``events.schedule_notice``), or a month's remark shares
one word and no name with a day's act (``events.month_remark``); the event told in a statement, or one
act told by month and by day, still joins. Invented names, places and figures."""

from datetime import date

from timeline import build_timeline
from timeline.model import Article, PublishSource

SATURDAY = date(2011, 3, 12)


def article(id_, text, published=SATURDAY):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def groups(articles, days=None):
    timeline = build_timeline(articles)
    return sorted(sorted({m.article.id for m in e.mentions}) for e in timeline.events
                  if e.interval is not None and (days is None or e.interval.days <= days))


def together(articles, *ids):
    return any(set(ids) <= set(g) for g in groups(articles))


def test_schedule_notice_and_a_statement_of_its_day_are_two_events():
    told = [
        article("s1", "The finance minister pledged new help for Karvia as he told the Verse Night benefit "
                      "on Saturday that the islanders needed the world's support."),
        article("s2", "Verse Night for Karvia will be held at Marlow Hall, Dunmore, from 2.30 pm."),
    ]
    assert not together(told, "s1", "s2")


def test_schedule_notice_and_the_event_told_in_a_statement_still_join():
    told = [
        article("g1", "The singer Ode Flint said more than 40 stars were expected to attend the Karvia Aid gala "
                      "on Friday.", date(2011, 3, 9)),
        article("g2", "The Karvia Aid gala, with pleas for cash from the stars, will be broadcast on Channel Nine "
                      "on Friday.", date(2011, 3, 9)),
    ]
    assert together(told, "g1", "g2")


def test_month_remark_sharing_one_word_with_a_day_act_stays_apart():
    story = ("Fear of the Karvia fever gripped Dunmore and its schools. Doctors in Dunmore urged calm as clinics "
             "filled. The Karvia fever has spread from the port to the hills. ")
    told = [
        article("m1", story + "Ada Pike, writing today, has said the press stirred up fear.", date(2011, 4, 27)),
        article("m2", story + "Last month, my cousin was writing her essay.", date(2011, 5, 2)),
    ]
    assert not together(told, "m1", "m2")


def test_month_mention_telling_the_day_act_still_joins():
    told = [
        article("n1", "The Karvia health ministry ordered all schools in Dunmore closed on Tuesday to stop "
                      "the fever spreading.", date(2011, 4, 27)),
        article("n2", "Last month the Karvia health ministry ordered the schools of Dunmore closed because "
                      "of the fever.", date(2011, 5, 2)),
    ]
    assert together(told, "n1", "n2")

"""A folder's own happening retold by its verb with a coarser date ("Vantz died in June 2009", "his
death aged 50 in June 2009") joins the day it is widely told on (``events.topic_act``)."""

from datetime import date

from timeline.events.evidence import context_signature
from timeline.events.regroup import join_alike_groups
from timeline.events.similarity import Weights
from timeline.events.topic_act import topic_act
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource

PUBLISHED = date(2009, 7, 20)
TOWNS = ["Bel Air", "Kellen", "Mersey Point", "Eskby", "Morrow", "Lindhaven", "Carrick", "Ostbury",
         "Pellam", "Tolliver", "Quenby"]


def mention(id_, text, expression, published=PUBLISHED):
    art = Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                  published_source=PublishSource.HEADER, language="en")
    (found,) = [m for m in extract_mentions(art) if m.expression.text == expression]
    return found


#: the death's day told by eleven papers (a widely told day: the folder's happening)
MAIN = [mention(f"d{n}", f"Orlo Vantz died at his home on 25 June and fans in {town} mourned his death.", "25 June")
        for n, town in enumerate(TOWNS)]
#: the death retold by its month, each with its own other words
RETOLD = [mention("r1", "Prosecutors say the doctor's negligence led to Vantz's death aged 50 in June 2009.", "June 2009"),
          mention("r2", "A jury heard the doctor's negligence led to the singer's death aged 50 in June 2009.", "June 2009")]
#: another act of that month: the doctor was hired
HIRED = [mention("h1", "The tour's promoters hired the doctor in June 2009 to care for the singer.", "June 2009"),
         mention("h2", "Promoters hired the doctor in June 2009 for the tour.", "June 2009")]
#: an act of the death's family on its day that the death's tellings never say: a theatre roof fell in
ROOF = [mention("c1", "The old theatre roof in Kellen collapsed on 25 June during a storm.", "25 June"),
        mention("c2", "A storm left the theatre roof collapsed in Kellen on 25 June.", "25 June")]
BACKGROUND = [[mention(f"b{day}", f"Flood defences at Mersey Point were inspected on {day} May.", f"{day} May")]
              for day in range(1, 21)]


def joined(groups):
    weights = Weights(context_signature(m) for g in groups for m in g)
    return sorted(sorted(m.article.id for m in g) for g in join_alike_groups(groups, weights))


def test_the_death_retold_by_its_month_joins_its_widely_told_day():
    together = joined([MAIN, RETOLD, HIRED, ROOF, *BACKGROUND])
    assert sorted([m.article.id for m in MAIN] + ["r1", "r2"]) in together


def test_without_the_rule_the_months_tellings_stay_apart(monkeypatch):
    """The test above can fail: with the join off, the month's tellings are a group of their own."""
    from timeline.events import regroup
    monkeypatch.setattr(regroup, "join_topic_acts", lambda *args: {})
    assert ["r1", "r2"] in joined([MAIN, RETOLD, HIRED, ROOF, *BACKGROUND])


def test_another_act_of_the_month_and_a_side_act_of_the_day_stay_apart():
    """Hiring the doctor is no act of the death's family; the roof's collapse is, but the day's
    eleven tellings never say "collapsed": a side happening of the day, not the death."""
    together = joined([MAIN, RETOLD, HIRED, ROOF, *BACKGROUND])
    assert ["h1", "h2"] in together and ["c1", "c2"] in together


def test_what_the_date_dates():
    weights = Weights(context_signature(m) for g in [MAIN, RETOLD, HIRED, ROOF, *BACKGROUND] for m in g)
    assert [topic_act(m, weights) for m in RETOLD] == ["death", "death"]
    assert topic_act(mention("x1", "Vantz died in June 2009 while on tour.", "June 2009"), weights) == "died"
    assert topic_act(mention("x2", "Vantz's June 2009 death shocked his fans.", "June 2009"), weights) == "death"
    # the nearest act word is another family's: the date is the hiring's
    assert topic_act(mention("x3", "Vantz, who died later, hired the doctor in June 2009.", "June 2009"), weights) == ""
    # a saying dates no act of the topic's
    assert topic_act(mention("x4", "Police said on 26 June that the death was not suspicious.", "26 June"), weights) == ""
    assert topic_act(HIRED[0], weights) == ""

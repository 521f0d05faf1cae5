"""Two articles' clauses of one day with two subjects and two verbs tell two happenings
(``events.doers_apart``); one act told with a shared object stays one. Invented names."""

from datetime import date

from timeline import build_timeline
from timeline.model import Article, PublishSource

DAY = date(2011, 3, 15)  # a Tuesday


def article(id_, text, published=DAY):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def day_groups(articles):
    timeline = build_timeline(articles)
    return sorted(sorted({m.article.id for m in e.mentions}) for e in timeline.events
                  if e.interval is not None and e.interval.days == 1)


def test_two_subjects_with_two_verbs_on_one_day_are_two_events():
    told = [
        article("a1", "Velmora warned Karvia Tuesday against meddling in the affairs of Ostrel, days after "
                      "Speaker Dorn Halvik said Karvia would defend Ostrel. Diplomats in Velmora called the words "
                      "a grave mistake."),
        article("a2", "Speaker Dorn Halvik softened his remarks on Ostrel Tuesday in Lisdorf, saying Karvia "
                      "would keep to its old policy. Aides said Halvik was tired."),
    ]
    assert day_groups(told) == [["a1"], ["a2"]]


def test_one_act_with_its_object_shared_stays_one_event():
    told = [
        article("b1", "Velmora closed the Ostrel border crossing Tuesday after a night of clashes."),
        article("b2", "Karvian guards shut the Ostrel border crossing Tuesday after clashes overnight."),
    ]
    assert day_groups(told) == [["b1", "b2"]]


def test_an_opening_adverb_and_a_fronted_day_hide_no_subject():
    told = [
        article("c1", "On Tuesday, Velmora again warned Karvia against meddling in the affairs of Ostrel, days after "
                      "Speaker Dorn Halvik said Karvia would defend Ostrel."),
        article("c2", "However, Speaker Dorn Halvik then softened his remarks on Ostrel Tuesday in Lisdorf, saying "
                      "Karvia would keep to its old policy."),
    ]
    assert day_groups(told) == [["c1"], ["c2"]]


def pair(first, second):
    from timeline.events.doers_apart import doers_apart
    from timeline.events.evidence import context_signature
    from timeline.events.similarity import Weights
    from timeline.extraction.mentions import extract_mentions
    (m,) = extract_mentions(article("p1", first))
    (other,) = extract_mentions(article("p2", second))
    return doers_apart(m, other, Weights(context_signature(x) for x in (m, other)))


def test_a_seat_of_government_and_its_countrys_leader_may_be_one_voice():
    assert pair("Velmora warned Karvia on Tuesday over the border guards of Velmora.",
                "Speaker Dorn Halvik softened his remarks on Tuesday.")
    assert not pair("Ottawa showered Lisbon with praise on Tuesday for the quotas it backed in Ottawa.",
                    "Canadian Premier Dora Kell thanked her Portuguese peer Rui Mato on Tuesday for his help.")

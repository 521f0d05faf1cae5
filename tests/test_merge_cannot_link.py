"""An apart decision binds to the end of merging (events.cannot_link): the joins of groups as wholes
(``regroup``) never put two mentions found two happenings into one group. Invented text."""

from datetime import date

from timeline.events.cannot_link import join_alike_groups_kept_apart
from timeline.events.evidence import context_signature
from timeline.events.similarity import Weights
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource

PUBLISHED = date(2009, 7, 20)
DIED = [("d1", "The singer Orlo Vantz collapsed and died at his Bel Air home on 25 June.", "25 June"),
        ("d2", "Orlo Vantz died at his home in Bel Air on 25 June after a cardiac arrest.", "25 June")]
COLLAPSED = [("c1", "Paramedics found Vantz in cardiac arrest at the Bel Air home on Thursday, 25 June.", "Thursday, 25 June"),
             ("c2", "Vantz suffered a cardiac arrest and collapsed at his Bel Air home on 25 June.", "25 June")]


def mention(id_, text, expression):
    told = Article(id=id_, path=f"{id_}.txt", text=text, published=PUBLISHED,
                   published_source=PublishSource.HEADER, language="en")
    (found,) = [m for m in extract_mentions(told) if m.expression.text == expression]
    return found


def joined(apart_ids=()):
    groups = [[mention(*told) for told in group] for group in (DIED, COLLAPSED)]
    weights = Weights(context_signature(m) for g in groups for m in g)
    by_id = {m.article.id: m for g in groups for m in g}
    apart = {}
    for x, y in apart_ids:
        apart.setdefault(id(by_id[x]), set()).add(id(by_id[y]))
        apart.setdefault(id(by_id[y]), set()).add(id(by_id[x]))
    return sorted(sorted(m.article.id for m in g) for g in join_alike_groups_kept_apart(groups, weights, apart))


def test_alike_groups_of_one_day_join_when_nothing_keeps_them_apart():
    assert joined() == [["c1", "c2", "d1", "d2"]]


def test_a_pair_found_two_happenings_keeps_its_groups_apart_in_the_join_as_wholes():
    assert joined([("d1", "c2")]) == [["c1", "c2"], ["d1", "d2"]]

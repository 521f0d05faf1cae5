"""A lone mention alike only one of a group's two tellings, by one chance word ("carrying",
"meet"), joins neither (events/thin.py): at exactly half the pairs alike a link must share what
was done (an act's family, two content words, a name beyond the cast of one reading's length)."""

from datetime import date

from timeline import build_timeline
from timeline.model import Article, PublishSource


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


#: a folder about a storm on the island of Ostrel, so that its story's words are common
STORM_DAYS = [
    (date(2012, 3, 1), "The storm flattened the harbour town of Ostrel on 1 March, officials said."),
    (date(2012, 3, 2), "Rain kept falling on Ostrel on 2 March as families searched the rubble."),
    (date(2012, 3, 3), "The island's governor asked for tents and water for Ostrel on 3 March."),
    (date(2012, 3, 4), "Roads to the north of Ostrel were cleared by soldiers on 4 March."),
    (date(2012, 3, 5), "Banks in Ostrel opened again on 5 March, with long queues outside."),
    (date(2012, 3, 6), "A cholera warning was issued for the camps of Ostrel on 6 March."),
    (date(2012, 3, 7), "Teachers held lessons in tents across Ostrel on 7 March."),
    (date(2012, 3, 8), "Fishermen of Ostrel went back to sea on 8 March for the first time."),
    (date(2012, 3, 9), "Power came back to half of Ostrel on 9 March, the utility said."),
]


def folder():
    return [article(f"f{n}", text, published) for n, (published, text) in enumerate(STORM_DAYS)]


def joined_with_lone(lone_text):
    """The groups :func:`cluster._join_strongest_first` makes of two alike tellings and a lone
    mention linked (as a weak edge) to the second telling only: exactly half the pairs alike."""
    from timeline.events import cluster
    from timeline.events.evidence import context_signature
    from timeline.events.pairs import Edge
    from timeline.events.similarity import Weights

    told = [
        article("p1", "Medical charity Helvana urged pilots to speed up landings of planes carrying medicine, "
                "after one carrying a field clinic was turned away on Saturday night.", date(2012, 3, 11)),
        article("p2", "Helvana urged pilots to speed up landings of aircraft carrying medicine, after one "
                "carrying a field clinic was turned away on Saturday night.", date(2012, 3, 12)),
        article("s1", lone_text, date(2012, 3, 13)),
    ]
    timeline = build_timeline(told + folder())
    placed = [m for m in timeline.mentions if m.interval is not None and m.furniture is None]
    placed.sort(key=lambda m: (m.interval.start, m.interval.end, m.article.id, m.expression.start))
    weights = Weights(context_signature(m) for m in placed)
    at = {m.article.id: k for k, m in enumerate(placed) if m.interval.start == date(2012, 3, 10)}
    p1, p2, s1 = at["p1"], at["p2"], at["s1"]
    edges = [Edge(3.0, True, *sorted((p1, p2))), Edge(1.1, False, *sorted((p2, s1)))]
    groups = cluster._join_strongest_first(placed, edges, weights)
    return [sorted(m.article.id for m in g) for g in groups if len(g) > 1]


def test_a_lone_link_of_one_chance_word_joins_no_group():
    lone = "On 10 March, the first freighter finally docked at Ostrel, carrying a cargo of rice and timber."
    assert joined_with_lone(lone) == [["p1", "p2"]]


def test_a_lone_link_telling_the_act_joins_the_group():
    lone = "A plane carrying a field clinic for Helvana was turned away from Ostrel on 10 March."
    assert joined_with_lone(lone) == [["p1", "p2", "s1"]]


def weighed_pair(first, second):
    """Two articles' first mentions, weighed against the storm folder with them."""
    from timeline.events.evidence import Evidence, Weighed, context_signature
    from timeline.events.similarity import Weights

    timeline = build_timeline([first, second] + folder())
    placed = [m for m in timeline.mentions if m.interval is not None and m.furniture is None]
    weights = Weights(context_signature(m) for m in placed)
    m, other = (next(m for m in placed if m.article.id == a.id) for a in (first, second))
    return m, other, Weighed(Evidence.of(m), weights), Weighed(Evidence.of(other), weights), weights


def test_a_month_remark_naming_the_days_agency_is_a_thin_link():
    from timeline.events.thin import thin_link

    month = article("m1", "I reported on the start of this work earlier this month at the Varnell laboratories.",
                    date(2012, 3, 11))
    day = article("d1", "Fifteen more cases were confirmed yesterday by Varnell, bringing the total to 240.",
                  date(2012, 3, 11))
    assert thin_link(*weighed_pair(month, day))


def test_one_act_family_is_no_thin_link():
    from timeline.events.thin import thin_link

    first = article("k1", "The ferry captain died on 10 March, the harbour master said.", date(2012, 3, 11))
    second = article("k2", "Relatives mourned the death of the captain on 10 March.", date(2012, 3, 12))
    assert not thin_link(*weighed_pair(first, second))

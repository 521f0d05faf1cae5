"""A day's group that mostly tells the folder's own happening, with a place or a clock time between
its act word and its date ("the quake … struck south of the port, Velmora, on 12 March"), joins
the day's main telling; another happening of that day stays apart (``events.topic_day``)."""

from datetime import date

from timeline.events.evidence import context_signature
from timeline.events.regroup import join_alike_groups
from timeline.events.similarity import Weights
from timeline.events.topic_day import tells_topic_act
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource

PUBLISHED = date(2011, 3, 15)
TOWNS = ["Bel Air", "Kellen", "Mersey Point", "Eskby", "Morrow", "Lindhaven", "Carrick", "Ostbury",
         "Pellam", "Tolliver", "Quenby"]


def mention(id_, text, expression="12 March"):
    art = Article(id=id_, path=f"{id_}.txt", text=text, published=PUBLISHED,
                  published_source=PublishSource.HEADER, language="en")
    (found,) = [m for m in extract_mentions(art) if m.expression.text == expression]
    return found


#: the quake's day told by eleven papers: its toll (the folder's happening)
MAIN = [mention(f"d{n}", f"The earthquake on 12 March killed hundreds of people in {town} and the quake left "
                         f"thousands homeless.") for n, town in enumerate(TOWNS)]
#: the shock itself, told with a place or a clock time before the date, and one line of its magnitude
STRUCK = [mention("s1", "The 6.8-magnitude quake, the region's worst in a century, struck south of the port "
                        "city, Velmora, on 12 March."),
          mention("s2", "The quake struck at 0412 local time (2312 GMT) on 12 March, close to the surface."),
          mention("s3", "Seismographs logged a reading of 6.8 near the port city on 12 March.")]
#: another happening of that day that names the quake: rescue teams set off
FLIGHTS = [mention("f1", "Rescue teams flew out of Norberg on 12 March after the quake."),
           mention("f2", "Two rescue teams flew out of Norberg with dogs on 12 March after the quake.")]
#: an act of another family's word on that day that the quake's tellings never say: a roof fell in
ROOF = [mention("c1", "The old theatre roof in Kellen collapsed on 12 March during a storm."),
        mention("c2", "A storm left the theatre roof collapsed in Kellen on 12 March.")]
BACKGROUND = [[mention(f"b{day}", f"Flood defences at Mersey Point were inspected on {day} February.",
                       f"{day} February")] for day in range(1, 21)]
ALL = [MAIN, STRUCK, FLIGHTS, ROOF, *BACKGROUND]


def joined(groups):
    weights = Weights(context_signature(m) for g in groups for m in g)
    return sorted(sorted(m.article.id for m in g) for g in join_alike_groups(groups, weights))


def test_the_shock_told_through_its_clause_joins_the_days_main_telling():
    assert sorted([m.article.id for m in MAIN] + ["s1", "s2", "s3"]) in joined(ALL)


def test_without_the_rule_the_shock_stays_a_group_of_its_own(monkeypatch):
    """The test above can fail: with the join off, the shock's tellings are a group of their own."""
    from timeline.events import topic_act
    monkeypatch.setattr(topic_act, "join_topic_days", lambda *args: {})
    assert ["s1", "s2", "s3"] in joined(ALL)


def test_other_happenings_of_the_day_stay_apart():
    """The rescue teams' flight names the quake after its date, and the roof's collapse is an act
    the quake's tellings never say: neither is the quake."""
    together = joined(ALL)
    assert ["f1", "f2"] in together and ["c1", "c2"] in together


def test_what_the_clause_dates():
    weights = Weights(context_signature(m) for g in ALL for m in g)
    assert [tells_topic_act(m, weights) for m in STRUCK] == ["struck", "struck", ""]
    assert [tells_topic_act(m, weights) for m in FLIGHTS] == ["", ""]
    # a possessive date dates the noun after it
    assert tells_topic_act(mention("x1", "Survivors of 12 March's quake slept outside."), weights) == "quake"
    # the nearest act word is another family's: the date is the flight's
    assert tells_topic_act(mention("x2", "After the quake, rescue teams flew out on 12 March."), weights) == ""
    # a saying dates no act of the topic's
    assert tells_topic_act(mention("x3", "Officials said on 12 March the quake struck at dawn."), weights) == ""

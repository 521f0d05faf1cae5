"""Two articles' mentions of one day that share no act word and only names of the story's cast
("Clinton" the envoy and "Clinton" the former president) tell two happenings (events/pairs.py)."""

from datetime import date

from timeline import build_timeline
from timeline.model import Article, PublishSource


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


#: a folder about a flood in Port Talen, where the Marro family is the story's cast
FLOOD_DAYS = [
    (date(2012, 5, 2), "The river burst its banks in Port Talen on 2 May, flooding the old town."),
    (date(2012, 5, 3), "Governor Ines Marro ordered the evacuation of Port Talen's old town on 3 May."),
    (date(2012, 5, 4), "Army boats reached the flooded streets of Port Talen on 4 May."),
    (date(2012, 5, 5), "Former premier Tomas Marro gave his villa to flood victims in Port Talen on 5 May."),
    (date(2012, 5, 6), "Ines Marro asked for foreign help for Port Talen on 6 May as the water rose."),
    (date(2012, 5, 7), "Fresh water ran out in the shelters of Port Talen on 7 May."),
    (date(2012, 5, 8), "Tomas Marro flew to the capital on 8 May to plead for Port Talen."),
    (date(2012, 5, 9), "The water began to fall in Port Talen on 9 May, leaving mud in every house."),
    (date(2012, 5, 10), "Schools in Port Talen stayed shut on 10 May as the cleanup began."),
    (date(2012, 5, 11), "Insurers sent assessors to Port Talen on 11 May to count the flood damage."),
    (date(2012, 5, 14), "The Marro family foundation opened a kitchen for flood victims in Port Talen on 14 May."),
]


def test_one_day_of_two_people_of_one_name_is_two_events():
    told = [
        article("c1", "Meanwhile, envoy Ines Marro said she would travel to Port Talen on Saturday.", date(2012, 5, 11)),
        article("c2", "The president also said he would meet the former premier Tomas Marro on Saturday to "
                "discuss Port Talen.", date(2012, 5, 10)),
    ]
    folder = [article(f"f{n}", text, published) for n, (published, text) in enumerate(FLOOD_DAYS)]
    timeline = build_timeline(told + folder)
    groups = [sorted(m.article.id for m in e.mentions) for e in timeline.events]
    holding = [g for g in groups if "c1" in g or "c2" in g]
    assert len(holding) == 2 and all(len({"c1", "c2"} & set(g)) == 1 for g in holding)  # both kept, apart

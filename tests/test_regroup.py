"""Groups of one happening joined as wholes (events.regroup), and one day named twice in a sentence."""

from datetime import date

from timeline import build_timeline
from timeline.events.evidence import context_signature
from timeline.events.regroup import join_alike_groups
from timeline.events.similarity import Weights
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def mention(id_, text, published, expression):
    (found,) = [m for m in extract_mentions(article(id_, text, published)) if m.expression.text == expression]
    return found


DIED = [("d1", "The singer Orlo Vantz collapsed and died at his Bel Air home on 25 June.", "25 June"),
        ("d2", "Orlo Vantz died at his home in Bel Air on 25 June after a cardiac arrest.", "25 June")]
COLLAPSED = [("c1", "Paramedics found Vantz in cardiac arrest at the Bel Air home on Thursday, 25 June.", "Thursday, 25 June"),
             ("c2", "Vantz suffered a cardiac arrest and collapsed at his Bel Air home on 25 June.", "25 June")]
MONTH = [("m1", "Vantz, who died at his Bel Air home in June 2009, was 50.", "June 2009"),
         ("m2", "The singer died of a cardiac arrest at home in Bel Air in June 2009.", "June 2009")]
STRIKE = [("s1", "Dockers at the port of Kellen walked out over pay on 25 June.", "25 June"),
          ("s2", "The Kellen dock strike over wages began on 25 June, the union said.", "25 June")]
OTHER_MONTH = [("o1", "A new ferry line to Kellen opened in June 2009 with two boats.", "June 2009"),
               ("o2", "Ferries to Kellen first sailed on a new line in June 2009.", "June 2009")]


def groups_of(*told):
    published = date(2009, 7, 20)
    return [[mention(id_, text, published, expression) for id_, text, expression in group] for group in told]


def joined(groups):
    weights = Weights(context_signature(m) for g in groups for m in g)
    return sorted(sorted(m.article.id for m in g) for g in join_alike_groups(groups, weights))


def test_one_days_groups_of_one_happening_join_and_another_happening_stays_apart():
    assert joined(groups_of(DIED, COLLAPSED, STRIKE)) == [["c1", "c2", "d1", "d2"], ["s1", "s2"]]


def test_a_month_group_joins_the_day_it_tells_and_not_another_day_of_that_month():
    assert joined(groups_of(DIED, STRIKE, MONTH, OTHER_MONTH)) == [
        ["d1", "d2", "m1", "m2"], ["o1", "o2"], ["s1", "s2"]]


def test_a_lone_mention_is_not_joined_as_a_whole():
    lone = [DIED[0]], [COLLAPSED[1]]
    assert joined(groups_of(*lone)) == [["c2"], ["d1"]]


def test_the_year_of_the_expressions_makes_no_groups_alike():
    years = [("y1", "Kellen elected a new mayor in 2009 after a long count.", "2009"),
             ("y2", "A new mayor took office in Kellen in 2009.", "2009")]
    assert joined(groups_of(DIED, years)) == [["d1", "d2"], ["y1", "y2"]]


def test_one_day_named_twice_in_a_sentence_is_one_event():
    text = "It is Wednesday, January the 12th, and the Kellen dock strike goes on."
    timeline = build_timeline([article("w", text, date(2011, 1, 12))])
    dated = [e for e in timeline.events if e.interval is not None]
    assert len(timeline.mentions) >= 2  # "Wednesday", "January the 12th" (or "January", "the 12th")
    assert len(dated) == 1 and dated[0].interval.start == date(2011, 1, 12)


INTERVIEW = [("i1", "Police interviewed Dr Kell Amsby for three hours at his Bel Air office on 27 June.", "27 June"),
             ("i2", "Detectives interviewed Dr Amsby, the doctor of Orlo Vantz, at his office on 27 June.", "27 June")]
DOCTOR_MONTH = [("n1", "Dr Kell Amsby, who treated Orlo Vantz, faces a lawsuit over his fees from June 2009.", "June 2009"),
                ("n2", "Dr Amsby of Bel Air was sued by Vantz's family over his fees in June 2009.", "June 2009")]
YEAR = [("y3", "Orlo Vantz collapsed on stage twice in 2009, at his Bel Air home and in Kellen.", "2009"),
        ("y4", "The singer Orlo Vantz collapsed at home in Bel Air several times in 2009.", "2009")]


def test_a_month_group_sharing_names_but_not_what_happened_stays_apart():
    assert joined(groups_of(INTERVIEW, DOCTOR_MONTH)) == [["i1", "i2"], ["n1", "n2"]]


def test_a_year_group_is_not_joined_to_a_day_it_holds():
    assert joined(groups_of(COLLAPSED, YEAR)) == [["c1", "c2"], ["y3", "y4"]]


TOUR = [("t1", "Vantz, who was 50, died in June 2009 while rehearsing for his farewell tour.", "June 2009"),
        ("t2", "The singer, 50, died in June 2009 during rehearsals for his farewell tour.", "June 2009")]


def test_a_month_group_finds_its_day_through_a_month_group_that_joined_it():
    """"Died in June 2009 while rehearsing" says little of the day's "died at his home on 25 June",
    but much of "who died at his home in June 2009, was 50", which told that day: one death."""
    assert joined(groups_of(DIED, MONTH, TOUR, STRIKE)) == [
        ["d1", "d2", "m1", "m2", "t1", "t2"], ["s1", "s2"]]


def test_a_clause_telling_only_the_topic_and_its_day_joins_that_days_main_group(monkeypatch):
    """"Since Thursday's flood" says which happening by the folder's topic and the day alone: it
    joins the day's main group, which tells of the flood too, and not the smaller strike group."""
    published = date(2009, 6, 27)  # a Saturday: "Thursday" is 25 June

    def group(*told):
        return [mention(id_, text, published, expression) for id_, text, expression in told]

    main = group(("f1", "The flood swept through Kellen on 25 June, destroying 400 homes.", "25 June"),
                 ("f2", "A flood destroyed 400 homes in Kellen on 25 June.", "25 June"),
                 ("f3", "On 25 June the flood tore through the town, destroying 400 homes.", "25 June"))
    strike = group(*STRIKE)
    since = group(("t1", "Aid has reached 3,000 families since Thursday's flood.", "Thursday"))
    background = [group((f"b{day}", f"Flood defences at Mersey Point were inspected on {day} June.", f"{day} June"))
                  for day in range(1, 11)]
    together = joined([main, strike, since, *background])
    assert ["f1", "f2", "f3", "t1"] in together and ["s1", "s2"] in together
    from timeline.events import regroup
    monkeypatch.setattr(regroup, "_join_told_by_topic", lambda *args: None)
    assert ["t1"] in joined([main, strike, since, *background])


def test_a_dated_noun():
    from timeline.events.dependent import dated_noun
    found = {m.expression.text: dated_noun(m) for m in extract_mentions(article(
        "n", "Sales rose after the singer's death on 25 June. Tuesday's earthquake was strong. "
             "Announcing the concert on Monday, he smiled.", date(2009, 7, 1)))}
    assert found == {"25 June": "death", "Tuesday": "earthquake", "Monday": None}


def test_a_possessive_dates_the_head_of_its_noun_phrase():
    from timeline.events.dependent import dated_noun
    found = {m.expression.text: dated_noun(m) for m in extract_mentions(article(
        "n", "Tuesday's devastating earthquake killed hundreds. Officials studied today's swine flu outbreak "
             "isolated in Ohio.", date(2009, 7, 1)))}
    assert found == {"Tuesday": "earthquake", "today": "outbreak"}


def test_one_years_groups_of_one_happening_join_and_another_happening_stays_apart(monkeypatch):
    """Two wordings of the 1998 storms of Kellen are one happening; a ferry line opened that year is
    another (``years``). Without the year join the storms' wordings stay two groups."""
    storms = [("y1", "Kellen was battered by four tropical storms in 1998 that wrecked its harbour.", "1998"),
              ("y2", "Four tropical storms battered Kellen in 1998, wrecking the harbour.", "1998")]
    recover = [("z1", "Kellen has still not recovered from the tropical storms of 1998 that wrecked the harbour.", "1998"),
               ("z2", "The harbour of Kellen, wrecked by tropical storms in 1998, has not recovered.", "1998")]
    ferry = [("f1", "A new ferry line to Kellen opened in 1998 with two boats.", "1998"),
             ("f2", "Ferries to Kellen first sailed on a new line in 1998.", "1998")]
    together = joined(groups_of(storms, recover, ferry))
    assert ["y1", "y2", "z1", "z2"] in together and ["f1", "f2"] in together
    from timeline.events import regroup
    monkeypatch.setattr(regroup, "one_year_groups", lambda common: iter(()))
    assert ["y1", "y2", "z1", "z2"] not in joined(groups_of(storms, recover, ferry))

"""One happening once, and no two happenings as one: what one article tells on two dates, one
value named twice in a sentence, and two articles sharing nothing of what was done or who did it.
Each test builds its own small invented articles."""

from datetime import date

from timeline import build_timeline
from timeline.events import pairs
from tests.test_merge_purity import article, dated_groups, works_folder
from tests.test_regroup import DIED, STRIKE, groups_of, joined, mention


def events_of(articles, article_id):
    """The events holding a mention of ``article_id``: (date label, mentions) each."""
    return sorted((e.label, len(e.mentions)) for e in build_timeline(articles).events
                  if any(m.article.id == article_id for m in e.mentions))


def test_one_article_telling_two_alike_acts_on_two_days_gives_two_events():
    """"In one raid on 14 March … in another raid on 16 March …": told alike, two dates, two acts."""
    told = [article("r1", "In one raid on 14 March, police in Kelmar arrested two smugglers carrying five rifles. "
                          "In another raid on 16 March, police in Kelmar arrested four smugglers carrying two "
                          "rifles.", date(2011, 3, 20))]
    assert [label for label, _ in events_of(told, "r1")] == ["Mon 14 Mar 2011", "Wed 16 Mar 2011"]


def test_one_sentence_comparing_two_months_gives_two_events():
    told = [article("p1", "Steel output in Ostrelia rose by 2 percent in August and fell by 2 percent in "
                          "September, the statistics office said.", date(2011, 10, 20))]
    assert [label for label, _ in events_of(told, "p1")] == ["Aug 2011", "Sep 2011"]
    # "fell in September … after rising … in August": the rise is a phrase of the fall (events.after_phrase), its
    # month no event of its own that would tell the fall; never the two months joined as one
    told = [article("p2", "Steel output in Ostrelia fell in September by 2 percent after rising by 2 percent in "
                          "August, the statistics office said.", date(2011, 10, 20))]
    assert events_of(told, "p2") == [("Sep 2011", 1)]


def test_one_value_named_twice_in_a_sentence_is_one_event():
    """"last year … in 2010": one reading of one sentence, one event, not two of one date."""
    told = [article("y1", "Ferry traffic to Kelmar doubled last year, and the port of Kelmar hired 40 pilots in "
                          "2010 to cope.", date(2011, 2, 3))]
    assert events_of(told, "y1") == [("2010", 2)]


def test_two_acts_sharing_only_a_common_word_and_the_background_are_two_events(monkeypatch):
    """Two articles of one day end with the same background sentence, and their clauses share no
    word: alike around, but no act and no one in common, so two happenings."""
    background = " The earthquake flattened the cathedral, the harbour cranes and the old market hall."
    day = date(2010, 1, 20)
    told = [
        article("c1", "Volunteers handed blankets to families sleeping near the cathedral ruins on Wednesday."
                + background, day),
        article("c2", "A footbridge over the harbour gave way under walkers crossing it on Wednesday."
                + background, day),
    ]
    groups = [g for g in dated_groups(works_folder(*told)) if any(id_.startswith("c") for id_ in g)]
    assert groups == [["c1"], ["c2"]]
    monkeypatch.setattr(pairs, "_nothing_telling_shared", lambda *args: False)
    assert [g for g in dated_groups(works_folder(*told)) if any(id_.startswith("c") for id_ in g)] == [["c1", "c2"]]


def test_one_act_told_by_two_articles_with_the_background_is_one_event():
    background = " The earthquake flattened the cathedral, the harbour cranes and the old market hall."
    day = date(2010, 1, 20)
    told = [
        article("b1", "Volunteers handed blankets to people sleeping near the cathedral ruins on Wednesday."
                + background, day),
        article("b2", "On Wednesday volunteers handed out blankets near the ruined cathedral." + background, day),
    ]
    groups = [g for g in dated_groups(works_folder(*told)) if any(id_.startswith("b") for id_ in g)]
    assert groups == [["b1", "b2"]]


def test_a_month_mention_of_a_widely_told_day_joins_it(monkeypatch):
    """"Vantz, who died in June 2009 aged 50" in one later article: the month of the death ten
    articles date to the day, so one event dated by the day; not the strike of that day."""
    homes = ["his Bel Air home", "his home in Bel Air", "home in Bel Air", "his Bel Air house", "the house"]
    died = [(f"d{n}", f"The singer Orlo Vantz died at {homes[n % 5]} on 25 June, aged 50, report {n} said.",
             "25 June") for n in range(10)]
    lone = [("l1", "Fans of Vantz, who died in June 2009 aged 50, queued all night for the tribute.", "June 2009")]
    # other news, so that the death's words are not the whole folder's topic
    background = [[mention(f"b{n}", f"Crew {n} repaired a water pipe in Kellen on {n % 28 + 1} May.",
                           date(2009, 6, 1), f"{n % 28 + 1} May")] for n in range(60)]
    groups = groups_of(died, STRIKE, lone) + background
    assert sorted([d for d, _, _ in died] + ["l1"]) in joined(groups)
    from timeline.events import regroup
    monkeypatch.setattr(regroup, "_join_lone_coarse", lambda *args: None)
    assert ["l1"] in joined(groups)


def test_a_month_mention_does_not_join_a_day_told_by_few():
    lone = [("l1", "Fans of Vantz, who died in June 2009 aged 50, queued all night for the tribute.", "June 2009")]
    assert ["l1"] in joined(groups_of(DIED, STRIKE, lone))


def test_a_day_group_of_few_articles_retelling_a_widely_told_day_joins_it(monkeypatch):
    """Two later articles retell the death in their own words ("died on 25 June from an overdose
    of a sedative"): too few to weigh against the day's pooled tellings, one death all the same."""
    homes = ["his Bel Air home", "his home in Bel Air", "home in Bel Air", "his Bel Air house", "the house"]
    died = [(f"d{n}", f"The singer Orlo Vantz died at {homes[n % 5]} on 25 June, aged 50, report {n} said.",
             "25 June") for n in range(10)]
    retold = [("r1", "Coroner Ama Quell ruled at the Lorrin inquest that Vantz died on 25 June after the "
                     "sedative Kelmorin stopped his breathing, aged 50.", "25 June"),
              ("r2", "An inquest in Lorrin heard Vantz died on 25 June, aged 50, once the sedative Kelmorin "
                     "stopped his breathing, coroner Ama Quell ruled.", "25 June")]
    background = [[mention(f"b{n}", f"Crew {n} repaired a water pipe in Kellen on {n % 28 + 1} May.",
                           date(2009, 6, 1), f"{n % 28 + 1} May")] for n in range(60)]
    groups = groups_of(died, STRIKE, retold) + background
    together = joined(groups)
    assert sorted([d for d, _, _ in died] + ["r1", "r2"]) in together and ["s1", "s2"] in together
    from timeline.events import regroup
    monkeypatch.setattr(regroup, "FEW_ARTICLES", 0)
    assert ["r1", "r2"] in joined(groups)

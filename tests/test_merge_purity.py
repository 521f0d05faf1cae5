"""Merges of different happenings told alike: each test builds its own small articles."""

from datetime import date, timedelta

from timeline import build_timeline
from timeline.events import cluster
from timeline.model import Article, PublishSource


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def dated_groups(articles):
    timeline = build_timeline(articles)
    return sorted(sorted(m.article.id for m in e.mentions) for e in timeline.events
                  if e.interval is not None and e.interval.days == 1)


def test_two_visits_by_one_person_on_different_days_are_two_events():
    visits = [
        article("v1", "Mayor Dara Quill visited the flooded town of Ostrel on Monday, bringing blankets and water.",
                date(2010, 1, 19)),
        article("v2", "Dara Quill visited Ostrel again on Friday to meet the families of the flood victims.",
                date(2010, 1, 23)),
        article("v4", "Quill visited Ostrel on 18 January with blankets and water for the flooded town.", date(2010, 2, 1)),
        article("v5", "Quill visited Ostrel on 22 January to meet the families of the flood victims.", date(2010, 2, 1)),
    ]
    assert dated_groups(visits) == [["v1", "v4"], ["v2", "v5"]]


#: a folder about one quake: other days' happenings, all naming the city and the quake (so "Port
#: Talen" and "earthquake" are the folder's topic, found in most of what it says)
QUAKE_DAYS = [
    (date(2010, 1, 12), "A magnitude 7.0 earthquake struck Port Talen on 12 January, flattening the cathedral."),
    (date(2010, 1, 13), "Rescue teams from Norway reached Port Talen on 13 January to search the earthquake rubble."),
    (date(2010, 1, 14), "The airport of Port Talen reopened to relief flights on 14 January after the earthquake."),
    (date(2010, 1, 15), "A girl was pulled alive from a collapsed school in Port Talen on 15 January, days after the "
                        "earthquake."),
    (date(2010, 1, 16), "Looters raided shops in the centre of Port Talen on 16 January as earthquake victims "
                        "waited for food."),
    (date(2010, 1, 17), "The government of Port Talen declared three days of mourning on 17 January for the "
                        "earthquake dead."),
    (date(2010, 1, 24), "Search teams in Port Talen ended the hunt for earthquake survivors on 24 January."),
    (date(2010, 1, 25), "Donors met in Montreal on 25 January to plan the rebuilding of Port Talen after the "
                        "earthquake."),
    (date(2010, 1, 26), "Schools in Port Talen stayed shut on 26 January, two weeks after the earthquake."),
    (date(2010, 1, 27), "Fuel prices in Port Talen doubled by 27 January, the earthquake having cut the roads."),
    (date(2010, 1, 28), "A field hospital in Port Talen treated its thousandth earthquake patient on 28 January."),
]


def test_an_aftershock_and_an_aid_visit_on_one_day_are_two_events():
    """The two share the city, the day and the quake: the folder's topic, not a happening."""
    day = date(2010, 1, 20)
    told = [
        article("a1", "A strong aftershock of magnitude 5.9 shook Port Talen on Wednesday, sending residents "
                "of the capital running into the streets.", day),
        article("a2", "The aftershock on Wednesday, measured at 5.9, collapsed buildings already weakened by "
                "the earthquake in Port Talen.", day),
        article("a3", "The envoy Ines Marro visited Port Talen on Wednesday to see aid deliveries to earthquake "
                "survivors in the capital.", day),
        article("a4", "Ines Marro toured aid distribution points in Port Talen on Wednesday and promised more "
                "help for survivors of the earthquake.", date(2010, 1, 21)),
    ]
    folder = [article(f"q{n}", text, published) for n, (published, text) in enumerate(QUAKE_DAYS)]
    groups = [g for g in dated_groups(told + folder) if any(id_.startswith("a") for id_ in g)]
    assert groups == [["a1", "a2"], ["a3", "a4"]]


def test_in_a_few_articles_of_one_happening_its_words_are_no_topic():
    """Three articles telling one death: what they all say is the happening (a folder too small to
    have a topic), so they stay one event."""
    told = [article("d1", "The singer Lena Marsh died at her home in Leeds on Tuesday, her family said.",
                    date(2009, 6, 24)),
            article("d2", "Lena Marsh died at her home in Leeds on Tuesday, aged 61, her family said.",
                    date(2009, 6, 24)),
            article("d3", "The family of Lena Marsh said the singer died on Tuesday at her Leeds home.",
                    date(2009, 6, 25))]
    assert dated_groups(told) == [["d1", "d2", "d3"]]


#: a folder about one outbreak: other days' news, so "marsh fever" is its topic
FEVER_DAYS = [
    (date(2011, 3, day), f"Health officials said on {day} March that marsh fever had spread to {n} more villages.")
    for day, n in ((2, 3), (3, 5), (4, 6), (7, 8), (8, 9), (9, 11), (10, 12), (11, 14), (14, 15), (15, 17))
] + [
    (date(2011, 3, day), f"{place} confirmed its first case of marsh fever on {day} March, a traveller.")
    for day, place in ((5, "Kelmar"), (6, "Ashvale"), (12, "Torrin"), (16, "Belmoor"))
]


def fever_folder(*told):
    background = [article(f"bg{n}", text, published) for n, (published, text) in enumerate(FEVER_DAYS)]
    return background + list(told)


def test_two_countries_first_cases_on_one_day_are_two_events(monkeypatch):
    first_cases = [
        article("c1", "The health ministry of Ostrelia confirmed the country's first case of marsh fever on "
                      "Saturday, a nurse back from a conference.", date(2011, 3, 21)),
        article("c2", "Officials in Vantoria said a student caught marsh fever on Saturday, the first case there.",
                date(2011, 3, 21)),
    ]
    assert ["c1", "c2"] not in dated_groups(fever_folder(*first_cases))
    from timeline.events import pairs
    monkeypatch.setattr(pairs, "NAMES_CLASH", 0.0)  # without the names veto they were one
    monkeypatch.setattr(cluster, "split_by_act", lambda groups, weights: groups)  # (and without the act cut)
    assert ["c1", "c2"] in dated_groups(fever_folder(*first_cases))


def test_one_happening_told_three_ways_with_the_same_names_is_one_event():
    told = [
        article("t1", "Governor Ilsa Marrow closed every school in Drennick on Saturday to slow the marsh fever.",
                date(2011, 3, 21)),
        article("t2", "On Saturday Marrow ordered the Drennick schools shut, fearing the marsh fever would spread.",
                date(2011, 3, 21)),
        article("t3", "Schools across Drennick stayed closed after Ilsa Marrow's order on Saturday, parents said.",
                date(2011, 3, 22)),
    ]
    assert ["t1", "t2", "t3"] in dated_groups(fever_folder(*told))


def test_a_live_pages_entries_run_into_one_sentence_stay_apart():
    """A live page's entries, their stamps glued by the splitter into one sentence, are not one
    date in pieces: each stamp is its own time of day."""
    from timeline.events.pairs import two_moments
    from timeline.temporal.sentences import sentence_bounds

    text = "2332 GMT: Rescuers pulled a boy from the rubble 2325 GMT: The port reopened to aid ships"
    timeline = build_timeline([article("live", text, date(2010, 1, 20))])
    mentions = sorted((m for e in timeline.events for m in e.mentions), key=lambda m: m.expression.start)
    assert len(sentence_bounds(text)) == 1
    assert [m.expression.text for m in mentions] == ["2332 GMT", "2325 GMT"]
    assert mentions[0].interval == mentions[1].interval  # one day, two times of it
    assert two_moments(mentions[0], mentions[1])
    assert all(len(e.mentions) == 1 for e in timeline.events)


#: a folder about one outbreak told day by day in "today" words, so "marsh fever" is its topic
TODAY_DAYS = [
    (date(2011, 3, day), f"Health officials said today that marsh fever had spread to {n} more villages.")
    for day, n in ((2, 3), (3, 5), (4, 6), (7, 8), (8, 9), (9, 11), (10, 12), (11, 14), (14, 15), (15, 17))
]


def today_folder(*told):
    background = [article(f"bg{n}", text, published) for n, (published, text) in enumerate(TODAY_DAYS)]
    return background + list(told)


def test_two_happenings_told_as_today_in_articles_of_one_day_are_two_events():
    """Every article of a day says "today": agreeing on it is no sign of one happening."""
    day = date(2011, 3, 21)
    told = [
        article("d1", "Dr Orla Penn of the fever clinic will answer readers' questions online at noon today.", day),
        article("d2", "Officials said today that two more schools would close and that readers could find the list "
                      "online.", day),
    ]
    groups = dated_groups(today_folder(*told))
    assert ["d1"] in groups and ["d2"] in groups  # each its own event, neither lost nor joined elsewhere


def test_one_happening_told_as_today_by_two_articles_is_one_event():
    day = date(2011, 3, 21)
    told = [
        article("s1", "Governor Ilsa Marrow today closed every school in Drennick to slow the marsh fever.", day),
        article("s2", "Ilsa Marrow ordered every Drennick school closed today, fearing the marsh fever would "
                      "spread.", day),
    ]
    assert ["s1", "s2"] in dated_groups(today_folder(*told))


def test_two_acts_told_as_today_in_one_sentence_are_two_events(monkeypatch):
    told = [article("o1", "Five pupils at the Kestrel academy fell ill today, as the national agency today raised "
                          "its tally of marsh fever villages to forty.", date(2011, 3, 21))]
    groups = [g for g in dated_groups(today_folder(*told)) if "o1" in g]
    assert groups == [["o1"], ["o1"]]
    from timeline.events import pairs
    monkeypatch.setattr(pairs, "from_writing_day", lambda mention: False)  # as "on the 21st … the 21st"
    assert [g for g in dated_groups(today_folder(*told)) if "o1" in g] == [["o1"], ["o1"]]


def test_three_acts_told_with_one_calendar_date_are_three_events():
    """"On 25 January" in three articles of one folder: the "25" they share is the date, which
    the intervals already compared, not a word of what happened."""
    day = date(2010, 1, 25)
    told = [
        article("j1", "The hospital director of Port Talen said on 25 January that surgeons were still "
                "lacking after the earthquake.", date(2010, 1, 27)),
        article("j2", "Engineers reopened the northern bridge of Port Talen on 25 January, months after "
                "the earthquake cracked it.", date(2010, 1, 26)),
        article("j3", "A concert for the earthquake victims of Port Talen was staged in Vienna on 25 January.",
                day),
    ]
    folder = [article(f"q{n}", text, published) for n, (published, text) in enumerate(QUAKE_DAYS)]
    groups = [g for g in dated_groups(told + folder) if any(id_.startswith("j") for id_ in g)]
    assert groups == [["j1"], ["j2"], ["j3"]]


def test_two_moments_of_one_article_are_two_events():
    """One page telling two statements of one day at two clock times: two acts, however alike
    the words around them (the same speaker, the same titles)."""
    page = article("p1", "Secretary General Dara Quill of the Relief Office said at 16:16 GMT that the "
                   "Relief Office would launch an appeal for flood aid. Secretary General Dara Quill of the "
                   "Relief Office said at 16:30 GMT that the flood rescue was a monumental task.",
                   date(2010, 1, 15))
    timeline = build_timeline([page])
    clocks = [e for e in timeline.events if e.interval is not None
              and any(":" in m.expression.text for m in e.mentions)]
    assert sorted(len(e.mentions) for e in clocks) == [1, 1]


def test_a_clause_saying_only_the_topic_and_its_year_stands_for_its_sentence():
    """"The marsh fever of 1957" says nothing of its own beyond the folder's topic and the year: its
    sentence, told alike by two articles, says what happened."""
    told = [article(f"p{n}", "The marsh fever of 1957 and that of 1968 killed two million people in the hills.",
                    date(2011, 3, 20 + n)) for n in (1, 2)]
    timeline = build_timeline(fever_folder(*told))
    years = [sorted(m.article.id for m in e.mentions) for e in timeline.events
             if e.interval is not None and e.interval.start == date(1957, 1, 1)]
    assert years == [["p1", "p2"]]


def trial_folder(*told):
    """A folder about one trial (so "Brask" and "trial" are its topic): other days' hearings."""
    hearings = [(date(2011, 10, day), f"The fraud trial of the banker Teodor Brask heard a {what} on {day} October.")
                for day, what in ((3, "clerk"), (4, "notary"), (6, "broker"), (10, "courier"), (11, "landlord"),
                                  (13, "chauffeur"), (17, "valuer"), (18, "pilot"), (19, "porter"), (20, "jeweller"))]
    return [article(f"h{n}", text, published) for n, (published, text) in enumerate(hearings)] + list(told)


def test_a_week_mention_joins_only_what_it_tells():
    """"Earlier this week" holds Tuesday, and both sentences name the trial's people: a week mention
    joins a day's happening only when their clauses share what was done, not only who or when."""
    told = [
        article("d1", "Ilse Marr was testifying on Tuesday at the fraud trial of the banker Teodor Brask.",
                date(2011, 10, 26)),
        article("d2", "Ilse Marr, who kept Teodor Brask's ledgers, is expected to tell jurors more when she "
                      "continues testifying on Tuesday.", date(2011, 10, 24)),
        article("w1", "Lawyers for Teodor Brask, who hired Ilse Marr, have moved quickly through defence witnesses "
                      "since opening their case earlier this week.", date(2011, 10, 27)),
        article("w2", "Ilse Marr told the trial of Teodor Brask this week that she testified under threat.",
                date(2011, 10, 28)),
    ]
    groups = [g for g in dated_groups(trial_folder(*told)) if any(id_[0] in "dw" for id_ in g)]
    assert groups == [["d1", "d2", "w2"]]


def test_a_week_mention_telling_the_same_act_in_other_words_joins_it():
    """"At the weekend a 38-year-old became the first victim" and "Mara Kell, 38, died on Sunday":
    no content word in common, but the number says it is one act."""
    told = [
        article("k1", "At the weekend a 38-year-old woman from Dunmore became the first victim of the fever "
                      "outside the valley.", date(2011, 3, 22)),
        article("k2", "Mara Kell, 38, died on Sunday at the Royal Infirmary in Dunmore.", date(2011, 3, 21)),
    ]
    assert ["k1", "k2"] in dated_groups(fever_folder(*told))


def test_two_acts_of_one_year_told_with_the_same_names_are_two_events():
    """A year holds many of a story's acts: one joins another article's mention of that year only
    when their clauses share what was done (or a telling number), not only the place and the year."""
    told = [
        article("y1", "A vaccine against marsh fever was tested on volunteers in Ostrel in 1976.", date(2011, 3, 20)),
        article("y2", "An outbreak of marsh fever in Ostrel in 1976 infected 200 people.", date(2011, 3, 21)),
        article("y3", "In 1976 an outbreak in Ostrel infected 200 people with marsh fever.", date(2011, 3, 22)),
    ]
    timeline = build_timeline(fever_folder(*told))
    years = sorted(sorted(m.article.id for m in e.mentions) for e in timeline.events
                   if e.interval is not None and e.interval.start == date(1976, 1, 1))
    assert years == [["y1"], ["y2", "y3"]]


def works_folder(*told):
    """A folder of 70 repair works after a quake, one in seven "helping people": "people" is common
    in it (in one text of six), not its topic."""
    tasks = ["cleared a road", "rebuilt a bridge", "repaired a school", "fixed a water pipe", "opened a clinic",
             "restored power lines", "dug a well"]
    works = []
    for n in range(70):
        day = date(2010, 2, 1) + timedelta(days=n)
        helping = ", helping people nearby" if n % 7 == 0 else ""
        works.append(article(f"r{n}", f"Crew {n} of the Port Talen works office {tasks[n % len(tasks)]} on "
                                      f"{day.day} {day:%B} after the earthquake{helping}.", day))
    return works + list(told)


def test_a_word_common_in_the_folder_is_half_a_shared_word():
    """A charity's tents and a hotel rescue on one day share only "people" beyond the folder's topic:
    a word that common is no sign of one happening; with the charity's name and what it flew, it is."""
    background = " The earthquake flattened the cathedral, the harbour cranes and the old market hall."
    day = date(2010, 1, 20)
    told = [
        article("c1", "Aid for Port Talen\n\nThe charity Brightwell flew tents to people in Port Talen on "
                      "Wednesday." + background, day),
        article("c2", "Port Talen rescue\n\nRescuers pulled people from a collapsed hotel in Port Talen on "
                      "Wednesday." + background, day),
        article("c3", "Brightwell tents\n\nBrightwell flew tents for people into Port Talen on Wednesday."
                + background, day),
    ]
    groups = [g for g in dated_groups(works_folder(*told)) if any(id_.startswith("c") for id_ in g)]
    assert groups == [["c1", "c3"], ["c2"]]


def test_a_saying_and_the_act_it_is_about_on_one_day_are_two_events(monkeypatch):
    """"The governor said on Sunday …" dates the saying; "the harbour reopened on Sunday" the
    reopening: two happenings of one day, however alike their words."""
    day = date(2011, 3, 21)
    told = [
        article("k1", "Governor Ilsa Marrow said on Sunday that reopening the Drennick harbour after the "
                      "quarantine was the right choice.", day),
        article("k2", "The Drennick harbour reopened on Sunday after the quarantine was lifted.", day),
    ]
    groups = dated_groups(today_folder(*told))
    assert ["k1"] in groups and ["k2"] in groups
    from timeline.events import evidence
    monkeypatch.setattr(evidence, "says", lambda mention: False)  # both read as acts: one event
    assert ["k1", "k2"] in dated_groups(today_folder(*told))


def test_one_saying_told_by_two_articles_is_one_event():
    day = date(2011, 3, 21)
    told = [
        article("k1", "Governor Ilsa Marrow said on Sunday that the Drennick harbour would reopen.", day),
        article("k2", "The Drennick harbour will reopen, Governor Ilsa Marrow said on Sunday.", day),
    ]
    assert ["k1", "k2"] in dated_groups(today_folder(*told))


def test_a_condition_joins_no_happening(monkeypatch):
    """"If the fever reached Drennick today, …" tells no happening: it joins none told alike."""
    day = date(2011, 3, 21)
    told = [
        article("f1", "If the marsh fever reached the Drennick harbour today, its clinics would close.", day),
        article("f2", "The marsh fever reached the Drennick harbour today, and its clinics closed.", day),
    ]
    groups = dated_groups(today_folder(*told))
    assert ["f2"] in groups and not any("f1" in g for g in groups)
    from timeline.events import dependent, evidence
    monkeypatch.setattr(dependent, "_condition", lambda text, expression, w: False)
    monkeypatch.setattr(evidence, "role", lambda mention: None)
    assert ["f1", "f2"] in dated_groups(today_folder(*told))

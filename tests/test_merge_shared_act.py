"""Two articles' mentions joined by the story's words rather than a shared act: each test builds
its own small invented articles."""

from datetime import date

from timeline import build_timeline

from test_merge_purity import QUAKE_DAYS
from test_merge_topic_day import article, groups_with


QUAKE = [article(f"q{n}", text, published) for n, (published, text) in enumerate(QUAKE_DAYS)]

#: two acts of one day whose clauses share only the folder's topic ("Port Talen"), told around with
#: the same words (flights, passengers, the airport)
SCREENING = [
    article("c1", "Health officials said 160 passengers arriving from Port Talen yesterday were screened. "
            "Every flight is met at the airport and passengers with a high temperature are held.",
            date(2010, 1, 21)),
    article("c2", "The steward had a high temperature on Wednesday night before the return flight but was allowed "
            "through the controls at Port Talen airport. Passengers on his flight were later traced.",
            date(2010, 1, 21)),
]


def test_clauses_sharing_only_the_topic_are_two_events():
    """The screening and the steward's fever share the city (the folder's topic) in their clauses,
    flights and an airport around them: not one act."""
    assert not any({"c1", "c2"} <= set(g) for g in groups_with("c", QUAKE + SCREENING))


def test_without_the_rule_the_screening_and_the_fever_were_one(monkeypatch):
    from timeline.events import pairs
    monkeypatch.setattr(pairs, "clauses_share_beyond_topic", lambda *args: True)
    monkeypatch.setattr(pairs, "clauses_share_beyond_cast", lambda *args: True)  # nor only the cast
    assert any({"c1", "c2"} <= set(g) for g in groups_with("c", QUAKE + SCREENING))


#: a week's campaign and an official's remarks of a day in it, sharing only words common in the folder
WEEK = [
    article("w1", "Officials from the agency's member states have been pushing this week for a new "
            "definition of the alert level to reduce the risk of public panic.", date(2009, 5, 23)),
    article("w2", "A senior official, Kel Darrow, told reporters on Friday that the agency was looking "
            "for a substantial rise in the risk of harm.", date(2009, 5, 23)),
]


def _week_pair(common):
    """Whether the week's and the day's mentions of ``WEEK`` tell different acts, in a folder of a
    hundred texts where the ``common`` stems stand in ten (common, not the topic)."""
    from timeline.events.evidence import Evidence, Weighed
    from timeline.events.shared_words import _acts_apart
    from timeline.events.similarity import Signature, Weights
    timeline = build_timeline(WEEK)
    week, day = (next(m for m in timeline.mentions if m.article.id == id_) for id_ in ("w1", "w2"))
    signatures = [Signature(frozenset(), frozenset(common if n < 10 else {f"filler{n}"})) for n in range(100)]
    weights = Weights(signatures)
    return _acts_apart(week, day, Weighed(Evidence.of(week), weights), Weighed(Evidence.of(day), weights), weights)


def test_a_weeks_act_sharing_only_common_words_with_a_days_act_is_another():
    """"officials … pushing this week … the risk" and "an official told reporters on Friday … the
    risk": the story's words (common in the folder), not an act."""
    assert _week_pair({"offici", "risk", "agency"})


def test_a_weeks_act_sharing_a_word_of_its_own_may_be_one():
    """The same pair where "risk" is rare in the folder: a word of their own, as before."""
    assert not _week_pair({"offici", "agency"})


#: a date of the quake after "since" and "following": the quake's day, not the rescue's or the arrival's
SINCE = [
    article("m1", "A magnitude 7.0 earthquake struck Port Talen on Tuesday, flattening the cathedral and "
            "the harbour.", date(2010, 1, 13)),
    article("m2", "The earthquake flattened the cathedral and the harbour of Port Talen on Tuesday.",
            date(2010, 1, 13)),
    article("r1", "The agency says 132 people have been rescued since the earthquake 11 days ago.",
            date(2010, 1, 23)),
    article("r2", "Aid workers from Norway have begun arriving to help relief efforts following the "
            "earthquake on Tuesday.", date(2010, 1, 15)),
]


def test_a_topic_phrase_after_since_or_following_dates_the_topic():
    """Both dates are the quake's: each mention joins the quake's own tellings (its day's main event)."""
    groups = groups_with("r", QUAKE + SINCE)
    assert any({"m1", "m2", "r1", "r2"} <= set(g) for g in groups)


def test_without_since_and_following_the_dates_stayed_apart(monkeypatch):
    from timeline.events import topical
    words = topical._words

    def without(language):
        family, determiners, relatives, function = words(language)
        return family, determiners, relatives, function - {"since", "following"}

    monkeypatch.setattr(topical, "_words", without)
    monkeypatch.setattr(topical, "_noun_before", topical._noun_before.__wrapped__)
    groups = groups_with("r", QUAKE + SINCE)
    assert not any({"m1", "m2", "r1", "r2"} <= set(g) for g in groups)


def test_a_postponement_and_the_act_it_moves_to_share_a_common_word_and_are_one():
    """"The trial … has been postponed until September" (a state's end) and "due to stand trial in
    September" share only "trial", a word of many texts of a folder about a trial: one happening,
    the trial's start, however common its word."""
    from timeline.events.evidence import Evidence, Weighed
    from timeline.events.shared_words import _bound_apart
    from timeline.events.similarity import Signature, Weights
    told = [article("t1", "The trial of the surgeon Ode Flint has been postponed until September.", date(2011, 3, 1)),
            article("t2", "Ode Flint is due to stand trial in September.", date(2011, 3, 2))]
    timeline = build_timeline(told)
    bound, act = (next(m for m in timeline.mentions if m.article.id == id_) for id_ in ("t1", "t2"))
    weights = Weights([Signature(frozenset(), frozenset({"trial"} if n < 10 else {f"filler{n}"})) for n in range(100)])
    a, b = Weighed(Evidence.of(bound), weights), Weighed(Evidence.of(act), weights)
    assert (a.act, b.act) == ("boundary", "")
    assert not _bound_apart(bound, act, a, b, weights)

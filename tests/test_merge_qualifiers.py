"""Two articles' mentions joined by words that tell no act: a qualifier of an amount or a moment
("at least", "nearly") shared by chance. Each test builds its own small invented articles."""

from datetime import date

from timeline import build_timeline

from test_merge_topic_day import article


#: an aftershock told after a survivor's words, and an agency's loss of staff, on one day: both say
#: "at least", nothing else beyond the folder's topic
AT_LEAST = [
    article("h1", "It is worse than the floods, where at least we had the help of the local police, and "
            "on Saturday morning a strong aftershock struck close to the harbour, forcing people to flee "
            "their shelters.", date(2010, 1, 17)),
    article("h2", "The relief agency lost at least 40 staff in the disaster, and confirmed on Saturday that its "
            "regional director had been found dead in the rubble of its offices.", date(2010, 1, 17)),
]


def _mentions(articles, first, second):
    timeline = build_timeline(articles)
    return [next(m for m in timeline.mentions if m.article.id == id_) for id_ in (first, second)]


def _weighed(a, b):
    """The two mentions weighed in a folder of a hundred texts sharing none of their words."""
    from timeline.events.evidence import Evidence, Weighed
    from timeline.events.similarity import Signature, Weights
    weights = Weights([Signature(frozenset(), frozenset({f"filler{n}"})) for n in range(100)])
    return Weighed(Evidence.of(a), weights), Weighed(Evidence.of(b), weights), weights


def _nothing_shared(articles, first, second):
    from timeline.events.shared_words import _nothing_telling_shared
    a, b = _mentions(articles, first, second)
    return _nothing_telling_shared(a, b, *_weighed(a, b))


def _clear():
    from timeline.events import shared_words
    for cached in (shared_words._kept_acts, shared_words._words_of, shared_words._acts_of):
        cached.cache_clear()


def test_a_shared_at_least_tells_no_act_of_one_day():
    """The aftershock and the agency's confirmation share "at least", not an act."""
    assert _nothing_shared(AT_LEAST, "h1", "h2")


def test_without_qualifiers_at_least_was_a_shared_act(monkeypatch):
    """The test above can fail: with no qualifier words listed, "least" is a shared act word."""
    from timeline.events import shared_words
    monkeypatch.setattr(shared_words, "_qualifiers", lambda language: frozenset())
    _clear()
    try:
        assert not _nothing_shared(AT_LEAST, "h1", "h2")
    finally:
        _clear()


def test_qualifiers_are_read_from_the_language_resource():
    from timeline.events.shared_words import _qualifiers
    assert {"least", "nearly"} <= _qualifiers("en")
    assert _qualifiers("xx") == frozenset()


#: an ambush "early Saturday" and a call "last weekend" for "early elections": a weekend's mention and a
#: day's sharing only "early", which qualifies a moment ("early Saturday"), no act
EARLY = [
    article("e1", "A colonel of the coast guard was wounded in an ambush on the harbour road early Saturday, "
            "witnesses said.", date(2011, 4, 16)),
    article("e2", "The premier had been due to meet the regional council after his call last weekend for early "
            "elections.", date(2011, 4, 16)),
]


def test_a_shared_early_tells_no_act_of_a_weekend():
    from timeline.events.shared_words import _acts_apart
    _clear()
    a, b = _mentions(EARLY, "e1", "e2")
    assert _acts_apart(a, b, *_weighed(a, b))

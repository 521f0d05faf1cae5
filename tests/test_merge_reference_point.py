"""A date told only as a reference point ("a visit that had been scheduled for Sunday") joins the day's
act told in another article only when the two clauses are strongly alike (events/reference_point.py)."""

from datetime import date

from timeline import build_timeline
from timeline.model import Article, PublishSource


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def groups_of(articles):
    timeline = build_timeline(articles)
    return sorted(sorted(m.article.id for m in e.mentions) for e in timeline.events if e.interval is not None)


POSTPONED = article("p1", "Premier Ines Marro has postponed a visit to Ostrel that had been scheduled for Sunday, "
                          "her spokesman told reporters.", date(2010, 3, 13))
MET = article("p2", "Premier Ines Marro and President Tomas Quill met on Sunday in Vantor for the first time in "
                    "a year, raising hopes for peace.", date(2010, 3, 14))


def test_a_plan_called_off_joins_no_other_act_of_its_day():
    """The postponing is not the meeting: the plan's Sunday is a reference point, so it makes no
    event of its own and joins none."""
    assert groups_of([POSTPONED, MET]) == [["p2"]]


def test_without_the_reference_point_check_the_two_would_join(monkeypatch):
    from timeline.events import pairs
    monkeypatch.setattr(pairs, "reference_and_act", lambda m, other, weights: False)
    assert groups_of([POSTPONED, MET]) == [["p1", "p2"]]


def test_a_plan_and_its_act_told_in_one_article_are_weighed_as_before():
    """Two mentions of one article are no reference-point pair: ``pairs`` weighs them as it always does."""
    from timeline.events.reference_point import reference_and_act
    timeline = build_timeline([article("p3", "Premier Ines Marro postponed a visit that had been scheduled for "
                                             "Sunday. She met President Tomas Quill on Sunday instead.",
                                       date(2010, 3, 15))])
    mentions = [m for e in timeline.events for m in e.mentions]
    assert all(not reference_and_act(a, b, None) for a in mentions for b in mentions)


def _mentions(id_, text, published):
    from timeline.extraction.mentions import extract_mentions
    return extract_mentions(article(id_, text, published))


def test_a_reference_point_whose_side_part_the_other_clause_tells_is_no_reference_pair():
    """"hiked its fever alert level to 5 from 3 this week" (a baseline's week) dates the raise told by "raised
    the fever alert level to 5 on Wednesday night", and "details about Thursday's meeting" the meeting
    "ministers held … on Thursday": the side part's words are in the other clause, so each pair is weighed
    as any other; across (the raise and the meeting) each is a reference point only."""
    from timeline.events.dependent import role
    from timeline.events.evidence import context_signature
    from timeline.events.reference_point import reference_and_act
    from timeline.events.similarity import Weights
    hiked, = _mentions("a", "But the agency hiked its fever alert level to 5 from 3 this week , citing the rapid "
                            "spread .", date(2010, 5, 7))
    details, = _mentions("b", "Further details about Thursday 's meeting of the ministers have to be worked out .",
                         date(2010, 5, 12))
    raised, = _mentions("c", "Director Ada Venn raised the fever alert level to 5 on Wednesday night in Ostrel .",
                        date(2010, 5, 6))
    met, = _mentions("d", "Health ministers held an emergency meeting in Vantor on Thursday .", date(2010, 5, 7))
    assert role(hiked) and role(details) and role(raised) is None and role(met) is None
    weights = Weights(context_signature(m) for m in (hiked, details, raised, met))
    assert not reference_and_act(hiked, raised, weights) and not reference_and_act(met, details, weights)
    assert reference_and_act(hiked, met, weights) and reference_and_act(raised, details, weights)


def test_the_noun_a_reference_points_date_owns_tells_its_side_part():
    """"following the October 8 flood" dates the flood "a huge flood hit Vantor on Oct. 8" tells, and "as part
    of Friday's Harbour Aid telethon" the telethon: the words right after the date name the side part."""
    from timeline.events.dependent import role
    from timeline.events.evidence import context_signature
    from timeline.events.reference_point import reference_and_act
    from timeline.events.similarity import Weights
    loan, = _mentions("l", "The bank announced a second loan following the October 8 flood which killed more than "
                           "700 people in Vantor .", date(2010, 10, 20))
    flood, = _mentions("f", "A huge flood hit Vantor on Oct. 8 , killing more than 700 people .", date(2010, 10, 9))
    part, = _mentions("p", "Singers Ode Flint and Ada Venn are due to appear in Ostrel for a group performance as "
                           "part of Friday 's Harbour Aid telethon .", date(2010, 10, 20))
    telethon, = _mentions("t", "The Harbour Aid telethon raised five million on Friday .", date(2010, 10, 23))
    met, = _mentions("m", "Premier Ines Marro met the bank 's board on Friday .", date(2010, 10, 23))
    assert role(loan) and role(part) and role(flood) is None and role(telethon) is None and role(met) is None
    weights = Weights(context_signature(m) for m in (loan, flood, part, telethon, met))
    assert not reference_and_act(loan, flood, weights) and not reference_and_act(part, telethon, weights)
    assert reference_and_act(part, met, weights)


def _pair(a, b):
    from timeline.events.evidence import context_signature
    from timeline.events.reference_point import reference_and_act
    from timeline.events.similarity import Weights
    (m,), (o,) = _mentions(*a), _mentions(*b)
    return reference_and_act(m, o, Weights(context_signature(x) for x in (m, o)))


def test_a_month_s_name_in_lower_case_is_a_side_part_s_word():
    """"ahead of the march on Saturday": "march" is a walk, not the month, and "marched" tells it."""
    ahead = ("e", "Police in Ostrel were on alert ahead of the march on Saturday , officials said .", date(2024, 5, 8))
    marched = ("f", "Thousands of dockers marched through Ostrel on Saturday , officials said .", date(2024, 5, 8))
    assert not _pair(ahead, marched)
    owned = ("g", "Police in Ostrel were on alert ahead of Saturday 's march .", date(2024, 5, 8))
    assert not _pair(owned, marched)


def test_the_noun_and_the_verb_of_one_act_tell_one_side_part():
    """A side part's noun ("vote", "election", "runoff") is told by its verb or spelling in the other clause."""
    day = date(2024, 5, 6)
    assert not _pair(("a", "Traders sold the crown ahead of Sunday 's vote .", day),
                     ("b", "Lindavians voted on Sunday in a tight race .", day))
    assert not _pair(("a", "The crown fell ahead of the election on Sunday .", day),
                     ("b", "Lindavia elected a new parliament on Sunday .", day))
    assert not _pair(("a", "The capital was calm ahead of Sunday 's runoff .", day),
                     ("b", "Marro won the run-off on Sunday .", day))
    assert not _pair(("a", "Aftershocks rattled the hill towns after Tuesday 's quake .", date(2024, 5, 8)),
                     ("b", "An earthquake struck Vardo on Tuesday , killing 40 .", date(2024, 5, 7)))
    # another act's words still keep the pair a reference point's
    assert _pair(("a", "Traders sold the crown ahead of Sunday 's vote .", day),
                 ("b", "The harbour board met on Sunday in Vantor .", day))


def test_a_date_after_a_boundary_is_no_reference_point():
    """"since Tuesday's storm" bounds a state (the ferries in port), no side part's occasion looked toward."""
    since = ("a", "Ferries have stayed in port since Tuesday 's storm .", date(2024, 5, 8))
    battered = ("b", "A gale battered Vardo on Tuesday , sinking two boats .", date(2024, 5, 7))
    assert not _pair(since, battered)

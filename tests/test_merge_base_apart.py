"""A figure's base date ("against Friday's quotes", "from a year earlier") and another article's act of that date
are two happenings (events/base_apart.py); invented market reports."""

from datetime import date

from timeline import build_timeline
from timeline.events.base_apart import figure_base
from timeline.model import Article, PublishSource


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


FRIDAY = article("fri", "The Ruritanian crown hit a two-month low in the lower 98 yen level Friday in Osaka as worries "
                 "over the economy weighed on the currency. At 5 p.m., the crown was quoted at 98.32-35 yen, compared "
                 "with Thursday's 4 p.m. quote of 98.10-20 yen in Lisbon.", date(2007, 3, 9))
MONDAY = article("mon", "At 5 p.m., the crown was quoted at 98.04-06 yen against Friday's 5 p.m. quotes of 97.81-91 "
                 "yen in Lisbon and 98.32-35 yen in Osaka. The florin fetched 1.3125-3127 crowns and 152.31-35 yen, "
                 "against Friday's 5 p.m. quotes of 1.3088-3098 crowns and 151.64-74 yen in Lisbon.", date(2007, 3, 12))


def friday_groups(timeline):
    return sorted(sorted(m.article.id for m in e.mentions) for e in timeline.events
                  if e.interval is not None and e.interval.start == date(2007, 3, 9))


def test_a_monday_reports_quotes_against_fridays_do_not_join_fridays_report():
    groups = friday_groups(build_timeline([FRIDAY, MONDAY]))
    assert groups and all(ids == ["fri"] * len(ids) for ids in groups)


def test_a_possessive_date_after_a_comparison_cue_with_a_figure_is_a_base():
    timeline = build_timeline([MONDAY])
    bases = {m.sentence[:9]: figure_base(m) for m in timeline.mentions if m.expression.text.startswith("Friday")}
    assert bases == {"At 5 p.m.": True, "The flori": True}


def test_a_possessive_date_after_against_with_no_figure_is_no_base():
    """"protests against Friday's vote" opposes an act; a clock hour is no figure."""
    told = article("vote", "Hundreds marched in Osaka on Sunday in protests against Friday's vote at 5 p.m. on the "
                   "budget.", date(2007, 3, 12))
    timeline = build_timeline([told])
    assert not any(figure_base(m) for m in timeline.mentions if m.expression.text.startswith("Friday"))


def test_a_change_told_with_both_ends_dates_the_change_not_a_base():
    """"hiked its alert level to 5 from 3 this week": the hike's week; "up from 26 on Wednesday" is the old figure's."""
    told = article("hike", "The agency hiked its alert level to 5 from 3 this week after the spread. In Ostrel, "
                   "confirmed cases rose to 260 - up from 26 on Wednesday, officials said.", date(2009, 5, 2))
    bases = {m.expression.text: figure_base(m) for m in build_timeline([told]).mentions}
    assert bases == {"this week": False, "Wednesday": True}

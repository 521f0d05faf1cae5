"""Two figures told for one month or year are two reports, not one happening (events/figures_apart.py);
invented statistics."""

from datetime import date

from timeline import build_timeline
from timeline.events.figures_apart import figures, figures_apart
from timeline.model import Article, PublishSource


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def year_groups(timeline, year):
    return sorted(sorted(m.article.id for m in e.mentions) for e in timeline.events
                  if e.interval is not None and e.interval.start == date(year, 1, 1)
                  and e.interval.end == date(year, 12, 31))


def test_two_countries_trade_figures_of_one_year_are_two_reports():
    one = article("ost", "Officials in Ostrel praised the growing ties with Quillia on Monday. Bilateral trade between "
                  "the two countries amounted to 197 million U.S. dollars in 2011, the ministry said.", date(2012, 11, 5))
    two = article("var", "Vantor hosted a trade fair for Quillia on Tuesday. Bilateral trade between the two countries "
                  "totalled 475 million U.S. dollars in 2011, the ministry said.", date(2012, 11, 6))
    assert year_groups(build_timeline([one, two]), 2011) == [["ost"], ["var"]]


def test_one_growth_figure_retold_stays_one_report():
    """the same figure, once rounded ("2.46 percent", "2.5 percent"), is one report told twice."""
    one = article("imf", "The fund raised its forecast on Monday. The Quillian economy grew 2.46 percent in 2011, the "
                  "fund said in its report.", date(2012, 4, 2))
    two = article("wire", "Quillia's finance minister welcomed the report on Tuesday. The Quillian economy grew 2.5 "
                  "percent in 2011, the fund said in its report.", date(2012, 4, 3))
    assert year_groups(build_timeline([one, two]), 2011) == [["imf", "wire"]]


def test_figures_are_amounts_not_counts_of_people():
    """"39.7 billion U.S. dollars" and "2.5 percent" are figures; "50 million people" is a toll, retold as
    estimates differ, and no figure here."""
    told = article("fig", "Trade reached 39.7 billion U.S. dollars and grew 2.5 percent in 2011, while the old "
                   "plague of 1890 killed 50 million people.", date(2012, 4, 2))
    found = {m.expression.text: figures(m) for m in build_timeline([told]).mentions}
    assert found["2011"] == {"39.7", "2.5"}


def test_a_state_since_a_month_tells_no_figure_of_that_month():
    """"has kept its rate at 0.25 percent since July" and "the first rate hike since July": both tell July's
    hike; the figures are the state's and the plan's, no report of July."""
    one = article("plan", "Markets expect the bank to raise rates to 0.50 percent next year, the first rate hike "
                  "since July when it ended zero rates.", date(2006, 12, 4))
    two = article("kept", "The bank has kept its rate target at 0.25 percent since July when it ended zero rates.",
                  date(2006, 12, 13))
    july = [m for m in build_timeline([one, two]).mentions if m.expression.text == "July"]
    assert len(july) == 2 and not figures_apart(*july)

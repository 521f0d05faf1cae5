"""A "today" meaning nowadays, and a date told as a yearly habit, date no happening (events.generic_time,
through events.compared and events.dependent.role); the resolver's reading of the day word is left as it is."""

from datetime import date

from timeline.events.compared import COMPARISON
from timeline.events.dependent import role
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


def roles(text):
    art = Article(id="a", path="a.txt", text=text, published=date(2011, 3, 9),
                  published_source=PublishSource.HEADER, language="en")
    return [(m.expression.text, m.expression.timex, role(m)) for m in extract_mentions(art)]


def test_today_set_against_a_year_long_past_in_a_state_is_nowadays():
    assert roles("Several vaccines exist today which did not exist in 1890, the professor noted.")[0] \
        == ("today", "2011-03-09", COMPARISON)
    assert roles("The old ballad is as popular today as it was in 1961.")[0] == ("today", "2011-03-09", COMPARISON)
    assert roles("A blight of that kind today would do less harm, with sprays that were not sold forty years ago.")[0] \
        == ("today", "2011-03-09", COMPARISON)
    assert roles("The abbot fled to Lisbon in 1974, where he remains today.")[-1] == ("today", "2011-03-09", COMPARISON)
    # an act beside the day word, or no time long past in the sentence, keeps the day
    assert roles("The old mill reopens today three years after it closed for repairs.")[0] == ("today", "2011-03-09", None)
    assert roles("Today, 30 years after the 1981 strike, hundreds of dockers marched through the port.")[0] \
        == ("Today", "2011-03-09", None)
    assert roles("Several new cases exist today, the ministry said.")[0] == ("today", "2011-03-09", None)
    assert roles("The council would today vote on the 1998 harbour plan.")[0] == ("today", "2011-03-09", None)


def test_a_date_told_as_a_habit_dates_no_happening():
    assert roles("The months of June-August are typically the busiest for the ferry line.")[0][2] == COMPARISON
    assert roles("December is usually the wettest month on the island.")[0][2] == COMPARISON
    # the same date of an act keeps it
    assert roles("The months of June-August were the busiest for the ferry line.")[0][2] is None
    assert roles("December was unusually wet on the island.")[0][2] is None


def test_a_date_in_an_aside_of_a_condition_dates_no_happening():
    assert roles("She said that if the blight spreads, particularly in the winter months, farmers will suffer.")[0][2] \
        == COMPARISON
    # an aside of a told act keeps its date
    assert roles("Prices rose sharply, particularly in the winter months, the report said.")[0][2] is None


def test_swedish_today_set_against_a_year_long_past_is_nowadays():
    art = Article(id="s", path="s.txt", text="Visan är lika populär i dag som den var 1961. Kvarnen öppnar i dag igen efter branden 1998.",
                  published=date(2011, 3, 9), published_source=PublishSource.HEADER, language="sv")
    found = [(m.expression.text, role(m)) for m in extract_mentions(art)]
    assert found[0] == ("i dag", COMPARISON) and ("i dag", None) in found


def test_a_season_told_to_the_generic_you_as_a_habit_dates_no_happening():
    assert roles("`` You get a mild first outbreak and then you often get a far worse one in the autumn . ''")[0][2] \
        == COMPARISON
    # the same season told as a plan, or with no word of a habit, keeps its date
    assert roles("You will get the new vaccine in the autumn, the minister said.")[0][2] is None
    assert roles("You get the new vaccine in the autumn, the minister said.")[0][2] is None


def test_an_act_of_the_day_beside_a_year_long_past_keeps_its_day():
    # review F: a lone "today as", "still … today", a day told with a habit word, a quoted "you"
    assert roles("The minister resigned today as the row over the 1985 land sale grew.")[0] == ("today", "2011-03-09", None)
    assert roles("The guild was founded in 1920. Its members still voted today to strike.")[-1] \
        == ("today", "2011-03-09", None)
    assert roles("The vote on Monday is usually a formality, but this one was not.")[0][2] is None
    assert roles('"You always hope for the best," said Anna Berg, whose shop flooded in January.')[0][2] is None

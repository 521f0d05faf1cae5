"""A date of a thing the act is about dates no act of its own (events.side_nouns, events.side_part); invented
articles: a reason after a verb of judging, a forecast's period, a dated noun inside a subject, a beginning far
back in a 'that' clause, and a year of the news after 'in the event of'."""

from datetime import date

import pytest

from timeline.events.dependent import MODIFIER, role
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


def roles(text, published=date(2011, 11, 8)):
    art = Article(id="a", path="a.txt", text=text, published=published, published_source=PublishSource.HEADER,
                  language="en")
    return {m.expression.text: role(m) for m in extract_mentions(art)}


@pytest.mark.parametrize("text, expression", [
    # a reason judged: the running was in March, the slamming is now
    ("On Friday the council leader slammed the union for calling a strike and picketing depots last March.",
     "last March"),
    ("The mayor praised the rescuers for pulling twelve miners out of the pit in 2009.", "2009"),
    # a forecast's period
    ("The bank trimmed its forecast for Varda's growth to 1.5 percent in 2012, down from 1.8 percent.", "2012"),
    ("The fund cut its growth estimate for 2013 on weak exports.", "2013"),
    # a dated noun inside a subject, a present verb after it
    ("Sweeping reforms meant to mend the damage of a bank collapse in 2008 have helped the island cut its debt.",
     "2008"),
    # a beginning far back in a 'that' clause after a past main verb
    ("The gold was seized from a vault in the port during a probe that was launched in 2004 at the request of Varda.",
     "2004"),
])
def test_a_date_of_what_the_act_is_about_dates_no_act(text, expression):
    assert roles(text)[expression] == MODIFIER


@pytest.mark.parametrize("text, expression", [
    ("The minister criticised the board for the delays on Monday.", "Monday"),  # the criticism's day as often
    ("The firm was fined for dumping waste in the river on Monday.", "Monday"),
    ("The bank cut interest rates in 2010.", "2010"),
    ("The fire in 2008 killed 18 people.", "2008"),  # a past verb: the same time
    ("Growth in 2010 was 3 percent.", "2010"),
    ("In 2008 the fund has grown.", "2008"),
    ("Keeping the seas free in the 21st century is as vital as it was.", "the 21st century"),  # a time the state holds in
    ("The team that arrived on Thursday pulled out five players.", "Thursday"),
    ("The bank cut its growth forecast for this year.", "this year"),  # the cutting is of that year too
    ("The outbreak of the strike on July 12 has stopped the talks.", "July 12"),  # months back: the news' story
    # a warning of the news' year, its hypothetical after 'in the event of': the year dates the warning right
    ("He warned that nurses would have to work longer in the event of a second wave of blight later this year.",
     "this year"),
])
def test_the_act_s_own_date_stays(text, expression):
    assert roles(text)[expression] is None


def test_a_hypothetical_of_another_year_still_dates_no_act():
    assert roles("They pledged to act in the event of a fall in prices in 2013.")["2013"] == MODIFIER


def test_a_coordinated_clause_with_an_unnamed_pronoun_keeps_the_whole_sentence_when_it_holds_the_only_date():
    """A bare "they" is no headline: with no date of its own before the coordinating word, the first clause
    tells the same day and the whole sentence stays; with one ("In July …"), the date's own clause is cut out."""
    from timeline.events.coordinated import coordinated_clause
    from timeline.events.headline import Word
    from timeline.events.headline_words import lexicon

    def words(text: str, date: str) -> list[Word]:
        return [Word(date, gap=True) if t == date else Word(t) for t in text.split()]

    lex = lexicon("en")
    one_date = words("Divers searched the frozen lake for hours , and on SUNDAY they found the missing skater", "SUNDAY")
    assert coordinated_clause(one_date, one_date.index(next(w for w in one_date if w.gap)), lex, "en") == []
    two_dates = words("In July divers searched the frozen lake , and on SUNDAY they found the missing skater", "SUNDAY")
    kept = coordinated_clause(two_dates, two_dates.index(next(w for w in two_dates if w.gap)), lex, "en")
    assert " ".join(w.text for w in kept).startswith("they found the missing skater")

"""A date its clause compares with, or the date of a noun phrase a boundary word governs, dates no act
of the clause (events.compared, through events.dependent.role)."""

from datetime import date

from timeline.events.compared import COMPARISON
from timeline.events.dependent import BASELINE, BOUNDARY, MODIFIER, role
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


def roles(text):
    art = Article(id="a", path="a.txt", text=text, published=date(2009, 6, 1),
                  published_source=PublishSource.HEADER, language="en")
    return [(m.expression.text, role(m)) for m in extract_mentions(art)]


def test_a_year_compared_with_dates_no_act():
    assert roles("Officials said it would not be as deadly as the great plague of 1665.") == [("1665", COMPARISON)]
    assert roles("The harvest looks smaller than that seen in 1975.") == [("1975", COMPARISON)]
    assert roles("She said the odds of a repeat of 1846-47 were slim.") == [("1846-47", COMPARISON)]
    assert roles("Interest could rise to the levels seen during the fraud trial of the former mayor Ben Rusk in 1996.") \
        == [("1996", COMPARISON)]


def test_a_negated_year_is_a_comparison_but_not_a_day():
    assert roles("This is not 1665, the minister told the crowd.")[0] == ("1665", COMPARISON)
    assert roles("The deadline is not Monday, the minister told the crowd.")[0] == ("Monday", None)


def test_what_reads_as_a_comparison_but_dates_an_act_stays():
    assert roles("More than 200 deaths in March were reported.") == [("March", None)]
    assert roles("Floods were seen in March across the valley.") == [("March", None)]
    assert roles("Officials will meet as early as Monday.") == [("Monday", None)]
    assert roles("The river rose higher than in 2004.") == [("2004", BASELINE)]
    assert roles("It was bigger than the mill that burned in 1904.") == [("1904", None)]


def test_a_date_of_the_noun_a_boundary_word_governs():
    assert roles("It was the largest tally since the beginning of the drought in April.") == [("April", MODIFIER)]
    assert roles("The warning came a year before this outbreak of blight in Ruritania in March.") \
        == [("March", MODIFIER)]
    assert roles("Since April, the mill has been closed.") == [("April", BOUNDARY)]
    assert roles("The mill has stayed shut since the owners left in April.") == [("April", None)]


def test_a_gerund_after_a_boundary_word_is_a_clause_not_a_noun():
    assert roles("She flew home before boarding a ferry on Monday.")[-1] == ("Monday", None)


def test_no_comparison_of_an_adjective_an_amount_or_a_date_of_its_own():
    assert roles("The square was quieter than usual on Friday morning.")[0][1] is None
    assert roles("The firm drew more than $2 billion in sales in 2008.") == [("2008", None)]
    assert roles("Nobody used the word before the evening of April 23, the chart shows.")[0][1] is None
    assert roles("The krona rose to its best level since November on Tuesday.")[-1] == ("Tuesday", None)
    assert roles('It has been around since the 1918 "Great Plague" that killed millions.')[0][1] is None


def test_a_date_after_the_compared_noun_without_a_link_dates_the_act():
    assert roles("The comet will come closer to us than the moon tonight.") == [("tonight", None)]


def test_before_after_a_verb_is_a_place_not_a_boundary():
    assert roles("Speaking before the harbour board in Bergen on Thursday, Lind said the quay would close.")[0] \
        == ("Thursday", None)


def test_a_participle_of_sighting_on_the_subject_dates_its_act():
    # review g: "seen in" compares only what a verb, a preposition or a cue stands before
    assert roles("Unrest seen in Ruritania in March left five dead.") == [("March", None)]
    assert roles("The unrest seen in Ruritania in March left five dead.") == [("March", None)]
    assert roles("Prices are far above those seen in 1975.") == [("1975", COMPARISON)]


def test_no_later_than_is_a_bound_not_a_comparison():
    assert roles("The forms must be filed no later than the end of March.")[0][1] != COMPARISON


def test_a_sighting_after_a_long_noun_phrase_or_an_adverb_of_kind_still_compares():
    assert roles("Fees could rise to the levels seen during the long fraud trial of the former Wexley harbour master"
                 " Ben Rusk in 1996.") == [("1996", COMPARISON)]
    assert roles("How does it differ from the cold commonly seen in Ruritania during the winter?")[0][1] == COMPARISON


def test_a_decimal_point_ends_no_clause_before_a_sighting():
    assert roles("Output grew close to the 10.9 percent rate seen in the second quarter.")[-1] == (
        "the second quarter", COMPARISON)

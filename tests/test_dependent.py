"""Mentions that date no happening of their own: boundaries, modifiers, baselines (events.dependent)."""

from datetime import date

import pytest

from timeline import build_timeline
from timeline.events.dependent import BASELINE, BOUNDARY, CONDITION, MODIFIER, Words, role, says, words
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


def article(id_, text, published=date(2011, 11, 8), language="en"):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language=language)


def roles(text, **kwargs):
    """Each mention's expression text with its role."""
    return [(m.expression.text, role(m)) for m in extract_mentions(article("a", text, **kwargs))]


def test_boundaries():
    assert roles("The epidemic spread through Europe, lasting until 1892.") == [("1892", BOUNDARY)]
    assert roles("All schools will be closed until 6 May.") == [("6 May", BOUNDARY)]
    assert roles("Surveillance has been stepped up since 2003.") == [("2003", BOUNDARY)]
    both_ends = roles("Output rose from 3 March 1977 until 5 June 1985, officials said.")
    assert both_ends == [("3 March 1977", BOUNDARY), ("5 June 1985", BOUNDARY)]


def test_a_range_read_as_one_expression_dates_its_clause():
    # the resolver reads a range of years as one interval: the period the clause is about
    assert roles("Output rose from 1977 to 1985, officials said.") == [("1977 to 1985", None)]
    assert roles("Output rose from March 1977 to June 1985, officials said.") == [("March 1977 to June 1985", None)]


def test_a_boundary_that_names_its_own_happening_and_a_clock_time_are_not():
    assert roles("Surveillance has been stepped up since 2003, when the virus returned.") == [("2003", None)]
    found = dict(roles("The index fell 0.9 percent by 0305 GMT on Monday."))
    assert all(r is None for r in found.values())


def test_modifiers():
    assert roles("Experts said the virus lacked the traits of the 1957 strain.") == [("1957", MODIFIER)]
    assert roles("The trial over her March 2004 death opened.") == [("March 2004", MODIFIER)]
    assert roles("The party named a candidate for the 2007 elections.") == [("2007", MODIFIER)]
    assert roles("They agreed to update 1978 defense guidelines.") == [("1978", MODIFIER)]

def test_a_possessive_date_that_opens_its_clause_or_follows_in_after_a_verb_dates_the_clause():
    assert roles("Tuesday's earthquake killed hundreds.") == [("Tuesday", None)]
    assert roles("Hundreds died in Tuesday's earthquake.") == [("Tuesday", None)]
    assert roles("Many homes were destroyed in Tuesday's earthquake.") == [("Tuesday", None)]
    assert roles("During Friday's telethon, the actor said the fund had grown.") == [("Friday", None)]
    assert roles("The minister said Wednesday's tremor was the strongest.") == [("Wednesday", None)]
    assert roles("The show won the prize at Wednesday's awards.") == [("Wednesday", None)]
    assert roles("The seaport was badly damaged by last week's earthquake.") == [("last week", None)]
    assert roles("Thousands took part in Sunday's march through the capital.") == [("Sunday", None)]
    assert roles("The president won 91 percent of ballots cast in Sunday's poll.") == [("Sunday", None)]
    assert roles("The nurse was ill. '' Tonight's announcement brought the total to 13.")[-1][1] is None


@pytest.mark.parametrize("text", [
    "Rescuers searched the rubble after Tuesday's earthquake.",  # the search came after
    "The singer set up an appeal for victims of Tuesday's earthquake.",
    "The death toll in Tuesday's earthquake rose to 200.",  # the toll's rise is today's
    "The toll rose to 68 in Sunday's mine blast.",  # a count in the happening, not the blast
    "Police said the bomber in Sunday's attack was a student.",  # the saying is not Sunday's
    "The woman bomber in Wednesday's hotel attacks confessed that she was told to do it.",
    "The minister called Wednesday's tremor the strongest.",
    "The mayor condemned Wednesday's attack on the station.",  # a reaction, at another time
    "The opposition may decide to boycott next month's vote.",  # the deciding is not next month's
    "The striker returned after missing Monday's match with a cold.",
])
def test_a_possessive_date_elsewhere_dates_only_its_noun(text):
    assert [r for _, r in roles(text)] == [MODIFIER]


@pytest.mark.parametrize("text", [
    "Vantoria won Sunday's final against Ostrelia by two goals.",
    "The Kelmar party won last year's election by a wide margin.",
    "Nine ministers attended Monday's summit in the port city.",
    "The opposition boycotted Tuesday's vote in parliament.",
])
def test_a_possessive_date_whose_noun_is_the_verbs_own_act_dates_the_clause(text):
    """The act of winning, attending, boycotting IS the happening the object names: same day."""
    assert [r for _, r in roles(text)] == [None]


def test_a_date_of_the_act_is_no_modifier():
    assert roles("In 1957 a fever spread that became a regional disaster.") == [("1957", None)]
    assert roles("The painter died on 14 March 2004 in Lyon.") == [("14 March 2004", None)]
    assert roles("He said 2009 was a hard year.") == [("2009", None)]
    assert roles("The clerk kept silent through the hearing 14 March 2011 The driver testified.")[0][1] is None


def test_a_pronoun_us_is_no_amount_of_a_comparison():
    assert roles("Militants seized the town from us in March.") == [("March", None)]


def test_baselines():
    assert roles("Visits rose to 3,000, up from 10 years ago.") == [("10 years ago", BASELINE)]
    assert roles("Makers are better placed than they were 10 years ago.") == [("10 years ago", BASELINE)]


@pytest.mark.parametrize("text, expected", [
    ("The bank sold bills at 3.870 percent, down from 3.890 percent last week.", BASELINE),
    ("Exports rose to 5 percent from 4 percent in 2008.", BASELINE),
    ("Profit was 3 billion yuan, compared with 2 billion yuan in 2008.", BASELINE),
    ("The index closed at 1,200 points, against 1,150 points on Friday.", BASELINE),
    ("The storm killed more than 200 on Monday.", None),  # an amount, no comparison
    ("The toll rose to 200 from 150 on Monday.", None),  # "on Monday" dates the rise
    ("Exports rose 5 percent in 2008.", None),
])
def test_a_figure_compared_with_is_a_baseline_past_its_amount(text, expected):
    assert [r for _, r in roles(text)] == [expected]


def test_an_unchanged_figure_is_compared_with_its_baseline():
    found = roles("The jobless rate was 8.8 percent in October, unchanged from September.")
    assert found == [("October", None), ("September", BASELINE)]


def test_a_dependent_mention_alone_makes_no_event_but_joins_one_others_found():
    death = article("death", "Anna Berg died on 14 March 2004 at her studio in Lyon, "
                    "her agent said.", published=date(2004, 3, 15))
    trial = article("trial", "The agent is on trial over Anna Berg's March 2004 death at her studio.")
    closure = article("closure", "Every school in the city will remain closed until 6 May.",
                      published=date(2004, 4, 29))
    timeline = build_timeline([death, trial, closure])
    by_text = {m.expression.text: m for m in timeline.mentions}
    assert by_text["6 May"].event_id is None  # shown as a mention, but no event
    assert by_text["March 2004"].event_id is not None
    assert by_text["March 2004"].event_id == by_text["14 March 2004"].event_id
    event = next(e for e in timeline.events if e.id == by_text["March 2004"].event_id)
    assert event.interval.start == date(2004, 3, 14) and "died" in event.summary
    assert all(e.interval.start != date(2004, 5, 6) for e in timeline.events if e.interval)


@pytest.mark.parametrize("text, expected", [
    ("Skolorna är stängda till 6 maj.", [("6 maj", BOUNDARY)]),
    ("Kontrollerna har skärpts sedan 2003.", [("2003", BOUNDARY)]),
    ("Från och med 1 mars gäller de nya reglerna.", [("1 mars", BOUNDARY)]),
    ("Besöken ökade till 3000, upp från för tio år sedan.", [("för tio år sedan", BASELINE)]),
    ("Förra året var varmare än 2010.", [("Förra året", None), ("2010", BASELINE)]),
    ("Valet 2007 vann oppositionen.", [("2007", None)]),  # the year after its noun dates it
    ("Han dog 2009 efter en lång sjukdom.", [("2009", None)]),
    ("Ministern avgick innan tisdagen.", [("tisdagen", None)]),
])
def test_swedish_boundaries_and_baselines(text, expected):
    assert roles(text, language="sv") == expected


def test_a_language_without_the_words_has_no_dependent_words():
    assert words("xx") == Words()


def test_a_condition_dates_no_happening():
    assert roles("If the storm struck the coast today, thousands would flee.") == [("today", CONDITION)]
    assert roles("Clinics would need a month to cope if the fever spread today, officials warned.") \
        == [("today", CONDITION)]
    # "as if" is a manner, "asked if" a question, and a condition in a clause before is not this clause's
    assert roles("The players trained as if nothing had happened on Sunday.") == [("Sunday", None)]
    assert roles("If needed, the ferry will sail on Sunday.") == [("Sunday", None)]


def test_if_meaning_whether_or_even_if_is_no_condition():
    assert roles("It was not clear if the ferry sank on Tuesday.") == [("Tuesday", None)]
    assert roles("Police did not say if the driver fled on Tuesday.") == [("Tuesday", None)]
    assert roles("Nobody knew if the bridge collapsed on Tuesday.") == [("Tuesday", None)]
    assert roles("Even if the shop closed on Tuesday, the staff were paid.") == [("Tuesday", None)]
    assert roles("Clinics would close unless the fever faded today.") == [("today", CONDITION)]


def test_swedish_om_is_a_condition_only_opening_its_clause():
    sv = {"language": "sv"}
    assert roles("Regeringen beslutade om nya regler i måndags.", **sv) == [("i måndags", None)]
    assert roles("Beslutet om skolan fattades den 5 maj.", **sv) == [("den 5 maj", None)]
    assert roles("Om stormen nådde kusten i dag skulle tusentals fly.", **sv) == [("i dag", CONDITION)]
    assert roles("Tusentals skulle fly, om stormen nådde kusten i dag.", **sv) == [("i dag", CONDITION)]
    assert roles("Kliniken skulle stänga ifall febern spreds i dag.", **sv) == [("i dag", CONDITION)]


def test_a_condition_makes_no_event():
    timeline = build_timeline([article("c", "If the storm struck the coast today, thousands would flee.")])
    assert [e for e in timeline.events if e.interval is not None] == []


def sayings(text):
    return [(m.expression.text, says(m)) for m in extract_mentions(article("a", text))]


def test_a_mention_dating_a_saying():
    assert sayings("The port reopened, the harbour master said on Sunday.") == [("Sunday", True)]
    assert sayings("The agency said Friday that the port had reopened.") == [("Friday", True)]
    assert sayings("Dr Pell told a news briefing on Saturday that the port reopened.") == [("Saturday", True)]
    assert sayings("In a statement on Tuesday, the mayor thanked the crews.") == [("Tuesday", True)]


def test_a_mention_dating_the_act_said():
    assert sayings("The harbour master said the port reopened on Sunday.") == [("Sunday", False)]
    assert sayings("The agency said Friday's storm had closed the port.") == [("Friday", False)]
    assert sayings("Migrants reached the United States in 1994.") == [("1994", False)]


def test_a_trials_opening_statements_are_an_act_not_a_saying():
    assert sayings("Both sides gave opening statements on Monday.") == [("Monday", False)]


def test_a_noun_of_saying_as_an_object_dates_no_saying():
    assert sayings("The talks ended by adopting the first joint statement in September.") == [("September", False)]


def test_a_hedged_bound_or_a_period_end_is_a_boundary():
    # "at least" between the bound's word and its date, or the end of a period a deadline is moved to:
    # where a state ends, not the day of the saying or the deciding
    assert roles("The college expects to stay shut until at least Friday.") == [("Friday", BOUNDARY)]
    assert roles("The mayor asked the band to put off its tour until at least next Monday.") == [
        ("next Monday", BOUNDARY)]
    assert roles("The council has moved the deadline for permits by a month to the end of March.") == [
        ("March", BOUNDARY)]
    # a state reaching past a time, or a happening set only before it
    assert roles("The new dose will still work even after this winter.") == [("this winter", BOUNDARY)]
    assert roles("The pact sets targets beyond 2030 for every member.") == [("2030", BOUNDARY)]

"""A date in a side part of its sentence dates that part's act, not the main act the summary would tell
(invented articles): a relative clause (events.relative_dated, events.dated), a noun phrase with its
complement or a boundary's named noun (events.dated, events.compared), a date still to come closing a
noun phrase in a past clause (events.scheduled), a phrase of place and date opening the sentence
(events.opening_phrase)."""

from datetime import date

import pytest

from timeline.events.dependent import MODIFIER, role
from timeline.events.summary import summarise
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


def mentions(text, title=None, published=date(2011, 11, 8)):
    art = Article(id="a", path="a.txt", text=text, published=published, published_source=PublishSource.HEADER,
                  language="en", title=title)
    return {m.expression.text: m for m in extract_mentions(art)}


@pytest.mark.parametrize("text, expression", [
    ("A jury in Bergen found the nurse guilty of neglect for giving the patient a dose of the sedative, Varnol, "
     "which killed him in 2016.", "2016"),
    ("Earlier this month, Dr Lind - who was hired as the team's doctor for a series of matches in Lisbon "
     "scheduled for July - posted a video message online to thank his fans.", "July"),
])
def test_a_date_in_a_relative_clause_with_no_headline_of_its_own_dates_no_act(text, expression):
    assert role(mentions(text)[expression]) == MODIFIER
    # not after the relative clause, nor in the subject's clause: the date stays the act's
    for other, day in [("Police said the man who shot him died on Monday.", "Monday"),
                       ("The school expects to open for all pupils who are feeling well next week.", "next week"),
                       ("It now appears that a cluster of illnesses which have been the first cases of blight "
                        "erupted in Varda in early April.", "early April"),
                       ("Officials, who met on Monday, agreed to close the border.", "Monday")]:
        assert role(mentions(other)[day]) is None, other


@pytest.mark.parametrize("text, expression, expected", [
    ('"We are heading for a crisis," said Anna Berg, a professor at the University of Oslo who helped trace '
     "the outbreak of blight in 2004 to the barley fields.", "2004",
     "Anna Berg helped trace the outbreak of blight to the barley fields"),
    ("The institute is testing a woman from the Eastern Cape who returned from Peru on April 24.", "April 24",
     "A woman from the Eastern Cape returned from Peru"),
])
def test_a_past_relative_clause_without_a_comma_is_told_with_its_noun(text, expression, expected):
    m = mentions(text)[expression]
    assert role(m) is None and summarise(m).startswith(expected)  # a date that names who may stay
    # a later verb ends the relative clause: the main clause's date, not "The man shot him died"
    assert summarise(mentions("Police said the man who shot him died on Monday.")["Monday"]).startswith("Police said")


@pytest.mark.parametrize("text, expression, expected", [
    ("The harbour has been quiet since the death of King Olav in 1998.", "1998", "The death of King Olav"),
    ("Prices have doubled since the opening of the Varda Bridge in 1999.", "1999", "The opening of the Varda Bridge"),
    ("Nothing has changed in the town since Varda's independence in 1975.", "1975", "Varda's independence"),
])
def test_a_named_noun_phrase_a_boundary_word_governs_is_its_date_s_event(text, expression, expected):
    m = mentions(text)[expression]
    assert role(m) is None and summarise(m) == expected


def test_an_unnamed_noun_phrase_after_since_dates_no_act_even_after_a_verb():
    # "changes" reads as a verb: "since" is a boundary still ("before" after a verb is a place)
    m = mentions("There have been many changes since the start of the uprising in September 2000.")["September 2000"]
    assert role(m) == MODIFIER


def test_a_date_to_come_closing_a_named_phrase_in_a_past_lead_is_the_phrase_s_not_the_title_s():
    text = ("Cup hero Tom Varga has been unveiled as the second player for the inaugural Harbour Trophy "
            "tournament against Asia in Lisbon in January.")
    m = mentions(text, title="Varga confirmed for Harbour Trophy")["January"]
    assert summarise(m) == "The inaugural Harbour Trophy tournament against Asia in Lisbon"
    future = mentions("Striker Ola Lind will captain the team for the Harbour Cup final against Spain in Lisbon "
                      "in January.")["January"]
    assert "will captain" in summarise(future)  # the act is to come too: the clause stays


def test_a_date_in_an_opening_phrase_of_place_dates_the_main_clause_not_what_it_reports():
    text = ("In the courtroom in Oslo on Tuesday, prosecutor Ola Lind said that when the nurse realized the "
            "patient had died, he ordered a guard to hide the files.")
    assert summarise(mentions(text)["Tuesday"]).startswith("Prosecutor Ola Lind said")


@pytest.mark.parametrize("text, expression, published", [
    # a plan called off or moved: the old date is no day of the postponement
    ("Closing arguments, due to commence on 24 March, will now begin on 9 May.", "24 March", date(2011, 3, 3)),
    ("Meanwhile Mayor Ola Berg has said local elections due to be held on 28 February will be postponed.",
     "28 February", date(2011, 1, 28)),
    ("The ministry postponed the vote scheduled for 3 May.", "3 May", date(2011, 4, 20)),
    ("Varda School is closed for half-term and had been due to re-open on Sunday 31 May, but will now remain "
     "closed for another week.", "Sunday 31 May", date(2011, 5, 28)),
    # a noun's plan set after it: the fears are now
    ("There are now fears for the school tests, due to be taken by 60,000 pupils next week, and the final exams.",
     "next week", date(2011, 5, 5)),
    # a season a product is for: the making is under way now
    ("Given that factories are half-way through the making of winter fuel for the southern towns this autumn, "
     "prices are unlikely to rise.", "this autumn", date(2011, 6, 30)),
    # an aim in a pronoun's subordinate clause: the job cuts are not of 2012
    ("The harbour agency plans to cut 300 dock jobs over the next five months as it prepares to close its old "
     "shipyard in 2012, officials said on Thursday.", "2012", date(2011, 4, 30)),
    # a restrictive clause of "that" in a subject: the journey's date, not the fever's
    ("The palace has just announced that a member of the party that travelled with the King to Norway April 16 "
     "and 17 came down with a fever.", "April 16", date(2011, 4, 30)),
    # a remark reacted to: the gesture is not of September
    ('The gesture was "more meaningful than an apology" for the remarks made in September in Bergen, said the '
     "bishop of Oslo, Per Holm.", "September", date(2011, 12, 1)),
    # a happening supposed: no act of that time is told
    ("The members met in Oslo and decided to leave output unchanged, vowing to take action in the event of a fall "
     "in prices during winter.", "winter", date(2011, 12, 16)),
    ("Staff would have to change their habits in the event of a second wave of the fever next year.",
     "next year", date(2011, 5, 1)),  # not the news' own year: "later this year" dates the warning right
])
def test_a_date_of_a_side_part_dates_no_act_of_the_main_clause(text, expression, published):
    assert role(mentions(text, published=published)[expression]) == MODIFIER



#: the date of the act itself, near the same words: no side part
OWN_DATES = [
    ("The vote is scheduled for 3 May.", "3 May"),  # the plan itself, nothing called off
    ("Jury selection is due to begin on 8 May.", "8 May"),  # a predicate's plan
    ("The match was called off due to snow on Saturday.", "Saturday"),  # a cause, no plan
    ("The two sides scrapped a scheduled news conference Friday after failing to agree.", "Friday"),  # no "for"
    ("The first frost came to the valley in the autumn.", "the autumn"),  # a season of the act
    ("Ola Berg apologised for the remarks on Monday.", "Monday"),  # a day of the apology as often
    ("A report that appeared on Monday said the river had risen.", "Monday"),  # a saying the same day
    ("A rescue team that arrived on Thursday morning had pulled out five people by nightfall.", "Thursday morning"),
    ("The palace announced that the King travelled to Norway on Monday.", "Monday"),  # "that" after a verb
    ("Output grew 7 percent compared to 4 percent for the economy from 1995 to 2003.", "1995 to 2003"),  # shared
]


def test_a_date_of_a_side_part_is_told_apart_from_the_act_s_own_date():
    side = mentions("The ministry postponed the vote scheduled for 3 May.", published=date(2011, 4, 20))["3 May"]
    assert role(side) == MODIFIER
    for text, expression in OWN_DATES:
        assert role(mentions(text, published=date(2011, 4, 20))[expression]) is None, text


def test_a_figure_compared_with_far_from_its_comparison_word_is_a_baseline():
    from timeline.events.dependent import BASELINE
    text = ("Profits rose to 51.9 billion crowns last year, up from 10.5 billion crowns in 1995. The fall of 4.7 "
            "billion crowns in September, down from a revised record estimate of 69 billion crowns in August, was "
            "the biggest drop.")
    found = mentions(text)
    assert role(found["1995"]) == BASELINE and role(found["August"]) == BASELINE
    assert role(found["September"]) is None


@pytest.mark.parametrize("text, expression, expected", [
    # a clause of its own set apart after its subject, its verb group opened by an auxiliary
    ("The new blight, which was first reported in two farms in March, apparently infected fields as early as "
     "last January, officials have said.", "March", "The new blight was first reported in two farms"),
    # after a preposition opening the sentence: the name is the clause's subject
    ("Under Anna Lind, who was elected for a second term in 2006, there has been a small improvement in the city.",
     "2006", "Anna Lind was elected for a second term"),
])
def test_a_date_in_a_relative_clause_set_apart_after_its_subject_is_told_with_its_noun(text, expression, expected):
    assert summarise(mentions(text)[expression]) == expected


@pytest.mark.parametrize("text, expression", [
    # a subject's clause of "that" far back from the news: the habit of then is not what was addressed
    ("The habit of silence among the labs that persisted 10 years ago was addressed during the measles scare.",
     "10 years ago"),
    # after a present verb: the contrast is now, the storm was in February
    ("The damage in Varda is in stark contrast to the strong storm that struck Norland in February 2011 where "
     "few died.", "February 2011"),
    ("It's the same hall that hosted the Oslo choir in 1984 for a charity record.", "1984"),
    ("The ministry is offering less money to the farms that joined the scheme in May 2008.", "May 2008"),
    # a past auxiliary before the clause's verb, after a present verb that is no bare copula
    ("The ministry is offering less money to the farms that were added to the scheme in May 2008.", "May 2008"),
    # a far date after a past verb whose sentence names its own day: the dumping is Monday's
    ("Traders dumped airline shares on Monday as the scare revived memories of the fever that closed ports six "
     "years ago.", "six years ago"),
    # an adverb before the clause's verb, after a participle in "-ing" that tells an outcome now
    ("The bank warned the slump could deepen, hurting a region that already lost 8 percent of its jobs in the "
     "first quarter.", "the first quarter"),
])
def test_a_that_clause_s_date_far_back_or_after_a_present_verb_dates_no_act(text, expression):
    assert role(mentions(text)[expression]) == MODIFIER


@pytest.mark.parametrize("text, expression", [
    ("The rescue team that arrived on Thursday morning had pulled out five people by nightfall.", "Thursday morning"),
    ("Police said the gas blast that occurred in the Varda mine on Oct. 24 left 11 miners dead.", "Oct. 24"),
    # after a past verb the two acts are often one: the dose was given the day of the death
    ("Prosecutors say the doctor gave the patient a dose of a sedative that caused his death in June 2009.",
     "June 2009"),
    ("The chief co-chaired peace talks that ended in Oslo on Tuesday between the two sides.", "Tuesday"),
    ("A report that appeared in 2008 said the river had risen.", "2008"),  # a saying the same year
    # near the news, or no day of its own named: the acts may be one
    ("Traders dumped airline shares on Monday as the scare revived memories of the fever that closed ports last "
     "week.", "last week"),
    ("The nurse gave him a sedative that caused his death six years ago.", "six years ago"),
    # a definition whose one act is the forming
    ("The guild is a regional trade union that was formed in April 1980 when it had another name.", "April 1980"),
])
def test_a_that_clause_s_date_near_the_news_or_after_a_past_verb_stays_the_act_s(text, expression):
    assert role(mentions(text)[expression]) is None


@pytest.mark.parametrize("text, expression", [
    # a verb group to come, or a reaction: the peace talks' collapse, the clash are the clause's acts
    ("He said he hoped the truce would hold and consequently may revive the peace talks that collapsed six years "
     "ago before the uprising.", "six years ago"),
    ("The statement condemned the violent clash that took place in Varda on Saturday.", "Saturday"),
    ("The rescuers have found the miners that went missing on Monday.", "Monday"),
    ("Ola Berg was expelled from the board of the district party committee following two mine accidents that "
     "left 21 miners dead in late October.", "late October"),
])
def test_a_that_clause_s_date_after_a_verb_to_come_or_a_reaction_dates_no_act(text, expression):
    assert role(mentions(text)[expression]) == MODIFIER
    for other, day in [("Police said they had arrested the men that robbed the bank on Monday.", "Monday"),
                       ("Ola Berg could not recover from the bleeding that developed last night.", "last night")]:
        assert role(mentions(other)[day]) is None, other


@pytest.mark.parametrize("text, expression", [
    # a plan kept: its day is the act's
    ("The rocket lifted off as scheduled on Monday, but the second flight was postponed.", "Monday"),
    # "initially"/"originally" alone tell an act's first step, not a plan
    ("The suspect was initially charged on Tuesday and will now face trial in a higher court.", "Tuesday"),
    ("Officials originally announced the deal on Wednesday, but the signing was delayed.", "Wednesday"),
])
def test_a_plan_kept_or_a_first_step_is_the_acts_own_date(text, expression):
    assert role(mentions(text)[expression]) is None


@pytest.mark.parametrize("text, expression, expected", [
    ("In 1999, a boy was pulled from the ruins of a shop in Varda, 12 days after it fell and in March 2006, Anna Berg, "
     "a woman in her 80s was rescued after six days under her house.", "March 2006",
     "Anna Berg, a woman in her 80s was rescued after six days under her house"),
    ("In July 2004 a ferry rammed a patrol boat during a protest against fishing, and in January 2004 the captain "
     "scuttled a trawler.", "January 2004", "The captain scuttled a trawler"),
    ("The group met in Bergen and in May the members voted to merge.", "May", "The members voted to merge"),
    # a pronoun names the first clause's subject when that clause opens with it
    ("The former mayor had knee surgery in 1989, and in 1999 he received treatment for a lung infection.", "1999",
     "The former mayor received treatment for a lung infection"),
    ("In July 2004, a ferry rammed a patrol boat during a protest, and in January 2004 he scuttled a trawler.",
     "January 2004", "He scuttled a trawler"),
    ("The harbour is the busiest in Norland but last night it was quiet, like the town outside.", "last night",
     "The harbour was quiet, like the town outside"),
])
def test_a_date_opening_a_coordinated_clause_is_told_with_that_clause(text, expression, expected):
    assert summarise(mentions(text)[expression]) == expected
    # the first clause's date keeps the first clause
    first = mentions("In July 2004 a ferry rammed a patrol boat, and in January 2004 the captain scuttled a trawler.")
    assert "scuttled" not in summarise(first["July 2004"])
    # a pronoun of the other sex is not the first clause's subject
    other = mentions("Ms Anna Vestergaard waved to the crowd in Bergen, and on Thursday he flew home to Lund.")
    assert not summarise(other["Thursday"]).startswith("Ms Anna Vestergaard flew")


@pytest.mark.parametrize("text, expression, expected", [
    ("Sales in Varda improved in March and April, a trend set to last all year.", "April",
     "Sales in Varda improved in March and April"),  # one date of two names, no clause
    ("The shops were still full, but on Monday their shelves were empty.", "Monday",
     "The shops were still full, but their shelves were empty"),  # "their" is the main clause's
    ('"He was gone for a year, and today we\'re here to remember him," said Anna Berg.', "today",
     "Anna Berg: He was gone for a year, and we're here to remember him"),  # a quote's speaker
    ("Asked if the album would include singers like 2006 Cup winner Anna Berg and 2009 Star Search runner-up Lena "
     "Holm, he said he hoped so.", "2009", "Asked if the album would include singers like 2006 Cup winner Anna Berg"),
])
def test_a_coordinated_clause_that_names_no_one_of_its_own_keeps_the_sentence(text, expression, expected):
    assert summarise(mentions(text)[expression]).startswith(expected)
    # a quote's or a saying's coordinated clause stays with its speaker, no subject of the first clause given it
    quoted = mentions('Anna Berg told a court that Lund "in 1991 joined the police and in 1995 he supplied files '
                      'to the rebels."')["1995"]
    assert not summarise(quoted).startswith("Anna Berg supplied")
    asked = mentions('Asked why the rebels were blocking aid, he said: "They bring food today, and tomorrow they '
                     'bring guns after they have watched us."')["tomorrow"]
    assert summarise(asked).startswith("Asked why the rebels were blocking aid, he said")
    # "you" names no subject of the first clause ("The army will see great change" would be another's act)
    you = mentions("The army will come, and I think today and tomorrow you will see great change.")["tomorrow"]
    assert not summarise(you).startswith("The army will see")

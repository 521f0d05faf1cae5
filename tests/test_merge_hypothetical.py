"""A possibility and a done act of one date are two happenings (``events.hypothetical``). Each test
builds its own small invented articles."""

from datetime import date

from timeline.events import hypothetical, pairs
from tests.test_merge_purity import article, dated_groups, works_folder

DAY = date(2010, 1, 21)  # a Thursday


def _groups(told, prefix):
    return [g for g in dated_groups(works_folder(*told)) if any(id_.startswith(prefix) for id_ in g)]


#: a planned water drop (said on Monday) and a done one (told of Monday), both of the Kelmar relief
PLAN_AND_DROP = [
    article("h1", "On Monday, relief chief Odo Varga said he would ask the council to send 2,000 "
                  "more soldiers and 1,500 police officers to guard the convoys in Kelmar valley.", date(2010, 1, 19)),
    article("h2", "Some 3,000 tents and 9,000 litres of water were dropped by helicopter crews over Kelmar valley "
                  "on Monday, relief chief "
                  "Odo Varga said.", date(2010, 1, 19)),
]


def test_a_possibility_and_a_done_act_of_one_day_are_two_events(monkeypatch):
    assert _groups(PLAN_AND_DROP, "h") == [["h1"], ["h2"]]
    monkeypatch.setattr(pairs, "possibility_and_fact", lambda m, other: False)
    assert _groups(PLAN_AND_DROP, "h") == [["h1", "h2"]]


#: a signing announced as a plan (with "would") and told as done by two other articles
PLAN_AND_SIGNING = [
    article("s1", "Envoy Mira Toss of Halvik would sign the Larrow pact on Monday in the harbour town, "
                  "her office said.", date(2010, 1, 16)),
    article("s2", "Mira Toss and Abel Fenn signed the Larrow fishing pact on Monday, ending years of quarrels "
                  "over the catch between Halvik and Dunmere.", date(2010, 1, 19)),
    article("s3", "The Larrow fishing pact was signed on Monday by Mira Toss and Abel Fenn at a ceremony in the "
                  "harbour town.", date(2010, 1, 19)),
]


def test_a_plan_and_its_fulfilment_are_one_event():
    assert _groups(PLAN_AND_SIGNING, "s") == [["s1", "s2", "s3"]]


def _mention(text, expression):
    from timeline.model import Article, Mention, PublishSource
    from timeline.temporal import TimeExpression
    start = text.index(expression)
    a = Article(id="x", path="x.txt", text=text, published=DAY, published_source=PublishSource.HEADER, language="en")
    e = TimeExpression(start=start, end=start + len(expression), text=expression, type="DATE", timex="2010-01-18",
                       mod=None, interval=None, granularity=None)
    return Mention(article=a, expression=e, reference=DAY, sentence=text, sentence_start=0)


def test_a_modal_next_to_the_date_tells_a_possibility():
    assert hypothetical.hypothetical(_mention("The doses could be given in October.", "October"))
    assert hypothetical.hypothetical(_mention("On Monday, envoy Ines Marro-Lund said she would fly in.", "Monday"))
    assert hypothetical.hypothetical(_mention("Marro said on Monday her firm would make doses.", "Monday"))


def test_a_modal_of_another_clause_tells_none():
    assert not hypothetical.hypothetical(_mention("Tents were dropped on Monday, and officials said more could "
                                                  "follow.", "Monday"))
    assert not hypothetical.hypothetical(_mention("We could get no help from the local authorities at all "
                                                  "On Monday a tremor struck.", "Monday"))


def test_a_modal_past_a_clause_opener_tells_what_was_said_not_the_dated_act():
    assert not hypothetical.hypothetical(_mention("The levee broke on Tuesday before the town would be warned.",
                                                  "Tuesday"))
    for opener in ("what", "how", "whether"):  # an aside of its own: "in what may be the worst flood in years"
        assert not hypothetical.hypothetical(_mention(f"On Tuesday, in {opener} may be a record, the river rose "
                                                      "two metres.", "Tuesday"))
    assert not hypothetical.hypothetical(_mention("Fares rose on Tuesday more than any rider would have feared.",
                                                  "Tuesday"))


def test_a_saying_tells_its_possibility_with_or_without_that():
    """"told reporters on Sunday the port would reopen" and "said on Sunday that the port would reopen" tell
    one statement of a possible act: both are possibilities, so no veto parts them."""
    without = _mention("Mayor Ulla Brink told reporters on Sunday the Vessby port would reopen within weeks.",
                       "Sunday")
    with_that = _mention("On Sunday Mayor Ulla Brink announced that ferries would soon return to the Vessby port.",
                         "Sunday")
    assert hypothetical.hypothetical(without) and hypothetical.hypothetical(with_that)
    assert not hypothetical.possibility_and_fact(without, with_that)


def test_a_plan_and_the_same_act_done_are_one_happening():
    """"would sign the pact on Monday" and "signed the pact on Monday" tell one signing, written with
    "would" or "will"; a different done act of the day stays apart from the plan."""
    done = _mention("Envoys Mira Toss and Abel Fenn signed the Larrow fishing pact on Monday.", "Monday")
    for modal in ("would", "will"):
        plan = _mention(f"Envoy Mira Toss {modal} sign the Larrow pact on Monday, her office said.", "Monday")
        assert not hypothetical.possibility_and_fact(plan, done)
    plan = _mention("Envoy Mira Toss would sign the Larrow pact on Monday.", "Monday")
    assert hypothetical.hypothetical(plan)
    other = _mention("Fishing boats were searched at Larrow harbour on Monday.", "Monday")
    assert hypothetical.possibility_and_fact(plan, other)
    # a noun of the verb's family is no report of the act done: "would produce" and "began production"
    plan = _mention("Halvik Foods said on Thursday it would produce more tinned fish.", "Thursday")
    begun = _mention("Halvik Foods said on Thursday it had begun the production of tinned fish.", "Thursday")
    assert hypothetical.possibility_and_fact(plan, begun)


def test_a_modal_telling_a_fact_tells_no_possibility():
    for told in ("Medics could not reach the hill hamlet of Ostby on Monday.",
                 "Medics couldn't reach the hill hamlet of Ostby on Monday.",
                 "The roar of the falling bridge could be heard across Ostby on Monday.",
                 "The levee that could never fail broke on Monday.",
                 "The toll that would fund the bridge was scrapped on Monday."):
        assert not hypothetical.hypothetical(_mention(told, "Monday")), told
    for told in ("Up to 900 homes may have been lost in Monday's flood.",
                 "Up to 900 homes may have been lost in Monday 's flood ."):  # the flood is the date's, a done one
        assert not hypothetical.hypothetical(_mention(told, "Monday")), told
    assert hypothetical.hypothetical(_mention("Officials named two barges that would sail to Ostby on Monday.", "Monday"))


def test_a_modal_is_read_in_any_case_but_may_the_month_or_name_is_none():
    assert hypothetical.hypothetical(_mention("Ferry Talks Would Resume On Monday", "Monday"))
    assert hypothetical.hypothetical(_mention("FERRY TALKS COULD RESUME ON MONDAY", "MONDAY"))
    assert not hypothetical.hypothetical(_mention("Envoy Tova May signed the pact on Monday.", "Monday"))
    assert not hypothetical.hypothetical(_mention("On Monday, Tova May signed the pact.", "Monday"))

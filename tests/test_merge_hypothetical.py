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
    assert not hypothetical.hypothetical(_mention("The judge announced on Tuesday that the rebels would be tried.",
                                                  "Tuesday"))

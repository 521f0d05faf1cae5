"""A reporter's log heading each entry with its day and clock time: one day's entries are as
many happenings as clock times (``events.moments``). Invented text."""

from datetime import date

from timeline import build_timeline
from timeline.model import Article, PublishSource


def article(id_, text, published):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


LOG = ("Convoy diary: the road to Vantor\n"
       "7 MARCH , 2140 GMT , VANTOR We have reached the depot in Vantor after a long day on the road .\n"
       "7 MARCH , 1620 GMT , CROSSING THE RIDGE Finally our trucks are over the ridge and into the valley .\n"
       "7 MARCH , 0915 GMT , LOWMARSH At a fuel stop in Lowmarsh the drivers are loading crates of "
       "water for the journey ahead .\n")


def _days(timeline):
    return [sorted(m.expression.text for m in e.mentions) for e in timeline.events
            if any(m.expression.text == "7 MARCH" for m in e.mentions)]


FERRY = ("The ferry Lantern sank off Lowmarsh on 7 March , 0915 GMT , with 40 crew aboard . "
         "Rescuers said the ferry Lantern sank on 7 March after striking a reef off Lowmarsh .")


def test_one_days_entries_at_three_clock_times_are_three_events_each_with_its_time():
    """One act told with and without its time (the ferry) is still one event."""
    timeline = build_timeline([article("log", LOG, date(2011, 3, 7)), article("f", FERRY, date(2011, 3, 8))])
    days = _days(timeline)
    assert sorted(days) == [["0915 GMT", "7 MARCH"], ["1620 GMT", "7 MARCH"], ["2140 GMT", "7 MARCH"]]
    ferry = [e for e in timeline.events if sum(m.expression.text == "7 March" for m in e.mentions) == 2]
    assert len(ferry) == 1

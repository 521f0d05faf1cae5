"""Work a build does once instead of again for each mention or pair (#16): the answers are the same,
asked of invented pages and sentences."""

from datetime import date

import pytest

from timeline.events import markets_apart, schedule_notice
from timeline.extraction import furniture as furniture_module
from timeline.extraction.furniture import ALONE, furniture
from timeline.model import Article, Mention, PublishSource
from timeline.temporal import resolve

PAGE = """Page last updated at 09:12 GMT, Tuesday, 4 May 2021 Ferry service returns to Ostrel
By Lena Vass, Coast Post
KARVIA, May 4 - The ferry to Ostrel sailed again on Monday after a month in dry dock.
Its owners first halted the route on 2 April when a propeller shaft cracked.
"""


def test_a_pages_stamps_and_datelines_are_read_from_its_furniture_not_searched_again(monkeypatch):
    whole = furniture(PAGE, "en")
    searched = []
    original = furniture_module._Cue.within

    def within(self, folded, seen):
        searched.append(self)
        return original(self, folded, seen)

    monkeypatch.setattr(furniture_module._Cue, "within", within)
    for kinds in [("stamp",), ("dateline",), ("byline", "stamp"), ALONE]:
        asked = furniture(PAGE, "en", only=kinds)
        assert asked == [s for s in whole if s.reason in kinds]
    assert {s.reason for s in whole} >= {"stamp", "byline", "dateline"}
    assert not searched  # found with the page's furniture, for its mentions
    title = "Ferry service returns By Lena Vass"  # asked for one kind first: the same spans as among all
    assert furniture(title, "en", only=("byline",)) == [s for s in furniture(title, "en") if s.reason == "byline"]


def _searched_alone(text, kind):
    """The spans of one kind as a search with its cue alone finds them (what ``only`` did before it read the
    page's shared answer): the shared answer must not differ from it."""
    found = getattr(furniture_module._cues("en"), kind)
    pattern = None if found is None else found.within(furniture_module.fold(text), {})
    spans = [] if pattern is None else [furniture_module.Span(m.start(), m.end(), kind)
                                        for m in pattern.finditer(text) if m.end() > m.start()]
    return sorted(spans, key=lambda s: (s.start, s.end))


@pytest.mark.parametrize("kind", ALONE)
def test_each_kind_read_from_the_shared_answer_is_what_its_own_search_finds(kind):
    for text in (PAGE, "Ferry service returns By Lena Vass", PAGE.replace("\n", " ")):
        assert furniture(text, "en", only=(kind,)) == _searched_alone(text, kind)


def test_a_sentence_naming_no_market_is_not_read_word_by_word(monkeypatch):
    def no_token(*args, **kwargs):
        raise AssertionError("no market word: nothing to read around it")

    monkeypatch.setattr(markets_apart, "_Token", no_token)
    found = markets_apart.sentence_markets("The ferry to Ostrel sailed again on Monday after a month in dock.", "en")
    assert not found.names and not found.indexes
    with pytest.raises(AssertionError):
        markets_apart.sentence_markets.__wrapped__("Velmora's share index rose on Monday.", "en")


def _mention(sentence):
    article = Article(id="a", path="a.txt", text=sentence, published=date(2021, 5, 4),
                      published_source=PublishSource.HEADER, language="en")
    expression = resolve(sentence, article.published, "en").expressions[0]
    return Mention(article=article, expression=expression, reference=article.published, sentence=sentence,
                   sentence_start=0, segment=(0, len(sentence)), context=(0, len(sentence)))


def test_a_schedule_phrase_is_tried_only_where_its_first_word_stands():
    opening = schedule_notice._by_first_word("en")
    phrases = schedule_notice._phrases("en")
    assert sorted(p for found in opening.values() for p in found) == sorted(phrases)
    assert all(p[0] == word for word, found in opening.items() for p in found)
    assert schedule_notice.schedule_notice(_mention("The regatta will be held at Ostrel harbour on Saturday."))
    assert schedule_notice.schedule_notice(_mention("On Saturday the doors open at the Karvia hall."))
    assert not schedule_notice.schedule_notice(_mention("The regatta was held at Ostrel harbour on Saturday."))
    assert not schedule_notice.schedule_notice(_mention("The regatta will be at Ostrel harbour on Saturday, held over."))

"""Exact speed-ups of the merge's per-pair work (issue #16): a veto's per-mention part worked out
once per mention (``per_mention``): the same answers as before, on invented text."""

from datetime import date

from timeline.events import memos, shared_words, topical, window
from timeline.events.per_mention import per_mention
from timeline.model import Article, Mention, PublishSource
from timeline.temporal import extract


def _mention(text):
    article = Article(id="a1", path="a1.txt", text=text, published=date(2011, 5, 6),
                      published_source=PublishSource.HEADER, language="en")
    e = extract(text, date(2011, 5, 6), "en")[0]
    return Mention(article, e, date(2011, 5, 6), text, 0)


def test_an_answer_is_worked_out_once_per_mention_and_forgotten_with_the_other_memos():
    calls = []

    @per_mention(maxsize=2)
    def length(m):
        calls.append(m)
        return len(m.sentence)

    one = _mention("The Tarvel ferry sank off Ostrel on Tuesday.")
    same_text = _mention("The Tarvel ferry sank off Ostrel on Tuesday.")
    assert length(one) == length(one) == length(same_text)
    assert calls == [one, same_text]  # another mention is asked anew, even with equal fields
    length.cache_clear()
    length(one)
    assert len(calls) == 3
    assert length.cache_parameters()["maxsize"] == 2


def test_the_vetoes_read_a_mentions_sentence_once_for_all_its_partners(monkeypatch):
    """``tail_words``, the sentence's words, the noun before a date and whether the date is a window:
    asked of a mention for each partner, read once (``memos.forget`` lets them go)."""
    memos.forget()
    told, read, before, opened = [], [], [], []
    real_tail, real_words, real_noun, real_window = (shared_words.tail, shared_words._words_of,
                                                     topical._noun_before, window._window_words)
    monkeypatch.setattr(shared_words, "tail", lambda m: told.append(m) or real_tail(m))
    monkeypatch.setattr(shared_words, "_words_of", lambda s, lang: read.append(s) or real_words(s, lang))
    monkeypatch.setattr(topical, "_noun_before", lambda text, lang: before.append(text) or real_noun(text, lang))
    monkeypatch.setattr(window, "_window_words", lambda lang: opened.append(lang) or real_window(lang))
    m = _mention("Pilots said the Tarvel ferry sank off Ostrel on Tuesday, after the storm in Vellmark ended.")
    for _ in range(3):
        shared_words.tail_words(m)
        shared_words._sentence_words(m)
        topical._noun_ending(m)
        window.window(m)
    assert len(told) == 1 and len(before) == 1 and len(opened) == 1
    assert read.count(m.sentence) == 1
    memos.forget()
    shared_words.tail_words(m)
    assert len(told) == 2

"""A summary's per-sentence work done once: the structural breaks of a sentence (``span.breaks``) for
all its mentions, and the sentences before a mention's once for each of ``situated``'s naming steps;
the summaries the same as when each step works them out itself."""

from test_headlines import headline
from timeline.events import memos, situated, span

TEXT = ("The Velmar ferry company was founded in 1990. It said on Monday that the harbour at Tarno would "
        "close on Friday for repairs, and the mayor of Tarno said on Tuesday the work would last a week.")


def test_a_sentences_breaks_are_found_once_for_all_its_mentions(monkeypatch):
    memos.forget()
    found = []
    original = span._line_breaks
    monkeypatch.setattr(span, "_line_breaks", lambda *args: found.append(args) or original(*args))
    summaries = [headline(TEXT, day) for day in ("Monday", "Friday", "Tuesday")]
    assert all(summaries)
    sentences = {(start, end) for _, start, end in found}
    assert len(found) == len(sentences)  # each sentence's breaks worked out once
    assert span._breaks in memos.bounded_memos()  # let go of with the build's other memos


def test_situated_reads_the_sentences_before_once_for_each_reading(monkeypatch):
    memos.forget()
    calls = []
    original = situated.earlier_sentences
    monkeypatch.setattr(situated, "earlier_sentences", lambda *args: calls.append(args[3:]) or original(*args))
    summary = headline(TEXT, "Friday")
    assert summary
    assert len(calls) == len(set(calls)) <= 2

"""What the app shows, without the app: search."""

from timeline.model import Event
from timeline.output.view import search


def events(*summaries):
    return [Event(f"E{n}", [], None, None, None, summary) for n, summary in enumerate(summaries)]


def test_search_takes_the_events_holding_every_word_and_falls_back_to_fuzzy_for_typos():
    found = events("Puskas scored twice", "Pushkin was read aloud", "The Puskas stadium opened")
    assert search(found, "puskas") == [0, 2]  # not the near miss "Pushkin"
    assert search(found, "  PUSKAS stadium ") == [2]
    assert set(search(found, "Puskaz")) == {0, 2}  # a typo still finds them
    assert search(found, "zzzz") == []
    assert search(found, "") == [0, 1, 2]
    assert search(found, "puskas", among=[1, 2]) == [2]

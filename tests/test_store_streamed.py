"""A stored timeline's JSON made one event at a time is the text json.dumps makes of the whole."""

import json

from timeline.store import streamed


def _data():
    events = [{"id": f"E{n}", "members": [["räksmörgås-1", n], ["b", 2 * n]], "summary": "Ett \"möte\" – klart",
               "interval": None, "importance": n / 3} for n in range(5)]
    return events, {"inferred": {"x": {"published": "2031-02-03"}}, "unrelated": ["q", "p"], "story": ["ö", "a"]}


def test_streamed_events_give_the_text_of_the_whole_list():
    events, rest = _data()
    whole = json.dumps({"events": events, **rest}, ensure_ascii=False)
    assert streamed.dumps({"events": iter(events), **rest}) == whole
    assert streamed.dumps({"events": (e for e in events), **rest}) == whole


def test_plain_values_and_no_events_are_as_json_dumps():
    _, rest = _data()
    assert streamed.dumps({"events": iter([]), **rest}) == json.dumps({"events": [], **rest}, ensure_ascii=False)
    assert streamed.dumps(rest) == json.dumps(rest, ensure_ascii=False)


def test_the_cache_stores_an_iterator_of_events_as_their_list(tmp_path):
    from timeline.store.cache import Cache

    events, rest = _data()
    cache = Cache(tmp_path)
    cache.put_timeline("k", {"events": (e for e in events), **rest})
    assert cache.get_timeline("k") == {"events": events, **rest}

"""A stored timeline's JSON text, made one event at a time.

A built timeline is stored as one JSON text (``Cache.put_timeline``). Made the plain way, every
event's plain data (``serialize.event_data``: a dict with lists of members) was made first, all
of them at once, and then the text: on a large corpus that list took more memory than the text
itself, on top of everything the build still held, and so set the build's peak. Here a top-level
value given as an iterator (not a list, dict or other JSON value) is encoded item by item, each
item's data let go as soon as its text is made. The text is the very one ``json.dumps`` gives of
the same data with its items in a list (the same separators, the same order).
"""

from __future__ import annotations

import json
from typing import Any, Iterator

#: what ``json.dumps`` encodes as it is; anything else at the top level is iterated
_PLAIN = (dict, list, tuple, str, int, float, bool, type(None))


def dumps(data: dict[str, Any]) -> str:
    """``json.dumps(data, ensure_ascii=False)``, where a top-level value that is an iterator is
    encoded as the list of its items, one item at a time (see the module docstring)."""
    return "{" + ", ".join(f"{_encode(str(key))}: {_value(value)}" for key, value in data.items()) + "}"


def _value(value: Any) -> str:
    if isinstance(value, _PLAIN):
        return _encode(value)
    return "[" + ", ".join(_items(value)) + "]"


def _items(values: Iterator[Any]) -> Iterator[str]:
    for item in values:
        yield _encode(item)


def _encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)

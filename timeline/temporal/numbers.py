"""Numbers spelled as several number words, written together or apart: "nittonhundranittiofyra"
(1994), "tvåtusentjugo" (2020), "tjugofem" (25).

The words and their values come from a grammar's ``number`` class; here is
only the arithmetic, the same in every language that counts units, tens,
hundreds and thousands in that order. Nothing here names a language.
"""

from __future__ import annotations

from typing import Any, Iterator

#: The longest run of number words one number is read from.
MAX_WORDS = 8


def _splits(text: str, words: dict[str, Any], depth: int = 0) -> Iterator[list[int]]:
    """Every way of reading ``text`` (no spaces) as number words with whole-number values."""
    if not text:
        yield []
        return
    if depth >= MAX_WORDS:
        return
    for end in range(len(text), 0, -1):
        value = words.get(text[:end])
        if isinstance(value, int) and not isinstance(value, bool):
            for rest in _splits(text[end:], words, depth + 1):
                yield [value, *rest]


def _compose(values: list[int]) -> int | None:
    """The number the values spell, or None if they spell none ("tjugo tjugo", "fem tre")."""
    total, group, last = 0, 0, ""
    for value in values:
        if value == 100:
            if group >= 100 or last == "hundred":
                return None
            group, last = (group or 1) * 100, "hundred"
        elif value == 1000:
            if total or last == "thousand":
                return None
            total, group, last = (group or 1) * 1000, 0, "thousand"
        elif 1 <= value < 100:
            # a unit may follow a round ten ("tjugo" "fem"); nothing else may follow a unit or a ten
            if last not in ("", "hundred", "thousand") and not (last == "ten" and value < 10):
                return None
            group, last = group + value, "ten" if value >= 20 and value % 10 == 0 else "unit"
        else:
            return None
    return total + group if values else None


def spelled_number(raw: str, words: dict[str, Any]) -> int | None:
    """The number ``raw`` spells with the number words ``words`` (phrase -> value), written
    together or with spaces or hyphens between them; None if it spells none or several."""
    text = "".join(raw.lower().replace("-", " ").split())
    readings = {n for n in (_compose(values) for values in _splits(text, words)) if n is not None}
    return readings.pop() if len(readings) == 1 else None

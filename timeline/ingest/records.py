"""Articles as records: CSV rows (with a header row) and JSON arrays of objects.

Both yield ``(line, unit, record)``: ``line`` is the 1-based line of the
file where the record starts, ``unit`` names it in messages ("row", "item
3"), and ``record`` is a dict, or a message for a record that cannot be read; the loader turns records into Articles as it does JSONL
lines. A file that cannot be read as a whole raises :class:`RecordsError`.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Any, Iterator

Record = dict[str, Any]


class RecordsError(ValueError):
    """A file that holds no records at all (not CSV with a header, not a JSON array)."""


def csv_records(text: str, text_column: str, longest: int) -> Iterator[tuple[int, str, Record | str]]:
    """The rows of CSV ``text`` as dicts keyed by the header row; ``text_column`` must be among them.

    ``longest``: the most characters a cell may have (a longer one is a broken row).
    """
    # The module's limit is process-wide (128 KiB by default); an article may be longer.
    csv.field_size_limit(min(max(longest, csv.field_size_limit()), sys.maxsize))
    # Lines end only at \n, \r\n or \r (not at U+2028 and the like, as str.splitlines would have them).
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise RecordsError("no header row") from None
    except csv.Error as error:
        raise RecordsError(f"unreadable header row ({error})") from None
    header = [name.strip() for name in header]
    if text_column not in header:
        raise RecordsError(f"no {text_column!r} column (the header has: {', '.join(header)[:200]})")
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield start, "row", f"broken row ({error}), skipped"
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield start, "row", f"{len(row)} cells where the header has {len(header)}, row skipped"
            continue
        yield start, "row", dict(zip(header, row))


def json_records(text: str) -> Iterator[tuple[int, str, Record | str]]:
    """The items of the JSON array ``text``; an item that is not an object is reported, not yielded.

    A syntax error inside the array ends it: the items before it are kept.
    """
    decoder = json.JSONDecoder()
    lines = _LineCounter(text)
    position = _skip_space(text, 0)
    if not text.startswith("[", position):
        what = "an object" if text.startswith("{", position) else "not an array"
        raise RecordsError(f"{what}; expected a JSON array of article objects")
    position = _skip_space(text, position + 1)
    number = 0
    while not text.startswith("]", position):
        if number:
            if not text.startswith(",", position):
                yield lines.at(position), f"item {number + 1}", \
                    f"not valid JSON after item {number} (expected ',' or ']'); the rest of the file is skipped"
                return
            position = _skip_space(text, position + 1)
        line, number = lines.at(position), number + 1
        try:
            item, position = decoder.raw_decode(text, position)
        except ValueError as error:
            yield line, f"item {number}", f"item {number} is not valid JSON ({error}); the rest of the file is skipped"
            return
        position = _skip_space(text, position)
        yield line, f"item {number}", item if isinstance(item, dict) else f"item {number} is not a JSON object, skipped"


class _LineCounter:
    """Line numbers of increasing offsets into one text, counted once."""

    def __init__(self, text: str):
        self.text, self.offset, self.line = text, 0, 1

    def at(self, position: int) -> int:
        self.line += self.text.count("\n", self.offset, position)
        self.offset = position
        return self.line


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position

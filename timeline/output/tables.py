"""CSV, one row per event or per mention, for spreadsheets and scripts.

UTF-8 with a header row and CRLF line ends (RFC 4180); columns as in
:mod:`.rows` (new columns are only ever appended, so readers by position keep
working). Every text cell that a spreadsheet would run as a formula gets a
leading apostrophe.
"""

from __future__ import annotations

import csv
from typing import IO

from ..model import Timeline
from .rows import rows, safe_cell


def write_csv(timeline: Timeline, stream: IO[str], level: str, title: str) -> int:
    columns, data = rows(timeline, level)
    writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for row in data:
        writer.writerow({key: safe_cell(value) for key, value in row.items()})
    return len(data)

"""Publish dates that come with an article: a header line, metadata, a dated path."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Iterable

#: the seed format's first line, ``date YYYY-MM-DD`` (the text may go on after it on the same line)
HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?![\w-])[ \t]?", re.IGNORECASE)
_PATH_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def parse_published(value: object, languages: Iterable[str] = ("en",)) -> date | None:
    """A metadata date: ISO date or datetime, else any form dateparser reads."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) == 10 else datetime.fromisoformat(text).date()
    except ValueError:
        pass
    import dateparser  # slow to import; only needed for non-ISO metadata

    # Absolute forms only: "2 days ago" in metadata counts from a scraping time nobody knows (and
    # would make a stored result go stale as the days pass).
    parsed = dateparser.parse(text, languages=list(languages),
                              settings={"STRICT_PARSING": True, "PARSERS": ["timestamp", "custom-formats",
                                                                             "absolute-time"]})
    return parsed.date() if parsed else None


def date_from_path(path: Path) -> date | None:
    """A YYYY-MM-DD in the file name or a folder name, innermost first."""
    for part in reversed(path.parts):
        for match in _PATH_DATE.finditer(part):
            try:
                return date(*map(int, match.groups()))
            except ValueError:
                continue
    return None


def zero_pad(value: str) -> str:
    """"2020-1-5" -> "2020-01-05"."""
    year, month, day = value.split("-")
    return f"{year}-{int(month):02d}-{int(day):02d}"

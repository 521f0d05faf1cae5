"""Every export format, in one registry that the CLI's ``--format`` and the app's export dialog read.

A format writes a Timeline to a text stream and returns how many items
(events, mentions or slides) it wrote. Each lives in its own module; this one
only lists them, checks the level and, for spreadsheets, writes the BOM.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import IO, Callable

from ..model import Timeline
from .rows import EVENT_COLUMNS, MENTION_COLUMNS, safe_cell  # noqa: F401  (the columns are part of the API)

LEVELS = ("event", "mention")
#: Excel reads a CSV as the local code page unless it starts with a byte order mark
BOM = "\ufeff"


@dataclass(frozen=True)
class Format:
    name: str
    #: the file extension, with its dot
    extension: str
    #: one line for --help and the app's dialog
    summary: str
    #: the levels it can write, the default first
    levels: tuple[str, ...]
    write: Callable[[Timeline, IO[str], str, str], int]
    #: a spreadsheet may open it: cells are neutralised and --excel adds a BOM
    spreadsheet: bool = False


#: the module of each format's writer, imported when the format is first written: naming the formats
#: (the command line's help and choices, a warm build) imports none of them (``store.keys`` reads
#: this table as imports)
_WHERE = {"csv": "tables", "json": "nested", "timelinejs": "timelinejs", "timelinejs-sheet": "timelinejs",
          "timesketch": "timesketch", "ics": "ical", "markdown": "markdown"}


def _writer(format: str, function: str) -> Callable[[Timeline, IO[str], str, str], int]:
    """``function`` of the module of ``format`` (``_WHERE``), imported when first called."""
    def write(timeline: Timeline, stream: IO[str], level: str, title: str) -> int:
        return getattr(import_module(f".{_WHERE[format]}", __package__), function)(timeline, stream, level, title)
    return write


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("csv", ".csv", "CSV, one row per event or mention", LEVELS, _writer("csv", "write_csv"),
           spreadsheet=True),
    Format("json", ".json", "JSON, events with their mentions and articles", LEVELS, _writer("json", "write_json")),
    Format("timelinejs", ".json", "TimelineJS3 JSON, a slide per dated event", ("event",),
           _writer("timelinejs", "write_json")),
    Format("timelinejs-sheet", ".csv", "TimelineJS's Google-sheet template (18 columns)", ("event",),
           _writer("timelinejs-sheet", "write_sheet"), spreadsheet=True),
    Format("timesketch", ".jsonl", "Timesketch JSONL, a line per dated mention", ("mention",),
           _writer("timesketch", "write_jsonl")),
    Format("ics", ".ics", "iCalendar, an all-day event per dated event", ("event",), _writer("ics", "write_ics")),
    Format("markdown", ".md", "Markdown, a bullet per event under month headings", ("event",),
           _writer("markdown", "write_markdown")),
)}


class LevelError(ValueError):
    """A level the format cannot write; the message names the ones it can."""


def level_for(format: str, level: str | None) -> str:
    """The level to write: ``level`` if the format has it, its default if None; else LevelError."""
    spec = FORMATS[format]
    if level is None:
        return spec.levels[0]
    if level not in spec.levels:
        raise LevelError(f"--format {format} writes one item per {' or per '.join(spec.levels)}; "
                         f"--level {level} is not available")
    return level


def write(timeline: Timeline, stream: IO[str], level: str | None = None, format: str = "csv", *,
          excel: bool = False, title: str = "Timeline") -> int:
    """Write the timeline to ``stream``; returns the number of items written.

    ``excel`` starts a spreadsheet format with a BOM (ignored by the others,
    whose readers would take it for content).
    """
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}")
    spec = FORMATS[format]
    level = level_for(format, level)
    if excel and spec.spreadsheet:
        stream.write(BOM)
    return spec.write(timeline, stream, level, title)


def write_file(timeline: Timeline, path: Path, level: str | None = None, format: str = "csv", *,
               excel: bool = False, title: str = "Timeline") -> int:
    """Write to ``path`` (UTF-8, line ends as each format makes them); OSError if it cannot be written."""
    with open(path, "w", encoding="utf-8", newline="") as stream:
        return write(timeline, stream, level, format, excel=excel, title=title)


def with_extension(path: Path, format: str) -> Path:
    """``path`` with the format's extension in place of any other format's."""
    known = {f.extension for f in FORMATS.values()}
    stem = path.with_suffix("") if path.suffix in known else path
    return stem.with_name(stem.name + FORMATS[format].extension)

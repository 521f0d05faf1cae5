"""The command line: every command, its options, help text, examples and exit statuses."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from ..extraction.scheduler import scheduler_problem
from ..version import __version__
from ..output.export import FORMATS, LEVELS
from ..temporal import available_languages

COMMANDS = ("browse", "show", "extract", "export", "eval", "eval-timeline", "build", "cache")


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}")
    return number


def _scheduler(value: str) -> str:
    problem = scheduler_problem(value)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return value


def _days(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"not a number of days (0 or more): {value!r}")
    return int(value)


def _count(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a number of events (1 or more): {value!r}")
    return int(value)


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


class HelpFormatter(argparse.HelpFormatter):
    """Wraps descriptions and epilogs to the terminal, paragraph by paragraph, but keeps indented
    lines (the examples) as they are."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        blocks = []
        for block in text.split("\n\n"):
            lines = block.splitlines()
            prose = [line for line in lines if not line.startswith("  ")]
            kept = [line for line in lines if line.startswith("  ")]
            filled = super()._fill_text(" ".join(prose), width, indent) if prose else ""
            blocks.append("\n".join(part for part in (filled, *(indent + line for line in kept)) if part))
        return "\n\n".join(blocks)


def _exits(zero: str = "done", one: str = "", two: str = "") -> str:
    return f"Exit status: 0 {zero}; {one}2 a usage error or a bad config file{two}; 130 interrupted."


READ = "done (inputs that could not be used are named on stderr, one line each; the rest is processed)"
CORPUS_EXITS = _exits(READ, two=", or no article could be read")
COMMON = "Settings come from ./config.toml, or from --config FILE given before the command."


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="What happened when, and who says so: dated events from a folder of news articles.",
        epilog="Run without a command to browse the corpus named in config.toml (the bundled seeds); "
               "`timeline PATHS` browses others. `timeline COMMAND --help` explains each command.\n\n"
               "Examples:\n  timeline\n  timeline export seeds --level mention -o mentions.csv\n"
               "  timeline --config my.toml build news/",
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="config file (default: ./config.toml if present); goes before the command")
    commands = Commands(parser.add_subparsers(dest="command", metavar="COMMAND"))
    _add_corpus_commands(commands)
    _add_tool_commands(commands)
    _add_eval_timeline(commands)
    return parser


def default_jobs() -> int:
    """How many processes extract when ``--jobs`` is not given: one per core."""
    return os.cpu_count() or 1


class Commands:
    """Adds subcommands whose help ends with their examples and exit statuses."""

    def __init__(self, subparsers: argparse._SubParsersAction):
        self.subparsers = subparsers
        #: the options of every command that builds a timeline
        self.building = argparse.ArgumentParser(add_help=False)
        self.building.add_argument("--no-cache", action="store_true", help="neither read nor write the build cache")
        self.building.add_argument("--jobs", type=_jobs, default=default_jobs(), metavar="N",
                                   help="processes extracting in parallel (default: the number of cores)")
        self.building.add_argument("--scheduler", type=_scheduler, metavar="WHERE",
                                   help="where articles are extracted: local (processes here), dask-local (a "
                                        "Dask cluster of --jobs processes) or tcp://HOST:8786 (a running Dask "
                                        "scheduler); default: build.scheduler from config.toml, else local")

    def add(self, name: str, summary: str, description: str, examples: list[str], exits: str,
            builds: bool = False) -> argparse.ArgumentParser:
        lines = "\n".join(f"  {example}" for example in examples)
        return self.subparsers.add_parser(
            name, help=summary, description=description, formatter_class=HelpFormatter,
            epilog=f"Example{'s' if len(examples) > 1 else ''}:\n{lines}\n\n{exits}",
            parents=[self.building] if builds else [])


def _add_corpus_commands(commands: Commands) -> None:
    """The commands that build the timeline of a corpus: browse, show, export, build."""
    browse = commands.add(
        "browse", "open the timeline in the terminal app (the default on a terminal)",
        "Browse the timeline of PATHS (default: corpus.paths from config.toml) in a Textual app: scroll, "
        "read the excerpts and articles, search, filter, export. Press ? in the app for every key. When "
        "standard output is not a terminal this prints the table instead. " + COMMON,
        ["timeline browse ../shared/corpora/te3-silver-news.jsonl.gz", "timeline news/ archive.jsonl.gz"],
        CORPUS_EXITS, builds=True)
    browse.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for stdin")

    show = commands.add(
        "show", "print the timeline as a table",
        "Print the timeline of PATHS (default: corpus.paths from config.toml) as a table: each event's "
        "dates, summary, supporting expressions with their articles and publish dates, and source "
        "count. " + COMMON,
        ["timeline show seeds/", "timeline show news/ | less -S"], CORPUS_EXITS, builds=True)
    show.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for stdin")

    exp = commands.add(
        "export", "write events or mentions as CSV, JSON, TimelineJS, Timesketch, iCalendar or Markdown",
        "Export the timeline of PATHS (default: corpus.paths from config.toml) in one of these formats: "
        + "; ".join(f"{f.name}: {f.summary}" for f in FORMATS.values()) + ". Cells that a spreadsheet "
        "would run as a formula are prefixed with an apostrophe. " + COMMON,
        ["timeline export -o events.csv", "timeline export seeds/ --level mention --format json -o mentions.json",
         "timeline export news/ --format timelinejs -o timeline.json",
         "timeline export news/ --per-day --top 20 -o key-events.csv"],
        _exits(READ, one="1 the output file could not be written; ", two=", or no article could be read"),
        builds=True)
    exp.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for stdin")
    exp.add_argument("--level", choices=LEVELS, help="one item per event or per mention (default: the format's "
                     "own, event for all but timesketch)")
    exp.add_argument("--format", choices=list(FORMATS), default="csv", help="the output format (default: csv)")
    exp.add_argument("--excel", action="store_true",
                     help="start CSV with a byte order mark, so Excel reads it as UTF-8 (accents right)")
    exp.add_argument("-o", "--output", type=Path, metavar="FILE", help="output file, or - for stdout (the default)")
    exp.add_argument("--top", type=_count, metavar="N", help="only the N most important events")
    exp.add_argument("--per-day", action="store_true", help="only the most important event of each day")

    bld = commands.add(
        "build", "build or update the cache for a corpus and summarise it",
        "Read PATHS (default: corpus.paths from config.toml), extract what the cache does not already "
        "hold (in --jobs processes), date undated articles, merge events, and store the result, so that "
        "browsing and exporting it later is instant; then print one line: articles read, inputs "
        "skipped, mentions, events, what was reused, time. The cache is $TIMELINE_CACHE_DIR, else the "
        "platform cache folder (see `timeline cache info`). " + COMMON,
        ["timeline build ../shared/corpora/te3-silver-news.jsonl.gz --jobs 2"], CORPUS_EXITS,
        builds=True)
    bld.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for stdin")


def _add_tool_commands(commands: Commands) -> None:
    """The commands that work on one text, the gold, or the cache: extract, eval, cache."""
    ext = commands.add(
        "extract", "find and resolve the time expressions of one text",
        "Run the temporal resolver on one text: every time expression with its offsets, TimeML type and "
        "value, modifier, interval and granularity. The reference date is --dct, else the file's "
        "'date YYYY-MM-DD' header; without one, relative expressions stay unresolved.",
        ["timeline extract seeds/002_3d29fd54b6bbe3af.txt",
         "echo 'He left two weeks ago.' | timeline extract --dct 2020-10-15 --json"],
        _exits("done (also when nothing was found)", two=", or the file is missing, empty or binary"))
    ext.add_argument("file", nargs="?", default="-", metavar="FILE", help="a text file, or - for stdin (default)")
    ext.add_argument("--dct", type=_iso_date, metavar="DATE", help="reference (publish) date, YYYY-MM-DD")
    ext.add_argument("--lang", choices=available_languages(), help="language (default: detected)")
    ext.add_argument("--json", action="store_true", help="print a JSON array instead of a table")

    cache = commands.add(
        "cache", "show where the cache is and what it holds, prune it, or empty it",
        "The build cache is one SQLite file in $TIMELINE_CACHE_DIR, else the platform cache folder "
        "(~/.cache/timeline on Linux). It only saves time: clearing it loses nothing. prune drops what "
        "no build of this version can use (entries made by other code) and what no build has used for "
        "--unused-days, then compacts the file; after each build the least recently used entries go "
        "first when the cache holds more than cache.max_megabytes from config.toml.",
        ["timeline cache info", "timeline cache prune --unused-days 7", "timeline cache clear"],
        _exits(one="1 the cache could not be opened; "))
    cache.add_argument("action", choices=("info", "prune", "clear"),
                       help="info: its path and size by kind; prune: drop what cannot or has not been used; "
                            "clear: empty it")
    cache.add_argument("--unused-days", type=_days, default=30, metavar="N",
                       help="prune: also drop entries no build has used for N days (default: 30)")

    ev = commands.add(
        "eval", "score the resolver against TimeML gold or Recognizers-Text date cases",
        "Run the resolver on each .tml file's text with its DCT as the reference date and compare with "
        "the gold TIMEX3s: strict and relaxed span P/R/F1, value F1, value recall per granularity, "
        "throughput. --types date-time (the default) scores DATE and TIME; --types all scores DATE, "
        "TIME, DURATION and SET as the official TempEval-3 figures do, and adds type F1, type accuracy "
        "on matched pairs and a row per type. "
        "Given .json files instead, it reads Microsoft Recognizers-Text DateExtractor cases "
        "(a list of Input and Results) and scores span detection only: the expected spans found (a "
        "system expression of any type overlaps them) and found exactly, and the spurious system "
        "DATE/TIME spans (DURATION and SET spans that overlap nothing are reported apart, not counted). "
        "The cases' language is never guessed: give --lang sv for Swedish cases. "
        ".tml and .json files cannot be mixed in one run. The cache is not used.",
        ["timeline eval ../shared/eval/aquaint --errors errors.jsonl",
         "timeline eval ../shared/eval/timebank --types all",
         "timeline eval ../shared/eval/swedish/recognizers-text-DateExtractor.json --lang sv"],
        _exits("scored (unreadable files are named on stderr)", one="1 the --errors file could not be written; ",
               two=", .tml and .json files mixed, or no document or case file could be read"))
    ev.add_argument("paths", nargs="+", metavar="PATH",
                    help=".tml files or folders of them, or Recognizers-Text .json case files")
    ev.add_argument("--types", choices=("date-time", "all"),
                    help="TIMEX3 types scored in TimeML: date-time (DATE and TIME, the default) or all "
                         "(also DURATION and SET); not for .json cases")
    ev.add_argument("--lang", choices=available_languages(), default="en",
                    help="language of the texts (default: en; never detected, so say sv for Swedish)")
    ev.add_argument("--errors", type=Path, metavar="FILE",
                    help="write every missed, spurious, wrong-value, wrong-type and boundary error as JSONL")
    ev.add_argument("--json", action="store_true", help="print the summary as JSON")


def _add_eval_timeline(commands: Commands) -> None:
    """eval-timeline: the key events of a corpus against a journalist's timeline."""
    ev = commands.add(
        "eval-timeline", "score the corpus's key dates against a gold timeline (Timeline17 format)",
        "Build the timeline of PATHS and score its key dates against GOLD, a Timeline17 timeline (a "
        "YYYY-MM-DD line, that day's sentences, a line of dashes), beside a baseline in the same run. "
        "As in tilse and news-tls, K is the gold's number of dates and only days between the first and "
        "last gold date count. The system takes the K days whose best one-day event has most sources; "
        "the baseline the K days on which most articles were published. Each day's summary has at most "
        "the gold's mean number of sentences a day: the summaries of the day's best events (system), "
        "the first sentences of the day's articles (baseline). Printed: date P/R/F1, and ROUGE-1 and "
        "ROUGE-2 F per matched date, concat, agreement and align m:1 (lowercased words, no stemming, "
        "no stop-word removal). " + COMMON,
        ["timeline eval-timeline ../shared/eval/t17-dev/MJ_bbc/timelines/bbc.co.uk.txt "
         "../shared/eval/t17-dev/MJ_bbc/InputDocs --jobs 2"],
        _exits("scored (inputs that could not be used are named on stderr)",
               two=", the gold file is missing, unreadable or has no dated block, or no article could be read"),
        builds=True)
    ev.add_argument("gold", metavar="GOLD", help="the gold timeline file (Timeline17 format)")
    ev.add_argument("paths", nargs="+", metavar="PATH", help="the articles: files, folders, or - for stdin")
    ev.add_argument("--json", action="store_true", help="print the scores (and chosen days) as JSON")
    ev.add_argument("--days", action="store_true", help="also list each timeline's chosen days and summaries")

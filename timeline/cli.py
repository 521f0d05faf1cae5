"""The ``timeline`` command. argparse only; never imports Textual.

Exit codes: 0 done (bad inputs beside good ones are reported on stderr),
1 the output could not be written, 2 a usage error, a bad config file,
or no article could be read, 130 interrupted (ctrl+c).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import IO, Callable, Sequence

from . import __version__
from .build import build_timeline
from .cache import Cache, CacheError
from .config import Config, ConfigError, load_config
from .corpus import LoadResult, detect_language, load
from .export import FORMATS, LEVELS, write
from .model import Timeline
from .temporal import available_languages, extract

EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
COMMANDS = ("browse", "show", "extract", "export", "eval", "build", "cache")


class CommandError(Exception):
    """A problem to report in one line, with its exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}")
    return number


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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    building = argparse.ArgumentParser(add_help=False)
    building.add_argument("--no-cache", action="store_true", help="neither read nor write the build cache")
    building.add_argument("--jobs", type=_jobs, default=os.cpu_count() or 1, metavar="N",
                          help="processes extracting in parallel (default: the number of cores)")

    def command(name: str, summary: str, description: str, examples: list[str], exits: str,
                **kwargs) -> argparse.ArgumentParser:
        lines = "\n".join(f"  {example}" for example in examples)
        return commands.add_parser(
            name, help=summary, description=description, formatter_class=HelpFormatter,
            epilog=f"Example{'s' if len(examples) > 1 else ''}:\n{lines}\n\n{exits}", **kwargs)

    browse = command(
        "browse", "open the timeline in the terminal app (the default on a terminal)",
        "Browse the timeline of PATHS (default: corpus.paths from config.toml) in a Textual app: scroll, "
        "read the excerpts and articles, search, filter, export. Press ? in the app for every key. When "
        "standard output is not a terminal this prints the table instead. " + COMMON,
        ["timeline browse ../shared/corpora/te3-silver-news.jsonl.gz", "timeline news/ archive.jsonl.gz"],
        CORPUS_EXITS, parents=[building])
    browse.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for stdin")

    show = command(
        "show", "print the timeline as a table",
        "Print the timeline of PATHS (default: corpus.paths from config.toml) as a table: each event's "
        "dates, summary, supporting expressions with their articles and publish dates, and source "
        "count. " + COMMON,
        ["timeline show seeds/", "timeline show news/ | less -S"], CORPUS_EXITS, parents=[building])
    show.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for stdin")

    ext = command(
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

    exp = command(
        "export", "write events or mentions as CSV or JSON",
        "Export the timeline of PATHS (default: corpus.paths from config.toml), one row per event or per "
        "mention. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe. "
        + COMMON,
        ["timeline export -o events.csv", "timeline export seeds/ --level mention --format json -o mentions.json"],
        _exits(READ, one="1 the output file could not be written; ", two=", or no article could be read"),
        parents=[building])
    exp.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for stdin")
    exp.add_argument("--level", choices=LEVELS, default="event", help="one row per event (default) or per mention")
    exp.add_argument("--format", choices=FORMATS, default="csv", help="csv (default) or json")
    exp.add_argument("-o", "--output", type=Path, metavar="FILE", help="output file (default: stdout)")

    bld = command(
        "build", "build or update the cache for a corpus and summarise it",
        "Read PATHS (default: corpus.paths from config.toml), extract what the cache does not already "
        "hold (in --jobs processes), date undated articles, merge events, and store the result, so that "
        "browsing and exporting it later is instant; then print one line: articles read, inputs "
        "skipped, mentions, events, what was reused, time. The cache is $TIMELINE_CACHE_DIR, else the "
        "platform cache folder (see `timeline cache info`). " + COMMON,
        ["timeline build ../shared/corpora/te3-silver-news.jsonl.gz --jobs 2"], CORPUS_EXITS,
        parents=[building])
    bld.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for stdin")

    cache = command(
        "cache", "show where the cache is and what it holds, or empty it",
        "The build cache is one SQLite file in $TIMELINE_CACHE_DIR, else the platform cache folder "
        "(~/.cache/timeline on Linux). It only saves time: clearing it loses nothing.",
        ["timeline cache info", "timeline cache clear"],
        _exits(one="1 the cache could not be opened; "))
    cache.add_argument("action", choices=("info", "clear"),
                       help="info: its path, size and contents; clear: empty it")

    ev = command(
        "eval", "score the resolver against TimeML gold annotations",
        "Run the resolver on each .tml file's text with its DCT as the reference date and compare with "
        "the gold DATE and TIME TIMEX3s: strict and relaxed span P/R/F1, value F1, value recall per "
        "granularity, throughput. The cache is not used.",
        ["timeline eval ../shared/eval/aquaint --errors errors.jsonl"],
        _exits("scored (unreadable files are named on stderr)", one="1 the --errors file could not be written; ",
               two=", or no TimeML document could be read"))
    ev.add_argument("paths", nargs="+", metavar="PATH", help=".tml files or folders of them")
    ev.add_argument("--lang", choices=available_languages(), default="en", help="language (default: en)")
    ev.add_argument("--errors", type=Path, metavar="FILE",
                    help="write every missed, spurious, wrong-value and boundary error as JSONL")
    ev.add_argument("--json", action="store_true", help="print the summary as JSON")
    return parser


# -- shared steps ------------------------------------------------------------------

def _report(result: LoadResult, stderr: IO[str]) -> None:
    for problem in result.problems:
        print(f"timeline: {problem}", file=stderr)


def open_cache(stderr: IO[str]) -> Cache | None:
    """The build cache, or None (said on stderr) when it cannot be used: never fatal."""
    try:
        return Cache(warn=lambda message: print(f"timeline: {message}", file=stderr))
    except CacheError as error:
        print(f"timeline: {error}; building without a cache", file=stderr)
        return None


def _load_timeline(args: argparse.Namespace, config: Config, stdin: IO[str], stderr: IO[str],
                   progress: Callable[[int, int], None] | None = None) -> Timeline:
    inputs = list(args.paths) or [str(p) for p in config.paths]
    result = load(inputs, config, stdin=stdin)
    _report(result, stderr)
    if not result.articles:
        raise CommandError(f"no article could be read from {', '.join(inputs)}")
    cache = None if getattr(args, "no_cache", True) else open_cache(stderr)
    try:
        timeline = build_timeline(result.articles, result.problems, config.build, progress=progress, cache=cache,
                                  jobs=getattr(args, "jobs", 1), timeout=config.timeout)
    finally:
        if cache is not None:
            cache.close()
    for problem in timeline.problems[len(result.problems):]:  # the build's own (an article too slow)
        print(f"timeline: {problem}", file=stderr)
    return timeline


def _console(stream: IO[str]):
    """A console that prints article text literally (no markup, no emoji codes)."""
    from rich.console import Console

    width = None if stream.isatty() else 120
    return Console(file=stream, width=width, highlight=False, markup=False, emoji=False)


# -- commands -----------------------------------------------------------------------

def run_show(args: argparse.Namespace, config: Config, stdin: IO[str], stdout: IO[str], stderr: IO[str]) -> int:
    from rich.table import Table
    from rich.text import Text

    timeline = _load_timeline(args, config, stdin, stderr)
    table = Table(title=f"{len(timeline.events)} events from {len(timeline.articles)} articles",
                  show_lines=False, expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("what", ratio=3)
    table.add_column("expression · article · published (source)", ratio=3)
    table.add_column("sources", justify="right")
    for event in timeline.events:
        evidence = Text()
        for n, mention in enumerate(event.mentions):
            article = mention.article
            published = article.published.isoformat() if article.published else "undated"
            evidence.append(("\n" if n else "") + f"“{mention.expression.text}” · {article.id} · {published}")
            evidence.append(f" ({article.published_source})", style="dim")
        label = (event.label or "undated") + (" ⚠ conflict" if event.conflict else "")
        table.add_row(Text(label, style="bold" if event.label else "dim"), Text(event.summary), evidence,
                      str(event.source_count))
    console = _console(stdout)
    console.print(table)
    for article in timeline.articles:
        if article.inference is not None:
            console.print(Text(f"{article.id}: published {article.published}, {article.inference.describe()}",
                               style="dim"))
    return EXIT_OK


def run_extract(args: argparse.Namespace, config: Config, stdin: IO[str], stdout: IO[str], stderr: IO[str]) -> int:
    result = load([args.file], config, stdin=stdin)
    _report(result, stderr)
    if not result.articles:
        raise CommandError(f"nothing to read in {args.file}")
    rows = []
    for article in result.articles:
        reference = args.dct or article.published
        language = args.lang or article.language or detect_language(article.text, config.languages)
        rows.extend(extract(article.text, reference, language))
    if args.json:
        json.dump([e.to_dict() for e in rows], stdout, ensure_ascii=False, indent=2)
        stdout.write("\n")
        return EXIT_OK
    from rich.table import Table
    from rich.text import Text

    table = Table(expand=False)
    table.add_column("offsets", no_wrap=True)
    table.add_column("text", min_width=12)
    for column in ("type", "timex", "mod", "interval", "granularity"):
        table.add_column(column, no_wrap=True)
    for e in rows:
        interval = f"{e.interval.start} … {e.interval.end}" if e.interval else ""
        table.add_row(f"{e.start}–{e.end}", Text(e.text), e.type, Text(e.timex or ""), e.mod or "",
                      interval, e.granularity.value if e.granularity else "")
    _console(stdout).print(table)
    return EXIT_OK


def run_export(args: argparse.Namespace, config: Config, stdin: IO[str], stdout: IO[str], stderr: IO[str]) -> int:
    timeline = _load_timeline(args, config, stdin, stderr)
    if args.output is None:
        write(timeline, stdout, args.level, args.format)
        return EXIT_OK
    try:
        with open(args.output, "w", encoding="utf-8", newline="") as stream:
            count = write(timeline, stream, args.level, args.format)
    except OSError as error:
        raise CommandError(f"cannot write {args.output}: {error.strerror or error}", EXIT_OUTPUT) from None
    print(f"timeline: wrote {count} {args.level}s to {args.output}", file=stderr)
    return EXIT_OK


def run_eval(args: argparse.Namespace, config: Config, stdin: IO[str], stdout: IO[str], stderr: IO[str]) -> int:
    from .evaluate import evaluate, print_table, write_errors

    errors: list[dict] | None = [] if args.errors else None
    problems: list[str] = []
    missing = [p for p in args.paths if not Path(p).exists()]
    for path in missing:
        print(f"timeline: {path}: no such file or folder", file=stderr)
    score = evaluate([p for p in args.paths if p not in missing], args.lang, errors, problems)
    for problem in problems:
        print(f"timeline: {problem}", file=stderr)
    if score.documents == 0:
        raise CommandError("no TimeML document could be read")
    summary = score.summary()
    if args.json:
        json.dump(summary, stdout, indent=2)
        stdout.write("\n")
    else:
        print_table(summary, stdout)
    if args.errors and errors is not None:
        try:
            with open(args.errors, "w", encoding="utf-8") as stream:
                write_errors(errors, stream)
        except OSError as error:
            raise CommandError(f"cannot write {args.errors}: {error.strerror or error}", EXIT_OUTPUT) from None
        print(f"timeline: wrote {len(errors)} errors to {args.errors}", file=stderr)
    return EXIT_OK


def run_build(args: argparse.Namespace, config: Config, stdin: IO[str], stdout: IO[str], stderr: IO[str]) -> int:
    started = time.perf_counter()
    if stderr.isatty():
        from rich.progress import Progress

        with Progress(transient=True, console=_console(stderr)) as bar:
            task = bar.add_task("extracting", total=None)
            timeline = _load_timeline(args, config, stdin, stderr,
                                      progress=lambda done, total: bar.update(task, completed=done, total=total))
    else:
        timeline = _load_timeline(args, config, stdin, stderr)
    seconds = time.perf_counter() - started
    stats = timeline.stats
    skipped = sum(1 for p in timeline.problems if p.skipped)
    warned = len(timeline.problems) - skipped
    said = f" ({skipped} inputs skipped, {warned} with warnings: see above)" if timeline.problems else ""
    inferred = sum(1 for a in timeline.articles if a.published_source == "inferred")
    how = "all from the cache" if stats.get("cached_timeline") else \
        f"{stats.get('extracted', 0)} extracted, {stats.get('reused', 0)} reused from the cache"
    print(f"{len(timeline.articles)} articles read{said}, {inferred} dated by inference; "
          f"{len(timeline.mentions)} mentions, {len(timeline.events)} events; {how}; {seconds:.1f} s",
          file=stdout)
    return EXIT_OK


def run_cache(args: argparse.Namespace, config: Config, stdin: IO[str], stdout: IO[str], stderr: IO[str]) -> int:
    cache = open_cache(stderr)
    if cache is None:
        return EXIT_OUTPUT
    try:
        if args.action == "clear":
            cache.clear()
            print(f"timeline: emptied {cache.path}", file=stdout)
            return EXIT_OK
        info = cache.info()
        print(f"{info['path']}\n{info['bytes'] / 1e6:.1f} MB · {info['extractions']} article extractions · "
              f"{info['timelines']} built timelines · resolver {info['resolver']}", file=stdout)
        return EXIT_OK
    finally:
        cache.close()


def run_browse(args: argparse.Namespace, config: Config, stdin: IO[str], stdout: IO[str], stderr: IO[str]) -> int:
    if not (stdout.isatty() and sys.stdin.isatty()) or "-" in args.paths:
        return run_show(args, config, stdin, stdout, stderr)  # piped: the table instead of the app
    inputs = list(args.paths) or [str(p) for p in config.paths]
    missing = [p for p in inputs if not Path(p).exists()]
    if len(missing) == len(inputs):
        raise CommandError(f"no such file or folder: {', '.join(missing)}")
    from tui import run  # Textual is imported only here

    run(inputs, config, use_cache=not args.no_cache, jobs=args.jobs)
    return EXIT_OK


RUNNERS = {"browse": run_browse, "build": run_build, "cache": run_cache, "show": run_show, "extract": run_extract, "export": run_export, "eval": run_eval}


def main(argv: Sequence[str] | None = None, stdin: IO[str] | None = None, stdout: IO[str] | None = None,
         stderr: IO[str] | None = None) -> int:
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    # `timeline PATHS…` is `timeline browse PATHS…`.
    first_positional = next((i for i, a in enumerate(argv) if not a.startswith("-") or a == "-"), None)
    if first_positional is not None and argv[first_positional] not in COMMANDS and \
            (first_positional == 0 or argv[first_positional - 1] != "--config"):
        word = argv[first_positional]
        typo = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.7)
        if typo and not Path(word).exists():
            print(f"timeline: {word!r} is neither a command nor a file or folder; did you mean {typo[0]!r}?",
                  file=stderr)
            return EXIT_USAGE
        argv.insert(first_positional, "browse")
    parser = make_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*argv, "browse"])
    try:
        config = load_config(args.config)
        return RUNNERS[args.command](args, config, stdin, stdout, stderr)
    except ConfigError as error:
        print(f"timeline: {error}", file=stderr)
        return EXIT_USAGE
    except CommandError as error:
        print(f"timeline: {error}", file=stderr)
        return error.code
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:  # worker processes are stopped on the way out
        print("timeline: interrupted", file=stderr)
        return EXIT_INTERRUPTED

"""What each command does, once its arguments are parsed."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import IO, Callable

from ..config import Config
from ..extraction.scheduler import SchedulerError, open_scheduler
from ..model import PublishSource, Timeline
from ..output.export import FORMATS, LevelError, level_for, write, write_file
from ..pipeline import NothingToRead, open_cache, open_timeline
from ..progress import Report
from .ending import keep
from .errors import EXIT_OK, EXIT_OUTPUT, CommandError

# What only some commands need is imported in them (the reader and the resolver for `extract`, the
# key-event view for `export --top`): a warm build or export reads one stored result and needs little.


# -- shared steps ------------------------------------------------------------------

def _say(stderr: IO[str]) -> Callable[[object], None]:
    """One line on stderr per problem or warning; a path or name read from outside carries no
    escape codes to the terminal. What makes the line safe is imported with the first line to say
    (its sentence splitter comes with the resolver's words): a warm build has nothing to say."""
    def say(what: object) -> None:
        from ..ingest.clean import clean
        from ..temporal.sentences import one_line

        print(f"timeline: {one_line(clean(str(what)))}", file=stderr)
    return say


def _load_timeline(args: argparse.Namespace, config: Config, stdin: IO[str], stderr: IO[str],
                   progress: Report | None = None) -> Timeline:
    inputs = list(args.paths) or [str(p) for p in config.paths]
    try:
        timeline = open_timeline(inputs, config, use_cache=not args.no_cache, jobs=args.jobs, progress=progress,
                                 warn=_say(stderr), on_problem=_say(stderr), stdin=stdin, scheduler=args.scheduler)
    except (NothingToRead, SchedulerError) as error:
        raise CommandError(str(error)) from None
    keep(timeline)  # never freed object by object when the program ends at once (``ending``)
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
    from ..ingest import detect_language, load
    from ..temporal import extract

    result = load([args.file], config, stdin=stdin)
    for problem in result.problems:
        _say(stderr)(problem)
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


def _corpus_title(args: argparse.Namespace, config: Config) -> str:
    """What to call the corpus in an export's title: its files' or folders' names."""
    inputs = list(args.paths) or [str(p) for p in config.paths]
    names = ["stdin" if name == "-" else Path(name).resolve().name.split(".")[0] or name for name in inputs]
    return ", ".join(names)


def run_export(args: argparse.Namespace, config: Config, stdin: IO[str], stdout: IO[str], stderr: IO[str]) -> int:
    try:
        level = level_for(args.format, args.level)
    except LevelError as error:
        raise CommandError(str(error)) from None
    if args.excel and not FORMATS[args.format].spreadsheet:
        raise CommandError(f"--excel is for the formats a spreadsheet opens "
                           f"({', '.join(f.name for f in FORMATS.values() if f.spreadsheet)}), not {args.format}")
    timeline = _load_timeline(args, config, stdin, stderr)
    title = _corpus_title(args, config)
    if args.top is not None or args.per_day:
        from ..output.view import key_events

        timeline = key_events(timeline, args.top, args.per_day)
    if args.output is None or str(args.output) == "-":
        write(timeline, stdout, level, args.format, excel=args.excel, title=title)
        return EXIT_OK
    try:
        count = write_file(timeline, args.output, level, args.format, excel=args.excel, title=title)
    except OSError as error:
        raise CommandError(f"cannot write {args.output}: {error.strerror or error}", EXIT_OUTPUT) from None
    print(f"timeline: wrote {count} {level}s to {args.output}", file=stderr)
    return EXIT_OK


def run_eval(args: argparse.Namespace, config: Config, stdin: IO[str], stdout: IO[str], stderr: IO[str]) -> int:
    from ..evaluation import (evaluate, evaluate_cases, is_case_file, print_case_table, print_table,
                              write_errors)

    errors: list[dict] | None = [] if args.errors else None
    problems: list[str] = []
    missing = [p for p in args.paths if not Path(p).exists()]
    for path in missing:
        print(f"timeline: {path}: no such file or folder", file=stderr)
    present = [p for p in args.paths if p not in missing]
    cases = [p for p in present if is_case_file(p)]
    if cases and len(cases) != len(present):
        raise CommandError("give either TimeML (.tml files or folders) or Recognizers-Text .json cases, not both")
    if cases and args.types is not None:
        raise CommandError("--types is for TimeML gold; .json cases are scored on spans only")
    if cases:
        score = evaluate_cases(cases, args.lang, errors, problems)
        read, what, printer = score.files, "no case file could be read", print_case_table
    else:
        score = evaluate(present, args.lang, errors, problems, types=args.types or "date-time")
        read, what, printer = score.documents, "no TimeML document could be read", print_table
    for problem in problems:
        print(f"timeline: {problem}", file=stderr)
    if read == 0:
        raise CommandError(what)
    summary = score.summary()
    if args.json:
        json.dump(summary, stdout, indent=2)
        stdout.write("\n")
    else:
        printer(summary, stdout)
    if args.errors and errors is not None:
        try:
            with open(args.errors, "w", encoding="utf-8") as stream:
                write_errors(errors, stream)
        except OSError as error:
            raise CommandError(f"cannot write {args.errors}: {error.strerror or error}", EXIT_OUTPUT) from None
        print(f"timeline: wrote {len(errors)} errors to {args.errors}", file=stderr)
    return EXIT_OK


def run_eval_timeline(args: argparse.Namespace, config: Config, stdin: IO[str], stdout: IO[str],
                      stderr: IO[str]) -> int:
    from ..evaluation.timelines import GoldError, evaluate_timeline, print_evaluation, read_gold

    problems: list[str] = []
    try:
        gold = read_gold(args.gold, problems)
    except GoldError as error:
        raise CommandError(str(error)) from None
    finally:
        for problem in problems:
            _say(stderr)(problem)
    summary = evaluate_timeline(gold, _load_timeline(args, config, stdin, stderr)).summary()
    if args.json:
        json.dump(summary, stdout, indent=2, ensure_ascii=False)
        stdout.write("\n")
    else:
        print_evaluation(summary, stdout, show_days=args.days)
    return EXIT_OK


def run_build(args: argparse.Namespace, config: Config, stdin: IO[str], stdout: IO[str], stderr: IO[str]) -> int:
    started = time.perf_counter()
    if stderr.isatty():
        from rich.progress import Progress, TaskID

        with Progress(transient=True, console=_console(stderr)) as bar:
            tasks: dict[str, TaskID] = {}  # a line per stage, in the order they come

            def show(stage: str, done: int, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = bar.add_task(stage, total=total)
                bar.update(tasks[stage], completed=done, total=total)

            timeline = _load_timeline(args, config, stdin, stderr, progress=show)
    else:
        timeline = _load_timeline(args, config, stdin, stderr)
    seconds = time.perf_counter() - started
    stats = timeline.stats
    skipped = sum(1 for p in timeline.problems if p.skipped)
    warned = len(timeline.problems) - skipped
    said = f" ({skipped} inputs skipped, {warned} with warnings: see above)" if timeline.problems else ""
    inferred = sum(1 for a in timeline.articles if a.published_source is PublishSource.INFERRED)
    how = "all from the cache" if stats.cached_timeline else \
        f"{stats.extracted} extracted, {stats.reused} reused from the cache"
    print(f"{len(timeline.articles)} articles read{said}, {inferred} dated by inference; "
          f"{len(timeline.mentions)} mentions, {len(timeline.events)} events; {how}; {seconds:.1f} s",
          file=stdout)
    return EXIT_OK


def run_cache(args: argparse.Namespace, config: Config, stdin: IO[str], stdout: IO[str], stderr: IO[str]) -> int:
    cache = open_cache(warn=_say(stderr))
    if cache is None:
        return EXIT_OUTPUT
    try:
        if args.action == "clear":
            cache.clear()
            print(f"timeline: emptied {cache.path}", file=stdout)
        elif args.action == "prune":
            done = cache.prune(args.unused_days)
            print(f"timeline: dropped {done['extractions']} article extractions, {done['timelines']} built "
                  f"timelines and {done['results']} whole results (made by other code, or unused for "
                  f"{args.unused_days} days); "
                  f"{done['before'] / 1e6:.1f} MB → {done['after'] / 1e6:.1f} MB", file=stdout)
        else:
            _print_info(cache.info(), config, stdout)
        return EXIT_OK
    finally:
        cache.close()


def _print_info(info: dict, config: Config, stdout: IO[str]) -> None:
    bound = f"{config.cache_max_megabytes:g} MB (cache.max_megabytes)" if config.cache_max_bytes else "none"
    print(f"{info['path']}\n{info['bytes'] / 1e6:.1f} MB on disk · bound {bound} · resolver {info['resolver']} · "
          f"builder {info['builder']}", file=stdout)
    names = {"extractions": "article extractions", "timelines": "built timelines",
             "results": "whole results"}
    for kind, row in info["kinds"].items():
        print(f"{row['count']} {names[kind]}: {row['bytes'] / 1e6:.1f} MB, {row['count'] - row['current']} of "
              f"them made by other code (or not read since an upgrade; `timeline cache prune` drops them)",
              file=stdout)


def run_browse(args: argparse.Namespace, config: Config, stdin: IO[str], stdout: IO[str], stderr: IO[str]) -> int:
    if not (stdout.isatty() and sys.stdin.isatty()) or "-" in args.paths:
        return run_show(args, config, stdin, stdout, stderr)  # piped: the table instead of the app
    inputs = list(args.paths) or [str(p) for p in config.paths]
    missing = [p for p in inputs if not Path(p).exists()]
    if len(missing) == len(inputs):
        raise CommandError(f"no such file or folder: {', '.join(missing)}")
    if args.scheduler:
        config = dataclasses.replace(config, scheduler=args.scheduler)
    try:
        open_scheduler(config.scheduler, args.jobs)  # says now, not in the app, that Dask is missing
    except SchedulerError as error:
        raise CommandError(str(error)) from None
    from tui import run  # Textual is imported only here

    run(inputs, config, use_cache=not args.no_cache, jobs=args.jobs)
    return EXIT_OK

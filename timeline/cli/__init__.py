"""The ``timeline`` command. argparse only; never imports Textual.

Exit codes: 0 done (bad inputs beside good ones are reported on stderr),
1 the output could not be written, 2 a usage error, a bad config file,
or no article could be read, 130 interrupted (ctrl+c).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, Sequence

from ..config import ConfigError, load_config
from . import commands
from .errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, CommandError
from .parser import COMMANDS, make_parser


RUNNERS = {"browse": commands.run_browse, "build": commands.run_build, "cache": commands.run_cache,
           "show": commands.run_show, "extract": commands.run_extract, "export": commands.run_export,
           "eval": commands.run_eval, "eval-timeline": commands.run_eval_timeline}


def main(argv: Sequence[str] | None = None, stdin: IO[str] | None = None, stdout: IO[str] | None = None,
         stderr: IO[str] | None = None) -> int:
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    # `timeline PATHS…` is `timeline browse PATHS…`.
    first_positional = next((i for i, a in enumerate(argv) if not a.startswith("-") or a == "-"), None)
    if first_positional is not None and argv[first_positional] not in COMMANDS and \
            (first_positional == 0 or argv[first_positional - 1] != "--config"):
        word = argv[first_positional]
        import difflib  # only for a word that is no command

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


def program() -> None:
    """The installed ``timeline`` program and ``python -m timeline``: :func:`main`, then the process
    ended at once (``ending.run``): both ways of starting it end the same."""
    from .ending import run

    run(main)

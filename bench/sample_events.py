"""A seeded random sample of a corpus's events as Markdown, for a person to judge.

    python bench/sample_events.py PATHS… [-n 50] [--seed 17] [-o FILE] [--jobs 2] [--no-cache] [--undated]

Builds (or reads from the cache) the timeline of PATHS, as `timeline show` does,
picks N of its dated events at random (the same N for the same seed and
timeline; --undated draws from the undated ones too) and writes each in date
order: its date label, summary and sources, and every supporting mention
(article id, publish date and where it came from, the expression and its
reading, the sentence), with boxes to tick: date right, merge pure, summary
readable. Article text is escaped, so no Markdown in an article renders.

Example: python bench/sample_events.py ../shared/eval/t17-dev/MJ_bbc/InputDocs -o mj-sample.md
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.config import load_config  # noqa: E402
from timeline.model import Event, Mention  # noqa: E402
from timeline.pipeline import NothingToRead, open_timeline  # noqa: E402

_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def escaped(text: str) -> str:
    """``text`` on one line with every character Markdown could read as markup escaped."""
    return _MARKDOWN.sub(r"\\\1", " ".join(text.split()))


def sample(events: list[Event], n: int, seed: int, undated: bool = False) -> list[Event]:
    """``n`` events drawn at random with ``seed`` (all when fewer), in date order (undated last)."""
    pool = [e for e in events if undated or e.interval is not None]
    chosen = random.Random(seed).sample(pool, min(n, len(pool)))
    return sorted(chosen, key=lambda e: (e.interval is None, e.interval or (date.min, date.min), e.id))


def _mention_line(mention: Mention) -> str:
    article = mention.article
    published = article.published.isoformat() if article.published else "undated"
    interval = mention.interval
    reading = f"{interval.start} … {interval.end}" if interval else "unresolved"
    return (f"- `{escaped(article.id)}` · published {published} ({article.published_source}) · "
            f"“{escaped(mention.expression.text)}” → {mention.expression.timex or ''} ({reading})\n"
            f"  > {escaped(mention.sentence)}\n")


def write_sample(events: list[Event], stream: TextIO, heading: str) -> None:
    """The sampled events as Markdown, one section each."""
    stream.write(f"# {heading}\n\n")
    for number, event in enumerate(events, start=1):
        label = event.label or "undated"
        flags = " (conflicting dates)" if event.conflict else ""
        stream.write(f"## {number}. {escaped(label)}{flags} · event {escaped(event.id)}\n\n")
        stream.write(f"**Summary:** {escaped(event.summary) or '(none)'}  \n")
        sources, mentions = event.source_count, len(event.mentions)
        stream.write(f"**Sources:** {sources} article{'s' * (sources != 1)}, "
                     f"{mentions} mention{'s' * (mentions != 1)}\n\n")
        for mention in event.mentions:
            stream.write(_mention_line(mention))
        stream.write("\n- [ ] date right\n- [ ] merge pure (every mention tells the same happening)\n"
                     "- [ ] summary readable\n\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles")
    parser.add_argument("-n", type=int, default=50, help="events to sample (default: 50)")
    parser.add_argument("--seed", type=int, default=17, help="random seed (default: 17)")
    parser.add_argument("-o", "--output", type=Path, help="Markdown file to write (default: stdout)")
    parser.add_argument("--jobs", type=int, default=2, help="extraction processes (default: 2)")
    parser.add_argument("--no-cache", action="store_true", help="build anew")
    parser.add_argument("--undated", action="store_true", help="draw from undated events too")
    args = parser.parse_args()
    say = lambda what: print(f"sample_events: {what}", file=sys.stderr)  # noqa: E731
    try:
        timeline = open_timeline(args.paths, load_config(None), use_cache=not args.no_cache, jobs=args.jobs,
                                 warn=say, on_problem=say)
    except NothingToRead as error:
        sys.exit(f"sample_events: {error}")
    events = sample(timeline.events, args.n, args.seed, args.undated)
    heading = (f"{len(events)} of {len(timeline.events)} events (seed {args.seed}) from "
               f"{escaped(', '.join(args.paths))}, {date.today().isoformat()}")
    if args.output is None:
        write_sample(events, sys.stdout, heading)
        return
    with open(args.output, "w", encoding="utf-8") as stream:
        write_sample(events, stream, heading)
    say(f"wrote {len(events)} events to {args.output}")


if __name__ == "__main__":
    main()

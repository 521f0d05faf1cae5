"""How much of a corpus is page furniture, and how many events it would make if it counted.

    python bench/furniture_counts.py [PATHS...] [--shared DIR] [--sample N] [--seed S] [-o FILE]

For each path (default: each Timeline17 development topic under
DIR/eval/t17-dev, DIR defaulting to ../shared) it builds the timeline (with
the cache), then merges again with furniture counted as story, and prints
one row: articles, mentions, furniture mentions by reason, unrelated
articles, the events of the timeline, and the events that merging with
furniture would make whose every mention is furniture ("only furniture"),
with their share of that merge's events (split: those with a mention in page furniture, those
only from unrelated pages). ``--sample N`` writes N seeded
furniture mentions per path (reason, article, expression, its line) as
Markdown to FILE (default: stdout), for reading what is marked.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.config import load_config  # noqa: E402
from timeline.events.merge import merge  # noqa: E402
from timeline.pipeline import open_timeline  # noqa: E402


def _line(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    return " ".join(line.split())[:300]


def measure(path: Path, sample: int, seed: int) -> tuple[list[object], list[str]]:
    config = load_config(None)
    timeline = open_timeline([path], config, use_cache=True, jobs=1)
    mentions = timeline.mentions
    reasons = Counter(m.furniture for m in mentions if m.furniture)
    counted = {id(m): m.furniture for m in mentions}
    as_story = [dataclasses.replace(m, furniture=None) for m in mentions]
    furniture_of = {id(s): counted[id(m)] for s, m in zip(as_story, mentions)}
    events = merge(as_story, config.build.merge)
    only = [e for e in events if all(furniture_of[id(m)] for m in e.mentions)]
    page = [e for e in only if any(furniture_of[id(m)] != "unrelated" for m in e.mentions)]
    unrelated = len({m.article.id for m in mentions if m.furniture == "unrelated"})
    row = [path.name if path.name != "InputDocs" else path.parent.name, len(timeline.articles), len(mentions),
           sum(reasons.values()), ", ".join(f"{r} {n}" for r, n in reasons.most_common()), unrelated,
           len(timeline.events), len(events), len(only), f"{100 * len(only) / max(1, len(events)):.0f}%",
           len(page), len(only) - len(page)]
    lines: list[str] = []
    marked = [m for m in mentions if m.furniture and m.furniture != "unrelated"]
    for m in random.Random(seed).sample(marked, min(sample, len(marked))):
        lines.append(f"- **{m.furniture}** `{m.article.id}` «{m.expression.text}»: "
                     f"{_line(m.article.text, m.expression.start, m.expression.end)}")
    return row, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    paths = args.paths or [t / "InputDocs" for t in sorted((args.shared / "eval" / "t17-dev").iterdir())]
    header = ["corpus", "articles", "mentions", "furniture", "by reason", "unrelated articles",
              "events", "events if furniture counted", "only furniture", "share", "of which page furniture",
              "only unrelated pages"]
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    samples: list[str] = []
    for path in paths:
        row, lines = measure(path, args.sample, args.seed)
        print("| " + " | ".join(map(str, row)) + " |", flush=True)
        if lines:
            samples += [f"\n## {row[0]}\n", *lines]
    if samples:
        text = "\n".join(samples) + "\n"
        if args.output:
            args.output.write_text(text, encoding="utf-8")
        else:
            print(text)


if __name__ == "__main__":
    main()

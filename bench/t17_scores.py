"""The key dates of each Timeline17 development topic against its journalist's timeline, in one table.

    python bench/t17_scores.py [--shared DIR] [--jobs N] [--no-cache]

For each topic folder under DIR/eval/t17-dev (InputDocs/YYYY-MM-DD/*.txt and
timelines/*.txt; a topic with several gold timelines gets a row for each) it
does what `timeline eval-timeline GOLD TOPIC/InputDocs --jobs N` does and
prints one row: the gold's K, date F1 of the system and the baseline (the
busiest publish days), and their ROUGE-1 and ROUGE-2 F (per matched date and
align m:1), then the mean. Builds use the cache, so a rerun on unchanged code
takes seconds. DIR is the folder holding eval/ (default: ../shared).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.config import load_config  # noqa: E402
from timeline.evaluation.timelines import evaluate_timeline, read_gold  # noqa: E402
from timeline.pipeline import open_timeline  # noqa: E402

HEADER = ["topic", "K", "date F1", "base date F1", "R1 per-date", "base R1", "R2 per-date", "base R2",
          "R1 align", "base R1 align", "R2 align", "base R2 align", "build s"]


def _commit() -> str:
    try:
        result = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                                capture_output=True, text=True, timeout=10)
    except OSError:
        return "unknown"
    return result.stdout.strip() or "unknown"


def topic_rows(topic: Path, jobs: int, use_cache: bool) -> list[list[float | str]]:
    """One row of figures per gold timeline of ``topic``."""
    started = time.perf_counter()
    timeline = open_timeline([topic / "InputDocs"], load_config(None), use_cache=use_cache, jobs=jobs)
    seconds = time.perf_counter() - started
    rows: list[list[float | str]] = []
    for gold_path in sorted((topic / "timelines").glob("*.txt")):
        result = evaluate_timeline(read_gold(gold_path), timeline)
        gold, system, baseline = result.gold, result.system, result.baseline
        name = topic.name if len(list((topic / "timelines").glob("*.txt"))) == 1 else f"{topic.name}/{gold_path.stem}"
        rows.append([name, gold.k, system.date_f(gold), baseline.date_f(gold),
                     system.rouge["rouge_1"]["per_date"], baseline.rouge["rouge_1"]["per_date"],
                     system.rouge["rouge_2"]["per_date"], baseline.rouge["rouge_2"]["per_date"],
                     system.rouge["rouge_1"]["align"], baseline.rouge["rouge_1"]["align"],
                     system.rouge["rouge_2"]["align"], baseline.rouge["rouge_2"]["align"], seconds])
    return rows


def _cells(row: list[float | str]) -> list[str]:
    return [c if isinstance(c, str) else str(c) if isinstance(c, int) else
            f"{c:.1f}" if i == len(row) - 1 else f"{c:.2f}" for i, c in enumerate(row)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the folder holding eval/ (default: ../shared)")
    parser.add_argument("--jobs", type=int, default=2, help="extraction processes (default: 2)")
    parser.add_argument("--no-cache", action="store_true", help="build every topic anew")
    args = parser.parse_args()
    data = args.shared / "eval" / "t17-dev"
    topics = sorted(p for p in data.iterdir() if (p / "InputDocs").is_dir()) if data.is_dir() else []
    if not topics:
        sys.exit(f"t17_scores: no topic folders (InputDocs/ and timelines/) in {data}")
    command = " ".join(["python", "bench/t17_scores.py", *sys.argv[1:]])
    print(f"# Timeline17 development topics, {date.today().isoformat()}: `{command}`")
    print(f"# code {_commit()}, data {data}; each row as `timeline eval-timeline GOLD TOPIC/InputDocs "
          f"--jobs {args.jobs}`")
    print("# system: K days by the importance of their one-day events together; base: K busiest publish days; "
          "ROUGE F without stemming or stop-word removal\n")
    started = time.perf_counter()
    rows = [row for topic in topics for row in topic_rows(topic, args.jobs, not args.no_cache)]
    mean = ["mean", ""] + [sum(row[i] for row in rows) / len(rows) for i in range(2, len(HEADER))]
    table = [HEADER, *(_cells(row) for row in rows), _cells(mean)]
    widths = [max(len(row[i]) for row in table) for i in range(len(HEADER))]
    print("| " + " | ".join(c.ljust(w) for c, w in zip(HEADER, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in table[1:]:
        print("| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
              + " |")
    print(f"\n# {time.perf_counter() - started:.1f} s in all (build s: opening each topic's timeline)")


if __name__ == "__main__":
    main()

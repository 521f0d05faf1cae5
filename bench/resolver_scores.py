"""Every development set's resolver scores in one table: run it after each resolver change.

    python bench/resolver_scores.py [--shared DIR]

Rows: AQUAINT (73 articles) and TimeBank (183 articles) scored as
`timeline eval --types date-time` and `--types all` do (strict, relaxed and
value F1), and the English and Swedish Recognizers-Text DateExtractor cases
scored as `timeline eval FILE.json --lang LANG` does (expected spans found,
found exactly, spurious DATE/TIME spans). DIR is the folder holding eval/
(default: ../shared beside the repository).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.evaluation import evaluate, evaluate_cases  # noqa: E402
from timeline.temporal import RESOLVER_VERSION  # noqa: E402

TIMEML_SETS = (("AQUAINT", "aquaint"), ("TimeBank", "timebank"))
CASE_SETS = (("DateExtractor en", "english", "en"), ("DateExtractor sv", "swedish", "sv"))
TYPE_LABELS = {"date-time": "DATE+TIME", "all": "all types"}


def _commit() -> str:
    try:
        result = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                                capture_output=True, text=True, timeout=10)
    except OSError:
        return "unknown"
    return result.stdout.strip() or "unknown"


def rows(eval_dir: Path) -> list[list[str]]:
    """One row of cells per development set and scoring; a missing set says so in its row."""
    out = []
    for label, folder in TIMEML_SETS:
        for types in ("date-time", "all"):
            problems: list[str] = []
            score = evaluate([eval_dir / folder], "en", problems=problems, types=types)
            if score.documents == 0:
                out.append([label, TYPE_LABELS[types], "missing", "", "", "", "", "", ""])
                continue
            s = score.summary()
            out.append([label, TYPE_LABELS[types], str(s["documents"]), str(s["gold"]),
                         f"{100 * s['strict']['f']:.1f}", f"{100 * s['relaxed']['f']:.1f}",
                         f"{100 * s['value']['f']:.1f}", "", ""])
    for label, folder, language in CASE_SETS:
        path = eval_dir / folder / "recognizers-text-DateExtractor.json"
        score = evaluate_cases([path], language)
        if score.files == 0:
            out.append([label, "spans", "missing", "", "", "", "", "", ""])
            continue
        s = score.summary()
        out.append([label, "spans", str(s["cases"]), str(s["expected"]), "", "", "",
                    f"{100 * s['found_share']:.1f} ({s['found']})", f"{s['spurious']} vs {s['found']}"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the folder holding eval/ (default: ../shared)")
    args = parser.parse_args()
    eval_dir = args.shared / "eval"
    command = " ".join(["python", "bench/resolver_scores.py", *sys.argv[1:]])
    print(f"# resolver scores, {date.today().isoformat()}: `{command}`")
    print(f"# code {_commit()}, resolver {RESOLVER_VERSION}, data {eval_dir}")
    print("# F1: one-to-one span matching (TempEval-3); found: expected spans a system span overlaps; "
          "spurious: system DATE/TIME spans on no expected span\n")
    header = ["set", "scored", "docs/cases", "gold", "strict F1", "relaxed F1", "value F1", "found %",
              "spurious vs found"]
    table = [header, *rows(eval_dir)]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    print("| " + " | ".join(c.ljust(w) for c, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in table[1:]:
        cells = [c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()

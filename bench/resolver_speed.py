"""Resolver throughput beside dateparser's search_dates, on the same texts, in one process.

    python bench/resolver_speed.py [--silver N]

Texts: the AQUAINT TimeML articles (../shared/eval/aquaint) and the first N
articles of ../shared/corpora/te3-silver-news.jsonl.gz. Each system runs
once over all texts after a warm-up; the figures are KB of UTF-8 text per
second of wall time and documents per second.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import sys
import time
import warnings
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import extract  # noqa: E402
from timeline.ingest.timeml import parse_timeml  # noqa: E402

SHARED = ROOT.parent / "shared"


def texts(silver: int) -> list[tuple[str, date]]:
    out = []
    for path in sorted((SHARED / "eval" / "aquaint").glob("*.tml")):
        document = parse_timeml(path.read_text(encoding="utf-8"))
        out.append((document.text, document.dct))
    with gzip.open(SHARED / "corpora" / "te3-silver-news.jsonl.gz", "rt", encoding="utf-8") as stream:
        for number, line in enumerate(stream):
            if number >= silver:
                break
            record = json.loads(line)
            out.append((record["text"], date.fromisoformat(record["published"][:10])))
    return out


def run(name, function, corpus):
    function(*corpus[0])  # warm-up: grammar compilation, dateparser's language data
    started = time.perf_counter()
    found = sum(len(function(text, reference) or ()) for text, reference in corpus)
    seconds = time.perf_counter() - started
    size = sum(len(text.encode("utf-8")) for text, _ in corpus) / 1024
    return {"system": name, "kb_per_s": size / seconds, "docs_per_s": len(corpus) / seconds,
            "seconds": seconds, "expressions": found}


def timeline_resolver(text, reference):
    return extract(text, reference, "en")


def dateparser_search(text, reference):
    from dateparser.search import search_dates

    base = datetime(reference.year, reference.month, reference.day)
    return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--silver", type=int, default=300, help="silver articles to add (default 300)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    corpus = texts(args.silver)
    size = sum(len(t.encode("utf-8")) for t, _ in corpus) / 1024
    print(f"{date.today()}  {platform.python_implementation()} {platform.python_version()}  "
          f"{len(corpus)} documents, {size:.0f} KB")
    results = [run("timeline.extract", timeline_resolver, corpus),
               run("dateparser.search_dates (baseline)", dateparser_search, corpus)]
    baseline = results[-1]["kb_per_s"]
    print(f"{'system':36}{'KB/s':>9}{'docs/s':>9}{'seconds':>9}{'found':>8}{'× baseline':>12}")
    for r in results:
        print(f"{r['system']:36}{r['kb_per_s']:9.0f}{r['docs_per_s']:9.1f}{r['seconds']:9.2f}"
              f"{r['expressions']:8}{r['kb_per_s'] / baseline:12.2f}")


if __name__ == "__main__":
    main()

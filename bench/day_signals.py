"""Why each day is (or is not) among a Timeline17 topic's key dates: the signals behind it.

    python bench/day_signals.py [TOPIC ...] [--shared DIR] [--top N]

For each topic (default: all under DIR/eval/t17-dev) and each of its gold
timelines, one row per day that is a gold date or among the system's top K
(or top N) days inside the gold's span: whether it is gold (G), chosen (S),
its rank and score, and the signals: independent sources behind its one-day
events (src), articles published that day (pub), citing articles published
that day (same), published later and referring back (later), published
before it (before), citing articles telling it in their lead (lead), citing
articles whose only mention is coarser than the day (coarse: a month or year
joined to the day), and the share of the day's mentions that are page
furniture (furn).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.config import load_config  # noqa: E402
from timeline.evaluation.timelines import day_events, key_dates, read_gold  # noqa: E402
from timeline.events.importance import Copies, counts, evidence, together  # noqa: E402
from timeline.pipeline import open_timeline  # noqa: E402


def signals(timeline, span):
    """Per day inside ``span``: a dict of signals."""
    by_day = defaultdict(list)
    for event in day_events(timeline.events):
        if span[0] <= event.interval.start <= span[1]:
            by_day[event.interval.start].append(event)
    published = defaultdict(int)
    for article in timeline.articles:
        if article.published is not None:
            published[article.published] += 1
    furniture, all_mentions = defaultdict(int), defaultdict(int)
    for m in timeline.mentions:
        if m.interval is not None and m.interval.days == 1:
            all_mentions[m.interval.start] += 1
            furniture[m.interval.start] += bool(m.furniture)
    copies = Copies(timeline.story)
    rows = {}
    for day, events in by_day.items():
        counting = [(e, m) for e in events for m in evidence(e) if copies.on_story(m)]
        articles = {m.article.id: m.article for _, m in counting}
        source_of = copies.sources(articles.values())
        told = {m.article.id for e in events for m in e.mentions if counts(e, m)}
        lead = {m.article.id for _, m in counting if copies.in_lead(m)}
        pub = {a: art.published for a, art in articles.items()}
        rows[day] = {
            "score": together(events, copies), "src": len(set(source_of.values())),
            "pub": published.get(day, 0),
            "same": sum(1 for p in pub.values() if p == day),
            "later": len({source_of[a] for a, p in pub.items() if p is not None and p > day}),
            "before": sum(1 for p in pub.values() if p is not None and p < day),
            "lead": len(lead), "coarse": len(told - set(articles)),
            "furn": furniture[day] / all_mentions[day] if all_mentions[day] else 0.0}
    return rows


def report(topic: Path, top: int | None) -> None:
    timeline = open_timeline([topic / "InputDocs"], load_config(None), jobs=2)
    for gold_path in sorted((topic / "timelines").glob("*.txt")):
        gold = read_gold(gold_path)
        chosen = key_dates(timeline.events, gold.span, gold.k, gold.sentences_per_day, timeline.story)
        rows = signals(timeline, gold.span)
        ranked = sorted(rows, key=lambda d: (-rows[d]["score"], d))
        rank = {d: n + 1 for n, d in enumerate(ranked)}
        shown = set(gold.days) | set(ranked[:top or gold.k])
        hits = len(set(chosen) & set(gold.days))
        print(f"\n## {topic.name}/{gold_path.stem}: K={gold.k}, hits {hits}, span {gold.span[0]}..{gold.span[1]}")
        print("day         G S  rank  score  src  pub same later before lead coarse furn")
        for day in sorted(shown):
            r = rows.get(day)
            mark = ("G" if day in gold.days else ".") + " " + ("S" if day in chosen else ".")
            if r is None:
                print(f"{day}  {mark}     -      -  (no one-day event)   pub {sum(1 for a in timeline.articles if a.published == day)}")
                continue
            print(f"{day}  {mark} {rank[day]:5} {r['score']:6.1f} {r['src']:4} {r['pub']:4} {r['same']:4} "
                  f"{r['later']:5} {r['before']:6} {r['lead']:4} {r['coarse']:6} {r['furn']:4.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("topics", nargs="*")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--top", type=int, default=None, help="system days shown (default: K)")
    args = parser.parse_args()
    data = args.shared / "eval" / "t17-dev"
    topics = [data / t for t in args.topics] if args.topics else sorted(
        p for p in data.iterdir() if (p / "InputDocs").is_dir())
    for topic in topics:
        report(topic, args.top)


if __name__ == "__main__":
    main()

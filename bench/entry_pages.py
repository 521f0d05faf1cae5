"""Pages of dated entries in the corpora, and the mentions their headings change.

    python bench/entry_pages.py [--shared DIR] [--show N]

For each Timeline17 development topic (DIR/eval/t17-dev/*/InputDocs) and the silver corpus
(DIR/corpora/te3-silver-news.jsonl.gz) it counts the articles that are pages of dated entries
(:mod:`timeline.temporal.entries`) and the DATE/TIME mentions whose date or furniture differs
from a resolution that ignores the headings; ``--show N`` prints N changed mentions, each with
its sentence, to be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.config import load_config  # noqa: E402
from timeline.extraction.mentions import extract_mentions  # noqa: E402
from timeline.ingest.loader import load  # noqa: E402
from timeline.temporal import engine  # noqa: E402


def _key(mention) -> tuple[int, int]:
    return mention.expression.start, mention.expression.end


def _changes(article) -> list[tuple[str, str, str, str]]:
    """(expression, before, after, sentence) of each mention the headings change."""
    after = {_key(m): m for m in extract_mentions(article)}
    with mock.patch.object(engine, "entry_headings", lambda *args: ()):
        before = {_key(m): m for m in extract_mentions(article)}
    changed = []
    for key, new in after.items():
        old = before.get(key)
        old_label = f"{old.expression.timex}" + (f" [{old.furniture}]" if old.furniture else "") if old else "-"
        new_label = f"{new.expression.timex}" + (f" [{new.furniture}]" if new.furniture else "")
        if old_label != new_label:
            changed.append((new.expression.text, old_label, new_label, new.sentence[:160]))
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args()
    shared = Path(args.shared)
    corpora = [(p.name, p / "InputDocs") for p in sorted((shared / "eval" / "t17-dev").iterdir()) if p.is_dir()]
    corpora.append(("silver", shared / "corpora" / "te3-silver-news.jsonl.gz"))
    shown = 0
    print("| corpus | articles | entry pages | headings | mentions changed |")
    print("|---|---|---|---|---|")
    examples = []
    for name, path in corpora:
        articles = load([path], load_config(None)).articles
        pages = headings = changed = 0
        for article in articles:
            entries = engine.find_all(article.text, article.published, engine.load_grammar(article.language)).entries
            if not entries:
                continue
            pages += 1
            headings += len(entries)
            found = _changes(article)
            changed += len(found)
            examples.extend((name, Path(article.path).name, article.published, *change) for change in found)
        print(f"| {name} | {len(articles)} | {pages} | {headings} | {changed} |")
    for example in examples:
        if shown >= args.show:
            break
        shown += 1
        corpus, file, published, text, old, new, sentence = example
        print(f"\n{corpus} {file} (published {published}): {text!r} {old} -> {new}\n    {sentence}")


if __name__ == "__main__":
    main()

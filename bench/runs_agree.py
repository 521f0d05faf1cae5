"""Whether searching by runs (timeline/temporal/runs.py) finds what the plain search finds, on a corpus.

    python bench/runs_agree.py CORPUS.jsonl[.gz] [--language en] [--share 1.0]

For every rule of the grammar that may begin anywhere and has characters it never reads, over every
text of the corpus: the matches of ``runs.finditer`` (with the anchors' share let up to ``--share``,
so that runs are searched however many anchors a text holds) against ``regex.finditer`` over the
whole text. Prints the searches compared, the disagreements (each one named) and both searches' time.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from unittest import mock

from timeline.temporal import load_grammar, runs
from timeline.temporal.leading import Openings
from timeline.temporal.prefilter import fold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--language", default="en")
    parser.add_argument("--share", type=float, default=1.0)
    args = parser.parse_args()
    opener = gzip.open if args.corpus.endswith(".gz") else open
    with opener(args.corpus, "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    rules = [rule for rule in load_grammar(args.language).rules if rule.apart]
    compared = disagreements = 0
    plain_time = runs_time = 0.0
    with mock.patch.object(runs, "SHARE", args.share):
        for text in texts:
            openings = Openings(text, fold(text))
            for rule in rules:
                started = time.process_time()
                plain = [(m.span(), m.groups()) for m in rule.regex.finditer(text)]
                middle = time.process_time()
                found = runs.finditer(openings, rule.regex, rule.required, rule.apart)
                if found is None:
                    continue
                by_runs = [(m.span(), m.groups()) for m in found]
                plain_time, runs_time = plain_time + middle - started, runs_time + time.process_time() - middle
                compared += 1
                if by_runs != plain:
                    disagreements += 1
                    print(f"disagree: rule {rule.name!r}: {plain[:2]} / {by_runs[:2]}")
    print(f"{len(texts)} texts, {len(rules)} rules ({args.language}), {compared} searches compared, "
          f"{disagreements} disagreements; plain {plain_time:.2f} s, by runs {runs_time:.2f} s")


if __name__ == "__main__":
    main()

"""Scores that rank and break ties are the same in every process: a sum over a set of tokens
follows the set's order, which changes with Python's string hashing (PYTHONHASHSEED), so a plain
sum's last bits (and a tie between two near-copies) could differ between runs and workers."""
import os
import subprocess
import sys

SCRIPT = """
from timeline.events.similarity import Vector, overlap
from timeline.events.regroup import cosine
words = ["w%d" % i for i in range(400)]
a = {w: 0.1 + (i % 7) / 3 for i, w in enumerate(words)}
b = {w: 0.7 + (i % 5) / 9 for i, w in enumerate(words)}
print(repr(overlap(Vector(a, sum(a.values())), Vector(b, sum(b.values())))), repr(cosine(a, b)))
"""


def _scores(seed: int) -> str:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    return subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True,
                          check=True).stdout


def test_overlap_and_cosine_are_the_same_whatever_the_string_hashing():
    assert len({_scores(seed) for seed in (1, 2, 3, 4, 5)}) == 1

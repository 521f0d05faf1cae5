"""A lazily drawn rank orders candidates exactly as the tuple of its features would, drawing no more
features than the comparison needs."""

import itertools
import random

from timeline.events.ranked import Ranked


def _ranked(features, drawn=None):
    def generate():
        for k, value in enumerate(features):
            if drawn is not None:
                drawn.append(k)
            yield value
    return Ranked(generate())


def test_orders_as_tuples_do():
    values = [True, False, 0, 1, -2, 3]
    rng = random.Random(7)
    rows = [tuple(rng.choice(values) for _ in range(rng.randint(0, 4))) for _ in range(300)]
    for a, b in itertools.product(rows[:60], rows[:60]):
        assert (_ranked(a) > _ranked(b)) == (a > b)
        assert (_ranked(a) < _ranked(b)) == (a < b)
        assert (_ranked(a) == _ranked(b)) == (a == b)


def test_max_picks_the_first_of_the_best_as_with_tuples():
    rows = [(True, 1, 0), (True, 2, -1), (False, 9, 9), (True, 2, -1), (True, 2, -3)]
    picked = max(range(len(rows)), key=lambda k: _ranked(rows[k]))
    assert picked == max(range(len(rows)), key=lambda k: rows[k]) == 1


def test_features_after_the_deciding_one_are_never_worked_out():
    drawn_a, drawn_b = [], []
    assert _ranked((True, False, "never asked"), drawn_a) > _ranked((False, True, "never asked"), drawn_b)
    assert drawn_a == drawn_b == [0]

"""How far a build is: each stage's name with how much of it is done.

A build calls ``report(stage, done, total)`` as it goes: every stage of
:data:`STAGES` that runs starts with ``done = 0`` and ends with ``done =
total``; ``done`` never exceeds ``total`` (the units are each stage's own:
files read, articles extracted or dated, date buckets merged, events summed
up). A stage that does not run (dating when every article has a date, saving
without a cache, everything when the whole timeline comes from the cache) is
not reported. The CLI's bar and the app's loading panel show them.
"""

from __future__ import annotations

from typing import Callable

#: report(stage, done, total)
Report = Callable[[str, int, int], None]

#: the stages in the order a build runs them
STAGES = ("reading", "extracting", "dating", "merging", "summaries", "saving")

#: at most this many reports per stage between its start and its end (the app draws each one)
STEPS = 200


class Stages:
    """Passes a build's progress on to ``report`` (None: nowhere), thinned to about
    :data:`STEPS` calls a stage."""

    def __init__(self, report: Report | None):
        self.report = report
        self.stage, self.total = "", 0
        self.said: tuple[int, int] | None = None  # the last (done, total) reported

    def start(self, stage: str, total: int) -> None:
        """``stage`` begins, with ``total`` units of work (reported as 0 done)."""
        self.stage, self.total, self.said = stage, max(0, total), None
        self.advance(0)

    def advance(self, done: int, total: int | None = None) -> None:
        """``done`` units of the current stage are done (``total``: it has changed, e.g. a folder's files found)."""
        if total is not None:
            self.total = max(0, total)
        done = min(max(0, done), self.total)
        step = max(1, self.total // STEPS)
        said = self.said
        due = said is None or done in (0, self.total) or done - said[0] >= step
        if self.report is not None and due and (done, self.total) != said:
            self.said = (done, self.total)
            self.report(self.stage, done, self.total)

    def finish(self) -> None:
        """The current stage is done (all its units)."""
        self.advance(self.total)

    def counter(self, stage: str) -> Callable[[int, int], None]:
        """A ``(done, total)`` callback for a part that counts its own work as ``stage``."""

        def count(done: int, total: int) -> None:
            if self.stage != stage:
                self.start(stage, total)
            self.advance(done, total)

        return count

"""Run a function over many items in worker processes, each item under a time limit.

``concurrent.futures`` cannot stop one task that runs too long: here each
worker is a process with a pipe of its own, and a worker that overruns its
item (or dies) is terminated and replaced. Its item comes back as a
``Failure``; the other items go on. A :class:`Pool` keeps its processes from
one batch of work to the next (a build's extraction, dating and merging).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterable, Iterator

READY = "ready"


@dataclass(frozen=True)
class Failure:
    """Why an item gave no result ("took longer than 5 s", "failed: ..."): it ran
    too long, raised, or its worker died."""

    reason: str
    timed_out: bool = False


def _serve(prepare: Callable[[], None] | None, connection: Connection) -> None:
    """A worker's life: prepare, say so, then answer items (each with the function to run on it)
    until the pipe closes.

    Its output goes nowhere: the terminal may be a full-screen app's, and
    whatever goes wrong comes back through the pipe.
    """
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)
    os.dup2(quiet, 2)
    if prepare is not None:
        prepare()
    connection.send(READY)
    while True:
        try:
            task = connection.recv()
        except EOFError:
            return
        index, function, item = task
        try:
            result = function(item)
        except Exception as error:  # one bad item is reported, not fatal to the rest
            result = Failure(f"failed: {type(error).__name__}: {error}")
        connection.send((index, result))


class _Worker:
    def __init__(self, context: Any, prepare: Callable[[], None] | None):
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(prepare, child), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.index: int | None = None  # the item it works on
        self.deadline = 0.0

    def give(self, index: int, function: Callable[[Any], Any], item: Any, timeout: float | None) -> None:
        self.index = index
        self.deadline = time.monotonic() + timeout if timeout else float("inf")
        self.connection.send((index, function, item))

    def stop(self) -> None:
        self.connection.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real stderr.

    Under a Textual app ``sys.stderr`` is a capture whose ``fileno()`` is -1,
    and the tracker, launched with the first process, would fail with "bad
    value(s) in fds_to_keep"; it is started here, once, with the process's
    original stderr instead.
    """
    if os.name != "posix":
        return
    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    from multiprocessing import resource_tracker

    captured = sys.stderr
    if not usable:
        sys.stderr = sys.__stderr__
    try:
        resource_tracker.ensure_running()
    finally:
        sys.stderr = captured


def run(function: Callable[[Any], Any], items: Iterable[Any], jobs: int, timeout: float | None,
        prepare: Callable[[], None] | None = None) -> Iterator[tuple[int, Any]]:
    """``(index, function(item))`` for every item, in the order they finish.

    ``jobs`` spawned processes (each first runs ``prepare``, not timed) share
    the items; an item that runs over ``timeout`` seconds, raises, or kills
    its worker gives ``(index, Failure(reason))``. ``function`` and
    ``prepare`` must be importable module-level functions. The processes
    are stopped at the end (:class:`Pool` keeps them for more work).
    """
    with Pool(jobs, prepare) as pool:
        yield from pool.run(function, items, timeout)


class Pool:
    """Up to ``jobs`` worker processes kept from one :meth:`run` to the next (starting one, importing
    the package and preparing, costs about a second of CPU): a build's stages share them. They start
    when first needed; each first runs ``prepare``. Use it in one thread."""

    def __init__(self, jobs: int, prepare: Callable[[], None] | None = None):
        self.jobs, self.prepare = max(1, jobs), prepare
        self.workers: list[_Worker] = []
        self._context: Any = None

    def _start(self, count: int) -> list[_Worker]:
        if self._context is None:
            self._context = multiprocessing.get_context("spawn")  # safe from a thread, the same everywhere
            _start_resource_tracker()
        while len(self.workers) < count:
            self.workers.append(_Worker(self._context, self.prepare))
        return self.workers[:count]

    def run(self, function: Callable[[Any], Any], items: Iterable[Any], timeout: float | None,
            jobs: int | None = None) -> Iterator[tuple[int, Any]]:
        """As :func:`run`, on at most ``jobs`` (default: all) of the pool's processes."""
        pending = deque(enumerate(items))
        if not pending:
            return
        workers = self._start(max(1, min(jobs or self.jobs, self.jobs, len(pending))))
        try:
            yield from self._share(function, pending, workers, timeout)
        except BaseException:  # stopped early (an error, or the caller gave up): no worker is left mid-item
            self.close()
            raise

    def _share(self, function: Callable[[Any], Any], pending: deque, workers: list[_Worker],
               timeout: float | None) -> Iterator[tuple[int, Any]]:
        while pending or any(w.index is not None for w in workers):
            for worker in workers:
                if worker.ready and worker.index is None and pending:
                    index, item = pending.popleft()
                    worker.give(index, function, item, timeout)
            soonest = min((w.deadline for w in workers if w.index is not None), default=float("inf"))
            wait_for = None if soonest == float("inf") else max(0.0, soonest - time.monotonic())
            ready = wait([w.connection for w in workers], wait_for)
            for n, worker in enumerate(workers):
                failure = None
                if worker.connection in ready:
                    try:
                        message = worker.connection.recv()
                    except (EOFError, OSError):
                        worker.process.join()
                        failure = Failure(f"failed: its worker process ended (exit code {worker.process.exitcode})")
                    else:
                        if message == READY:
                            worker.ready = True
                        else:
                            worker.index = None
                            yield message
                elif worker.index is not None and time.monotonic() >= worker.deadline:
                    failure = Failure(f"took longer than {timeout:g} s", timed_out=True)
                if failure is not None:
                    if worker.index is None:  # died while preparing: nothing can run
                        raise RuntimeError(f"a worker process could not start: {failure.reason}")
                    index = worker.index
                    worker.stop()
                    workers[n] = self.workers[self.workers.index(worker)] = _Worker(self._context, self.prepare)
                    yield index, failure

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()
        self.workers = []

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

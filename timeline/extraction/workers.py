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
from multiprocessing.reduction import ForkingPickler
from typing import Any, Callable, Iterable, Iterator

from .. import gc_pause

READY = "ready"
#: an item larger than this (pickled) is sent only to a process with nothing to do: it must fit in
#: the pipe's buffer while the worker writes its last result. Linux's socket buffers hold ~200 KB;
#: macOS's and Windows' pipes about 8 KB, so there nothing is sent ahead (each item waits for an idle process)
AHEAD_BYTES = 1 << 15 if sys.platform.startswith("linux") else -1


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
    gc_pause.settled()  # its modules and grammars are kept for its life: never traced again
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
        self.queue: deque[tuple[int, Any]] = deque()  # the items sent to it, the first one being worked on
        self.deadline = 0.0  # when the first one runs over
        self.timeout: float | None = None

    def give(self, index: int, item: Any, payload: bytes, timeout: float | None) -> bool:
        """Send the item (``payload``: it pickled with its function), unless it would wait behind
        another and is large (False): both ends could then block, each writing to a full pipe the
        other does not read."""
        if self.queue and len(payload) > AHEAD_BYTES:
            return False
        self.timeout = timeout
        if not self.queue:
            self._clock()
        self.queue.append((index, item))
        self.connection.send_bytes(payload)
        return True

    def took(self) -> None:
        """Its first item came back: the next one (already sent) starts now."""
        self.queue.popleft()
        if self.queue:
            self._clock()

    def _clock(self) -> None:
        self.deadline = time.monotonic() + self.timeout if self.timeout else float("inf")

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
        prepare: Callable[[], None] | None = None, ahead: int = 1) -> Iterator[tuple[int, Any]]:
    """``(index, function(item))`` for every item, in the order they finish.

    ``jobs`` spawned processes (each first runs ``prepare``, not timed) share
    the items; an item that runs over ``timeout`` seconds, raises, or kills
    its worker gives ``(index, Failure(reason))``. ``function`` and
    ``prepare`` must be importable module-level functions. The processes
    are stopped at the end (:class:`Pool` keeps them for more work). Each process is sent up to
    ``ahead`` items at once (see :meth:`Pool.run`).
    """
    with Pool(jobs, prepare) as pool:
        yield from pool.run(function, items, timeout, ahead=ahead)


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

    def start(self) -> None:
        """Start every process now (they prepare while this process does other work)."""
        self._start(self.jobs)

    def run(self, function: Callable[[Any], Any], items: Iterable[Any], timeout: float | None,
            jobs: int | None = None, ahead: int = 1) -> Iterator[tuple[int, Any]]:
        """As :func:`run`, on at most ``jobs`` (default: all) of the pool's processes. Each
        process is sent up to ``ahead`` items at once (the next ones wait in its pipe, so it
        never waits for this process between small items; their time limit starts when the
        one before comes back; an item waiting behind one that fails is sent again)."""
        pending = deque(enumerate(items))
        if not pending:
            return
        workers = self._start(max(1, min(jobs or self.jobs, self.jobs, len(pending))))
        try:
            yield from self._share(function, pending, workers, timeout, max(1, ahead))
        except BaseException:  # stopped early (an error, or the caller gave up): no worker is left mid-item
            self.close()
            raise

    def _share(self, function: Callable[[Any], Any], pending: deque, workers: list[_Worker],
               timeout: float | None, ahead: int) -> Iterator[tuple[int, Any]]:
        packed: tuple[int, bytes] = (-1, b"")  # the next item, pickled
        while pending or any(w.queue for w in workers):
            for worker in workers:
                while worker.ready and len(worker.queue) < ahead and pending:
                    index, item = pending[0]
                    if packed[0] != index:
                        packed = (index, ForkingPickler.dumps((index, function, item)))
                    if not worker.give(index, item, packed[1], timeout):
                        break
                    pending.popleft()
            soonest = min((w.deadline for w in workers if w.queue), default=float("inf"))
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
                            worker.took()
                            yield message
                elif worker.queue and time.monotonic() >= worker.deadline:
                    failure = Failure(f"took longer than {timeout:g} s", timed_out=True)
                if failure is not None:
                    if not worker.queue:  # died while preparing: nothing can run
                        raise RuntimeError(f"a worker process could not start: {failure.reason}")
                    (index, _), *waiting = worker.queue
                    pending.extendleft(reversed(waiting))  # sent again, first
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

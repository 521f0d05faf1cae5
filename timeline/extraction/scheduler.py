"""Where per-article extraction runs: local processes (the default), or a Dask cluster.

``--scheduler`` (and ``[build] scheduler`` in config.toml) names one of:

- ``local``: worker processes on this machine (``workers.run``), nothing to start;
- ``dask-local``: a Dask cluster started here for the build, ``--jobs`` processes of one thread;
- ``tcp://HOST:PORT`` (or ``tls://``): a running Dask scheduler (``dask scheduler``).

On Dask, articles go out in small batches as plain data (the fields of an
article) and come back as plain mention data, so a worker needs the
``timeline`` package installed but no shared disk. A task cannot be stopped
once a worker thread runs it: an article that runs over the timeout is timed
on the worker, reported as a timeout and its mentions dropped, exactly as
locally, but its thread stays busy until the article is done (``corpus.
max_article_chars`` bounds how long that can be). The cache and joining
events stay on the machine that runs ``timeline``; the date buckets' candidate
pairs of merging, the events and the dates of undated articles are worked out
where extraction runs (:func:`mapper`).
"""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

# ``workers`` (and multiprocessing with it) is imported where work is sent: naming a scheduler, as
# config.py and the command line do, needs none of it.
if TYPE_CHECKING:
    from .workers import Pool

LOCAL, DASK_LOCAL = "local", "dask-local"
_ADDRESS = re.compile(r"(?:tcp|tls)://[^\s/:]+:\d{1,5}")
#: articles sent to a Dask worker in one task: few enough to spread, enough that task overhead is small
BATCH = 16
#: batches in flight per Dask worker thread: the rest of a huge corpus waits on this machine
IN_FLIGHT = 4
INSTALL = "pip install 'timeline[dask]'"
#: how long to try reaching a Dask scheduler at an address
CONNECT_TIMEOUT = "10s"


class SchedulerError(Exception):
    """The scheduler cannot be used (Dask missing, no scheduler at the address): one line to say."""


def scheduler_problem(name: str) -> str | None:
    """Why ``name`` is not a scheduler, or None when it is one."""
    if name in (LOCAL, DASK_LOCAL) or _ADDRESS.fullmatch(name):
        return None
    return f"not a scheduler: {name!r} (local, dask-local, or a Dask address such as tcp://HOST:8786)"


def open_scheduler(name: str, jobs: int) -> DaskScheduler | None:
    """The scheduler named ``name``: None for local processes, else a Dask one (started lazily).

    Raises :class:`SchedulerError` when the name is not a scheduler or Dask is not installed.
    """
    problem = scheduler_problem(name)
    if problem is not None:
        raise SchedulerError(problem)
    if name == LOCAL:
        return None
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise SchedulerError(f"--scheduler {name} needs Dask: {INSTALL}") from None
    return DaskScheduler(name, jobs)


def mapper(jobs: int, scheduler: DaskScheduler | None, pool: Pool | None = None) -> Callable[..., list[Any]] | None:
    """A function that maps a module-level function over items on ``scheduler`` (one item a
    task), or else in ``jobs`` local processes (those of ``pool``, if given), and gives the results
    in the order of the items (calling ``each(index)``, if given, as each comes back); an item that
    failed there is done again here. None when there is one local job."""
    if scheduler is None and jobs < 2:
        return None

    def run(function: Callable[[Any], Any], items: list[Any],
            each: Callable[[int], None] = lambda index: None) -> list[Any]:
        from . import workers
        from .workers import Failure

        if scheduler is not None:
            done = scheduler.run(function, items, None, batch=1)
        else:
            done = pool.run(function, items, None) if pool is not None else workers.run(function, items, jobs, None)
        results: dict[int, Any] = {}
        for index, result in done:
            if not isinstance(result, Failure):
                results[index] = result
                each(index)
        for n, item in enumerate(items):
            if n not in results:
                results[n] = function(item)
                each(n)
        return [results[n] for n in range(len(items))]

    return run


def _run_batch(function: Callable[[Any], Any], prepare: Callable[[], None] | None, timeout: float | None,
               batch: list[tuple[int, Any]]) -> list[tuple[int, Any]]:
    """On a Dask worker: ``(index, function(item) or Failure)`` for each item of ``batch``.

    An item that took over ``timeout`` seconds gives a timeout Failure (its
    result dropped), as a stopped local worker would.
    """
    from .workers import Failure

    if prepare is not None:
        prepare()  # once per worker process in effect (its work is cached): not timed
    out = []
    for index, item in batch:
        started = time.perf_counter()
        try:
            result = function(item)
        except Exception as error:  # one bad article is reported, not fatal to the rest
            result = Failure(f"failed: {type(error).__name__}: {error}")
        if timeout and time.perf_counter() - started > timeout:
            result = Failure(f"took longer than {timeout:g} s", timed_out=True)
        out.append((index, result))
    return out


class DaskScheduler:
    """A Dask client, connected (and for ``dask-local`` a cluster started) on first use."""

    def __init__(self, name: str, jobs: int):
        self.name, self.jobs = name, max(1, jobs)
        self._client: Any = None
        self._cluster: Any = None

    def _connect(self) -> Any:
        if self._client is None:
            import logging

            from distributed import Client, LocalCluster

            try:
                if self.name == DASK_LOCAL:
                    # No dashboard; the scheduler's HTTP server on a free port of this machine only.
                    self._cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                                 host="127.0.0.1", dashboard_address=None,
                                                 scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                                                 silence_logs=logging.ERROR)
                    self._client = Client(self._cluster)
                else:
                    self._client = Client(self.name, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as error:
                self.close()
                raise SchedulerError(f"cannot reach the Dask scheduler at {self.name}: {error}") from None
        return self._client

    def run(self, function: Callable[[Any], Any], items: Iterable[Any], timeout: float | None,
            prepare: Callable[[], None] | None = None, batch: int = BATCH) -> Iterator[tuple[int, Any]]:
        """``(index, function(item))`` for every item, in the order batches (of ``batch`` items)
        finish, as ``workers.run`` gives them (a Failure for an item that raised, ran over or was lost)."""
        from distributed import as_completed

        from .workers import Failure

        client = self._connect()
        threads = sum(client.nthreads().values()) or self.jobs
        batches = _batches(items, batch)
        running = as_completed()
        sent: dict[Any, list[int]] = {}

        def send() -> bool:
            batch = next(batches, None)
            if batch is None:
                return False
            future = client.submit(_run_batch, function, prepare, timeout, batch, pure=False)
            sent[future] = [index for index, _ in batch]
            running.add(future)
            return True

        for _ in range(threads * IN_FLIGHT):
            if not send():
                break
        for future in running:
            indexes = sent.pop(future)
            try:
                results = future.result()
            except Exception as error:  # a worker lost, or the batch could not be sent or run
                results = [(index, Failure(f"failed on Dask: {type(error).__name__}: {error}")) for index in indexes]
            finally:
                future.release()
            yield from results
            send()

    def close(self) -> None:
        for part in (self._client, self._cluster):
            if part is not None:
                try:
                    part.close()
                except Exception:  # closing is best effort: the build is done
                    pass
        self._client = self._cluster = None

    def __enter__(self) -> DaskScheduler:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _batches(items: Iterable[Any], size: int = BATCH) -> Iterator[list[tuple[int, Any]]]:
    batch: list[tuple[int, Any]] = []
    for pair in enumerate(items):
        batch.append(pair)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

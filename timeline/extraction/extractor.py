"""Per-article extraction: each article's mentions, from the cache or computed in parallel.

Extraction is a pure function of an article (text, publish date, language),
so it is cached per article (keyed by ``store.keys.extraction_key``) and run
in worker processes that can be stopped when one article takes too long.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any, Callable, Iterable

from ..model import Article, Mention, Problem, PublishSource
from ..store.keys import extraction_key
from ..events.prepared import prepare
from ..store.serialize import extraction_data, extraction_from
from ..temporal import available_languages, load_grammar
from . import workers
from .furniture import page_furniture
from .mentions import extract_mentions

if TYPE_CHECKING:
    from ..store.cache import Cache
    from .scheduler import DaskScheduler

Progress = Callable[[int, int], None]
#: below this many articles to extract, starting worker processes costs more than it saves
PARALLEL_MINIMUM = 64
#: articles sent to a worker process at once: the next one waits in its pipe, so it does not
#: stand idle while this process takes in the last one's mentions (or writes them to the cache)
AHEAD = 2
#: cached extractions read at once: their parsed data is let go as their mentions are made (a whole
#: corpus's read at once was held beside all its mentions)
READ_AT_ONCE = 500


def _extract_payload(fields: tuple[str, str, str, str | None, str, str, str | None]) -> dict[str, Any]:
    """The per-article work, for a worker process: article fields in, plain data out."""
    article_id, path, text, published, source, language, title = fields
    return _extracted(Article(article_id, path, text, date.fromisoformat(published) if published else None,
                              PublishSource(source), language, title))


def _extracted(article: Article) -> dict[str, Any]:
    """The article's mentions, its page's furniture and what merging asks of each mention
    (``store.serialize.extraction_data``): the furniture was found for the mentions already, and
    merging asks for it again (a page without mentions makes no event: its furniture is neither
    found nor asked for); each mention's role, evidence and summary depend on the article alone,
    so they are worked out here, in parallel, from the mentions as merging will read them back
    (``events.prepared``)."""
    mentions = extract_mentions(article)
    data = extraction_data(mentions, page_furniture(article.text, article.language) if mentions else None)
    if mentions:
        data["prepared"] = prepare(extraction_from(data, article))
    return data


def prepare_worker(languages: tuple[str, ...] | None = None) -> None:
    """Compile the grammars of ``languages`` (None: every language's) before the worker's first (timed)
    article. A grammar takes a fraction of a second of CPU to compile, in every worker process: one of a
    language the corpus is not in is never asked for (``load_grammar`` compiles any other on first use)."""
    known = available_languages()
    for language in known if languages is None else languages:
        if language in known:
            len(load_grammar(language).rules)  # compiled when first read (``temporal.lazy_rules``): here


def preparing(languages: Iterable[str]) -> Callable[[], None]:
    """:func:`prepare_worker` for a corpus in ``languages`` (an importable function: it is sent to
    spawned processes and Dask workers)."""
    return partial(prepare_worker, tuple(sorted(set(languages))))


def _fields(article: Article) -> tuple[str, str, str, str | None, str, str, str | None]:
    return (article.id, article.path, article.text, article.published.isoformat() if article.published else None,
            article.published_source.value, article.language, article.title)


class Extractor:
    """Mentions for articles: from the cache, else computed (in ``jobs`` processes) and cached.

    With a ``timeout`` (seconds), each article is extracted in a worker
    process that is stopped when it runs over; the article is then kept
    without mentions and reported in ``problems`` (and not cached). With a
    ``scheduler`` (Dask), articles are extracted there instead; with a ``pool``
    (``workers.Pool`` prepared with :func:`prepare_worker`, see :func:`preparing`), in its processes.
    """

    def __init__(self, cache: Cache | None, jobs: int, progress: Progress | None, timeout: float | None = None,
                 scheduler: DaskScheduler | None = None, pool: workers.Pool | None = None):
        self.cache, self.jobs, self.progress, self.timeout = cache, max(1, jobs), progress, timeout
        self.scheduler, self.pool = scheduler, pool
        self.computed = self.reused = 0
        self.problems: list[Problem] = []

    def keys(self, articles: list[Article]) -> dict[str, str]:
        return {a.id: extraction_key(a) for a in articles}

    def run(self, articles: list[Article]) -> dict[str, list[Mention]]:
        keys = self.keys(articles) if self.cache else {}
        out: dict[str, list[Mention]] = {}
        todo = []
        for start in range(0, len(articles), READ_AT_ONCE):
            some = articles[start:start + READ_AT_ONCE]
            found = self.cache.get_extractions([keys[a.id] for a in some]) if self.cache else {}
            for article in some:
                data = found.get(keys.get(article.id, ""))
                if data is None:
                    todo.append(article)
                else:
                    out[article.id] = extraction_from(data, article)
        self.reused += len(articles) - len(todo)
        done = len(articles) - len(todo)
        self._report(done, len(articles))
        computed: list[tuple[str, Any]] = []
        for index, data in self._compute(todo):
            article = todo[index]
            failed = isinstance(data, workers.Failure)
            if failed:
                setting = " (corpus.article_timeout)" if data.timed_out else ""
                self.problems.append(Problem(article.path, f"extraction {data.reason}{setting}; "
                                             "the article is kept without dates", line=article.line, skipped=False))
                data = extraction_data([], None)
            out[article.id] = extraction_from(data, article)
            if self.cache and not failed:
                computed.append((keys[article.id], data))
                if len(computed) >= 500:  # written as they come: a huge corpus is not held twice
                    self.cache.put_extractions(computed)
                    computed = []
            done += 1
            if done % 25 == 0:
                self._report(done, len(articles))
        self._report(len(articles), len(articles))
        self.computed += len(todo)
        if self.cache and computed:
            self.cache.put_extractions(computed)
        return out

    def _compute(self, articles: list[Article]) -> Iterable[tuple[int, dict[str, Any] | workers.Failure]]:
        """(index in ``articles``, mention data or Failure), in the order they are done."""
        if self.scheduler is not None and articles:
            return self.scheduler.run(_extract_payload, (_fields(a) for a in articles), self.timeout,
                                      prepare=preparing(a.language for a in articles))
        jobs = self.jobs if len(articles) >= PARALLEL_MINIMUM else 1
        if self.timeout is None and jobs == 1:  # nothing to watch over: no worker to start
            return ((n, _extracted(a)) for n, a in enumerate(articles))
        if self.pool is not None:
            return self.pool.run(_extract_payload, (_fields(a) for a in articles), self.timeout, jobs, AHEAD)
        return workers.run(_extract_payload, (_fields(a) for a in articles), jobs, self.timeout,
                           prepare=preparing(a.language for a in articles), ahead=AHEAD)

    def _report(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

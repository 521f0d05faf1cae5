"""``config.toml``: where the corpus is, which languages to expect, per-article pins.

Every key is documented in the README. An unknown key, a wrong type or a bad
value raises :class:`ConfigError` naming the key; the CLI exits 2 on it.
"""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .extraction.scheduler import LOCAL, scheduler_problem
from .settings import BuildSettings, DatingSettings, MergeSettings
from .temporal import available_languages

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULT_FILE = "config.toml"


class ConfigError(ValueError):
    """A config file that cannot be used; the message names the file and key."""


@dataclass(frozen=True)
class ArticlePin:
    """What config.toml fixes for one article id."""

    published: date | None = None
    language: str | None = None


@dataclass(frozen=True)
class Config:
    #: inputs used when a command is given no paths
    paths: tuple[Path, ...] = (Path("seeds"),)
    #: languages an article may be in; detected per article among these, first is the default
    languages: tuple[str, ...] = ("en", "sv")
    articles: dict[str, ArticlePin] = field(default_factory=dict)
    source: Path | None = None
    build: BuildSettings = field(default_factory=BuildSettings)
    #: longer articles are read only this far (with a warning): one huge file must not stall a build
    max_article_chars: int = 1_000_000
    #: seconds one article's extraction may take before it is stopped and reported; 0: no limit
    article_timeout: float = 30.0
    #: an article field -> the CSV column (or JSON/JSONL key) that holds it, where not the field's own name
    columns: dict[str, str] = field(default_factory=dict)
    #: where extraction runs: local processes, dask-local, or a Dask scheduler's address (not in any cache key)
    scheduler: str = LOCAL
    #: the cache's data is cut to this size after a build, least recently used first; 0: no bound
    cache_max_megabytes: float = 1000.0

    @property
    def timeout(self) -> float | None:
        return self.article_timeout or None

    @property
    def cache_max_bytes(self) -> int | None:
        return int(self.cache_max_megabytes * 1e6) or None


def _fail(where: str, key: str, problem: str) -> ConfigError:
    return ConfigError(f"{where}: {key}: {problem}")


def _check_keys(table: dict[str, Any], allowed: set[str], where: str, prefix: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        names = ", ".join(f"{prefix}{k}" for k in unknown)
        raise _fail(where, names, f"unknown key (known: {', '.join(sorted(allowed))})")


def _language(value: Any, where: str, key: str) -> str:
    if not isinstance(value, str) or value not in available_languages():
        raise _fail(where, key, f"unsupported language {value!r} (have: {', '.join(available_languages())})")
    return value


def _date(value: Any, where: str, key: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(where, key, f"expected a date such as 2020-10-15, got {value!r}")


def _number(table: dict[str, Any], key: str, default: float, low: float, high: float, where: str, prefix: str,
            integer: bool = False) -> Any:
    value = table.get(key, default)
    kind = int if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kind) or not low <= value <= high:
        what = "a whole number" if integer else "a number"
        raise _fail(where, prefix + key, f"expected {what} from {low} to {high}, got {value!r}")
    return value


def _table(data: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    table = data.get(key, {})
    if not isinstance(table, dict):
        raise _fail(where, key, "expected a table")
    return table


def _build_settings(data: dict[str, Any], where: str) -> BuildSettings:
    events = _table(data, "events", where)
    _check_keys(events, {"merge_threshold", "cross_language_threshold", "conflict_threshold", "story_threshold",
                         "cross_story_threshold"}, where, "events.")
    merge_defaults = MergeSettings()
    merge = MergeSettings(
        threshold=_number(events, "merge_threshold", merge_defaults.threshold, 0, 1, where, "events."),
        cross_language_threshold=_number(events, "cross_language_threshold",
                                         merge_defaults.cross_language_threshold, 0, 1, where, "events."),
        conflict_threshold=_number(events, "conflict_threshold", merge_defaults.conflict_threshold, 0, 1, where,
                                   "events."),
        story_threshold=_number(events, "story_threshold", merge_defaults.story_threshold, 0, 1, where,
                                "events."),
        cross_story_threshold=_number(events, "cross_story_threshold", merge_defaults.cross_story_threshold, 0, 1,
                                      where, "events."),
    )
    dating = _table(data, "dating", where)
    _check_keys(dating, {"similarity_threshold", "window_days"}, where, "dating.")
    dating_defaults = DatingSettings()
    return BuildSettings(merge=merge, dating=DatingSettings(
        threshold=_number(dating, "similarity_threshold", dating_defaults.threshold, 0, 1, where, "dating."),
        window_days=_number(dating, "window_days", dating_defaults.window_days, 0, 366, where, "dating.",
                            integer=True),
    ))


#: the fields of an article that CSV, JSON and JSONL records give (``text`` is required)
RECORD_FIELDS = ("text", "id", "published", "title", "url", "language")


def _columns(corpus: dict[str, Any], where: str) -> dict[str, str]:
    columns = corpus.get("columns", {})
    if not isinstance(columns, dict):
        raise _fail(where, "corpus.columns", 'expected a table such as { text = "body" }')
    _check_keys(columns, set(RECORD_FIELDS), where, "corpus.columns.")
    for key, name in columns.items():
        if not isinstance(name, str) or not name.strip():
            raise _fail(where, f"corpus.columns.{key}", f"expected a column name, got {name!r}")
    return dict(columns)


def _scheduler(data: dict[str, Any], where: str) -> str:
    build = _table(data, "build", where)
    _check_keys(build, {"scheduler"}, where, "build.")
    value = build.get("scheduler", LOCAL)
    problem = scheduler_problem(value) if isinstance(value, str) else f"expected a string, got {value!r}"
    if problem is not None:
        raise _fail(where, "build.scheduler", problem)
    return value


def _cache_megabytes(data: dict[str, Any], where: str) -> float:
    cache = _table(data, "cache", where)
    _check_keys(cache, {"max_megabytes"}, where, "cache.")
    return float(_number(cache, "max_megabytes", 1000, 0, 10_000_000, where, "cache."))


def parse_config(data: dict[str, Any], where: str, base: Path) -> Config:
    _check_keys(data, {"corpus", "articles", "events", "dating", "build", "cache"}, where, "")
    corpus = data.get("corpus", {})
    if not isinstance(corpus, dict):
        raise _fail(where, "corpus", "expected a table")
    _check_keys(corpus, {"paths", "languages", "max_article_chars", "article_timeout", "columns"}, where, "corpus.")

    paths = corpus.get("paths", ["seeds"])
    if isinstance(paths, str):
        paths = [paths]
    if not isinstance(paths, list) or not paths or not all(isinstance(p, str) and p for p in paths):
        raise _fail(where, "corpus.paths", f"expected a non-empty list of paths, got {paths!r}")

    languages = corpus.get("languages", ["en", "sv"])
    if not isinstance(languages, list) or not languages:
        raise _fail(where, "corpus.languages", f"expected a non-empty list of language codes, got {languages!r}")
    languages = [_language(code, where, "corpus.languages") for code in languages]

    pins: dict[str, ArticlePin] = {}
    articles = data.get("articles", {})
    if not isinstance(articles, dict):
        raise _fail(where, "articles", "expected a table of article ids")
    for article_id, pin in articles.items():
        key = f"articles.{article_id}"
        if not isinstance(pin, dict):
            raise _fail(where, key, "expected a table with published and/or language")
        _check_keys(pin, {"published", "language"}, where, key + ".")
        pins[article_id] = ArticlePin(
            published=_date(pin["published"], where, key + ".published") if "published" in pin else None,
            language=_language(pin["language"], where, key + ".language") if "language" in pin else None,
        )
    return Config(
        paths=tuple(base / p for p in paths),
        languages=tuple(languages),
        articles=pins,
        source=None,
        build=_build_settings(data, where),
        max_article_chars=_number(corpus, "max_article_chars", 1_000_000, 1_000, 100_000_000, where, "corpus.",
                                  integer=True),
        article_timeout=float(_number(corpus, "article_timeout", 30, 0, 86_400, where, "corpus.")),
        columns=_columns(corpus, where),
        scheduler=_scheduler(data, where),
        cache_max_megabytes=_cache_megabytes(data, where),
    )


def load_config(path: Path | None = None) -> Config:
    """Read ``path``, or ``./config.toml`` when it exists, else the defaults."""
    if path is None:
        path = Path(DEFAULT_FILE)
        if not path.is_file():
            return Config()
    where = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ConfigError(f"{where}: cannot read: {error.strerror or error}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{where}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{where}: not valid TOML: {error}") from None
    config = parse_config(data, where, path.parent)
    return dataclasses.replace(config, source=path)

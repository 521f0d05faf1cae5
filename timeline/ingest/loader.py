"""Reading articles: walking folders, and one reader per format (text, HTML, CSV, JSON, JSONL(.gz),
TimeML, stdin).

Offsets: ``Article.text`` has exactly the characters of the source document
(the decoded file for .txt/.md, the ``text`` field or column for JSONL, JSON
and CSV, the <TEXT> content without tags for TimeML, trafilatura's extracted
text for HTML), except that publishing furniture (the seed format's
``date YYYY-MM-DD`` header, "Published: …" lines, a dateline: see
``publishing``) and anything unsafe for a terminal are replaced by spaces of
the same length. So an offset into ``Article.text`` is also a character
offset into the source (for HTML, into the extracted text).

Bad input is reported as a :class:`Problem` and skipped; it never stops the
rest.
"""

from __future__ import annotations

import codecs
import gzip
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Callable, Iterable

from ..config import Config
from ..model import Article, Problem
from ..model import PublishSource as Source
from ..temporal import load_grammar
from .clean import clean
from .dates import HEADER, date_from_path, parse_published, zero_pad
from .html import INSTALL_HINT, HtmlError, HtmlUnavailable, read_html
from .language import detect_language
from .publishing import read_furniture
from .records import Record, RecordsError, csv_records, json_records
from .timeml import TimeMLError, parse_timeml
from .walk import SUFFIXES, walk  # noqa: F401  (SUFFIXES: part of the loader's API)



@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: files in folders that were passed over for their type
    ignored: int = 0
    #: how many of them had each suffix ("" for none)
    ignored_kinds: Counter[str] = field(default_factory=Counter)


# -- decoding -------------------------------------------------------------------

def decode(data: bytes, path: str, problems: list[Problem], whole: bool = True) -> str | None:
    """UTF-8 text of ``data``; Windows-1252 with a warning; None (reported) if binary or empty.

    When ``data`` is not ``whole`` (the start of a longer file), a character
    cut at its end is dropped rather than taken for a decoding error.
    """
    if not data.strip():
        problems.append(Problem(path, "empty file, skipped"))
        return None
    if b"\x00" in data[:8192]:
        problems.append(Problem(path, "binary file (NUL bytes), skipped"))
        return None
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=whole)
    except UnicodeDecodeError as error:
        problems.append(Problem(path, f"not UTF-8 (byte {error.start}); read as Windows-1252", skipped=False))
        return data.decode("cp1252", errors="replace")


# -- one reader per format ------------------------------------------------------

class Loader:
    """Turns inputs into Articles, collecting problems; one per load."""

    def __init__(self, config: Config):
        self.config = config
        self.result = LoadResult()
        self._ids: set[str] = set()
        #: HTML files not read because trafilatura is missing (said once, at the end)
        self._unread_html: list[str] = []

    # public entry points

    def load(self, inputs: Iterable[str | Path], stdin: IO[str] | None = None,
             progress: Callable[[int, int], None] = lambda done, total: None) -> LoadResult:
        inputs = list(inputs)
        done, total = 0, len(inputs)
        progress(done, total)
        for item in inputs:
            path = Path(item)
            if str(item) == "-":
                self._read_stdin(stdin or sys.stdin)
            elif path.is_dir():
                files = self._walk(path)
                total += len(files) - 1
                if not files:  # an empty folder counts as done
                    progress(done, total)
                for file in files:
                    self._read_file(file)
                    done += 1
                    progress(done, total)
                continue
            elif path.exists():
                self._read_file(path)
            else:
                self._problem(str(path), "no such file or folder")
            done += 1
            progress(done, total)
        if self._unread_html:
            more = len(self._unread_html) - 1
            also = f" ({more} more HTML file{'s' * (more != 1)} skipped too)" if more else ""
            self._problem(self._unread_html[0], f"{INSTALL_HINT}{also}")
        return self.result

    # walking

    def _walk(self, folder: Path) -> list[Path]:
        """The readable files under ``folder`` in sorted path order (see ``walk``)."""
        found = walk(folder)
        self.result.problems.extend(found.problems)
        self.result.ignored += sum(found.ignored.values())
        self.result.ignored_kinds.update(found.ignored)
        return found.files

    # files

    def _read_file(self, path: Path) -> None:
        name = path.name.lower()
        try:
            if name.endswith((".jsonl", ".jsonl.gz")):
                with (gzip.open(path, "rb") if name.endswith(".gz") else path.open("rb")) as stream:
                    self._read_jsonl(stream, str(path))
                return
            if name.endswith((".tml", ".json", ".csv")):
                data, cut = path.read_bytes(), False
            else:  # text and HTML are read only as far as max_article_chars can reach (4 bytes a character)
                most = 4 * self.config.max_article_chars
                with path.open("rb") as stream:
                    data = stream.read(most + 1)
                data, cut = data[:most], len(data) > most
        except (OSError, EOFError, gzip.BadGzipFile) as error:
            message = getattr(error, "strerror", None) or str(error) or type(error).__name__
            self._problem(str(path), f"cannot read: {message}")
            return
        if name.endswith(".tml"):
            self._read_timeml(data, path)
        elif name.endswith((".json", ".csv")):
            self._read_records(data, path)
        elif name.endswith((".html", ".htm")):
            self._read_html(data, path, cut=cut)
        else:
            self._read_text(data, path, cut=cut)

    def _read_text(self, data: bytes, path: Path, article_id: str | None = None, cut: bool = False) -> None:
        """An article from a text file's bytes (``cut``: only the start of the file)."""
        text = decode(data, str(path), self.result.problems, whole=not cut)
        if text is None:
            return
        published, source = None, Source.NONE
        header = HEADER.match(text)
        if header:
            try:
                published, source = date.fromisoformat(zero_pad(header.group(1))), Source.HEADER
            except ValueError:
                self._problem(str(path), f"malformed date header {header.group(1)!r}; treated as undated",
                              line=1, skipped=False)
            text = " " * header.end() + text[header.end():]
        in_path = date_from_path(path)
        furniture = read_furniture(text, self.config.languages, reference=published or in_path)
        for line, message in furniture.problems:
            self._problem(str(path), message, line=line, skipped=False)
        if published is None:
            published, source = furniture.published, furniture.source
        if published is None:
            published, source = in_path, Source.PATH if in_path else Source.NONE
        self._add(Article(
            id=article_id or path.stem, path=str(path), text=clean(furniture.text), published=published,
            published_source=source, language="", title=clean(furniture.title) if furniture.title else None,
        ), cut=cut)

    def _read_html(self, data: bytes, path: Path, cut: bool = False) -> None:
        """An article from a saved page: its main text, title, canonical URL, and metadata date."""
        markup = decode(data, str(path), self.result.problems, whole=not cut)
        if markup is None:
            return
        try:
            page = read_html(markup)
        except HtmlUnavailable:
            self._unread_html.append(str(path))
            return
        except HtmlError as error:
            self._problem(str(path), f"{error}, skipped")
            return
        in_path = date_from_path(path)
        furniture = read_furniture(page.text, self.config.languages, reference=page.published or in_path)
        if page.published:
            published, source = page.published, Source.METADATA
        elif furniture.published:
            published, source = furniture.published, furniture.source
        else:
            published, source = in_path, Source.PATH if in_path else Source.NONE
        title = page.title or furniture.title
        self._add(Article(
            id=path.stem, path=str(path), text=clean(furniture.text), published=published, published_source=source,
            language="", title=clean(title) if title else None, url=clean(page.url) if page.url else None,
        ), cut=cut)

    def _read_timeml(self, data: bytes, path: Path) -> None:
        text = decode(data, str(path), self.result.problems)
        if text is None:
            return
        try:
            document = parse_timeml(text)
        except TimeMLError as error:
            self._problem(str(path), f"not TimeML: {error}")
            return
        self._add(Article(
            id=path.stem.removesuffix(".tml"), path=str(path), text=clean(document.text),
            published=document.dct, published_source=Source.METADATA if document.dct else Source.NONE,
            language="", title=document.title,
        ))

    def _read_jsonl(self, lines: Iterable[bytes], path: str) -> None:
        stem = Path(path).name.split(".")[0]
        try:
            for number, raw in enumerate(lines, start=1):
                if raw.strip():
                    self._read_json_line(raw, path, number, stem)
        except (OSError, EOFError, gzip.BadGzipFile) as error:
            self._problem(path, f"cannot read further: {error}")

    def _read_json_line(self, raw: bytes, path: str, number: int, stem: str) -> None:
        try:
            record = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as error:
            self._problem(path, f"not valid JSON ({error}), line skipped", line=number)
            return
        if not isinstance(record, dict):
            self._problem(path, "not a JSON object, line skipped", line=number)
            return
        self._read_record(record, path, number, stem, "line")

    def _read_records(self, data: bytes, path: Path) -> None:
        """The articles of a CSV file (a header row, a row each) or a JSON file (an array of objects)."""
        text = decode(data, str(path), self.result.problems)
        if text is None:
            return
        csv = path.name.lower().endswith(".csv")
        try:
            if csv:
                records = csv_records(text, self._column("text"), 4 * self.config.max_article_chars)
            else:
                records = json_records(text)
            for number, unit, record in records:
                if isinstance(record, str):
                    self._problem(str(path), record, line=number)
                else:
                    self._read_record(record, str(path), number, path.stem, unit)
        except RecordsError as error:
            self._problem(str(path), f"{error}, skipped")

    def _column(self, name: str) -> str:
        """The column (CSV) or key (JSON, JSONL) of an article field, as config.toml maps it."""
        return self.config.columns.get(name, name)

    def _read_record(self, record: Record, path: str, number: int, stem: str, unit: str) -> None:
        """An article from one JSONL line, JSON array item or CSV row (``unit`` says which, for messages)."""
        def field(name: str) -> str | None:
            value = record.get(self._column(name))
            return value if isinstance(value, str) and value.strip() else None

        text = field("text")
        if text is None:
            where = "cell" if unit == "row" else "field"  # a CSV row, a JSON item or JSONL line
            self._problem(path, f"no \"{self._column('text')}\" {where}, {unit} skipped", line=number)
            return
        article_id = record.get(self._column("id"))
        article_id = str(article_id) if isinstance(article_id, (str, int)) and str(article_id) else f"{stem}:{number}"
        published = None
        value = record.get(self._column("published"))
        if value not in (None, ""):
            published = parse_published(value, self.config.languages)
            if published is None:
                self._problem(path, f"unreadable published date {value!r}; treated as undated",
                              line=number, skipped=False)
        title, url = field("title"), field("url")
        self._add(Article(
            id=article_id, path=path, text=clean(text), published=published,
            published_source=Source.METADATA if published else Source.NONE, language=field("language") or "",
            title=clean(title) if title else None, url=clean(url) if url else None, line=number,
        ))

    def _read_stdin(self, stream: IO[str]) -> None:
        data = stream.read()
        if isinstance(data, str):
            try:  # sys.stdin's undecodable bytes (lone surrogates) back to the bytes they were
                encoded = data.encode("utf-8", errors="surrogateescape")
            except UnicodeEncodeError:  # other lone surrogates cannot be bytes: one "?" each
                encoded = data.encode("utf-8", errors="replace")
        else:
            encoded = data
        if encoded.lstrip().startswith(b"{"):
            self._read_jsonl(iter(encoded.splitlines(keepends=True)), "-")
        else:
            self._read_text(encoded, Path("-"), article_id="stdin")

    # shared

    def _add(self, article: Article, cut: bool = False) -> None:
        limit = self.config.max_article_chars
        article.id = clean(article.id)  # a JSON id or a file name is text from outside, as the article is
        if cut or len(article.text) > limit:
            self._problem(article.path, f"longer than {limit:,} characters; only the first {limit:,} are read "
                          "(corpus.max_article_chars)", line=article.line, skipped=False)
            article.text = article.text[:limit]
        pin = self.config.articles.get(article.id)
        languages = self.config.languages
        if article.language and article.language not in languages:
            try:
                load_grammar(article.language)
            except ValueError:
                self._problem(article.path, f"language {article.language!r} has no grammar; detecting instead",
                              line=article.line, skipped=False)
                article.language = ""
        if pin and pin.published:
            article.published, article.published_source = pin.published, Source.CONFIG
        if pin and pin.language:
            article.language = pin.language
        if not article.language:
            article.language = detect_language(article.text, languages)
        if article.id in self._ids:
            unique = next(f"{article.id}~{n}" for n in range(2, 1 << 30) if f"{article.id}~{n}" not in self._ids)
            self._problem(article.path, f"article id {article.id!r} is taken; renamed {unique!r}",
                          line=article.line, skipped=False)
            article.id = unique
        self._ids.add(article.id)
        self.result.articles.append(article)

    def _problem(self, path: str, message: str, line: int | None = None, skipped: bool = True) -> None:
        self.result.problems.append(Problem(path, message, line, skipped))


def load(inputs: Iterable[str | Path], config: Config, stdin: IO[str] | None = None,
         progress: Callable[[int, int], None] = lambda done, total: None) -> LoadResult:
    """Read every article in ``inputs`` (files, folders, or "-" for stdin); ``progress(done, total)``
    counts the inputs read (a folder counts as its files once it is walked)."""
    return Loader(config).load(inputs, stdin, progress)

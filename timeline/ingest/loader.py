"""Reading articles: walking folders, and one reader per format (text, JSONL(.gz), TimeML, stdin).

Offsets: ``Article.text`` has exactly the characters of the source document
(the decoded file for .txt/.md, the ``text`` field for JSONL, the <TEXT>
content without tags for TimeML), except that the seed format's
``date YYYY-MM-DD`` header and anything unsafe for a terminal are replaced
by spaces of the same length. So an offset into ``Article.text`` is also a
character offset into the source.

Bad input is reported as a :class:`Problem` and skipped; it never stops the
rest.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Iterable

from ..config import Config
from ..model import Article, Problem
from ..model import PublishSource as Source
from ..temporal import load_grammar
from .clean import clean
from .dates import HEADER, date_from_path, parse_published, zero_pad
from .language import detect_language
from .timeml import TimeMLError, parse_timeml

SUFFIXES = (".txt", ".md", ".tml", ".jsonl", ".jsonl.gz")



@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: files in folders that were passed over for their type
    ignored: int = 0


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

    # public entry points

    def load(self, inputs: Iterable[str | Path], stdin: IO[str] | None = None) -> LoadResult:
        for item in inputs:
            if str(item) == "-":
                self._read_stdin(stdin or sys.stdin)
                continue
            path = Path(item)
            if path.is_dir():
                for file in self._walk(path):
                    self._read_file(file)
            elif path.exists():
                self._read_file(path)
            else:
                self._problem(str(path), "no such file or folder")
        return self.result

    # walking

    def _walk(self, folder: Path) -> list[Path]:
        """The readable files under ``folder`` in sorted path order; symlinked folders are not followed."""
        def on_error(error: OSError) -> None:
            self._problem(error.filename or str(folder), f"cannot read folder: {error.strerror}")

        found = []
        for root, dirs, files in os.walk(folder, onerror=on_error):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in dirs:
                if os.path.islink(os.path.join(root, name)):  # os.walk does not follow them (no loops)
                    self._problem(os.path.join(root, name), "link to a folder, not followed (name it to read it)")
            for name in files:
                if name.startswith("."):
                    continue
                if name.lower().endswith(SUFFIXES):
                    found.append(Path(root) / name)
                else:
                    self.result.ignored += 1
        return sorted(found, key=lambda p: p.relative_to(folder).parts)

    # files

    def _read_file(self, path: Path) -> None:
        name = path.name.lower()
        try:
            if name.endswith((".jsonl", ".jsonl.gz")):
                with (gzip.open(path, "rb") if name.endswith(".gz") else path.open("rb")) as stream:
                    self._read_jsonl(stream, str(path))
                return
            if name.endswith(".tml"):
                self._read_timeml(path.read_bytes(), path)
                return
            # A text file is read only as far as max_article_chars can reach (4 bytes a character).
            most = 4 * self.config.max_article_chars
            with path.open("rb") as stream:
                data = stream.read(most + 1)
        except (OSError, EOFError, gzip.BadGzipFile) as error:
            message = getattr(error, "strerror", None) or str(error) or type(error).__name__
            self._problem(str(path), f"cannot read: {message}")
            return
        cut = len(data) > most
        self._read_text(data[:most] if cut else data, path, cut=cut)

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
        if published is None:
            published = date_from_path(path)
            source = Source.PATH if published else Source.NONE
        self._add(Article(
            id=article_id or path.stem, path=str(path), text=clean(text), published=published,
            published_source=source, language="",
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
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            self._problem(path, "no \"text\" field, line skipped", line=number)
            return
        article_id = record.get("id")
        article_id = str(article_id) if isinstance(article_id, (str, int)) and str(article_id) else f"{stem}:{number}"
        published = None
        if record.get("published") not in (None, ""):
            published = parse_published(record["published"], self.config.languages)
            if published is None:
                self._problem(path, f"unreadable published date {record['published']!r}; treated as undated",
                              line=number, skipped=False)
        language = record.get("language")
        self._add(Article(
            id=article_id, path=path, text=clean(text), published=published,
            published_source=Source.METADATA if published else Source.NONE,
            language=language if isinstance(language, str) else "",
            title=clean(record["title"]) if isinstance(record.get("title"), str) else None,
            url=record["url"] if isinstance(record.get("url"), str) else None, line=number,
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


def load(inputs: Iterable[str | Path], config: Config, stdin: IO[str] | None = None) -> LoadResult:
    """Read every article in ``inputs`` (files, folders, or "-" for stdin)."""
    return Loader(config).load(inputs, stdin)

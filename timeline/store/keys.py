"""Cache keys that cannot go stale: what a result depends on, hashed.

An article's extraction is keyed by its text, publish date and language and
by the *resolver fingerprint*; a built timeline by its articles' keys, the
settings that shape events and the *builder fingerprint*. A fingerprint is
the hash of the source of a module and of every module of this package it
imports, directly or not, found by reading their import statements, with
the data files of the packages among them (the language resources). So a
module added, split or changed is in the key without anyone listing it.
"""

from __future__ import annotations

import ast
import hashlib
import json
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..model import Article
from ..settings import BuildSettings

PACKAGE = "timeline"
ROOT = Path(__file__).resolve().parent.parent  # the folder of the timeline package


def _file_of(module: str) -> Path | None:
    """The source file of a module of this package, or None if it is not one."""
    parts = module.split(".")
    if parts[0] != PACKAGE:
        return None
    base = ROOT.joinpath(*parts[1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports(module: str, source: Path) -> set[str]:
    """The modules ``module`` (in file ``source``) names in its import statements, as absolute names:
    for ``from X import a`` both X and X.a (a may be a submodule)."""
    package = module if source.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source.read_bytes())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[:len(base) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else [])) if node.level else node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    found.discard(PACKAGE)
    return found


def _data_files(package_dir: Path) -> Iterable[Path]:
    """Files of a package folder that are not Python, nor in a subpackage (resources/*.toml)."""
    for path in sorted(package_dir.rglob("*")):
        if not path.is_file() or path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
            continue
        folder = path.parent
        while folder != package_dir and not (folder / "__init__.py").exists():
            folder = folder.parent
        if folder == package_dir:
            yield path


def code_closure(*modules: str) -> list[Path]:
    """The files ``modules`` depend on within this package: sources (their packages' ``__init__``
    included, since importing a module runs them, but for the root's, which only re-exports the
    public API) and those packages' data files; sorted."""
    seen: dict[str, Path] = {}
    todo = list(modules)
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        source = _file_of(module)
        if source is None:
            continue
        seen[module] = source
        todo.extend(_imports(module, source))
        parent = module.rpartition(".")[0]
        if parent and parent != PACKAGE:  # the root only re-exports the public API
            todo.append(parent)
    files = set(seen.values())
    for source in list(files):
        if source.name == "__init__.py":
            files.update(_data_files(source.parent))
    return sorted(files)


def fingerprint(*modules: str) -> str:
    digest = hashlib.sha256()
    for path in code_closure(*modules):
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\x00" + path.read_bytes() + b"\x00")
    return digest.hexdigest()[:20]


@lru_cache(maxsize=1)
def resolver_fingerprint() -> str:
    """What per-article extraction depends on besides its input: the code that runs it
    (resolver, mentions, their serialisation) and the language resources."""
    from ..temporal import RESOLVER_VERSION

    return hashlib.sha256(f"{RESOLVER_VERSION}:{fingerprint(f'{PACKAGE}.extraction.extractor')}".encode()
                          ).hexdigest()[:20]


@lru_cache(maxsize=1)
def builder_fingerprint() -> str:
    """What a built timeline depends on besides its articles and settings: the whole build
    (dating, merging, summaries, storing), so an upgrade never shows stale events."""
    return fingerprint(f"{PACKAGE}.pipeline")


def extraction_key(article: Article) -> str:
    digest = hashlib.sha256(resolver_fingerprint().encode())
    for part in (article.text, article.published.isoformat() if article.published else "", article.language):
        digest.update(b"\x00" + part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def timeline_key(articles: Iterable[Article], keys: dict[str, str], settings: BuildSettings) -> str:
    digest = hashlib.sha256(json.dumps(asdict(settings), sort_keys=True).encode())
    digest.update(builder_fingerprint().encode())
    for article in articles:
        digest.update(f"\x00{article.id}\x00{article.published_source}\x00{keys[article.id]}".encode())
    return digest.hexdigest()

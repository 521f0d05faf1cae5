"""Cache keys that cannot go stale: what a result depends on, hashed.

An article's extraction is keyed by its text, publish date and language and
by the *resolver fingerprint*; a built timeline by its articles' keys, the
settings that shape events and the *builder fingerprint*. A fingerprint is
the hash of the source of a module and of every module of this package it
imports, directly or not, found by reading their import statements, with
the data files of the packages among them (the language resources), and the
versions of Python and of the libraries whose results the code keeps. So a
module added, split or changed is in the key without anyone listing it.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import sys
from contextlib import contextmanager
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

if TYPE_CHECKING:
    from ..model import Article
    from ..settings import BuildSettings

PACKAGE = "timeline"
ROOT = Path(__file__).resolve().parent.parent  # the folder of the timeline package


def _file_of(module: str) -> Path | None:
    """The source file of a module of this package, or None if it is not one."""
    if _reading is not None:
        if "modules" not in _reading:
            _reading["modules"] = _modules(ROOT)
        return _reading["modules"].get(module)
    parts = module.split(".")
    if parts[0] != PACKAGE:
        return None
    return _source_file(ROOT, tuple(parts[1:]))


def _modules(root: Path) -> dict[str, Path]:
    """Every module of the package at ``root`` by its name, from one walk of its folders (within
    :func:`one_reading`: a few hundred names are asked, most of them no module, each a lookup on disk)."""
    found: dict[str, Path] = {}
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        package = ".".join((PACKAGE, *Path(folder).relative_to(root).parts))
        for name in names:
            if name.endswith(".py"):
                found.setdefault(package if name == "__init__.py" else f"{package}.{name[:-3]}", Path(folder, name))
    return found


@lru_cache(maxsize=None)
def _source_file(root: Path, parts: tuple[str, ...]) -> Path | None:
    """Where a module's source is, looked up once a process: the three fingerprints a cache takes as it
    opens ask for the same few hundred names, most of them no module (``from X import a`` names X.a)."""
    base = os.path.join(root, *parts)
    for candidate in (base + ".py", os.path.join(base, "__init__.py")):
        if os.path.isfile(candidate):
            return Path(candidate)
    return None


#: what the fingerprints taken within :func:`one_reading` share (None outside): each source's bytes,
#: imports and each package's data files, read once for all of them
_reading: dict[Any, Any] | None = None


@contextmanager
def one_reading() -> Iterator[None]:
    """The fingerprints taken in the block see the code as it was when each file was first read in it:
    the three a cache takes as it opens cover mostly the same few hundred files, and reading, hashing
    and listing them three times was most of what a warm build cost before the cache answered.
    Outside the block each fingerprint reads the files anew (an edit between two is seen)."""
    global _reading
    if _reading is not None:
        yield
        return
    _reading = {}
    try:
        yield
    finally:
        _reading = None


def _read(path: Path) -> bytes:
    """``path``'s bytes, once within :func:`one_reading`."""
    if _reading is None:
        return path.read_bytes()
    found = _reading.get(path)
    if found is None:
        found = _reading[path] = path.read_bytes()
    return found


#: the imports of a module, by the hash of its name and source (parsing the sources is most of what a
#: fingerprint costs; :func:`remember_imports` keeps them from one run to the next)
_known_imports: dict[str, list[str]] = {}
#: this module's own source, in every memo key: imports read by an older reader are read again
_READER = hashlib.sha256(Path(__file__).read_bytes()).digest()
_used_imports: set[str] = set()


def _imports(module: str, source: Path) -> set[str]:
    """The modules ``module`` (in file ``source``) names in its import statements, as absolute names:
    for ``from X import a`` both X and X.a (a may be a submodule)."""
    if _reading is not None and ("imports", module, source) in _reading:
        return set(_reading["imports", module, source])
    text = _read(source)
    digest = hashlib.sha256(_READER + module.encode() + b"\x00" + text).hexdigest()
    if digest not in _known_imports:
        _known_imports[digest] = sorted(_parsed_imports(module, source, text))
    _used_imports.add(digest)
    if _reading is not None:
        _reading["imports", module, source] = _known_imports[digest]
    return set(_known_imports[digest])


def remember_imports(path: Path) -> Callable[[], None]:
    """Read the imports found by earlier runs from ``path`` (a JSON file; unreadable: none), and
    give the function that writes back those of the code fingerprinted since (replacing the file
    whole: the imports of older code are dropped)."""
    stored: set[str] = set()
    try:
        known = json.loads(path.read_text("utf-8"))
        if isinstance(known, dict):
            for digest, names in known.items():
                if isinstance(names, list) and all(isinstance(name, str) for name in names):
                    _known_imports.setdefault(digest, names)
                    stored.add(digest)
    except (OSError, ValueError):
        pass

    def save() -> None:
        if _used_imports == stored:
            return
        temporary = path.with_name(f"{path.name}.{os.getpid()}")
        try:
            temporary.write_text(json.dumps({d: _known_imports[d] for d in sorted(_used_imports)}), "utf-8")
            temporary.replace(path)
        except OSError:  # a memo only: the next run parses again
            temporary.unlink(missing_ok=True)

    return save


def _parsed_imports(module: str, source: Path, text: bytes) -> set[str]:
    package = module if source.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in _runtime_nodes(ast.parse(text)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[:len(base) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else [])) if node.level else node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
        else:  # the modules of the names a package imports when first used (see ``lazy``)
            found.update(f"{package}.{name}" for name in _lazy_modules(node))
    found.discard(PACKAGE)
    return found


def _lazy_modules(node: ast.AST) -> list[str]:
    """The modules named in ``node`` if it assigns a package's ``_WHERE`` table (name -> module)."""
    if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)
            and any(isinstance(t, ast.Name) and t.id == "_WHERE" for t in node.targets)):
        return []
    return [v.value for v in node.value.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]


#: the nodes that hold statements: imports and ``_WHERE`` tables are statements, and a statement is
#: only ever in the body of a module, a statement, an ``except`` clause or a ``case``
_HOLDERS = (ast.stmt, ast.excepthandler, getattr(ast, "match_case", ast.excepthandler))


def _runtime_nodes(tree: ast.AST) -> Iterable[ast.AST]:
    """Every statement of ``tree`` but the bodies of ``if TYPE_CHECKING:`` (imports for annotations only).
    Expressions are not walked into: no import is in one, and they are most of a tree's nodes."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            todo.extend(node.orelse)
            continue
        for field in node._fields:
            value = getattr(node, field, None)
            if isinstance(value, list):
                todo.extend(child for child in value if isinstance(child, _HOLDERS))


def _data_files(package_dir: Path) -> list[Path]:
    """Every file under a package's folder that is not Python source (resources/*.toml)."""
    if _reading is not None and ("data", package_dir) in _reading:
        return _reading["data", package_dir]
    found = []
    for folder, subfolders, names in os.walk(package_dir):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        found.extend(Path(folder, name) for name in names if not name.endswith((".py", ".pyc")))
    found.sort(key=_place)
    if _reading is not None:
        _reading["data", package_dir] = found
    return found


def _place(path: Path) -> tuple[str, ...]:
    """Where a file comes in a fingerprint: by its path's parts."""
    return path.parts


def code_closure(*modules: str) -> list[Path]:
    """The files ``modules`` depend on within this package: sources (their packages' ``__init__``
    included, since importing a module runs them, but for the root's, which only re-exports the
    public API) and those packages' data files; sorted."""
    seen: dict[str, Path] = {}
    asked: set[str] = set()  # modules and names that are none (``from X import a`` names X.a)
    todo = list(modules)
    while todo:
        module = todo.pop()
        if module in asked:
            continue
        asked.add(module)
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
    return sorted(files, key=_place)


def fingerprint(*modules: str, libraries: tuple[str, ...] = ()) -> str:
    """The hash of :func:`code_closure` of ``modules``, the Python version and ``libraries``' versions."""
    digest = hashlib.sha256(f"python {sys.version_info[0]}.{sys.version_info[1]}".encode())
    for library in libraries:
        digest.update(f"\x00{library} {library_version(library)}".encode())
    for path in code_closure(*modules):
        digest.update(_entry(path))
    return digest.hexdigest()[:20]


def _entry(path: Path) -> bytes:
    """What a fingerprint hashes of one file: its place in the package and its bytes."""
    if _reading is not None and ("entry", path) in _reading:
        return _reading["entry", path]
    entry = path.relative_to(ROOT).as_posix().encode() + b"\x00" + _read(path) + b"\x00"
    if _reading is not None:
        _reading["entry", path] = entry
    return entry


def library_version(name: str) -> str:
    """The installed version of library ``name``: from the name of its one ``NAME-VERSION.dist-info``
    folder on ``sys.path`` when there is exactly one (importing ``importlib.metadata`` costs more than
    a warm build's whole fingerprint), else as ``importlib.metadata`` says."""
    stem = name.lower().replace("-", "_")
    found = set()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        found.update(n[len(stem) + 1:-len(".dist-info")] for n in names
                     if n.lower().startswith(f"{stem}-") and n.endswith(".dist-info"))
    if len(found) == 1:
        return found.pop()
    from importlib import metadata

    return metadata.version(name)


#: the modules whose code (with all they import) decides an article's cached extraction
EXTRACTION_MODULES = (f"{PACKAGE}.extraction.mentions", f"{PACKAGE}.store.serialize", f"{PACKAGE}.events.prepared",
                      f"{PACKAGE}.extraction.extractor")


@lru_cache(maxsize=1)
def resolver_fingerprint() -> str:
    """What an article's cached mentions depend on besides the article: the code that finds them
    (the resolver, its language resources, mentions), the code that stores them, the events'
    rules that work out what merging asks of each mention beside them (``events.prepared``), and
    the per-article step that puts these together into what is cached (``extraction.extractor``:
    whether the page's furniture and the prepared answers are kept; with it come the worker
    processes that run it and this module, both of which only cost a re-extraction when edited)."""
    # Imported here, not at the top, so that a test can change the version and see every key miss.
    from ..temporal import RESOLVER_VERSION

    code = fingerprint(*EXTRACTION_MODULES)
    return hashlib.sha256(f"{RESOLVER_VERSION}:{code}".encode()).hexdigest()[:20]


@lru_cache(maxsize=1)
def builder_fingerprint() -> str:
    """What a built timeline depends on besides its articles and settings: the whole build
    (dating, merging, summaries, storing), so an upgrade never shows stale events."""
    return fingerprint(f"{PACKAGE}.build", libraries=("rapidfuzz",))


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """What a whole build from files depends on besides its inputs and settings: reading them,
    the build, and the stored form of its result (see ``inputs``)."""
    from ..temporal import RESOLVER_VERSION

    code = fingerprint(f"{PACKAGE}.pipeline", f"{PACKAGE}.store.inputs", f"{PACKAGE}.store.snapshot",
                       libraries=("rapidfuzz", "dateparser"))  # dateparser reads metadata dates
    return hashlib.sha256(f"{RESOLVER_VERSION}:{code}".encode()).hexdigest()[:20]


def extraction_key(article: Article) -> str:
    digest = hashlib.sha256(resolver_fingerprint().encode())
    # the title too: an article's summaries may be its title (``events.prepared``)
    for part in (article.text, article.published.isoformat() if article.published else "", article.language,
                 article.title or ""):
        digest.update(b"\x00" + part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def timeline_key(articles: Iterable[Article], keys: dict[str, str], settings: BuildSettings) -> str:
    digest = hashlib.sha256(json.dumps(asdict(settings), sort_keys=True).encode())
    digest.update(builder_fingerprint().encode())
    for article in articles:
        digest.update(f"\x00{article.id}\x00{article.published_source}\x00{keys[article.id]}".encode())
    return digest.hexdigest()

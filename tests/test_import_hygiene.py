"""The model never imports Textual (as harlequin's test_import_hygiene.py checks), and its
modules import each other in layers, without cycles."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import timeline
from timeline.store.keys import _runtime_nodes

PACKAGE = Path(timeline.__file__).parent


def modules() -> list[str]:
    """Every module of the package but __main__ (importing that runs the command)."""
    return sorted(m.name for m in pkgutil.walk_packages([str(PACKAGE)], prefix="timeline.")
                  if not m.name.endswith("__main__"))


def test_no_module_of_timeline_imports_textual():
    names = modules()
    assert len(names) > 20 and "timeline.pipeline" in names
    code = ("import importlib, sys\n"
            f"for name in {names!r}:\n"
            "    importlib.import_module(name)\n"
            "import timeline.cli; timeline.cli.make_parser()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _module_imports(name: str) -> set[str]:
    """The timeline modules ``name`` imports, at the top or inside functions (but not those it
    imports only for type annotations)."""
    path = PACKAGE.joinpath(*name.split(".")[1:])
    source = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    package = name if source.name == "__init__.py" else name.rpartition(".")[0]
    known = set(modules()) | {"timeline"}
    found = set()
    for node in _runtime_nodes(ast.parse(source.read_bytes())):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[:len(package.split(".")) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else [])) if node.level else node.module or ""
            submodules = {f"{target}.{a.name}" for a in node.names} & known
            # "from . import workers" imports the module, not what its package's __init__ holds
            found |= submodules if len(submodules) == len(node.names) else submodules | {target}
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if m in known and m != name}


def test_modules_import_each_other_without_cycles():
    graph = {name: _module_imports(name) for name in modules()}
    # A package's __init__ re-exports its modules: count an edge to a package as an edge to its
    # __init__, which is a module of its own here.
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        path.append(name)
        for other in sorted(graph.get(name, ())):
            if other == "timeline" or other.startswith(name + "."):
                continue  # the root's public re-exports, and a package's own modules
            if state.get(other) == 1:
                raise AssertionError("import cycle: " + " -> ".join(path[path.index(other):] + [other]))
            if other not in state:
                visit(other)
        path.pop()
        state[name] = 2

    for name in graph:
        if name not in state:
            visit(name)


def test_one_path_from_files_to_a_timeline():
    """Only pipeline.py builds a timeline or opens the build cache; the CLI and the app call it."""
    roots = [PACKAGE, PACKAGE.parent / "tui"]
    callers = {}
    for root in roots:
        for path in root.rglob("*.py"):
            tree = ast.parse(path.read_bytes())
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                        node.func.id in ("build_timeline", "Cache", "load", "open_timeline"):
                    callers.setdefault(node.func.id, set()).add(path.relative_to(root.parent).as_posix())
    assert callers["build_timeline"] == {"timeline/pipeline.py"}
    assert callers["Cache"] <= {"timeline/pipeline.py", "timeline/store/cache.py"}
    assert "timeline/pipeline.py" in callers["load"] and "tui/app.py" not in callers["load"]
    assert {"timeline/cli/commands.py", "tui/app.py"} <= callers["open_timeline"]


def test_no_module_is_longer_than_400_lines():
    long = {p.relative_to(PACKAGE).as_posix(): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}


def test_no_pattern_needs_python_3_11():
    """Possessive quantifiers ("*+") and atomic groups ("(?>") came with Python 3.11; the package
    supports 3.10, where compiling such a pattern fails as the module is imported."""
    import re

    newer = re.compile(r"[)\]][*+?}]\+|\(\?>")
    sources = [*PACKAGE.rglob("*.py"), *(PACKAGE / "temporal" / "resources").glob("*.toml")]
    found = [f"{path.name}:{number}" for path in sources
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if newer.search(line)]
    assert found == []

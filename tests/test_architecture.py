"""The layout of src/policykg/: no module over about 500 lines, and no import
cycle between the package's modules (imports at module level)."""
from __future__ import annotations

import ast
from pathlib import Path

import policykg

SRC = Path(policykg.__file__).parent
MAX_LINES = 500


def modules(src: Path) -> dict[str, Path]:
    """Every module of the package at ``src``, by dotted name."""
    def name(path: Path) -> str:
        parts = list(path.relative_to(src.parent).with_suffix("").parts)
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    return {name(p): p for p in sorted(src.rglob("*.py"))}


def imported(name: str, path: Path, names: set[str]) -> set[str]:
    """The package modules a module imports at module level (``from .x import y`` is ``x.y`` when that is a module)."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            found |= {f"{target}.{a.name}" if f"{target}.{a.name}" in names else target for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return (found & names) - {name}


def import_cycle(src: Path) -> list[str]:
    """The first import cycle among the modules of the package at ``src`` (a → b → a), or []."""
    paths = modules(src)
    graph = {name: sorted(imported(name, path, set(paths))) for name, path in paths.items()}
    done: set[str] = set()

    def walk(name: str, path: list[str]) -> list[str]:
        if name in path:
            return path[path.index(name):] + [name]
        if name in done:
            return []
        for dep in graph[name]:
            if cycle := walk(dep, path + [name]):
                return cycle
        done.add(name)
        return []

    return next((cycle for name in sorted(graph) if (cycle := walk(name, []))), [])


def test_no_module_is_over_the_limit():
    long = {name: n for name, p in modules(SRC).items() if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines: {long}"


def test_no_import_cycle():
    assert import_cycle(SRC) == []


def test_a_cycle_is_found(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "sub" / "__init__.py").write_text("from .b import f\n", encoding="utf-8")
    (package / "sub" / "b.py").write_text("from ..a import g\n", encoding="utf-8")
    (package / "a.py").write_text("import os\nfrom .sub import b\n", encoding="utf-8")
    assert import_cycle(package) == ["pkg.a", "pkg.sub.b", "pkg.a"]

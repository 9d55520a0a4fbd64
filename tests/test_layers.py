"""The whole allowed-imports matrix between juesuan's subpackages, read from the source with ``ast``.

Layers, lowest first: ``core`` (standard library only) ← ``narrative`` ← ``report`` ← ``sources`` ←
``export`` ← ``disclosure``/``review`` ← ``workbook`` ← ``load`` ← ``batch`` ← ``excel``/``cli``. An import may only
point down this list (function-local imports included); no package imports another's private names.
"""

from __future__ import annotations

import ast
from pathlib import Path

import juesuan

SRC = Path(juesuan.__file__).parent

# Which packages each package may import (besides itself). report.py is a module of its own layer.
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "narrative": {"core"},
    "report": {"core", "narrative"},
    "sources": {"core"},
    "export": {"core", "narrative", "report"},
    "disclosure": {"core", "narrative", "report", "sources", "export"},
    "review": {"core", "export"},
    "workbook": {"core", "narrative", "report", "sources", "export", "disclosure"},
    "load": {"core", "sources", "workbook"},
    "batch": {"core", "narrative", "report", "sources", "export", "disclosure", "workbook", "load"},
    "excel": {"core", "narrative", "report", "sources", "export", "disclosure", "review", "workbook", "load", "batch"},
    "cli": {"core", "narrative", "report", "sources", "export", "disclosure", "review", "workbook", "load", "batch"},
    "__main__": {"cli"},
    "__init__": set(),
}


def _package_of(parts: list[str]) -> str:
    """The layer a module path (relative to juesuan, without .py) belongs to."""
    return parts[0]


def _imports(path: Path) -> list[tuple[list[str], list[str], int]]:
    """(target module parts below juesuan, imported names, line) for every juesuan import in a file."""
    rel = path.relative_to(SRC).with_suffix("")
    here = list(rel.parts[:-1])  # the package a module (or an __init__) belongs to
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names = [a.name for a in node.names]
            if node.level:
                base = here[: len(here) - (node.level - 1)] if node.level > 1 else list(here)
                target = base + (node.module.split(".") if node.module else [])
            elif node.module and node.module.split(".")[0] == "juesuan":
                target = node.module.split(".")[1:]
            else:
                continue
            if not target:  # ``from . import x`` at the top, or ``from juesuan import x``
                out.extend(([n], [], node.lineno) for n in names)
            else:
                out.append((target, names, node.lineno))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "juesuan" and len(parts) > 1:
                    out.append((parts[1:], [], node.lineno))
    return out


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def _edges() -> dict[tuple[str, str], list[str]]:
    edges: dict[tuple[str, str], list[str]] = {}
    for path in _modules():
        rel = path.relative_to(SRC).with_suffix("")
        src = _package_of(list(rel.parts))
        for target, _names, line in _imports(path):
            dst = _package_of(target)
            if dst != src:
                edges.setdefault((src, dst), []).append(f"{rel}:{line}")
    return edges


def test_every_package_is_in_the_matrix():
    packages = {p.name for p in SRC.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    modules = {p.stem for p in SRC.glob("*.py")}
    assert packages | modules <= set(ALLOWED), sorted((packages | modules) - set(ALLOWED))


def test_imports_point_down_the_layers():
    wrong = {f"{a} → {b}": where for (a, b), where in _edges().items() if b not in ALLOWED.get(a, set())}
    assert wrong == {}


def test_no_import_cycle_between_packages():
    graph: dict[str, set[str]] = {}
    for a, b in _edges():
        graph.setdefault(a, set()).add(b)
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in graph.get(node, ()):
            assert state.get(nxt) != 1, "cycle: " + " → ".join([*trail, node, nxt])
            if nxt not in state:
                visit(nxt, [*trail, node])
        state[node] = 2

    for node in list(graph):
        if node not in state:
            visit(node, [])


def test_no_private_name_crosses_a_package():
    crossing = []
    for path in _modules():
        rel = path.relative_to(SRC).with_suffix("")
        src = _package_of(list(rel.parts))
        for target, names, line in _imports(path):
            if _package_of(target) != src:
                crossing += [f"{rel}:{line} {'.'.join(target)}.{n}" for n in names
                             if n.startswith("_") and not n.startswith("__")]
                crossing += [f"{rel}:{line} {'.'.join(target)}" for part in target[1:] if part.startswith("_")
                             and not part.startswith("__")]
    assert crossing == []


def test_no_module_is_too_long():
    long = {str(p.relative_to(SRC)): n for p in _modules() if (n := len(p.read_text().splitlines())) > 800}
    assert long == {}
